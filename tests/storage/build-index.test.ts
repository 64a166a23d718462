import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { buildNoteIndexInSlices, readNotesInBatches, slicesOf } from '../../storage/build-index';
import { buildNoteIndex, type NoteQuery } from '../../storage/query';
import { generateNotes } from './generate-notes';
import { freshDB } from './helpers';

describe('buildNoteIndexInSlices', () => {
  const { notes, articles } = generateNotes(1_000, 3);

  it('builds the same index as a build in one go, pausing between slices', async () => {
    let pauses = 0;
    const batches = [notes.slice(0, 450), notes.slice(450)];
    const sliced = await buildNoteIndexInSlices(
      batches,
      articles,
      async () => {
        pauses += 1;
      },
      100,
    );
    // One pause before each slice (5 + 6) and one before sorting the default order.
    expect(pauses).toBe(12);
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
    const building = buildNoteIndexInSlices(slicesOf(notes.slice(0, 300), 100), articles).then(() => order.push('built'));
    setTimeout(() => order.push('message'), 0);
    await building;
    expect(order).toEqual(['message', 'built']);
  });

  it('reads every note from the database in batches of the size asked for', async () => {
    const db = await freshDB();
    const tx = db.transaction('notes', 'readwrite');
    await Promise.all(notes.slice(0, 250).map((note) => tx.store.put(note)));
    await tx.done;
    const batches: string[][] = [];
    for await (const batch of readNotesInBatches(db, 100)) batches.push(batch.map((note) => note.id));
    expect(batches.map((batch) => batch.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(notes.slice(0, 250).map((note) => note.id).sort());
  });
});
