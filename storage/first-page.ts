/**
 * The first rows of the unfiltered notes list, read straight from the database through the
 * creation-time or edit-time index. The background answers with this while its search index is
 * still being built (it just started), so the notes page shows its first rows at once: only the
 * rows asked for are read, whatever the number of notes.
 */
import { withStorageErrors } from './errors';
import { TIME_ORDERS, type NoteQuery, type TimeSort } from './query';
import type { Article, ContexteDB, Note } from './schema';

/** Pages reaching past this row wait for the search index instead (reading them costs more). */
export const FIRST_ROWS_LIMIT = 200;

/** A page of notes, how many notes there are in all, and the articles of the page's notes. */
export interface NotesPage {
  notes: Note[];
  total: number;
  articles: Record<string, Article>;
}

/** Which database index lists notes in each time order, and in which direction. */
const SOURCES = {
  newest: { index: 'by-created', direction: 'prev', time: (note: Note) => note.createdAt },
  oldest: { index: 'by-created', direction: 'next', time: (note: Note) => note.createdAt },
  edited: { index: 'by-updated', direction: 'prev', time: (note: Note) => note.updatedAt },
} as const satisfies Record<TimeSort, { index: string; direction: IDBCursorDirection; time: (note: Note) => number }>;

/** The time order of a query that filters nothing and stays within the first rows, else null. */
function plainListing(query: NoteQuery): TimeSort | null {
  const filtered =
    (query.text ?? '').trim() !== '' ||
    query.articleKey !== undefined ||
    query.actorId !== undefined ||
    (query.tags?.length ?? 0) > 0 ||
    query.createdFrom !== undefined ||
    query.createdTo !== undefined;
  const sort = query.sort ?? 'newest';
  const end = (query.offset ?? 0) + (query.limit ?? Infinity);
  return filtered || sort === 'article' || end > FIRST_ROWS_LIMIT ? null : sort;
}

/**
 * The page `query` asks for when it is a plain listing (no filter, a time order, within the
 * first `FIRST_ROWS_LIMIT` rows), exactly as the search index would answer it; null for any
 * other query. Reads in one transaction, so the page and the total agree.
 */
export function readFirstRows(db: ContexteDB, query: NoteQuery): Promise<NotesPage | null> {
  const sort = plainListing(query);
  if (sort === null) return Promise.resolve(null);
  const source = SOURCES[sort];
  const offset = query.offset ?? 0;
  const end = offset + (query.limit ?? Infinity);
  return withStorageErrors(async () => {
    const tx = db.transaction(['notes', 'articles']);
    const notesStore = tx.objectStore('notes');
    const total = notesStore.count();
    // The database breaks ties of time by id in its own direction; the index by id ascending.
    // Reading on to the end of the last time read, then sorting, gives the index's order.
    const read: Note[] = [];
    let cursor = await notesStore.index(source.index).openCursor(null, source.direction);
    while (cursor) {
      const note = cursor.value;
      const last = read[read.length - 1];
      if (read.length >= end && last && source.time(note) !== source.time(last)) break;
      read.push(note);
      cursor = await cursor.continue();
    }
    const notes = read.sort(TIME_ORDERS[sort]).slice(offset, end);
    const keys = [...new Set(notes.map((note) => note.articleKey))];
    const rows = await Promise.all(keys.map((key) => tx.objectStore('articles').get(key)));
    const articles: Record<string, Article> = {};
    for (const article of rows) if (article) articles[article.key] = article;
    return { notes, total: await total, articles };
  });
}
