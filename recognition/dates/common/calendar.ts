/**
 * Calendar arithmetic on whole days, in UTC so that no time zone can shift a date. A day is a
 * "day number" (days since 1970-01-01), which makes differences and offsets plain arithmetic.
 */

const MS_PER_DAY = 86_400_000;

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** Day number of a calendar date; days or months out of range roll over like `Date.UTC`. */
export function dayNumber(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** The calendar date of a day number. */
export function calendarDate(day: number): CalendarDate {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The UTC calendar day of an instant, as a day number. */
export function utcDayOf(instant: Date): number {
  return Math.floor(instant.getTime() / MS_PER_DAY);
}

/** Day of the week, 0 = Sunday … 6 = Saturday (as in `Date#getUTCDay`). */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** The month `delta` months away from `year`-`month`. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOf(day: number): { year: number; week: number } {
  const thursday = mondayOf(day) + 3;
  const year = calendarDate(thursday).year;
  return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

/** The Monday of the ISO week holding `day`. */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY` */
export function formatYear(year: number): string {
  return pad(year, 4);
}

/** `YYYY-MM` */
export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month, 2)}`;
}

/** `YYYY-MM-DD` */
export function formatDay(day: number): string {
  const date = calendarDate(day);
  return `${formatMonth(date.year, date.month)}-${pad(date.day, 2)}`;
}

/** `YYYY-Www` */
export function formatWeek(day: number): string {
  const { year, week } = isoWeekOf(day);
  return `${formatYear(year)}-W${pad(week, 2)}`;
}

/** Day number of a `YYYY-MM-DD` string. */
export function parseDay(iso: string): number {
  const match = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  return dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
}
