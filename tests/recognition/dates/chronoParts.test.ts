import type { ParsedResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { CHRONO_EN } from '../../../recognition/dates/locales/en/chronoParts';
import { englishChrono } from '../../../recognition/dates/locales/en/configuration';
import { CHRONO_FR } from '../../../recognition/dates/locales/fr/chronoParts';
import { frenchChrono } from '../../../recognition/dates/locales/fr/configuration';

/** Class names survive here (tests are not minified): they pin what each position of chrono's configuration holds. */
function classNames(parts: Record<string, object>): Record<string, string> {
  return Object.fromEntries(Object.entries(parts).map(([key, part]) => [key, part.constructor.name]));
}

function rulesOf(results: ParsedResult[]): string[][] {
  return results.map((result) => [...result.tags()].filter((tag) => tag.startsWith('contexte/')).sort());
}

const reference = new Date(2023, 11, 11, 12);

describe('the chrono parts we keep', () => {
  it('are, in French, the classes we think they are', () => {
    expect(classNames(CHRONO_FR.parsers)).toEqual({
      isoFormat: 'ISOFormatParser',
      slashDate: 'SlashDateFormatParser',
      monthNameLittleEndian: 'FRMonthNameLittleEndianParser',
      timeUnitAgo: 'FRTimeUnitAgoFormatParser',
      timeUnitWithin: 'FRTimeUnitWithinFormatParser',
    });
    expect(classNames(CHRONO_FR.refiners)).toEqual({
      overlapRemoval: 'OverlapRemovalRefiner',
      mergeWeekdayComponent: 'MergeWeekdayComponentRefiner',
      mergeDateRange: 'FRMergeDateRangeRefiner',
    });
  });

  it('are, in English, the classes we think they are', () => {
    expect(classNames(CHRONO_EN.parsers)).toEqual({
      yearMonthDay: 'ENYearMonthDayParser',
      isoFormat: 'ISOFormatParser',
      slashDate: 'SlashDateFormatParser',
      monthNameLittleEndian: 'ENMonthNameLittleEndianParser',
      monthNameMiddleEndian: 'ENMonthNameMiddleEndianParser',
      slashMonth: 'ENSlashMonthFormatParser',
      timeUnitAgo: 'ENTimeUnitAgoFormatParser',
      timeUnitLater: 'ENTimeUnitLaterFormatParser',
      yearMonthName: 'ENYearMonthNameParser',
    });
    expect(classNames(CHRONO_EN.refiners)).toEqual({
      overlapRemoval: 'OverlapRemovalRefiner',
      mergeRelativeFollowByDate: 'ENMergeRelativeFollowByDateRefiner',
      mergeWeekdayComponent: 'MergeWeekdayComponentRefiner',
      mergeDateRange: 'ENMergeDateRangeRefiner',
    });
  });
});

describe('results say which of our rules made them', () => {
  it('in French', () => {
    const results = frenchChrono.parse(
      'Vendredi dernier, mi-octobre, en 2014, l’automne dernier, hier soir, le 5 janvier dernier.'.replace(/’/g, "'"),
      reference,
    );
    expect(rulesOf(results)).toEqual([
      ['contexte/parser/FRWeekdayParser'],
      ['contexte/parser/FRPartOfMonthParser', 'contexte/part/mid', 'contexte/refiner/UnknownYear'],
      ['contexte/parser/FRYearParser'],
      ['contexte/granularity/season', 'contexte/parser/FRSeasonParser', 'contexte/resolved-year'],
      ['contexte/parser/FRRelativeDayParser', 'contexte/refiner/DayPart'],
      ['contexte/refiner/UnknownYear'],
    ]);
  });

  it('in English', () => {
    const results = englishChrono.parse('Last week, the 1980s, between 2011 and 2013, in 2014, 2015 and 2016.', reference);
    expect(rulesOf(results)).toEqual([
      ['contexte/granularity/week', 'contexte/parser/ENRelativePeriodParser'],
      ['contexte/parser/ENDecadeParser'],
      ['contexte/parser/ENYearRangeParser'],
      ['contexte/parser/ENYearParser'],
      ['contexte/refiner/YearList'],
      ['contexte/refiner/YearList'],
    ]);
  });
});
