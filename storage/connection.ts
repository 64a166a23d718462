/**
 * One shared connection for the background: opened on first use, reopened on the next use
 * after it was closed (a newer version installed by another context, the browser closing it,
 * or a failed open), so callers never hold a dead connection for long.
 */
import { openContexteDB } from './db';
import type { OpenContexteOptions } from './db';
import { withStorageErrors } from './errors';
import type { ContexteDB } from './schema';

export interface ContexteConnection {
  /** The open database, opening it first if needed. Fails with a `StorageError`. */
  get(): Promise<ContexteDB>;
  /** Closes the connection now; the next `get()` opens a new one. */
  close(): void;
}

export function createConnection(factory: IDBFactory = indexedDB, options: OpenContexteOptions = {}): ContexteConnection {
  let current: Promise<ContexteDB> | null = null;

  function open(): Promise<ContexteDB> {
    const opening: Promise<ContexteDB> = openContexteDB(factory, {
      ...options,
      onClosed(reason) {
        if (current === opening) current = null;
        options.onClosed?.(reason);
      },
    });
    opening.catch(() => {
      if (current === opening) current = null;
    });
    return opening;
  }

  return {
    get() {
      current ??= open();
      const pending = current;
      return withStorageErrors(() => pending);
    },
    close() {
      const closing = current;
      current = null;
      closing?.then((db) => db.close()).catch(() => undefined);
    },
  };
}
