/**
 * Explains a failed action (delete, restore, export, import, loading) in the reader's language,
 * from the `code` a `ProtocolFailure` carries. Saving has its own wording in the note editor.
 */
import type { Translate } from '../page-ui/i18n';

const explainedCodes = new Set(['quota', 'closed', 'unavailable', 'invalid', 'not-found']);

/** The code of a `ProtocolFailure`-like error, or 'internal'. */
export function failureCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && explainedCodes.has(code) ? code : 'internal';
}

/** "The notes database was closed…": one sentence for the reader, by error code. */
export function failureMessage(t: Translate, error: unknown): string {
  return t(`common_error_${failureCode(error).replace('-', '_')}`);
}
