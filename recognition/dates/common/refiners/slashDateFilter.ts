import type { ParsingContext, ParsingResult } from 'chrono-node';
import { ResultFilter } from './resultFilter';

const SLASH_DATE_TAG = 'parser/SlashDateFormatParser';

/**
 * Drops numeric dates without a year ("24/7", "1/3", "7.5", "3-2"): in running text these are
 * fractions, scores and decimals far more often than dates.
 */
export class SlashDateFilter extends ResultFilter {
  protected isValid(_context: ParsingContext, result: ParsingResult): boolean {
    return result.start.isCertain('year') || !result.tags().has(SLASH_DATE_TAG);
  }
}
