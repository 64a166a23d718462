import { describe, expect, it } from 'vitest';
import {
  addMonths,
  calendarDate,
  dayNumber,
  daysInMonth,
  formatDay,
  formatWeek,
  parseDay,
  weekdayOf,
} from '../../../recognition/dates/common/calendar';

const MS_PER_DAY = 86_400_000;

describe('calendar arithmetic', () => {
  it('agrees with Date on every day from 1900 to 2300', () => {
    const mismatches: number[] = [];
    for (let day = dayNumber(1900, 1, 1); day <= dayNumber(2300, 1, 1); day++) {
      const date = new Date(day * MS_PER_DAY);
      const expected = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
      const roundTrip = dayNumber(expected.year, expected.month, expected.day);
      if (roundTrip !== day || JSON.stringify(calendarDate(day)) !== JSON.stringify(expected)) mismatches.push(day);
    }
    expect(mismatches).toEqual([]);
  });

  it('rolls days and months over like Date.UTC', () => {
    expect(dayNumber(2023, 13, 1)).toBe(dayNumber(2024, 1, 1));
    expect(dayNumber(2024, 0, 15)).toBe(dayNumber(2023, 12, 15));
    expect(dayNumber(2023, 3, 0)).toBe(dayNumber(2023, 2, 28));
    expect(dayNumber(2024, 2, 30)).toBe(dayNumber(2024, 3, 1));
  });

  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it('names weekdays and ISO weeks, across year boundaries', () => {
    expect(weekdayOf(dayNumber(2023, 12, 11))).toBe(1);
    expect(weekdayOf(dayNumber(2024, 3, 13))).toBe(3);
    expect(formatWeek(dayNumber(2023, 12, 11))).toBe('2023-W50');
    expect(formatWeek(dayNumber(2020, 12, 31))).toBe('2020-W53');
    expect(formatWeek(dayNumber(2021, 1, 3))).toBe('2020-W53');
    expect(formatWeek(dayNumber(2023, 1, 1))).toBe('2022-W52');
    expect(formatWeek(dayNumber(2024, 12, 30))).toBe('2025-W01');
  });

  it('adds months across years and formats days', () => {
    expect(addMonths(2024, 1, -1)).toEqual({ year: 2023, month: 12 });
    expect(addMonths(2023, 12, 1)).toEqual({ year: 2024, month: 1 });
    expect(addMonths(2023, 3, -27)).toEqual({ year: 2020, month: 12 });
    expect(formatDay(parseDay('2024-02-29'))).toBe('2024-02-29');
    expect(() => parseDay('29/02/2024')).toThrow(RangeError);
  });
});
