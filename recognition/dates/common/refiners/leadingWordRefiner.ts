import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { refinerTag } from '../tags';

/**
 * Takes out of a span the leading preposition or article some chrono parsers include
 * ("on 5 January" → "5 January"): spans never start with one.
 */
export abstract class LeadingWordRefiner implements Refiner {
  /** Words to take off, anchored at the start of the span. */
  protected abstract leadingWords(): RegExp;

  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const match = this.leadingWords().exec(result.text);
      if (!match || match[0].length === result.text.length) continue;
      result.index += match[0].length;
      result.text = result.text.slice(match[0].length);
      result.addTag(refinerTag('LeadingWord'));
    }
    return results;
  }
}
