import { describe, expect, it } from 'vitest';
import { formatDateValue, formatNarrowedDays } from '../../../components/page-ui/format-date';
import type { DateAnnotation } from '../../../recognition/types';

/** ICU chooses thin and narrow spaces around range dashes; compare with plain spaces. */
function plain(text: string | null): string | null {
  return text === null ? null : text.replace(/\s/g, ' ').replace(/ *– */g, ' – ');
}

function date(value: string, first: string, last: string, granularity: DateAnnotation['granularity'] = 'day') {
  return { value, first, last, granularity };
}

describe('formatDateValue', () => {
  it('writes a day with its weekday in the UI language', () => {
    expect(plain(formatDateValue(date('2023-12-08', '2023-12-08', '2023-12-08'), 'fr'))).toBe('vendredi 8 décembre 2023');
    expect(plain(formatDateValue(date('2023-12-08', '2023-12-08', '2023-12-08'), 'en'))).toBe('Friday, December 8, 2023');
  });

  it('writes months, years and intervals at their granularity', () => {
    expect(plain(formatDateValue(date('2023-10', '2023-10-01', '2023-10-31', 'month'), 'fr'))).toBe('octobre 2023');
    expect(plain(formatDateValue(date('2014', '2014-01-01', '2014-12-31', 'year'), 'en'))).toBe('2014');
    expect(plain(formatDateValue(date('1980/1989', '1980-01-01', '1989-12-31', 'interval'), 'fr'))).toBe('1980 – 1989');
    expect(plain(formatDateValue(date('2023-09/2023-11', '2023-09-01', '2023-11-30', 'season'), 'en'))).toBe('September – November 2023');
    expect(plain(formatDateValue(date('2023-10-07/2023-10-09', '2023-10-07', '2023-10-09', 'interval'), 'fr'))).toBe(
      'samedi 7 – lundi 9 octobre 2023',
    );
  });

  it('writes an ISO week as its days', () => {
    expect(plain(formatDateValue(date('2023-W49', '2023-12-04', '2023-12-10'), 'en'))).toBe('December 4 – 10, 2023');
  });
});

describe('formatNarrowedDays', () => {
  it('gives the days of a part of a month, and nothing for a whole month', () => {
    expect(plain(formatNarrowedDays(date('2023-10', '2023-10-11', '2023-10-20', 'month'), 'fr'))).toBe('11 – 20 octobre 2023');
    expect(plain(formatNarrowedDays(date('2023-10', '2023-10-01', '2023-10-31', 'month'), 'fr'))).toBeNull();
    expect(plain(formatNarrowedDays(date('2023-12-08', '2023-12-08', '2023-12-08'), 'fr'))).toBeNull();
    expect(plain(formatNarrowedDays(date('2020', '2020-01-01', '2020-04-30', 'year'), 'en'))).toBe('January 1 – April 30, 2020');
  });
});
