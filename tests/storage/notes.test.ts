import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openContexteDB } from '../../storage/db';
import { StorageError, toStorageError } from '../../storage/errors';
import {
  deleteNote,
  getNote,
  listAllNotes,
  listNotesForActor,
  listNotesForArticle,
  restoreNote,
  saveNote,
} from '../../storage/notes';
import type { NoteInput } from '../../storage/notes';
import { MAX_BODY_LENGTH } from '../../storage/schema';
import { freshDB, freshFactory, MINUTE, T0, withFailingWrites } from './helpers';

const ARTICLE = 'https://news.example.org/2023/12/11/drone-attacks-bases';

async function expectStorageError(promise: Promise<unknown>, code: StorageError['code']): Promise<StorageError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  expect((error as StorageError).code).toBe(code);
  return error as StorageError;
}

describe('saveNote', () => {
  it('creates a note with a uuid, both times set, on the article by default', async () => {
    const db = await freshDB();
    const note = await saveNote(db, { articleKey: ARTICLE, body: 'Check the base count.' }, T0);
    expect(note.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(note).toMatchObject({ articleKey: ARTICLE, tags: [], createdAt: T0, updatedAt: T0, target: { kind: 'article' } });
    expect(await getNote(db, note.id)).toEqual(note);
  });

  it('cleans tags: trimmed, spaces collapsed, lower-cased, de-duplicated, empty dropped', async () => {
    const db = await freshDB();
    const note = await saveNote(
      db,
      { articleKey: ARTICLE, body: '', tags: ['  Irak ', 'irak', 'Middle   East', '', 'ÉTAT', 'État'] },
      T0,
    );
    expect(note.tags).toEqual(['irak', 'middle east', 'état']);
  });

  it('updates a note, keeping createdAt and stamping updatedAt; unchanged saves stamp nothing', async () => {
    const db = await freshDB();
    const created = await saveNote(db, { articleKey: ARTICLE, body: 'first' }, T0);
    const edited = await saveNote(db, { id: created.id, articleKey: ARTICLE, body: 'second', tags: ['x'] }, T0 + MINUTE);
    expect(edited).toMatchObject({ id: created.id, body: 'second', tags: ['x'], createdAt: T0, updatedAt: T0 + MINUTE });
    const again = await saveNote(db, { id: created.id, articleKey: ARTICLE, body: 'second', tags: ['X '] }, T0 + 2 * MINUTE);
    expect(again.updatedAt).toBe(T0 + MINUTE);
    expect(await listAllNotes(db)).toHaveLength(1);
  });

  it('refuses to update a note that was deleted meanwhile', async () => {
    const db = await freshDB();
    await expectStorageError(saveNote(db, { id: 'gone', articleKey: ARTICLE, body: 'x' }), 'not-found');
    expect(await listAllNotes(db)).toEqual([]);
  });

  it('stores each kind of target', async () => {
    const db = await freshDB();
    const targets: NoteInput['target'][] = [
      { kind: 'actor', actorId: 'kataib-hezbollah', name: 'Kataib Hezbollah', actorKind: 'organization' },
      { kind: 'date', value: '2023-12-08', text: 'vendredi dernier' },
      { kind: 'quote', quote: { exact: 'une escalade maîtrisée', prefix: 'parle d’', suffix: ' dans', start: 120, end: 142 } },
    ];
    for (const target of targets) {
      const note = await saveNote(db, { articleKey: ARTICLE, body: '', target }, T0);
      expect((await getNote(db, note.id))?.target).toEqual(target);
    }
  });

  it.each<[string, Partial<NoteInput>]>([
    ['a body over the limit', { body: 'x'.repeat(MAX_BODY_LENGTH + 1) }],
    ['a body that is not text', { body: 12 as unknown as string }],
    ['no article', { articleKey: ' ' }],
    ['tags that are not strings', { tags: ['ok', 3 as unknown as string] }],
    ['an unknown target kind', { target: { kind: 'page' } as unknown as NoteInput['target'] }],
    ['an actor without id', { target: { kind: 'actor', actorId: '', name: 'X', actorKind: 'person' } }],
    ['an actor of unknown kind', { target: { kind: 'actor', actorId: 'x', name: 'X', actorKind: 'group' } as unknown as NoteInput['target'] }],
    ['a date without value', { target: { kind: 'date', value: '', text: 'hier' } }],
    ['a quote with end before start', { target: { kind: 'quote', quote: { exact: 'a', prefix: '', suffix: '', start: 5, end: 2 } } }],
    ['a quote without text', { target: { kind: 'quote', quote: { exact: '', prefix: '', suffix: '', start: 0, end: 0 } } }],
  ])('refuses %s and writes nothing', async (_label, change) => {
    const db = await freshDB();
    const error = await expectStorageError(saveNote(db, { articleKey: ARTICLE, body: 'ok', ...change }), 'invalid');
    expect(error.message).toMatch(/^The note was not saved: /);
    expect(await listAllNotes(db)).toEqual([]);
  });

  it('accepts a body of exactly the limit', async () => {
    const db = await freshDB();
    const note = await saveNote(db, { articleKey: ARTICLE, body: 'é'.repeat(MAX_BODY_LENGTH) });
    expect((await getNote(db, note.id))?.body.length).toBe(MAX_BODY_LENGTH);
  });
});

describe('delete and undo', () => {
  it('returns the deleted note and restores it exactly', async () => {
    const db = await freshDB();
    const note = await saveNote(db, { articleKey: ARTICLE, body: 'keep me', tags: ['a'] }, T0);
    const deleted = await deleteNote(db, note.id);
    expect(deleted).toEqual(note);
    expect(await getNote(db, note.id)).toBeNull();
    await restoreNote(db, deleted);
    expect(await getNote(db, note.id)).toEqual(note);
  });

  it('reports deleting a missing note as not-found', async () => {
    const db = await freshDB();
    await expectStorageError(deleteNote(db, 'nope'), 'not-found');
  });

  it('refuses to restore something that is not a note', async () => {
    const db = await freshDB();
    await expectStorageError(restoreNote(db, { id: 'x' } as never), 'invalid');
  });
});

describe('listing', () => {
  it('lists an article’s notes newest first, and actor notes across articles', async () => {
    const db = await freshDB();
    const other = 'https://journal.example.fr/idees/2022/09/30/tribune-diplomatie';
    const actor = { kind: 'actor', actorId: 'state-irq', name: 'Irak', actorKind: 'state' } as const;
    const a = await saveNote(db, { articleKey: ARTICLE, body: 'a' }, T0);
    const b = await saveNote(db, { articleKey: ARTICLE, body: 'b', target: actor }, T0 + 2 * MINUTE);
    const c = await saveNote(db, { articleKey: ARTICLE, body: 'c' }, T0 + MINUTE);
    const d = await saveNote(db, { articleKey: other, body: 'd', target: actor }, T0 + 3 * MINUTE);
    expect((await listNotesForArticle(db, ARTICLE)).map((n) => n.id)).toEqual([b.id, c.id, a.id]);
    expect((await listNotesForActor(db, 'state-irq')).map((n) => n.id)).toEqual([d.id, b.id]);
    expect((await listAllNotes(db)).map((n) => n.id)).toEqual([d.id, b.id, c.id, a.id]);
    expect(await db.getAllKeysFromIndex('notes', 'by-tag', 'nothing')).toEqual([]);
  });
});

describe('concurrent contexts', () => {
  it('keeps every write when two connections save different notes at the same time', async () => {
    const factory = freshFactory();
    const [first, second] = await Promise.all([openContexteDB(factory), openContexteDB(factory)]);
    const writes = Array.from({ length: 40 }, (_, i) =>
      saveNote(i % 2 ? first : second, { articleKey: ARTICLE, body: `note ${i}` }, T0 + i),
    );
    const saved = await Promise.all(writes);
    const stored = await listAllNotes(first);
    expect(stored).toHaveLength(40);
    expect(new Set(stored.map((n) => n.id))).toEqual(new Set(saved.map((n) => n.id)));
    first.close();
    second.close();
  });

  it('keeps both edits when two connections edit two different notes at once', async () => {
    const factory = freshFactory();
    const first = await openContexteDB(factory);
    const second = await openContexteDB(factory);
    const a = await saveNote(first, { articleKey: ARTICLE, body: 'a' }, T0);
    const b = await saveNote(first, { articleKey: ARTICLE, body: 'b' }, T0);
    await Promise.all([
      saveNote(first, { id: a.id, articleKey: ARTICLE, body: 'a edited' }, T0 + 1),
      saveNote(second, { id: b.id, articleKey: ARTICLE, body: 'b edited' }, T0 + 1),
    ]);
    expect((await listAllNotes(second)).map((n) => n.body).sort()).toEqual(['a edited', 'b edited']);
    first.close();
    second.close();
  });
});

describe('error mapping', () => {
  it('maps a QuotaExceededError to code quota, on create and on update', async () => {
    const db = await freshDB();
    const note = await saveNote(db, { articleKey: ARTICLE, body: 'before' }, T0);
    const full = withFailingWrites(db, new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const created = await expectStorageError(saveNote(full, { articleKey: ARTICLE, body: 'new' }), 'quota');
    expect(created.cause).toBeInstanceOf(DOMException);
    await expectStorageError(saveNote(full, { id: note.id, articleKey: ARTICLE, body: 'after' }), 'quota');
    await expectStorageError(restoreNote(full, note), 'quota');
    expect(await listAllNotes(db)).toEqual([note]);
  });

  it('maps a closed connection to code closed', async () => {
    const db = await freshDB();
    db.close();
    await expectStorageError(saveNote(db, { articleKey: ARTICLE, body: 'x' }), 'closed');
    await expectStorageError(listAllNotes(db), 'closed');
  });

  it('maps unknown failures to code unknown and keeps StorageErrors as they are', () => {
    expect(toStorageError(new DOMException('boom', 'UnknownError')).code).toBe('unknown');
    const own = new StorageError('not-found', 'gone');
    expect(toStorageError(own)).toBe(own);
  });
});
