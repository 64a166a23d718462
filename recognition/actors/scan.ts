/**
 * The gazetteer's pass over a text: folding, word boundaries and the automaton's search in one
 * loop over the text's code units, with no call per character and no folded copy of the text.
 *
 * The automaton reads the boundary form of the folded text: letters and digits as folded
 * (`normalize.ts`), and every run of anything else (spaces, punctuation, apostrophes) as one
 * space, with a space before the first word and after the last. Folding is `foldTo`'s, unit for
 * unit; only its treatment of separators differs, and only in ways the boundary form cannot see.
 * Quotation marks, which folding drops, are hard boundaries here: no match runs across one
 * (in « Mouvement de résistance islamique » en Irak, no name goes on past the »).
 */
import {
  NODE_FAIL,
  NODE_REPORT,
  NODE_ROW,
  NODE_SYMBOL_A,
  NODE_SYMBOL_B,
  NODE_TARGET_A,
  NODE_TARGET_B,
  NODE_TERMINAL,
  type Automaton,
  type MatchHandler,
} from './aho-corasick';
import { FOLD_DROP, FOLD_MULTI, foldedUnit, isArticleEl, isQuotationMark, isWordCode, multiFold } from './normalize';

const SPACE = 0x20;
const LETTER_A = 0x61;
const NONE = -1;

/*
 * What the scan does with each code unit (`kinds`, learnt on first sight, 0 until then). Word
 * units are positive: `LETTER_E` for those that fold to "e" (which may start the article "el",
 * read "al"), and `WORD + s` for any other, `s` being its automaton symbol (0 when no pattern
 * holds it). With every word unit positive, skipping the rest of a word tests one sign per unit.
 */
const LETTER_E = 1;
const WORD = 2;
const SEPARATOR = -1;
/** Invisible characters (soft hyphen, zero-width joiners): folding drops them, words go on. */
const INVISIBLE = -2;
const QUOTE = -3;
/** A character that folds to several units ("œ" → "oe"). */
const SPLIT = -4;

/**
 * Scans texts for an automaton whose patterns are boundary forms (" al amiri "). Every pattern
 * starts with a space, so once the automaton falls back to its root inside a word nothing can
 * match before the next boundary, and the rest of the word is skipped. The original offset of
 * each unit fed to the automaton is kept in a ring as long as the longest pattern, so that a
 * match can be mapped back to the text. Build one per automaton and keep it: what it learns
 * about code units stays valid.
 */
export class BoundaryScan {
  private readonly ring: Int32Array;
  private readonly mask: number;
  private readonly kinds = new Int32Array(65536);

  constructor(
    private readonly automaton: Automaton,
    longest: number,
  ) {
    let size = 16;
    while (size < longest + 2) size *= 2;
    this.ring = new Int32Array(size);
    this.mask = size - 1;
    for (let code = 0; code < 0x80; code++) this.learn(code);
  }

  /**
   * Offset in the text of the unit at position `k` (counted from 0) of the latest scan; valid
   * for the units of the match being reported. Only letters and digits have a meaningful one.
   */
  originOf(k: number): number {
    return this.ring[k & this.mask]!;
  }

  /** Classifies a code unit (see the kinds above) and remembers it. */
  private learn(code: number): number {
    const kind = this.kindOf(code, foldedUnit(code));
    this.kinds[code] = kind;
    return kind;
  }

  private kindOf(code: number, fold: number): number {
    if (fold === FOLD_MULTI) return SPLIT;
    if (fold === FOLD_DROP) return isQuotationMark(code) ? QUOTE : INVISIBLE;
    // Separators fold to negative values; a unit that folds to itself may be punctuation.
    if (fold < 0) return SEPARATOR;
    const unit = fold - 1;
    const word = (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x80 && isWordCode(unit));
    if (!word) return SEPARATOR;
    return unit === 0x65 ? LETTER_E : WORD + this.automaton.symbolOf[unit]!;
  }

