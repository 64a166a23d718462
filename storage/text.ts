/**
 * Text folding for search and sorting: accents, case and ligatures do not matter, so
 * "Téhéran", "TEHERAN" and "teheran" are the same word, and "Œuvre" is "oeuvre".
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ı: 'i' };

/** Lower-cased, without diacritics (any combining mark), ligatures spelled out. */
export function foldText(text: string): string {
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
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when the text ends inside a word, i.e. the reader may still be typing it. */
export function endsInWord(text: string): boolean {
  return /[\p{L}\p{N}\p{M}]$/u.test(text);
}
