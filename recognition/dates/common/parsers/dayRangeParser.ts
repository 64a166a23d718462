import type { ParsingContext, ParsingResult } from 'chrono-node';
import { dayNumber, daysInMonth } from '../calendar';
import { referenceDay } from '../reference';
import { yearOfDayMonth } from '../resolve';
import { dayComponents } from './components';
import { WordParser, type Groups, type Span } from './wordParser';

/**
 * Two days of one month: "entre le 7 et le 9 octobre", "les 7 et 8 octobre", "between October 7
 * and 9", "October 7 and 8". Groups `from`, `to`, `month`, `year`, and `between` when an opening
 * word makes it a range; without one, "7 et 8" is read as a range only for consecutive days
 * ("les 3 et 17 octobre" are two dates, not the days between).
 */
export abstract class DayRangeParser extends WordParser {
  protected abstract monthOf(word: string): number | undefined;

  protected extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null {
    const month = this.monthOf(groups.month ?? '');
    const from = Number(groups.from);
    const to = Number(groups.to);
    if (month === undefined || to <= from || (!groups.between && to !== from + 1)) return null;
    const year = groups.year ? Number(groups.year) : yearOfDayMonth(from, month, referenceDay(context), 'onOrBefore');
    if (to > daysInMonth(year, month)) return null;
    const source = groups.year ? 'written' : 'open';
    return this.result(
      context,
      span,
      dayComponents(context, dayNumber(year, month, from), source),
      dayComponents(context, dayNumber(year, month, to), source),
    );
  }
}
