/**
 * A query sent ahead of time, handed to the first call that asks for the same thing. The notes
 * page sends its first query as soon as its script starts, before Preact and the components
 * have loaded and rendered, and the list's own first query then picks up the answer.
 */
import type { NoteQuery, NoteQueryResult } from '../../messaging/protocol';

type Query = (query: NoteQuery) => Promise<NoteQueryResult>;

/** The query as text with its fields in one order, so equal queries give equal text. */
function queryKey(query: NoteQuery): string {
  return JSON.stringify(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Sends `first` now and returns a query function that answers its first call with that result
 * when the call asks for the same query; every other call goes to `query`.
 */
export function prefetchFirstQuery(query: Query, first: NoteQuery): Query {
  const early = query(first);
  // If nobody ends up asking for it, its failure is nobody's to report.
  early.catch(() => undefined);
  let waiting: { key: string; result: Promise<NoteQueryResult> } | null = { key: queryKey(first), result: early };
  return (asked) => {
    const prefetched = waiting;
    waiting = null;
    return prefetched?.key === queryKey(asked) ? prefetched.result : query(asked);
  };
}
