/**
 * Text folding for search and sorting: accents, case and ligatures do not matter, so
 * "Téhéran", "TEHERAN" and "teheran" are the same word, and "Œuvre" is "oeuvre".
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ı: 'i' };

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lower-cased, without diacritics (any combining mark), ligatures spelled out. */
export function foldText(text: string): string {
  // Most words in notes are plain ASCII; they only need lower-casing, and that is much faster.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßı]/g, (ch) => LIGATURES[ch] ?? ch);
}

/**
 * The folded words of a text: runs of letters and digits. Apostrophes, hyphens and punctuation
 * separate words, so "l’Iran" gives "l" and "iran", "al-Muhandis" gives "al" and "muhandis".
 */
export function tokenize(text: string): string[] {
  // Typographic punctuation (’ « » – — … non-breaking spaces) separates words like ASCII
  // punctuation does; blanking it first leaves most French text ASCII, and the ASCII pattern
  // is several times faster than Unicode classes while finding the same words.
  const folded = foldText(text).replace(/[\u00a0-\u00bf\u2000-\u206f]/g, ' ');
  return (ASCII_ONLY.test(folded) ? folded.match(/[a-z0-9]+/g) : folded.match(/[\p{L}\p{N}]+/gu)) ?? [];
}

/** True when the text ends inside a word, i.e. the reader may still be typing it. */
export function endsInWord(text: string): boolean {
  return /[\p{L}\p{N}\p{M}]$/u.test(text);
}
