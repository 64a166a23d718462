import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { refinerTag } from '../tags';

/**
 * Merges "entre X et Y" / "between X and Y" into one interval, span from the opening word:
 * "entre octobre 2022 et mars 2023", "between October 2022 and March 2023". A side without a
 * year takes the other's ("entre octobre et décembre 2022").
 */
export abstract class BetweenRefiner implements Refiner {
  /** The opening word at the end of the text before X ("entre ", "between the "), anchored at the end. */
  protected abstract opener(): RegExp;
  /** The whole text between X and Y (" et le ", " and "). */
  protected abstract joiner(): RegExp;

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (let position = 0; position < results.length; position++) {
      const from = results[position]!;
      const to = results[position + 1];
      const opening = to && !from.end && !to.end ? this.openingOf(context, from, merged.at(-1)) : null;
      const between = to ? context.text.slice(from.index + from.text.length, to.index) : '';
      if (!to || opening === null || !this.joiner().test(between)) {
        merged.push(from);
        continue;
      }
      merged.push(this.merge(from, to, opening, between));
      position++;
    }
    return merged;
  }

  private openingOf(context: ParsingContext, result: ParsingResult, previous: ParsingResult | undefined): string | null {
    const previousEnd = previous ? previous.index + previous.text.length : 0;
    const before = context.text.slice(Math.max(previousEnd, result.index - 16), result.index);
    return this.opener().exec(before)?.[0] ?? null;
  }

  private merge(from: ParsingResult, to: ParsingResult, opening: string, between: string): ParsingResult {
    const result = from.clone();
    const end = to.start.clone();
    const endYear = end.get('year');
    if (!result.start.isCertain('year') && end.isCertain('year') && endYear !== null) {
      result.start.imply('year', endYear);
      if (result.start.date() > end.date()) result.start.imply('year', endYear - 1);
    }
    result.end = end;
    result.index = from.index - opening.length;
    result.text = opening + from.text + between + to.text;
    return result.addTag(refinerTag('Between'));
  }
}
