import type { ParsingComponents, ParsingContext } from 'chrono-node';
import { calendarDate } from '../calendar';
import { implyDay } from '../components';
import { RESOLVED_YEAR_TAG } from '../tags';

/**
 * Where the year of a date comes from: written in the text; fixed by a word such as "dernier" or
 * "next"; or open, placed on or before publication for now and left to the year-resolution
 * refiner, which reads the sentence ("se réunira début juin" is the June to come).
 */
export type YearSource = 'written' | 'fixed' | 'open';

/**
 * A year the text does not write is only implied, so that chrono's range merging can still take
 * the year of the other side ("de janvier à mars 2020"); a tag marks a year a modifier fixed.
 */
function withYear(components: ParsingComponents, year: number, source: YearSource): ParsingComponents {
  if (source === 'written') return components.assign('year', year);
  components.imply('year', year);
  return source === 'fixed' ? components.addTag(RESOLVED_YEAR_TAG) : components;
}

/** Components stating a day. */
export function dayComponents(context: ParsingContext, day: number, source: YearSource = 'written'): ParsingComponents {
  const date = calendarDate(day);
  return withYear(context.createParsingComponents({ month: date.month, day: date.day }), date.year, source);
}

/** Components stating a month (its first day implied). */
export function monthComponents(
  context: ParsingContext,
  year: number,
  month: number,
  source: YearSource = 'written',
): ParsingComponents {
  return withYear(context.createParsingComponents({ month }).imply('day', 1), year, source);
}

/** Components stating a year (its first day implied). */
export function yearComponents(context: ParsingContext, year: number): ParsingComponents {
  return context.createParsingComponents({ year }).imply('month', 1).imply('day', 1);
}

/** Components stating a weekday, pointing at the day it resolves to (as chrono does). */
export function weekdayComponents(context: ParsingContext, weekday: number, day: number): ParsingComponents {
  return implyDay(context.createParsingComponents({ weekday }), day);
}
