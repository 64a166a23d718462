import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FIRST_ROWS_LIMIT, readFirstRows } from '../../storage/first-page';
import { buildNoteIndex, type NoteQuery } from '../../storage/query';
import type { ContexteDB, Note } from '../../storage/schema';
import { generateNotes } from './generate-notes';
import { freshDB, makeNote, MINUTE, T0 } from './helpers';

/** 300 generated notes, plus notes sharing one creation or edit millisecond (ties broken by id). */
async function filledDB(): Promise<{ db: ContexteDB; notes: Note[] }> {
  const generated = generateNotes(300, 7);
  const newest = Math.max(...generated.notes.map((note) => note.createdAt));
  const key = generated.articles[0]!.key;
  const ties = ['tie-c', 'tie-a', 'tie-d', 'tie-b'].map((id) =>
    makeNote({ id, articleKey: key, createdAt: newest + MINUTE, updatedAt: newest + 2 * MINUTE }),
  );
  const notes = [...generated.notes, ...ties];
  const db = await freshDB();
  const tx = db.transaction(['notes', 'articles'], 'readwrite');
  await Promise.all([...notes.map((note) => tx.objectStore('notes').put(note)), ...generated.articles.map((article) => tx.objectStore('articles').put(article))]);
  await tx.done;
  return { db, notes };
}

describe('readFirstRows', () => {
  it('answers a plain listing exactly as the search index does, ties of time included', async () => {
    const { db, notes } = await filledDB();
    const articles = await db.getAll('articles');
    const index = buildNoteIndex(notes, articles);
    const queries: NoteQuery[] = [
      { offset: 0, limit: 50 },
      { sort: 'newest', offset: 2, limit: 3 },
      { sort: 'oldest', offset: 0, limit: 50 },
      { sort: 'edited', offset: 1, limit: 2 },
      { sort: 'edited', offset: 50, limit: 50 },
      { sort: 'newest', offset: 150, limit: 50 },
    ];
    for (const query of queries) {
      const page = await readFirstRows(db, query);
      const expected = index.search(query);
      expect(page?.notes.map((note) => note.id)).toEqual(expected.notes.map((note) => note.id));
      expect(page?.total).toBe(notes.length);
      expect(Object.keys(page?.articles ?? {}).sort()).toEqual([...new Set(expected.notes.map((note) => note.articleKey))].sort());
      for (const [key, article] of Object.entries(page?.articles ?? {})) expect(article).toEqual(index.getArticle(key));
    }
    const top = await readFirstRows(db, { offset: 0, limit: 4 });
    expect(top?.notes.map((note) => note.id)).toEqual(['tie-a', 'tie-b', 'tie-c', 'tie-d']);
  });

  it('leaves every other query to the search index', async () => {
    const { db } = await filledDB();
    const others: NoteQuery[] = [
      { text: 'iran', offset: 0, limit: 50 },
      { articleKey: 'https://news.example.org/world/article-1', offset: 0, limit: 50 },
      { actorId: 'hadi-al-amiri', offset: 0, limit: 50 },
      { tags: ['iraq'], offset: 0, limit: 50 },
      { createdFrom: T0, offset: 0, limit: 50 },
      { createdTo: T0, offset: 0, limit: 50 },
      { sort: 'article', offset: 0, limit: 50 },
      { offset: FIRST_ROWS_LIMIT - 10, limit: 50 },
      { offset: 0 },
    ];
    for (const query of others) expect(await readFirstRows(db, query)).toBeNull();
  });

  it('answers an empty database with no rows', async () => {
    const db = await freshDB();
    expect(await readFirstRows(db, { offset: 0, limit: 50 })).toEqual({ notes: [], total: 0, articles: {} });
  });
});
