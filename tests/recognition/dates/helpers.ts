import { expect } from 'vitest';
import { findDates } from '../../../recognition/dates/index';
import type { DateAnnotation, DateGranularity, SupportedLang } from '../../../recognition/types';

/** Publication instants used across the tests (noon UTC of the day named). */
export const MONDAY = '2023-12-11';
export const WEDNESDAY = '2024-03-13';
export const NEW_YEAR = '2024-01-03';
export const LEAP_DAY = '2024-02-29';

export function referenceOf(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export function datesIn(text: string, lang: SupportedLang, day: string, uiLang: SupportedLang = lang): DateAnnotation[] {
  return findDates(text, { lang, referenceDate: referenceOf(day), uiLang });
}

/** What a test expects of one date; `start` defaults to the first occurrence of `text`. */
export interface Expected {
  text: string;
  value: string;
  granularity: DateGranularity;
  first: string;
  last: string;
  phrase: string;
  start?: number;
}

/** Shorthand: `date('vendredi dernier', '2023-12-08', 'day', '2023-12-08', '2023-12-08', '3 jours avant la publication')`. */
export function date(
  text: string,
  value: string,
  granularity: DateGranularity,
  first: string,
  last: string,
  phrase: string,
  start?: number,
): Expected {
  return { text, value, granularity, first, last, phrase, start };
}

const MS_PER_DAY = 86_400_000;

/** The annotation `expected` describes in `input`, with offsets and day count worked out here. */
function annotation(input: string, expected: Expected, day: string): DateAnnotation {
  const start = expected.start ?? input.indexOf(expected.text);
  if (start < 0) throw new Error(`"${expected.text}" is not in the test text`);
  return {
    text: expected.text,
    start,
    end: start + expected.text.length,
    value: expected.value,
    granularity: expected.granularity,
    first: expected.first,
    last: expected.last,
    daysFromReference: (Date.parse(expected.first) - Date.parse(day)) / MS_PER_DAY,
    phrase: expected.phrase,
  };
}

/** Asserts that `input` holds exactly the `expected` dates, in order, every field checked. */
export function expectDates(
  input: string,
  lang: SupportedLang,
  day: string,
  expected: Expected[],
  uiLang: SupportedLang = lang,
): void {
  expect(datesIn(input, lang, day, uiLang)).toEqual(expected.map((one) => annotation(input, one, day)));
}

/** Asserts that `input` holds no date at all. */
export function expectNoDates(input: string, lang: SupportedLang, day = MONDAY): void {
  expect(datesIn(input, lang, day)).toEqual([]);
}

/** Offset of the `n`th occurrence (1-based) of `fragment` in `text`, for fragments that repeat. */
export function nth(text: string, fragment: string, n: number): number {
  let index = -1;
  for (let count = 0; count < n; count++) {
    index = text.indexOf(fragment, index + 1);
    if (index < 0) throw new Error(`"${fragment}" does not occur ${n} times`);
  }
  return index;
}
