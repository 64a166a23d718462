import type { ParsingContext, ParsingResult } from 'chrono-node';
import { referenceDay } from '../reference';
import { yearOfMonth, type Direction } from '../resolve';
import { monthComponents } from './components';
import { WordParser, type Groups, type Span } from './wordParser';

/**
 * A month named without a day: "octobre 2023", "en octobre", "octobre dernier", "January 2020",
 * "last October", "next January". A modifier places a month written without its year; without
 * one the year is left open (see YearSource).
 */
export abstract class MonthParser extends WordParser {
  /** 1–12 for group `month`. */
  protected abstract monthOf(word: string): number | undefined;
  /** How group `modifier` places the month when no year is written; null without one. */
  protected abstract directionOf(groups: Groups): Direction | null;
  /** Whether the match is a month at all (e.g. "May" the verb, "Mars" the planet). */
  protected abstract accepts(context: ParsingContext, groups: Groups, span: Span): boolean;

  protected extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null {
    const month = this.monthOf(groups.month ?? '');
    if (month === undefined || !this.accepts(context, groups, span)) return null;
    const direction = this.directionOf(groups);
    const year = groups.year ? Number(groups.year) : yearOfMonth(month, referenceDay(context), direction ?? 'onOrBefore');
    const source = groups.year ? 'written' : direction ? 'fixed' : 'open';
    return this.result(context, span, monthComponents(context, year, month, source));
  }
}
