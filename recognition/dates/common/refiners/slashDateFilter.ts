import type { ParsingContext, ParsingResult } from 'chrono-node';
import { ResultFilter } from './resultFilter';

const SLASH_DATE_TAG = 'parser/SlashDateFormatParser';

/** What such a date looks like, checked first because reading a result's tags copies them. */
const SLASH_DATE_SHAPE = /^\d{1,2}[/.-]\d/;

/**
 * Drops numeric dates without a year ("24/7", "1/3", "7.5", "3-2"): in running text these are
 * fractions, scores and decimals far more often than dates.
 */
export class SlashDateFilter extends ResultFilter {
  protected isValid(_context: ParsingContext, result: ParsingResult): boolean {
    return result.start.isCertain('year') || !SLASH_DATE_SHAPE.test(result.text) || !result.tags().has(SLASH_DATE_TAG);
  }
}
