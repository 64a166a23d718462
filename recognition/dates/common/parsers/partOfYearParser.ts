import type { ParsingContext, ParsingResult } from 'chrono-node';
import { PART_TAGS } from '../tags';
import type { Part } from '../values';
import { yearComponents } from './components';
import { WordParser, type Groups, type Span } from './wordParser';

/**
 * Part of a year: "début 2020", "fin 2019", "mi-2021", "early 2020", "the end of 2019". The value
 * is the year; the part tag narrows it to January–April, May–August or September–December.
 */
export abstract class PartOfYearParser extends WordParser {
  protected abstract partOf(groups: Groups): Part | undefined;

  protected extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null {
    const part = this.partOf(groups);
    if (!part || !groups.year) return null;
    return this.result(context, span, yearComponents(context, Number(groups.year))).addTag(PART_TAGS[part]);
  }
}
