import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { refinerTag } from '../tags';

/** A two-digit number after a day and month, without a comma: "October 7 40 hostages". */
const TRAILING_TWO_DIGITS = /\s+(\d{2})$/;

/**
 * Chrono reads a two-digit number after a day and month as the year ("le 7 octobre 80 morts" →
 * 1980, "October 7 40 hostages" → 2040). In news that number is a count: take it out of the date,
 * whose year is then resolved like any date written without one.
 */
export class ShortYearRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const match = TRAILING_TWO_DIGITS.exec(result.text);
      const year = result.start.get('year');
      if (!match || result.end || !result.start.isCertain('year') || year === null) continue;
      if (year % 100 !== Number(match[1]) || !result.start.isCertain('day')) continue;
      result.text = result.text.slice(0, match.index);
      result.start.delete('year');
      result.addTag(refinerTag('ShortYear'));
    }
    return results;
  }
}
