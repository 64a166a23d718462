/**
 * Typed storage errors, so the UI can tell the reader what happened in plain words instead of
 * showing a DOMException name.
 */

export type StorageErrorCode =
  /** The browser refused to store more (disk full or site quota reached). */
  | 'quota'
  /** The database connection is closed (e.g. a newer version is being installed); reopen it. */
  | 'closed'
  /** The data given was refused by validation; `message` says why. */
  | 'invalid'
  /** The note or article asked for does not exist (any more). */
  | 'not-found'
  /** Anything else IndexedDB reported; `cause` holds the original error. */
  | 'unknown';

export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
  }
}

/** DOMException names, mapped to our codes. Firefox may also report quota as 'NS_ERROR_…'. */
const CODE_BY_NAME: Record<string, StorageErrorCode> = {
  QuotaExceededError: 'quota',
  NS_ERROR_DOM_QUOTA_REACHED: 'quota',
  InvalidStateError: 'closed',
  TransactionInactiveError: 'closed',
  NotFoundError: 'not-found',
  DataError: 'invalid',
  DataCloneError: 'invalid',
};

const MESSAGES: Record<StorageErrorCode, string> = {
  quota: 'The browser has no room left to store notes.',
  closed: 'The notes database is closed; it will reopen on the next request.',
  invalid: 'The data could not be stored.',
  'not-found': 'Not found.',
  unknown: 'The notes database reported an error.',
};

/** Turns whatever IndexedDB threw into a `StorageError` (a `StorageError` passes through). */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  if (name === 'VersionError') {
    return new StorageError('unknown', 'The notes database was written by a newer version of Contexte; update Contexte to open it.', {
      cause: error,
    });
  }
  const code = (name && CODE_BY_NAME[name]) || 'unknown';
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return new StorageError(code, MESSAGES[code] + detail, { cause: error });
}

function errorName(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'name' in error) {
    const name = (error as { name: unknown }).name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

/** Runs a storage operation and rethrows any failure as a `StorageError`. */
export async function withStorageErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
