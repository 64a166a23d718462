import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { dayNumber } from '../calendar';
import { referenceDay } from '../reference';
import { yearOfDayMonth, yearOfMonth, type Direction } from '../resolve';
import { RESOLVED_YEAR_TAG, refinerTag } from '../tags';

/**
 * Gives a year to dates written without one ("le 7 octobre", "October 7"). Chrono picks the
 * year closest to the reference, which can be in the future; news reports the past, so we take
 * the most recent such date on or before publication, unless a word right after says otherwise
 * ("le 5 janvier prochain", "le 5 janvier dernier"), which then joins the span. For a range, the
 * end is placed first and the start just before it. Runs before chrono merges ranges.
 */
export abstract class UnknownYearRefiner implements Refiner {
  /** Word after the date that puts it strictly before publication, anchored at the start. */
  protected abstract pastSuffix(): RegExp | null;
  /** Word after the date that puts it after publication, anchored at the start. */
  protected abstract nextSuffix(): RegExp | null;

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const reference = referenceDay(context);
    for (const result of results) {
      const last = result.end ?? result.start;
      if (last.isCertain('year') || !last.isCertain('month') || result.tags().has(RESOLVED_YEAR_TAG)) continue;
      const direction = this.directionAfter(context, result);
      const year = yearFor(last, reference, direction);
      last.imply('year', year);
      if (result.end && !result.start.isCertain('year')) {
        const startsBefore = dayOf(result.start, year) <= dayOf(result.end, year);
        result.start.imply('year', startsBefore ? year : year - 1);
      }
      result.addTag(refinerTag('UnknownYear'));
    }
    return results;
  }

  private directionAfter(context: ParsingContext, result: ParsingResult): Direction {
    const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 24);
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
    return 'onOrBefore';
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
