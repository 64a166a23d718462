import { addMonths, calendarDate } from './calendar';
import { intervalValue, monthValue, type DateValue } from './values';

/** Northern meteorological seasons, which start on the first of March, June, September, December. */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

const FIRST_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/**
 * How a season is placed: "automne dernier" (last), "cet été" (this), "next summer" (next); a
 * season named alone ("in the autumn") is the one under way or else the last one
 * (onOrBefore), or the next one in a sentence about the future (onOrAfter).
 */
export type SeasonModifier = 'last' | 'this' | 'next' | 'onOrBefore' | 'onOrAfter';

/** The season that starts in `year` (winter 2014 runs December 2014 to February 2015). */
export function seasonValue(season: Season, year: number): DateValue {
  const first = FIRST_MONTH[season];
  const last = addMonths(year, first, 2);
  const interval = intervalValue(monthValue(year, first), monthValue(last.year, last.month));
  if (!interval) throw new RangeError('A season cannot run backwards');
  return { ...interval, granularity: 'season' };
}

/**
 * The year in which the season meant by a modifier starts. "Last" is the most recent completed
 * one; "next" the first one not yet begun; "this" the one under way, or else the nearer of the
 * last and the next ("cet été" in December is the summer just past, "this winter" in October the
 * one to come).
 */
export function seasonYear(season: Season, modifier: SeasonModifier, reference: number): number {
  const refYear = calendarDate(reference).year;
  switch (modifier) {
    case 'last': {
      let year = refYear;
      while (seasonValue(season, year).last >= reference) year--;
      return year;
    }
    case 'next': {
      let year = refYear - 1;
      while (seasonValue(season, year).first <= reference) year++;
      return year;
    }
    default: {
      const last = seasonYear(season, 'last', reference);
      const next = seasonYear(season, 'next', reference);
      const current = seasonValue(season, last + 1);
      if (current.first <= reference && reference <= current.last) return last + 1;
      if (modifier === 'onOrBefore') return last;
      if (modifier === 'onOrAfter') return next;
      return reference - seasonValue(season, last).last <= seasonValue(season, next).first - reference ? last : next;
    }
  }
}

/** The season whose first month is `month`, if any. */
export function seasonStartingIn(month: number): Season | undefined {
  return (Object.keys(FIRST_MONTH) as Season[]).find((season) => FIRST_MONTH[season] === month);
}
