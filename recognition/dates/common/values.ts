import type { DateGranularity } from '../../types';
import {
  dayNumber,
  daysInMonth,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  mondayOf,
} from './calendar';

/** A resolved date: its ISO value at the granularity written, and the days it covers. */
export interface DateValue {
  value: string;
  granularity: DateGranularity;
  /** Day number of the first day covered. */
  first: number;
  /** Day number of the last day covered. */
  last: number;
}

/** Which third of a month or a year an expression such as "mi-octobre" or "early 2020" names. */
export type Part = 'early' | 'mid' | 'late';

export function dayValue(day: number): DateValue {
  return { value: formatDay(day), granularity: 'day', first: day, last: day };
}

export function monthValue(year: number, month: number): DateValue {
  return {
    value: formatMonth(year, month),
    granularity: 'month',
    first: dayNumber(year, month, 1),
    last: dayNumber(year, month, daysInMonth(year, month)),
  };
}

export function yearValue(year: number): DateValue {
  return { value: formatYear(year), granularity: 'year', first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
}

/** The ISO week holding `day`. */
export function weekValue(day: number): DateValue {
  const monday = mondayOf(day);
  return { value: formatWeek(day), granularity: 'week', first: monday, last: monday + 6 };
}

/** `from/to`, each side at its own granularity; null when the interval runs backwards. */
export function intervalValue(from: DateValue, to: DateValue): DateValue | null {
  if (to.last < from.first) return null;
  return { value: `${from.value}/${to.value}`, granularity: 'interval', first: from.first, last: to.last };
}

/** A month narrowed to days 1–10, 11–20 or 21–end; the value stays `YYYY-MM`. */
export function partOfMonth(year: number, month: number, part: Part): DateValue {
  const whole = monthValue(year, month);
  const days: Record<Part, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, daysInMonth(year, month)] };
  const [firstDay, lastDay] = days[part];
  return { ...whole, first: dayNumber(year, month, firstDay), last: dayNumber(year, month, lastDay) };
}

/** A year narrowed to January–April, May–August or September–December; the value stays `YYYY`. */
export function partOfYear(year: number, part: Part): DateValue {
  const months: Record<Part, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };
  const [firstMonth, lastMonth] = months[part];
  return { ...yearValue(year), first: monthValue(year, firstMonth).first, last: monthValue(year, lastMonth).last };
}
