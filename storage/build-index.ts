/**
 * Building the search index without holding the thread for the whole build: notes are read and
 * added a batch at a time with a pause between batches, so messages arriving meanwhile (a page
 * asking for its first rows, an article asking for recognition) are answered in between.
 */
import { withStorageErrors } from './errors';
import { NoteIndex } from './query';
import type { Article, ContexteDB, Note } from './schema';

export interface SliceOptions {
  /** Notes added between two pauses. */
  sliceSize?: number;
  /** Notes read per transaction. */
  batchSize?: number;
  /** Lets other work run; a macrotask by default so queued messages get their turn. */
  pause?: () => Promise<void>;
}

/** Notes added between two pauses: a few tens of milliseconds of work at most. */
const DEFAULT_SLICE_SIZE = 200;
/** Notes read per transaction: few transactions (each costs a round trip to start). */
const DEFAULT_BATCH_SIZE = 1_000;

/** Waits for one turn of the event loop (a task, not a microtask). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The notes in id order, `size` at a time, each batch read in its own short transaction so no
 * single read deserialises every note at once. Not a snapshot: the caller must follow the
 * writes made meanwhile (the background applies every write to the index once it is built,
 * and applying one twice changes nothing).
 */
export async function* readNotesInBatches(db: ContexteDB, size = DEFAULT_BATCH_SIZE): AsyncGenerator<Note[]> {
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const batch: Note[] = await withStorageErrors(() => db.getAll('notes', range, size));
    if (batch.length > 0) yield batch;
    if (batch.length < size) return;
    after = batch[batch.length - 1]!.id;
  }
}

/** An array of notes as slices of `size`. */
export function* slicesOf(notes: readonly Note[], size = DEFAULT_SLICE_SIZE): Generator<Note[]> {
  for (let start = 0; start < notes.length; start += size) yield notes.slice(start, start + size);
}

/**
 * The same index as `buildNoteIndex(notes, articles)`, built from batches of notes, a slice of
 * `sliceSize` at a time with a pause before each. The 'newest' order (the notes page's
 * default) is sorted last, so the first query does not pay for it.
 */
export async function buildNoteIndexInSlices(
  batches: Iterable<Note[]> | AsyncIterable<Note[]>,
  articles: Iterable<Article>,
  pause: () => Promise<void> = nextTask,
  sliceSize = DEFAULT_SLICE_SIZE,
): Promise<NoteIndex> {
  const index = new NoteIndex([], articles);
  for await (const batch of batches) {
    for (const slice of slicesOf(batch, sliceSize)) {
      await pause();
      index.addAll(slice);
    }
  }
  await pause();
  index.prepareOrder('newest');
  return index;
}
