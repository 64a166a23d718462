import type { ParsingContext } from 'chrono-node';
import { calendarDate, dayNumber, utcDayOf } from './calendar';

/** The publication day: the UTC calendar day of the reference instant, as a day number. */
export function publicationDay(referenceDate: Date): number {
  return utcDayOf(referenceDate);
}

/**
 * The reference handed to chrono. Chrono reads its reference in the machine's local time, so it
 * gets noon local time of the publication day: every calendar field it derives is then that day,
 * whatever the time zone, and a day's arithmetic never crosses midnight at a DST change.
 */
export function chronoReference(day: number): Date {
  const { year, month, day: dayOfMonth } = calendarDate(day);
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(year, month - 1, dayOfMonth);
  return date;
}

/** The publication day chrono was given, back as a day number (see {@link chronoReference}). */
export function referenceDay(context: ParsingContext): number {
  const instant = context.reference.instant;
  return dayNumber(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}
