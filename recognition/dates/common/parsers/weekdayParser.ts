import type { ParsingContext, ParsingResult } from 'chrono-node';
import { referenceDay } from '../reference';
import { dayOfWeekday, type WeekdayModifier } from '../resolve';
import { weekdayComponents } from './components';
import { WordParser, type Groups, type Span } from './wordParser';

/**
 * Weekday names, full words only (chrono also reads "mer", "jeu", "sat", "sun"…). A bare
 * weekday in news is the one on or before publication ("mercredi", "on Wednesday"); "dernier" /
 * "last" the one strictly before; "prochain" / "next" the one strictly after; "ce" / "this" the
 * one of the publication week.
 */
export abstract class WeekdayParser extends WordParser {
  /** 0 = Sunday … 6 = Saturday, for group `weekday`. */
  protected abstract weekdayOf(word: string): number | undefined;
  /** How groups `modifier` / `this` read. */
  protected abstract modifierOf(groups: Groups): WeekdayModifier;
  protected extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null {
    const weekday = this.weekdayOf(groups.weekday ?? '');
    if (weekday === undefined) return null;
    const day = dayOfWeekday(weekday, referenceDay(context), this.modifierOf(groups));
    return this.result(context, span, weekdayComponents(context, weekday, day));
  }
}
