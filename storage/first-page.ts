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

/** Which database index holds each time order, and whether that order is the index's reverse. */
const SOURCES = {
  newest: { index: 'by-created', descending: true },
  oldest: { index: 'by-created', descending: false },
  edited: { index: 'by-updated', descending: true },
} as const satisfies Record<TimeSort, { index: 'by-created' | 'by-updated'; descending: boolean }>;

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
    const index = notesStore.index(source.index);
    // A few requests rather than one per row (each is a round trip to the database): skip to
    // the `end`-th time in the order, then read every note up to it, that time included (its
    // ties are broken by id below, as the search index breaks them).
    let cursor = await index.openKeyCursor(null, source.descending ? 'prev' : 'next');
    if (cursor && end > 1) cursor = await cursor.advance(end - 1);
    const range = cursor ? (source.descending ? IDBKeyRange.lowerBound(cursor.key) : IDBKeyRange.upperBound(cursor.key)) : null;
    const notes = (await index.getAll(range)).sort(TIME_ORDERS[sort]).slice(offset, end);
    const keys = [...new Set(notes.map((note) => note.articleKey))];
    const rows = await Promise.all(keys.map((key) => tx.objectStore('articles').get(key)));
    const articles: Record<string, Article> = {};
    for (const article of rows) if (article) articles[article.key] = article;
    return { notes, total: await total, articles };
  });
}
