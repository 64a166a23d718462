import type { ParsingContext, ParsingResult } from 'chrono-node';
import { referenceDay } from '../reference';
import { yearOfMonth, type Direction } from '../resolve';
import { PART_TAGS } from '../tags';
import type { Part } from '../values';
import { monthComponents } from './components';
import { WordParser, type Groups, type Span } from './wordParser';

/**
 * Part of a month: "mi-octobre", "début décembre", "fin décembre 2023", "mid-October",
 * "early December", "the end of December". The value is the month; the part tag narrows its
 * first and last days.
 */
export abstract class PartOfMonthParser extends WordParser {
  protected abstract partOf(groups: Groups): Part | undefined;
  protected abstract monthOf(word: string): number | undefined;
  /** How group `modifier` places the month when no year is written; null without one. */
  protected abstract directionOf(groups: Groups): Direction | null;

  protected extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null {
    const part = this.partOf(groups);
    const month = this.monthOf(groups.month ?? '');
    if (!part || month === undefined) return null;
    const direction = this.directionOf(groups);
    const year = groups.year ? Number(groups.year) : yearOfMonth(month, referenceDay(context), direction ?? 'onOrBefore');
    const source = groups.year ? 'written' : direction ? 'fixed' : 'open';
    return this.result(context, span, monthComponents(context, year, month, source)).addTag(PART_TAGS[part]);
  }
}
