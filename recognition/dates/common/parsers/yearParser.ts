import type { ParsingContext, ParsingResult } from 'chrono-node';
import { yearComponents } from './components';
import { WordParser, type Groups, type Span } from './wordParser';

/**
 * A year written alone is a date only in a temporal context, which the locale checks before it
 * ("en 2014", "depuis 2003", "since 2003", "l'invasion de 2003") or after it ("the 2003
 * invasion"); the context is not part of the span. The year is group `year`.
 */
export abstract class YearParser extends WordParser {
  protected extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null {
    if (!groups.year) return null;
    return this.result(context, span, yearComponents(context, Number(groups.year)));
  }
}
