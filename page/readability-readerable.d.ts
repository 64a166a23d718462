/**
 * Types for importing Readability's small readerable check on its own: the package index also
 * pulls in the full Readability parser (~90 KB), which the every-page detector must not carry.
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
