/**
 * Running several requests as one transaction, all or nothing.
 */

interface Transaction {
  readonly done: Promise<void>;
  abort(): void;
}

/**
 * Runs `work` in `tx` and waits for the commit. If `work` throws (a failed request or our own
 * check), the transaction is aborted so none of its writes are kept, and that first error is
 * the one reported.
 */
export async function runInTransaction<T>(tx: Transaction, work: () => Promise<T>): Promise<T> {
  // The abort is reported through `work`'s own error; without this the second copy of the
  // failure, on `done`, would surface as an unhandled rejection.
  tx.done.catch(() => undefined);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // The transaction already finished or aborted on its own.
    }
    throw error;
  }
  await tx.done;
  return result;
}