  /** Reports every pattern found in `text`, with the position (exclusive) of its last unit. */
  run(text: string, onMatch: MatchHandler): void {
    const { ring, mask, kinds } = this;
    const { symbolOf } = this.automaton;
    const { rootRow, nodes, rows, samePatternNext } = this.automaton.tables;
    // Imported bindings are read once: in the loop, each read of one costs a check.
    const ROW = NODE_ROW;
    const SYMBOL_A = NODE_SYMBOL_A;
    const TARGET_A = NODE_TARGET_A;
    const SYMBOL_B = NODE_SYMBOL_B;
    const TARGET_B = NODE_TARGET_B;
    const FAIL = NODE_FAIL;
    const REPORT = NODE_REPORT;
    const TERMINAL = NODE_TERMINAL;
    const spaceSymbol = symbolOf[SPACE]!;
    const symbolE = symbolOf[0x65]!;
    const symbolArticle = symbolOf[LETTER_A]!;
    // The state after a boundary, where every pattern starts.
    const fresh = rootRow[spaceSymbol]!;
    const n = text.length;
    // The opening boundary; no pattern is a lone space, so none ends on it.
    ring[0] = 0;
    let count = 1;
    let node = fresh;
    let atBoundary = true;
    // The units of a character that folds to several ("œ" → "oe"), and the next one to feed.
    let split = '';
    let k = 0;
    let i = -1;
    for (;;) {
      let kind: number;
      let quote = false;
      if (k < split.length) {
        const unit = split.charCodeAt(k++);
        kind = kinds[unit]! || this.learn(unit);
        // The rule on "el" reads the text, where this unit is not.
        if (kind === LETTER_E) kind = WORD + symbolE;
      } else {
        i++;
        if (i > n) break;
        // Position n closes the text.
        kind = i === n ? SEPARATOR : kinds[text.charCodeAt(i)]! || this.learn(text.charCodeAt(i));
        if (kind > 0 && node === 0 && !atBoundary) {
          // Inside a word with no pattern under way: go to the word's last unit.
          while (i + 1 < n && kinds[text.charCodeAt(i + 1)]! > 0) i++;
          continue;
        }
        if (kind < SEPARATOR) {
          if (kind === INVISIBLE) continue;
          if (kind === SPLIT) {
            split = multiFold(text.charCodeAt(i));
            k = 0;
            continue;
          }
          // A quotation mark ends what is under way like a boundary, then matching starts afresh.
          if (atBoundary) {
            node = fresh;
            continue;
          }
          quote = true;
          kind = SEPARATOR;
        }
      }

      let symbol: number;
      if (kind === SEPARATOR) {
        if (atBoundary) continue;
        atBoundary = true;
        symbol = spaceSymbol;
      } else {
        symbol = kind === LETTER_E ? (atBoundary && isArticleEl(text, i) ? symbolArticle : symbolE) : kind - WORD;
        atBoundary = false;
      }

      // Feed the unit: remember where it comes from, take the transition, report what ends here.
      ring[count & mask] = i;
      count++;
      if (symbol === 0) {
        node = 0;
        continue;
      }
      for (;;) {
        if (node === 0) {
          node = rootRow[symbol]!;
          break;
        }
        const row = nodes[node + ROW]!;
        const target =
          row !== NONE
            ? rows[row + symbol]!
            : nodes[node + SYMBOL_A] === symbol
              ? nodes[node + TARGET_A]!
              : nodes[node + SYMBOL_B] === symbol
                ? nodes[node + TARGET_B]!
                : NONE;
        if (target !== NONE) {
          node = target;
          break;
        }
        node = nodes[node + FAIL]!;
      }
      for (let out = nodes[node + REPORT]!; out > 0; out = nodes[nodes[out + FAIL]! + REPORT]!) {
        for (let p = nodes[out + TERMINAL]!; p !== NONE; p = samePatternNext[p]!) onMatch(p, count);
      }
      if (quote) node = fresh;
    }
  }
}
