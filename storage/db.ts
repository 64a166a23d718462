/**
 * Opening the notes database and the version ladder that brings any older database up to date.
 *
 * Each step runs only for databases older than its version, in order, inside the one upgrade
 * transaction: if any step fails the transaction aborts and the database keeps its old version
 * and every note. A step never drops a note.
 *
 * Adding version N: bump `DB_VERSION`, describe the shape in `schema.ts` (keep the old shapes as
 * types), add an `if (oldVersion < N)` step at the end of the ladder, and test it from
 * `tests/storage/fixtures/v<N-1>.json` (see `build-fixture-db.ts`); then write `v<N>.json`.
 */
import type { IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { openDatabaseWith } from './open';
import { DB_NAME, DB_VERSION } from './schema';
import type { Article, ContexteDB, ContexteDBv2, Note } from './schema';
import { normaliseUrl, siteOf } from './urls';

export interface OpenContexteOptions {
  /** Database name; only tests change it. */
  name?: string;
  /** Another context still holds an older version open; the open waits until it closes. */
  onBlocked?(): void;
  /**
   * This connection was closed: a newer version is being installed elsewhere ('versionchange',
   * we close at once so the other context does not wait on us) or the browser closed it
   * ('terminated'). Later calls fail with `StorageError` 'closed'; reopen to continue.
   */
  onClosed?(reason: 'versionchange' | 'terminated'): void;
}

/** Opens (creating or upgrading as needed) the notes database at the current version. */
export function openContexteDB(
  factory: IDBFactory = indexedDB,
  options: OpenContexteOptions = {},
): Promise<ContexteDB> {
  return openDatabaseWith<ContexteDBv2>(factory, options.name ?? DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgradeContexteDB(db, oldVersion, tx),
    blocked: () => options.onBlocked?.(),
    blocking: (db) => {
      db.close();
      options.onClosed?.('versionchange');
    },
    terminated: () => options.onClosed?.('terminated'),
  });
}

type UntypedDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** The ladder. Steps see the database untyped: its shape is the one of the step before. */
async function upgradeContexteDB(
  typedDb: ContexteDB,
  oldVersion: number,
  typedTx: IDBPTransaction<ContexteDBv2, StoreNames<ContexteDBv2>[], 'versionchange'>,
): Promise<void> {
  const db = typedDb as unknown as UntypedDB;
  const tx = typedTx as unknown as UpgradeTx;
  if (oldVersion < 1) createV1(db);
  if (oldVersion < 2) await migrateV1ToV2(db, tx);
}

/** v1, the walking skeleton: notes keyed by id, looked up by page URL. */
function createV1(db: UntypedDB): void {
  const notes = db.createObjectStore('notes', { keyPath: 'id' });
  notes.createIndex('by-url', 'url');
}

/** v2: notes get article keys, tags, targets; articles and encounters get their own stores. */
async function migrateV1ToV2(db: UntypedDB, tx: UpgradeTx): Promise<void> {
  const notes = tx.objectStore('notes');
  notes.deleteIndex('by-url');
  notes.createIndex('by-article', 'articleKey');
  notes.createIndex('by-updated', 'updatedAt');
  notes.createIndex('by-created', 'createdAt');
  notes.createIndex('by-tag', 'tags', { multiEntry: true });
  notes.createIndex('by-actor', 'target.actorId');

  const articles = db.createObjectStore('articles', { keyPath: 'key' });
  articles.createIndex('by-site', 'site');
  articles.createIndex('by-lastSeen', 'lastSeen');

  const encounters = db.createObjectStore('encounters', { keyPath: ['articleKey', 'actorId'] });
  encounters.createIndex('by-actor', 'actorId');
  encounters.createIndex('by-article', 'articleKey');

  const dates = db.createObjectStore('dateEncounters', { keyPath: ['articleKey', 'value'] });
  dates.createIndex('by-value', 'value');
  dates.createIndex('by-article', 'articleKey');

  const seen = await convertV1Notes(notes);
  await Promise.all([...seen.values()].map((article) => articles.put(article)));
}

/**
 * Rewrites every v1 note in place and returns one article row per article met. A note stored
 * under a key that is not a string (v2 ids are strings) is re-stored under its string form after
 * the walk, so the cursor does not meet it twice.
 */
async function convertV1Notes(
  notes: IDBPObjectStore<unknown, string[], 'notes', 'versionchange'>,
): Promise<Map<string, Article>> {
  const articles = new Map<string, Article>();
  const rekeyed: Note[] = [];
  let cursor = await notes.openCursor();
  while (cursor) {
    const note = noteFromV1(String(cursor.primaryKey), cursor.value);
    if (typeof cursor.primaryKey === 'string') {
      await cursor.update(note);
    } else {
      await cursor.delete();
      rekeyed.push(note);
    }
    const url = typeof cursor.value?.url === 'string' ? cursor.value.url : note.articleKey;
    const known = articles.get(note.articleKey);
    if (known) {
      known.firstSeen = Math.min(known.firstSeen, note.createdAt);
      known.lastSeen = Math.max(known.lastSeen, note.createdAt);
    } else {
      articles.set(note.articleKey, {
        key: note.articleKey,
        url,
        canonicalUrl: null,
        title: null,
        site: siteOf(url),
        publishedAt: null,
        firstSeen: note.createdAt,
        lastSeen: note.createdAt,
      });
    }
    cursor = await cursor.continue();
  }
  for (const note of rekeyed) await notes.put(note);
  return articles;
}

/** Key for v1 notes that somehow have no address, so they are kept together, not dropped. */
export const UNKNOWN_ARTICLE_KEY = 'about:unknown';

/**
 * A v1 note as a v2 note. Lenient on purpose: a damaged field gets a neutral value rather than
 * losing the note (a body that is not text is kept as text, a missing time becomes 0).
 */
function noteFromV1(id: string, old: unknown): Note {
  const v1 = (typeof old === 'object' && old !== null ? old : {}) as Record<string, unknown>;
  const url = typeof v1.url === 'string' && v1.url.trim() !== '' ? v1.url : null;
  const createdAt = typeof v1.createdAt === 'number' && Number.isFinite(v1.createdAt) ? v1.createdAt : 0;
  const body = typeof v1.body === 'string' ? v1.body : v1.body == null ? '' : String(v1.body);
  return {
    id,
    articleKey: url ? normaliseUrl(url) : UNKNOWN_ARTICLE_KEY,
    body,
    tags: [],
    createdAt,
    updatedAt: createdAt,
    target: { kind: 'article' },
  };
}
