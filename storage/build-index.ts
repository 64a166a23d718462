/**
 * Building the search index without holding the thread for the whole build: notes are added a
 * slice at a time with a pause between slices, so messages arriving meanwhile (a page asking
 * for its first rows, an article asking for recognition) are answered in between.
 */
import { NoteIndex } from './query';
import type { Article, Note } from './schema';

export interface SliceOptions {
  /** Notes added between two pauses. */
  sliceSize?: number;
  /** Lets other work run; a macrotask by default so queued messages get their turn. */
  pause?: () => Promise<void>;
}

/** Waits for one turn of the event loop (a task, not a microtask). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same index as `buildNoteIndex(notes, articles)`, built a slice at a time. The 'newest'
 * order (the notes page's default) is sorted last, so the first query does not pay for it.
 */
export async function buildNoteIndexInSlices(notes: readonly Note[], articles: Iterable<Article>, options: SliceOptions = {}): Promise<NoteIndex> {
  const { sliceSize = 200, pause = nextTask } = options;
  const index = new NoteIndex([], articles);
  for (let start = 0; start < notes.length; start += sliceSize) {
    await pause();
    index.addAll(notes.slice(start, start + sliceSize));
  }
  await pause();
  index.prepareOrder('newest');
  return index;
}
