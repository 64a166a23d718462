import { dayNumber, daysInMonth, mondayOf, weekdayOf, calendarDate } from './calendar';

/**
 * Where an expression without a year (or a bare weekday) falls relative to publication. News
 * reports the past, so the default is the most recent one on or before publication; a sentence
 * about the future takes the first one on or after it.
 */
export type Direction = 'onOrBefore' | 'onOrAfter' | 'before' | 'after' | 'thisYear';

/** The year of a month named without one ("en octobre", "last October", "next January"). */
export function yearOfMonth(month: number, reference: number, direction: Direction): number {
  const ref = calendarDate(reference);
  switch (direction) {
    case 'onOrBefore':
      return month <= ref.month ? ref.year : ref.year - 1;
    case 'onOrAfter':
      return month >= ref.month ? ref.year : ref.year + 1;
    case 'before':
      return month < ref.month ? ref.year : ref.year - 1;
    case 'after':
      return month > ref.month ? ref.year : ref.year + 1;
    case 'thisYear':
      return ref.year;
  }
}

/** The year of a day and month named without one ("le 7 octobre"); 29 February finds a leap year. */
export function yearOfDayMonth(day: number, month: number, reference: number, direction: Direction): number {
  if (direction === 'thisYear') return calendarDate(reference).year;
  const forward = direction === 'after' || direction === 'onOrAfter';
  const accepts: Record<typeof direction, (candidate: number) => boolean> = {
    onOrBefore: (candidate) => candidate <= reference,
    before: (candidate) => candidate < reference,
    onOrAfter: (candidate) => candidate >= reference,
    after: (candidate) => candidate > reference,
  };
  let year = calendarDate(reference).year + (forward ? -1 : 1);
  // At most eight years apart (29 February across a century that skips a leap year).
  for (let tries = 0; tries < 10; tries++, year += forward ? 1 : -1) {
    if (day <= daysInMonth(year, month) && accepts[direction](dayNumber(year, month, day))) return year;
  }
  return calendarDate(reference).year;
}

/** How a weekday name is read: bare, with "dernier"/"last", "prochain"/"next", "ce"/"this". */
export type WeekdayModifier = 'onOrBefore' | 'before' | 'after' | 'thisWeek';

/** The day a weekday (0 = Sunday) names, relative to the publication day. */
export function dayOfWeekday(weekday: number, reference: number, modifier: WeekdayModifier): number {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(reference) + 7) % 7;
  switch (modifier) {
    case 'onOrBefore':
      return reference - back;
    case 'before':
      return reference - (back || 7);
    case 'after':
      return reference + (forward || 7);
    case 'thisWeek':
      return mondayOf(reference) + ((weekday + 6) % 7);
  }
}
