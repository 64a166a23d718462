import { describe, expect, it, vi } from 'vitest';
import { prefetchFirstQuery } from '../../../components/notes/prefetch';
import type { NoteQuery, NoteQueryResult } from '../../../messaging/protocol';

const answer = (total: number): NoteQueryResult => ({ total, notes: [], articles: {} });

describe('prefetchFirstQuery', () => {
  it('sends the first query at once and answers the first identical call with it', async () => {
    const send = vi.fn(async (query: NoteQuery) => answer(query.offset ?? 0));
    const query = prefetchFirstQuery(send, { sort: 'newest', offset: 0, limit: 50 });
    expect(send).toHaveBeenCalledTimes(1);
    // Same query, fields in another order.
    expect(await query({ limit: 50, offset: 0, sort: 'newest' })).toEqual(answer(0));
    expect(send).toHaveBeenCalledTimes(1);
    await query({ sort: 'newest', offset: 0, limit: 50 });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('sends a different first call on its own, and the early answer is then dropped', async () => {
    const send = vi.fn(async (query: NoteQuery) => answer(query.offset ?? 0));
    const query = prefetchFirstQuery(send, { sort: 'newest', offset: 0, limit: 50 });
    expect(await query({ sort: 'newest', text: 'iran', offset: 0, limit: 50 })).toEqual(answer(0));
    expect(send).toHaveBeenCalledTimes(2);
    await query({ sort: 'newest', offset: 0, limit: 50 });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('hands a failed early query to the call that asks for it', async () => {
    const query = prefetchFirstQuery(() => Promise.reject(new Error('closed')), { offset: 0, limit: 50 });
    await expect(query({ offset: 0, limit: 50 })).rejects.toThrow('closed');
  });
});
