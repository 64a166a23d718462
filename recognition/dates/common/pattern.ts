/**
 * Regular-expression pieces shared by both languages. Patterns run with the `i` flag only: the
 * `u` flag and `\\p{…}` classes make V8's matching several times slower, and these patterns run
 * over every passage. Word characters are therefore spelled out for French and English text.
 */

/** Letters and digits of French and English text, for a character class. */
export const WORD_CHARS = '0-9A-Za-zÀ-ÖØ-öø-ÿŒœ';

/** Lookahead: no word character follows. */
export const WORD_END = `(?![${WORD_CHARS}])`;

/** Alternation of literal words, longest first so that no word stops at a shorter prefix. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** A plausible year written in full: 1900–2100 (older or later numbers are not taken as years). */
export const YEAR = '(?:19\\d\\d|20\\d\\d|2100)';

/** What may not follow a year: more of a word or a number ("2014,5", "2014.5", "2014e"). */
export const YEAR_END = `(?![${WORD_CHARS}]|[.,]\\d)`;

/** A year in a named group, with its end guard. */
export function yearGroup(name: string): string {
  return `(?<${name}>${YEAR})${YEAR_END}`;
}

/** A day of the month, 1–31, written in digits. */
export const DAY = '(?:3[01]|[12]\\d|0?[1-9])';

/** Dash used between the bounds of a range. */
export const RANGE_DASH = '[-‐‑–—]';

/** Is `value` a year we accept on its own (1900–2100)? */
export function isPlausibleYear(value: number): boolean {
  return value >= 1900 && value <= 2100;
}
