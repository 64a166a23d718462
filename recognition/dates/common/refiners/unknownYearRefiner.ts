import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { dayNumber } from '../calendar';
import { referenceDay } from '../reference';
import { yearOfDayMonth, yearOfMonth, type Direction } from '../resolve';
import { seasonStartingIn, seasonYear } from '../seasons';
import { RESOLVED_YEAR_TAG, SEASON_TAG, refinerTag } from '../tags';

/** How far back the clause before a date is read for a sign of the future. */
const CLAUSE_LENGTH = 100;
/** Where a clause starts: after a sentence's end, a line break, or the join between two passages. */
const SENTENCE_END = /[.!?;:]\s|[\n\u0000]/g;

/**
 * Gives a year to dates written without one ("le 7 octobre", "October 7", "en octobre", "in the
 * autumn"). Chrono picks the year closest to the reference, which can be in the future; news
 * reports the past, so we take the most recent such date on or before publication, unless:
 * - a word right after says otherwise ("le 5 janvier prochain", "le 5 janvier dernier"), which
 *   then joins the span;
 * - the clause before the date speaks of the future ("se réunira début juin", "expected to resume
 *   in April", "by March"): then the first such date on or after publication.
 * A range is placed by its start, its end being the first such day after it. Runs before chrono
 * merges ranges. Dates whose year a word already fixed ("octobre dernier") are left alone.
 */
export abstract class UnknownYearRefiner implements Refiner {
  /** Word after the date that puts it strictly before publication, anchored at the start. */
  protected abstract pastSuffix(): RegExp | null;
  /** Word after the date that puts it after publication, anchored at the start. */
  protected abstract nextSuffix(): RegExp | null;
  /** A sign of the future in the clause before the date (the clause ends where the date starts). */
  protected abstract futureClause(): RegExp;

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const reference = referenceDay(context);
    for (const result of results) {
      const { start, end } = result;
      if (start.isCertain('year') || !start.isCertain('month')) continue;
      const tags = start.tags();
      if (tags.has(RESOLVED_YEAR_TAG)) continue;
      const direction = this.directionAfter(context, result) ?? this.directionBefore(context, result);
      if (tags.has(SEASON_TAG)) {
        placeSeason(result, reference, direction);
      } else {
        const year = yearFor(start, reference, direction);
        start.imply('year', year);
        if (end && !end.isCertain('year')) end.imply('year', dayOf(end, year) >= dayOf(start, year) ? year : year + 1);
      }
      result.addTag(refinerTag('UnknownYear'));
    }
    return results;
  }

  private directionAfter(context: ParsingContext, result: ParsingResult): Direction | null {
    const end = result.index + result.text.length;
    const after = context.text.slice(end, end + 24);
    for (const [pattern, direction] of [
      [this.pastSuffix(), 'before'],
      [this.nextSuffix(), 'after'],
    ] as const) {
      const match = pattern?.exec(after);
      if (match) {
        result.text += match[0];
        return direction;
      }
    }
    return null;
  }

  private directionBefore(context: ParsingContext, result: ParsingResult): Direction {
    const before = context.text.slice(Math.max(0, result.index - CLAUSE_LENGTH), result.index);
    let clauseStart = 0;
    for (const boundary of before.matchAll(SENTENCE_END)) clauseStart = boundary.index + boundary[0].length;
    return this.futureClause().test(before.slice(clauseStart)) ? 'onOrAfter' : 'onOrBefore';
  }
}

function yearFor(components: ParsingComponents, reference: number, direction: Direction): number {
  const month = components.get('month') ?? 1;
  return components.isCertain('day')
    ? yearOfDayMonth(components.get('day') ?? 1, month, reference, direction)
    : yearOfMonth(month, reference, direction);
}

function dayOf(components: ParsingComponents, year: number): number {
  return dayNumber(year, components.get('month') ?? 1, components.isCertain('day') ? (components.get('day') ?? 1) : 1);
}

/** A season named alone: the one under way, or else the last one (the next one in a future clause). */
function placeSeason(result: ParsingResult, reference: number, direction: Direction): void {
  const season = seasonStartingIn(result.start.get('month') ?? 0);
  if (!season) return;
  const year = seasonYear(season, direction === 'onOrAfter' || direction === 'after' ? 'onOrAfter' : 'onOrBefore', reference);
  result.start.imply('year', year);
  result.end?.imply('year', season === 'winter' ? year + 1 : year);
}
