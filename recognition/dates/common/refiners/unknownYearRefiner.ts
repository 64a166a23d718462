import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { dayNumber } from '../calendar';
import { referenceDay } from '../reference';
import { yearOfDayMonth, yearOfMonth, type Direction } from '../resolve';
import { RESOLVED_YEAR_TAG, refinerTag } from '../tags';

/**
 * Gives a year to dates written without one ("le 7 octobre", "October 7"). Chrono picks the
 * year closest to the reference, which can be in the future; news reports the past, so we take
 * the most recent such date on or before publication, unless a word right after says otherwise
 * ("le 5 janvier prochain", "le 5 janvier dernier"), which then joins the span. A range is placed
 * by its start, its end being the first such day after it. Runs before chrono merges ranges.
 */
export abstract class UnknownYearRefiner implements Refiner {
  /** Word after the date that puts it strictly before publication, anchored at the start. */
  protected abstract pastSuffix(): RegExp | null;
  /** Word after the date that puts it after publication, anchored at the start. */
  protected abstract nextSuffix(): RegExp | null;

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const reference = referenceDay(context);
    for (const result of results) {
      const { start, end } = result;
      if (start.isCertain('year') || !start.isCertain('month') || start.tags().has(RESOLVED_YEAR_TAG)) continue;
      const year = yearFor(start, reference, this.directionAfter(context, result));
      start.imply('year', year);
      if (end && !end.isCertain('year')) {
        end.imply('year', dayOf(end, year) >= dayOf(start, year) ? year : year + 1);
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
