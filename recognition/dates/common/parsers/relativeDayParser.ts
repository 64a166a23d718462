import type { ParsingContext, ParsingResult } from 'chrono-node';
import { referenceDay } from '../reference';
import { dayComponents } from './components';
import { WordParser, type Groups, type Span } from './wordParser';

/**
 * Days named relative to publication: "aujourd'hui", "hier", "avant-hier", "demain",
 * "today", "yesterday", "the day before yesterday", "this morning", "last night".
 */
export abstract class RelativeDayParser extends WordParser {
  /** Days from publication for the matched words (group `word`); null to reject. */
  protected abstract offsetOf(word: string): number | null;

  protected extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null {
    const offset = this.offsetOf(groups.word ?? '');
    if (offset === null) return null;
    return this.result(context, span, dayComponents(context, referenceDay(context) + offset));
  }
}
