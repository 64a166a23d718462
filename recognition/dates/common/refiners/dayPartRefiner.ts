import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { levelOf } from '../components';
import { refinerTag } from '../tags';

/**
 * Extends a day over the part of the day or the clock time written after it ("samedi soir",
 * "Saturday night", "le 5 janvier à 14 heures"): the time is part of the expression, though the
 * value stays the day.
 */
export abstract class DayPartRefiner implements Refiner {
  /**
   * A part of day, a time, or both ("samedi soir vers 22 heures"), anchored at the start of the
   * text after the date; an empty match means none.
   */
  protected abstract dayPart(): RegExp;

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    results.forEach((result, position) => {
      if (result.end || levelOf(result.start) !== 'day') return;
      const limit = results[position + 1]?.index ?? context.text.length;
      const end = result.index + result.text.length;
      const match = this.dayPart().exec(context.text.slice(end, Math.min(limit, end + 40)));
      if (!match?.[0]) return;
      result.text += match[0];
      result.addTag(refinerTag('DayPart'));
    });
    return results;
  }
}
