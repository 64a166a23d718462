/**
 * Writes a recognised date (`DateAnnotation.value` at its granularity) in the reader's language:
 * "Friday 8 December 2023", "October 2023", "September – November 2023", "1980–1989".
 */
import type { DateAnnotation } from '../../recognition/types';
import type { UiLang } from './i18n';

type Precision = 'day' | 'week' | 'month' | 'year';

interface Point {
  date: Date;
  precision: Precision;
}

const formats: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  week: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

const finer: Precision[] = ['day', 'week', 'month', 'year'];

/** Noon UTC, formatted in UTC, so no time zone can move the day. */
function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** Reads one ISO 8601 end (`2023-12-08`, `2023-W49`, `2023-10`, `2014`); null when malformed. */
function parsePoint(text: string): Point | null {
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) return { date: utcDay(+match[1]!, +match[2]!, +match[3]!), precision: 'day' };
  match = /^(\d{4})-W(\d{2})$/.exec(text);
  if (match) return { date: isoWeekMonday(+match[1]!, +match[2]!), precision: 'week' };
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) return { date: utcDay(+match[1]!, +match[2]!, 1), precision: 'month' };
  match = /^(\d{4})$/.exec(text);
  if (match) return { date: utcDay(+match[1]!, 1, 1), precision: 'year' };
  return null;
}

/** Monday of ISO week `week` of `year` (week 1 holds the year's first Thursday). */
function isoWeekMonday(year: number, week: number): Date {
  const january4 = utcDay(year, 1, 4);
  const dayOfWeek = (january4.getUTCDay() + 6) % 7;
  const monday = new Date(january4.getTime() - dayOfWeek * 86_400_000);
  return new Date(monday.getTime() + (week - 1) * 7 * 86_400_000);
}

function formatter(uiLang: UiLang, precision: Precision): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(uiLang, { ...formats[precision], timeZone: 'UTC' });
}

function parseDay(text: string): Date | null {
  const point = parsePoint(text);
  return point?.precision === 'day' ? point.date : null;
}

/** Formats `first`–`last` as a range of days ("11 – 20 October 2023"). */
function formatDays(first: Date, last: Date, uiLang: UiLang): string {
  const days = formatter(uiLang, 'week');
  return first.getTime() === last.getTime() ? days.format(first) : days.formatRange(first, last);
}

/**
 * The date or interval of `date.value`, written at its granularity in `uiLang`. Falls back to
 * the first–last days when the value has a shape this function does not know.
 */
export function formatDateValue(date: Pick<DateAnnotation, 'value' | 'first' | 'last'>, uiLang: UiLang): string {
  const [startText, endText] = date.value.split('/');
  const start = startText ? parsePoint(startText) : null;
  const end = endText ? parsePoint(endText) : null;
  if (start && endText === undefined) {
    if (start.precision !== 'week') return formatter(uiLang, start.precision).format(start.date);
  } else if (start && end) {
    const precision = finer[Math.min(finer.indexOf(start.precision), finer.indexOf(end.precision))]!;
    return formatter(uiLang, precision === 'week' ? 'week' : precision).formatRange(start.date, end.date);
  }
  const first = parseDay(date.first);
  const last = parseDay(date.last);
  return first && last ? formatDays(first, last, uiLang) : date.value;
}

/**
 * The days covered when they are narrower than the written value ("mi-octobre" covers the 11th to
 * the 20th), or null when the value already says it all.
 */
export function formatNarrowedDays(date: Pick<DateAnnotation, 'value' | 'first' | 'last' | 'granularity'>, uiLang: UiLang): string | null {
  const first = parseDay(date.first);
  const last = parseDay(date.last);
  if (!first || !last) return null;
  const [startText, endText] = date.value.split('/');
  const start = startText ? parsePoint(startText) : null;
  if (!start || start.precision === 'day') return null;
  const end = endText ? parsePoint(endText) : start;
  if (!end) return null;
  const naturalFirst = start.date;
  const naturalLast = lastDayOf(end);
  if (first.getTime() === naturalFirst.getTime() && last.getTime() === naturalLast.getTime()) return null;
  return formatDays(first, last, uiLang);
}

/** Last day covered by a point at its precision. */
function lastDayOf(point: Point): Date {
  const year = point.date.getUTCFullYear();
  const month = point.date.getUTCMonth() + 1;
  switch (point.precision) {
    case 'day':
      return point.date;
    case 'week':
      return new Date(point.date.getTime() + 6 * 86_400_000);
    case 'month':
      return utcDay(year, month + 1, 0);
    case 'year':
      return utcDay(year, 12, 31);
  }
}

/** `text` with its first letter upper-cased, for a date standing alone as a title ("Vendredi 8 décembre 2023"). */
export function capitalized(text: string, uiLang: UiLang): string {
  return text.charAt(0).toLocaleUpperCase(uiLang) + text.slice(1);
}
