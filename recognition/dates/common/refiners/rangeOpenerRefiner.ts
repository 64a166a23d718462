import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { SEASON_TAG, refinerTag } from '../tags';

/**
 * Brings the word that opens a range into its span: "du 7 au 9 octobre", "de janvier à mars
 * 2020", "from January to March 2020" (chrono's ranges start at the first date).
 */
export abstract class RangeOpenerRefiner implements Refiner {
  /** The opening word at the end of the text before the range, anchored at the end. */
  protected abstract opener(): RegExp;

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    results.forEach((result, position) => {
      if (!result.end || result.start.tags().has(SEASON_TAG)) return;
      const previous = results[position - 1];
      const previousEnd = previous ? previous.index + previous.text.length : 0;
      const before = context.text.slice(Math.max(previousEnd, result.index - 16), result.index);
      const match = this.opener().exec(before);
      if (!match) return;
      result.index -= match[0].length;
      result.text = match[0] + result.text;
      result.addTag(refinerTag('RangeOpener'));
    });
    return results;
  }
}
