import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addMonths, calendarDate } from '../calendar';
import { referenceDay } from '../reference';
import { WEEK_TAG } from '../tags';
import { dayComponents, monthComponents, yearComponents } from './components';
import { WordParser, type Groups, type Span } from './wordParser';

export type PeriodUnit = 'week' | 'month' | 'year';

/**
 * A week, month or year named relative to publication: "la semaine dernière", "cette semaine",
 * "le mois dernier", "l'année prochaine", "last week", "this month", "next year".
 */
export abstract class RelativePeriodParser extends WordParser {
  protected abstract unitOf(groups: Groups): PeriodUnit | undefined;
  /** -1 for last, 0 for this, 1 for next. */
  protected abstract offsetOf(groups: Groups): number | undefined;

  protected extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null {
    const unit = this.unitOf(groups);
    const offset = this.offsetOf(groups);
    if (!unit || offset === undefined) return null;
    const reference = referenceDay(context);
    const { year, month } = calendarDate(reference);
    switch (unit) {
      case 'week':
        return this.result(context, span, dayComponents(context, reference + 7 * offset)).addTag(WEEK_TAG);
      case 'month': {
        const target = addMonths(year, month, offset);
        return this.result(context, span, monthComponents(context, target.year, target.month));
      }
      case 'year':
        return this.result(context, span, yearComponents(context, year + offset));
    }
  }
}
