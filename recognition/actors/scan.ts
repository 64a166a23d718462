/**
 * The gazetteer's pass over a text: folding, word boundaries and the automaton's search in one
 * loop over the text's code units, with no call per character and no folded copy of the text.
 *
 * The automaton reads the boundary form of the folded text: letters and digits as folded
 * (`normalize.ts`), and every run of anything else (spaces, punctuation, apostrophes) as one
 * space, with a space before the first word and after the last. Folding is `foldTo`'s, unit for
 * unit; only its treatment of separators differs, and only in ways the boundary form cannot see.
 */
import type { Automaton, MatchHandler } from './aho-corasick';
import { ASCII_FOLDS, FOLD_DROP, FOLD_MULTI, FOLD_SPACE, foldedUnit, isArticleEl, isWordCode, multiFold } from './normalize';

const SPACE = 0x20;
const NONE = -1;

/**
 * Scans texts for an automaton whose patterns are boundary forms (" al amiri "). The original
 * offset of each unit fed to the automaton is kept in a ring as long as the longest pattern, so
 * that a match can be mapped back to the text.
 */
export class BoundaryScan {
  private readonly ring: Int32Array;
  private readonly mask: number;

  constructor(
    private readonly automaton: Automaton,
    longest: number,
  ) {
    let size = 16;
    while (size < longest + 2) size *= 2;
    this.ring = new Int32Array(size);
    this.mask = size - 1;
  }

  /**
   * Offset in the text of the unit at position `k` (counted from 0) of the latest scan; valid
   * for the units of the match being reported. Only letters and digits have a meaningful one.
   */
  originOf(k: number): number {
    return this.ring[k & this.mask]!;
  }

  /** Reports every pattern found in `text`, with the position (exclusive) of its last unit. */
  run(text: string, onMatch: MatchHandler): void {
    const { ring, mask } = this;
    const { symbolOf } = this.automaton;
    const { rootRow, rowOf, rows, symbolA, targetA, symbolB, targetB, fail, terminal, outLink, samePatternNext } = this.automaton.tables;
    // Imported bindings are read once: in the loop, each read costs a check.
    const ascii = ASCII_FOLDS;
    const drop = FOLD_DROP;
    const multiple = FOLD_MULTI;
    const separator = FOLD_SPACE;
    const n = text.length;
    // The opening boundary; no pattern is a lone space, so none ends on it.
    ring[0] = 0;
    let count = 1;
    let node = symbolOf[SPACE] === 0 ? 0 : rootRow[symbolOf[SPACE]!]!;
    let atBoundary = true;
    // Whether the last folded unit was part of a word, for the rule on "el" (see `foldTo`).
    let lastWasWord = false;
    // The units of a character that folds to several ("œ" → "oe"), and the next one to feed.
    let multi = '';
    let k = 0;
    // The fold of character `i` (as `foldedUnit` encodes it); position n closes the text.
    let value = 0;
    let i = -1;
    for (;;) {
      let code: number;
      if (k < multi.length) {
        code = multi.charCodeAt(k++);
      } else {
        if (i === n) break;
        i++;
        if (i === n) {
          value = separator;
        } else {
          const raw = text.charCodeAt(i);
          value = raw < 0x80 ? ascii[raw]! : foldedUnit(raw);
          if (value === drop) continue;
          if (value === multiple) {
            multi = multiFold(raw);
            k = 0;
            continue;
          }
        }
        code = value < 0 ? SPACE : value - 1;
        if (code === 0x65 && !lastWasWord && isArticleEl(text, i)) code = 0x61;
      }
      // Separators are negative values; a folded unit may still be punctuation.
      const word = (value > 0 || value === multiple) && ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x80 && isWordCode(code)));
      lastWasWord = word;
      if (!word) {
        if (atBoundary) continue;
        code = SPACE;
      }
      atBoundary = !word;

      // Feed `code`: remember where it comes from, take the transition, report what ends here.
      ring[count & mask] = i;
      count++;
      const symbol = symbolOf[code]!;
      if (symbol === 0) {
        node = 0;
        continue;
      }
      for (;;) {
        if (node === 0) {
          node = rootRow[symbol]!;
          break;
        }
        const base = rowOf[node]!;
        const target =
          base !== NONE ? rows[base + symbol]! : symbolA[node] === symbol ? targetA[node]! : symbolB[node] === symbol ? targetB[node]! : NONE;
        if (target !== NONE) {
          node = target;
          break;
        }
        node = fail[node]!;
      }
      let out = terminal[node] !== NONE ? node : outLink[node]!;
      while (out > 0) {
        for (let p = terminal[out]!; p !== NONE; p = samePatternNext[p]!) onMatch(p, count);
        out = outLink[out]!;
      }
    }
  }
}
