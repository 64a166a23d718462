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

/*
 * Proleptic Gregorian calendar in plain arithmetic (no Date objects: these run for every date
 * found). Years are counted from March, so that the leap day ends a year: a 400-year era has
 * 146 097 days, its years 365 days plus a leap day every 4 years except every 100 but every 400;
 * months from March follow the day count ⌊(153·m + 2) / 5⌋. 1970-01-01 is day 719 468 from 0000-03-01.
 */
const DAYS_PER_ERA = 146_097;
const EPOCH_FROM_MARCH_0000 = 719_468;

/** Day number of a calendar date; days or months out of range roll over like `Date.UTC`. */
export function dayNumber(year: number, month: number, day: number): number {
  const monthIndex = month - 1;
  const fullYear = year + Math.floor(monthIndex / 12);
  const monthOfYear = monthIndex - Math.floor(monthIndex / 12) * 12 + 1;
  const marchYear = monthOfYear <= 2 ? fullYear - 1 : fullYear;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const monthFromMarch = (monthOfYear + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_FROM_MARCH_0000;
}

/** The calendar date of a day number. */
export function calendarDate(day: number): CalendarDate {
  const fromMarch0000 = day + EPOCH_FROM_MARCH_0000;
  const era = Math.floor(fromMarch0000 / DAYS_PER_ERA);
  const dayOfEra = fromMarch0000 - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1 };
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
