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

/**
 * Wraps a database so that `put`/`add` fail with `error` (as a full disk does) once `allowed`
 * writes have gone through. Everything else goes to the real database.
 */
export function withFailingWrites(db: ContexteDB, error: DOMException, allowed = 0): ContexteDB {
  let writes = 0;
  const write = (real: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
    writes += 1;
    return writes > allowed ? Promise.reject(error) : real(...args);
  };
  const passThrough = (target: object, prop: string | symbol) => {
    const value = Reflect.get(target, prop);
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const failingStore = (store: object) =>
    new Proxy(store, {
      get: (target, prop) => (prop === 'put' || prop === 'add' ? write(passThrough(target, prop)) : passThrough(target, prop)),
    });
  const failingTx = (tx: object) =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === 'objectStore') return (name: string) => failingStore(passThrough(target, prop)(name));
        if (prop === 'store') return failingStore(passThrough(target, prop));
        return passThrough(target, prop);
      },
    });
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'put' || prop === 'add') return write(passThrough(target, prop));
      if (prop === 'transaction') return (...args: unknown[]) => failingTx(Reflect.apply(target.transaction, target, args));
      return passThrough(target, prop);
    },
  });
}
