/**
 * Shared set-up for storage tests: every test gets its own in-memory IndexedDB factory, so no
 * state leaks between tests. Test files import 'fake-indexeddb/auto' first (idb looks up the
 * IDB classes as globals).
 */
import { IDBFactory } from 'fake-indexeddb';
import { openContexteDB } from '../../storage/db';
import type { ContexteDB, Note } from '../../storage/schema';

/** A fresh, empty factory. */
export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

/** A fresh database at the current version on its own factory. */
export function freshDB(): Promise<ContexteDB> {
  return openContexteDB(freshFactory());
}

/** Fixed times for tests (never today's date). */
export const T0 = Date.UTC(2024, 0, 15, 9, 30);
export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** A complete note for tests that need one, overridable field by field. */
export function makeNote(overrides: Partial<Note> = {}): Note {
  return {
    id: 'note-1',
    articleKey: 'https://news.example.org/2024/01/15/story',
    body: 'A note.',
    tags: [],
    createdAt: T0,
    updatedAt: T0,
    target: { kind: 'article' },
    ...overrides,
  };
}
