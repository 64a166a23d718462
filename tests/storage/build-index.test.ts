import { describe, expect, it } from 'vitest';
import { buildNoteIndexInSlices } from '../../storage/build-index';
import { buildNoteIndex, type NoteQuery } from '../../storage/query';
import { generateNotes } from './generate-notes';

describe('buildNoteIndexInSlices', () => {
  const { notes, articles } = generateNotes(1_000, 3);

  it('builds the same index as a build in one go, pausing between slices', async () => {
    let pauses = 0;
    const sliced = await buildNoteIndexInSlices(notes, articles, {
      sliceSize: 100,
      pause: async () => {
        pauses += 1;
      },
    });
    // One pause before each of the 10 slices and one before sorting the default order.
    expect(pauses).toBe(11);
    const whole = buildNoteIndex(notes, articles);
    expect(sliced.size).toBe(1_000);
    expect(sliced.facets()).toEqual(whole.facets());
    const queries: NoteQuery[] = [
      { limit: 20 },
      { text: 'milic', limit: 20 },
      { text: 'compare with the', sort: 'oldest' },
      { text: 'a', sort: 'article', offset: 10, limit: 30 },
      { tags: ['iran'], sort: 'edited' },
    ];
    for (const query of queries) expect(sliced.search(query)).toEqual(whole.search(query));
  });

  it('lets work queued meanwhile run between slices', async () => {
    const order: string[] = [];
    const building = buildNoteIndexInSlices(notes.slice(0, 300), articles, { sliceSize: 100 }).then(() => order.push('built'));
    setTimeout(() => order.push('message'), 0);
    await building;
    expect(order).toEqual(['message', 'built']);
  });
});
