import type { ParsingContext, ParsingResult } from 'chrono-node';
import { referenceDay } from '../reference';
import { yearOfMonth, type Direction } from '../resolve';
import { monthComponents } from './components';
import { WordParser, type Groups, type Span } from './wordParser';

/**
 * A month named without a day: "octobre 2023", "en octobre", "octobre dernier", "January 2020",
 * "last October", "next January". Without a year it is the most recent such month on or before
 * publication, unless a modifier says before or after.
 */
export abstract class MonthParser extends WordParser {
  /** 1–12 for group `month`. */
  protected abstract monthOf(word: string): number | undefined;
  /** How group `modifier` places the month when no year is written. */
  protected abstract directionOf(groups: Groups): Direction;
  /** Whether the match is a month at all (e.g. "May" the verb, "Mars" the planet). */
  protected abstract accepts(context: ParsingContext, groups: Groups, span: Span): boolean;

  protected extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null {
    const month = this.monthOf(groups.month ?? '');
    if (month === undefined || !this.accepts(context, groups, span)) return null;
    const year = groups.year ? Number(groups.year) : yearOfMonth(month, referenceDay(context), this.directionOf(groups));
    return this.result(context, span, monthComponents(context, year, month, groups.year !== undefined));
  }
}
