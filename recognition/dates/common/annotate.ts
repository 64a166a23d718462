import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { dayOfComponents, levelOf } from './components';
import { seasonStartingIn, seasonValue } from './seasons';
import { PART_TAGS, SEASON_TAG, WEEK_TAG } from './tags';
import {
  dayValue,
  intervalValue,
  monthValue,
  partOfMonth,
  partOfYear,
  weekValue,
  yearValue,
  type DateValue,
  type Part,
} from './values';

/**
 * The value a chrono result stands for: its granularity is what the text states (a day, a
 * month, a year, or an interval of those), refined by our tags (week, season, part of a month
 * or a year). Null when nothing date-like is stated (a time alone).
 */
export function valueOfResult(result: ParsedResult): DateValue | null {
  // Our parsers tag the start components; reading those alone spares copying the end's tags too.
  const tags = result.start.tags();
  const start = plainValue(result.start);
  if (!start) return null;
  if (tags.has(WEEK_TAG)) return weekValue(start.first);
  if (tags.has(SEASON_TAG)) {
    const season = seasonStartingIn(result.start.get('month') ?? 0);
    return season ? seasonValue(season, result.start.get('year') ?? 0) : null;
  }
  if (!result.end) return narrowed(result.start, start, partOf(tags));
  const end = plainValue(result.end);
  return end ? intervalValue(start, end) : null;
}

function plainValue(components: ParsedComponents): DateValue | null {
  const year = components.get('year') ?? 0;
  switch (levelOf(components)) {
    case 'day':
      return dayValue(dayOfComponents(components));
    case 'month':
      return monthValue(year, components.get('month') ?? 1);
    case 'year':
      return yearValue(year);
    case null:
      return null;
  }
}

function partOf(tags: Set<string>): Part | undefined {
  return (Object.keys(PART_TAGS) as Part[]).find((part) => tags.has(PART_TAGS[part]));
}

function narrowed(components: ParsedComponents, value: DateValue, part: Part | undefined): DateValue {
  if (!part) return value;
  const year = components.get('year') ?? 0;
  if (value.granularity === 'month') return partOfMonth(year, components.get('month') ?? 1, part);
  if (value.granularity === 'year') return partOfYear(year, part);
  return value;
}
