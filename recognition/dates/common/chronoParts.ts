/**
 * Chrono exports its configurations but not its parser and refiner classes. We take the parts we
 * keep from the configuration chrono builds, by position; a test pins every position to the class
 * it must hold, since class names do not survive minification and cannot be checked at run time.
 */
export function partAt<T>(parts: readonly T[], index: number): T {
  const part = parts[index];
  if (part === undefined) throw new RangeError(`chrono configuration has no part at ${index}`);
  return part;
}
