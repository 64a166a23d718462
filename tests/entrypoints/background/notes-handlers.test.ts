import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { createNotesService, type NotesService } from '../../../entrypoints/background/notes-service';
import type { BackgroundMessage, BackgroundResponse, BackgroundType, NoteDraft } from '../../../messaging/protocol';
import { openContexteDB } from '../../../storage/db';
import { exportNotesJson } from '../../../storage/export';
import { buildNoteIndex, type NoteQuery } from '../../../storage/query';
import type { Article, Note } from '../../../storage/schema';
import { generateNotes } from '../../storage/generate-notes';
import { freshFactory } from '../../storage/helpers';

/** A pause that holds the index build until `release()`; afterwards it lets it run freely. */
function gate() {
  let open: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (open = resolve));
  let released = false;
  return {
    pause: () => (released ? Promise.resolve() : held),
    release() {
      released = true;
      open();
    },
  };
}

async function seeded(notes: Note[], articles: Article[]): Promise<IDBFactory> {
  const factory = freshFactory();
  const db = await openContexteDB(factory);
  const tx = db.transaction(['notes', 'articles'], 'readwrite');
  await Promise.all([...notes.map((note) => tx.objectStore('notes').put(note)), ...articles.map((article) => tx.objectStore('articles').put(article))]);
  await tx.done;
  db.close();
  return factory;
}

function messenger(service: NotesService) {
  const handlers = createHandlers(service);
  return <K extends BackgroundType>(message: BackgroundMessage<K>): Promise<BackgroundResponse<K>> =>
    (handlers[message.type] as (m: BackgroundMessage<K>, s: object) => Promise<BackgroundResponse<K>>)(message, {});
}

const ids = (notes: Note[]) => notes.map((note) => note.id);
const { notes: NOTES, articles: ARTICLES } = generateNotes(200, 5);
const expected = (query: NoteQuery, notes = NOTES) => buildNoteIndex(notes, ARTICLES).search(query);

describe('notes handlers while the search index is being built', () => {
  it('serve the first rows from the database at once, and the facets once the index is built', async () => {
    const build = gate();
    const service = createNotesService(await seeded(NOTES, ARTICLES), { pause: build.pause, sliceSize: 20, batchSize: 50 });
    const send = messenger(service);
    const building = service.index();

    const first = await send({ type: 'notes:query', query: { sort: 'newest', offset: 0, limit: 50 } });
    expect(service.readyIndex()).toBeNull();
    expect(ids(first.notes)).toEqual(ids(expected({ offset: 0, limit: 50 }).notes));
    expect(first.total).toBe(200);
    expect(Object.keys(first.articles).sort()).toEqual([...new Set(first.notes.map((note) => note.articleKey))].sort());

    let facetsArrived = false;
    const facets = send({ type: 'notes:facets' }).then((value) => {
      facetsArrived = true;
      return value;
    });
    const search = send({ type: 'notes:query', query: { text: 'milic', offset: 0, limit: 50 } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(facetsArrived).toBe(false);

    build.release();
    await building;
    expect(service.readyIndex()).not.toBeNull();
    expect(await facets).toEqual(buildNoteIndex(NOTES, ARTICLES).facets());
    expect(ids((await search).notes)).toEqual(ids(expected({ text: 'milic', offset: 0, limit: 50 }).notes));
  });

  it('keep the index in step with writes made during the build and after it', async () => {
    const build = gate();
    const service = createNotesService(await seeded(NOTES, ARTICLES), { pause: build.pause, sliceSize: 20, batchSize: 50 });
    const send = messenger(service);
    const building = service.index();
    const article = ARTICLES[0]!;
    const draft = (body: string): NoteDraft => ({
      article: { url: article.url, canonicalUrl: article.canonicalUrl, title: article.title, publishedAt: article.publishedAt },
      body,
      tags: ['suivi'],
      target: { kind: 'article' },
    });

    // During the build: one note saved, one deleted.
    const during = await send({ type: 'notes:save', draft: draft('Zanzibarique pendant la construction') });
    const gone = await send({ type: 'notes:delete', id: NOTES[0]!.id });
    build.release();
    await building;
    expect(ids((await send({ type: 'notes:query', query: { text: 'zanzibarique', offset: 0, limit: 10 } })).notes)).toEqual([during.id]);
    expect((await send({ type: 'notes:query', query: { offset: 0, limit: 500 } })).notes.map((note) => note.id)).not.toContain(gone.id);

    // After it: an edit, an undone delete, and the facets that follow them.
    await send({ type: 'notes:save', draft: { ...draft('Quokkaesque après coup'), id: during.id } });
    expect(ids((await send({ type: 'notes:query', query: { text: 'zanzibarique', offset: 0, limit: 10 } })).notes)).toEqual([]);
    expect(ids((await send({ type: 'notes:query', query: { text: 'quokkaesque', offset: 0, limit: 10 } })).notes)).toEqual([during.id]);
    await send({ type: 'notes:restore', note: gone });
    const all = await send({ type: 'notes:query', query: { offset: 0, limit: 500 } });
    expect(all.total).toBe(201);
    expect((await send({ type: 'notes:facets' })).tags.find((tag) => tag.tag === 'suivi')?.count).toBe(1);
  });

  it('rebuild the index after a large import, serving the first rows meanwhile', async () => {
    const service = createNotesService(await seeded(NOTES, ARTICLES));
    const send = messenger(service);
    await service.index();
    const generated = generateNotes(700, 9);
    const more = { ...generated, notes: generated.notes.map((note) => ({ ...note, id: `imported-${note.id}` })) };
    const text = exportNotesJson(more.notes, more.articles, Date.UTC(2025, 0, 1));
    const plan = await send({ type: 'notes:plan-import', text });
    expect(plan.newCount).toBe(700);
    await send({ type: 'notes:apply-import', planId: plan.planId, onConflict: 'skip' });

    expect(service.readyIndex()).toBeNull();
    const everything = [...NOTES, ...more.notes];
    const first = await send({ type: 'notes:query', query: { offset: 0, limit: 50 } });
    expect(first.total).toBe(900);
    expect(ids(first.notes)).toEqual(ids(buildNoteIndex(everything, [...ARTICLES, ...more.articles]).search({ offset: 0, limit: 50 }).notes));
    const rebuilt = await service.index();
    expect(rebuilt.size).toBe(900);
    const words = { text: 'compare with the', offset: 0, limit: 900 };
    expect(ids((await send({ type: 'notes:query', query: words })).notes)).toEqual(
      ids(buildNoteIndex(everything, [...ARTICLES, ...more.articles]).search(words).notes),
    );
  });
});
