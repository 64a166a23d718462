import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openContexteDB } from '../../storage/db';
import { listArticles } from '../../storage/articles';
import { listAllNotes, listNotesForArticle, saveNote } from '../../storage/notes';
import { openDatabaseWith } from '../../storage/open';
import { DB_NAME, DB_VERSION } from '../../storage/schema';
import type { NoteV1 } from '../../storage/schema';
import { normaliseUrl } from '../../storage/urls';
import { buildFixtureDatabase } from './fixtures/build-fixture-db';
import { freshFactory, T0 } from './helpers';

describe('openContexteDB on an empty profile', () => {
  it('creates every store and index of the current version', async () => {
    const db = await openContexteDB(freshFactory());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'dateEncounters', 'encounters', 'notes']);
    const tx = db.transaction(['notes', 'articles', 'encounters', 'dateEncounters']);
    expect([...tx.objectStore('notes').indexNames].sort()).toEqual([
      'by-actor',
      'by-article',
      'by-created',
      'by-tag',
      'by-updated',
    ]);
    expect(tx.objectStore('notes').index('by-tag').multiEntry).toBe(true);
    expect([...tx.objectStore('articles').indexNames].sort()).toEqual(['by-lastSeen', 'by-site']);
    expect([...tx.objectStore('encounters').indexNames].sort()).toEqual(['by-actor', 'by-article']);
    expect([...tx.objectStore('dateEncounters').indexNames].sort()).toEqual(['by-article', 'by-value']);
    db.close();
  });
});

describe('migration v1 → v2', () => {
  it('keeps every v1 note with its body, date and article', async () => {
    const factory = freshFactory();
    const fixture = await buildFixtureDatabase(factory, DB_NAME, 1);
    const v1Notes = fixture.stores.notes!.records as NoteV1[];

    const db = await openContexteDB(factory);
    const notes = await listAllNotes(db);
    expect(notes).toHaveLength(v1Notes.length);
    for (const old of v1Notes) {
      const note = notes.find((n) => n.id === old.id);
      expect(note, old.id).toEqual({
        id: old.id,
        articleKey: normaliseUrl(old.url),
        body: old.body,
        tags: [],
        createdAt: old.createdAt,
        updatedAt: old.createdAt,
        target: { kind: 'article' },
      });
    }
    db.close();
  });

  it('merges addresses of one article (tracking parameters, anchors) into one article row', async () => {
    const factory = freshFactory();
    await buildFixtureDatabase(factory, DB_NAME, 1);
    const db = await openContexteDB(factory);

    const key = 'https://journal.example.fr/international/2020/01/05/frappe-aeroport-bagdad';
    const onArticle = await listNotesForArticle(db, key);
    expect(onArticle.map((n) => n.id)).toEqual([
      '5f0c1d2e-7a41-4b8e-9c3d-1a2b3c4d5e03',
      '5f0c1d2e-7a41-4b8e-9c3d-1a2b3c4d5e02',
      '5f0c1d2e-7a41-4b8e-9c3d-1a2b3c4d5e01',
    ]);

    const articles = await listArticles(db);
    expect(articles).toHaveLength(7);
    const article = articles.find((a) => a.key === key);
    expect(article).toMatchObject({
      site: 'journal.example.fr',
      title: null,
      canonicalUrl: null,
      firstSeen: Date.parse('2020-01-05T09:12:44.120Z'),
      lastSeen: Date.parse('2020-01-06T07:03:59.999Z'),
    });
    expect(articles.find((a) => a.key.includes('militias'))?.site).toBe('daily.example.com');
    db.close();
  });

  it('keeps damaged v1 notes rather than dropping them', async () => {
    const factory = freshFactory();
    const v1 = await openDatabaseWith(factory, DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('notes', { keyPath: 'id' }).createIndex('by-url', 'url');
      },
    });
    await v1.put('notes', { id: 'no-url', body: 42, createdAt: 'yesterday' });
    await v1.put('notes', { id: 'no-body', url: 'https://news.example.org/a', createdAt: T0 });
    await v1.put('notes', { id: 7, url: 'https://news.example.org/a', body: 'numeric id', createdAt: T0 - 1 });
    v1.close();

    const db = await openContexteDB(factory);
    const notes = await listAllNotes(db);
    expect(notes.map((n) => [n.id, n.articleKey, n.body, n.createdAt])).toEqual([
      ['no-body', 'https://news.example.org/a', '', T0],
      ['7', 'https://news.example.org/a', 'numeric id', T0 - 1],
      ['no-url', 'about:unknown', '42', 0],
    ]);
    db.close();
  });

  it('leaves a v2 database untouched when reopened', async () => {
    const factory = freshFactory();
    const first = await openContexteDB(factory);
    const note = await saveNote(first, { articleKey: 'https://news.example.org/a', body: 'kept' }, T0);
    first.close();
    const again = await openContexteDB(factory);
    expect(await listAllNotes(again)).toEqual([note]);
    again.close();
  });
});

describe('a database already at v2', () => {
  it('opens with every record as it was', async () => {
    const factory = freshFactory();
    const fixture = await buildFixtureDatabase(factory, DB_NAME, 2);
    const db = await openContexteDB(factory);
    for (const [store, { records }] of Object.entries(fixture.stores)) {
      const stored = await db.getAll(store as 'notes');
      expect(stored, store).toHaveLength(records.length);
      expect(stored, store).toEqual(expect.arrayContaining(records));
    }
    expect((await listNotesForArticle(db, 'https://news.example.org/2023/12/11/drone-attacks-bases')).map((n) => n.target.kind)).toEqual([
      'date',
      'quote',
    ]);
    expect(await db.getAllKeysFromIndex('notes', 'by-actor', 'abu-mahdi-al-muhandis')).toEqual(['1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e02']);
    db.close();
  });
});

describe('connections across contexts', () => {
  it('waits for an old connection that blocks the upgrade, reports it, then upgrades', async () => {
    const factory = freshFactory();
    await buildFixtureDatabase(factory, DB_NAME, 1);
    // The walking skeleton never listened for versionchange: its connection stays open.
    const old = await openDatabaseWith(factory, DB_NAME, 1);

    let blocked = 0;
    const opening = openContexteDB(factory, { onBlocked: () => (blocked += 1) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(blocked).toBe(1);

    old.close();
    const db = await opening;
    expect(db.version).toBe(2);
    expect(await listAllNotes(db)).toHaveLength(12);
    db.close();
  });

  it('closes itself when another context opens a newer version, so that one is not blocked', async () => {
    const factory = freshFactory();
    const closed: string[] = [];
    const current = await openContexteDB(factory, { onClosed: (reason) => closed.push(reason) });

    let newerBlocked = false;
    const newer = await openDatabaseWith(factory, DB_NAME, DB_VERSION + 1, {
      blocked: () => (newerBlocked = true),
    });
    expect(newerBlocked).toBe(false);
    expect(closed).toEqual(['versionchange']);
    await expect(listAllNotes(current)).rejects.toMatchObject({ name: 'StorageError', code: 'closed' });
    newer.close();
  });

  it('fails the open, keeping v1 intact, when the stored version is newer than this code', async () => {
    const factory = freshFactory();
    const newer = await openDatabaseWith(factory, DB_NAME, DB_VERSION + 1);
    newer.close();
    await expect(openContexteDB(factory)).rejects.toMatchObject({ name: 'VersionError' });
  });
});
