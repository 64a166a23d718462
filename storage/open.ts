/**
 * `idb`'s `openDB`, but on a given `IDBFactory` (idb always uses the global `indexedDB`), so
 * tests can give each case its own fake-indexeddb factory, and with an upgrade step that may be
 * asynchronous: if it fails, the upgrade transaction is aborted and the database stays exactly
 * as it was.
 */
import { wrap } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

export interface OpenCallbacks<S extends DBSchema | unknown> {
  upgrade?(
    db: IDBPDatabase<S>,
    oldVersion: number,
    newVersion: number,
    tx: IDBPTransaction<S, StoreNames<S>[], 'versionchange'>,
  ): void | Promise<void>;
  /** Older connections are still open and keep this version from opening. */
  blocked?(currentVersion: number, blockedVersion: number | null): void;
  /** This connection keeps a newer version from opening. */
  blocking?(db: IDBPDatabase<S>, currentVersion: number, blockedVersion: number | null): void;
  /** The browser closed the connection abnormally (not on `db.close()`). */
  terminated?(): void;
}

/**
 * Opens `name` at `version` (default: whatever version is stored) on `factory`, running `upgrade`
 * when the stored version is older.
 */
export function openDatabaseWith<S extends DBSchema | unknown>(
  factory: IDBFactory,
  name: string,
  version?: number,
  callbacks: OpenCallbacks<S> = {},
): Promise<IDBPDatabase<S>> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? factory.open(name) : factory.open(name, version);
    let upgradeError: unknown;

    request.addEventListener('upgradeneeded', (event) => {
      const tx = request.transaction;
      if (!callbacks.upgrade || !tx) return;
      const wrappedTx = wrap(tx) as unknown as IDBPTransaction<S, StoreNames<S>[], 'versionchange'>;
      // A failed upgrade is reported once, by the open request; not again as a stray rejection.
      wrappedTx.done.catch(() => undefined);
      const abort = (error: unknown) => {
        upgradeError ??= error;
        try {
          tx.abort();
        } catch {
          // Already finished or aborted: the open request reports the failure either way.
        }
      };
      try {
        const pending = callbacks.upgrade(
          wrap(request.result) as unknown as IDBPDatabase<S>,
          event.oldVersion,
          event.newVersion ?? request.result.version,
          wrappedTx,
        );
        if (pending) pending.catch(abort);
      } catch (error) {
        abort(error);
      }
    });

    request.addEventListener('blocked', (event) => {
      callbacks.blocked?.(event.oldVersion, event.newVersion);
    });

    request.addEventListener('success', () => {
      const raw = request.result;
      const db = wrap(raw) as unknown as IDBPDatabase<S>;
      if (callbacks.terminated) raw.addEventListener('close', () => callbacks.terminated?.());
      if (callbacks.blocking) {
        raw.addEventListener('versionchange', (event) =>
          callbacks.blocking?.(db, event.oldVersion, event.newVersion),
        );
      }
      resolve(db);
    });

    request.addEventListener('error', (event) => {
      // Keep the request's error from also surfacing as an uncaught error on the factory.
      event.preventDefault();
      reject(upgradeError ?? request.error);
    });
  });
}
