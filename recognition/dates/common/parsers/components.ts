import type { ParsingComponents, ParsingContext } from 'chrono-node';
import { calendarDate } from '../calendar';
import { implyDay } from '../components';
import { RESOLVED_YEAR_TAG } from '../tags';

/**
 * A year the text does not write is only implied, so that chrono's range merging can still take
 * the year of the other side ("de janvier à mars 2020"); the tag says it is already resolved.
 */
function withYear(components: ParsingComponents, year: number, yearWritten: boolean): ParsingComponents {
  return yearWritten ? components.assign('year', year) : components.imply('year', year).addTag(RESOLVED_YEAR_TAG);
}

/** Components stating a day. */
export function dayComponents(context: ParsingContext, day: number, yearWritten = true): ParsingComponents {
  const date = calendarDate(day);
  return withYear(context.createParsingComponents({ month: date.month, day: date.day }), date.year, yearWritten);
}

/** Components stating a month (its first day implied). */
export function monthComponents(context: ParsingContext, year: number, month: number, yearWritten = true): ParsingComponents {
  return withYear(context.createParsingComponents({ month }).imply('day', 1), year, yearWritten);
}

/** Components stating a year (its first day implied). */
export function yearComponents(context: ParsingContext, year: number): ParsingComponents {
  return context.createParsingComponents({ year }).imply('month', 1).imply('day', 1);
}

/** Components stating a weekday, pointing at the day it resolves to (as chrono does). */
export function weekdayComponents(context: ParsingContext, weekday: number, day: number): ParsingComponents {
  return implyDay(context.createParsingComponents({ weekday }), day);
}
