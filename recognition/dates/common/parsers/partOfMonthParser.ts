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
  protected abstract directionOf(groups: Groups): Direction;

  protected extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null {
    const part = this.partOf(groups);
    const month = this.monthOf(groups.month ?? '');
    if (!part || month === undefined) return null;
    const year = groups.year ? Number(groups.year) : yearOfMonth(month, referenceDay(context), this.directionOf(groups));
    return this.result(context, span, monthComponents(context, year, month, groups.year !== undefined)).addTag(PART_TAGS[part]);
  }
}
