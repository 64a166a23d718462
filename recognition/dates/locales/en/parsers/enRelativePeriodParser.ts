import { RelativePeriodParser, type PeriodUnit } from '../../../common/parsers/relativePeriodParser';
import type { Groups } from '../../../common/parsers/wordParser';
import { WORD_CHARS } from '../../../common/pattern';
import { MODIFIER, modifierOf } from '../words';

const OFFSETS = { last: -1, this: 0, next: 1 } as const;
const UNITS: Record<string, PeriodUnit> = { week: 'week', month: 'month', year: 'year' };

/**
 * "last week", "this month", "next year", "this past week". Not after "the" ("over the past year",
 * "in the last week" are vague stretches of time, not the calendar period).
 */
export class ENRelativePeriodParser extends RelativePeriodParser {
  protected readonly name = 'ENRelativePeriodParser';

  protected innerPattern(): string {
    return `\\b(?<modifier>${MODIFIER})\\s+(?<unit>week|month|year)(?![${WORD_CHARS}-])`;
  }

  protected override excludedBefore(): string {
    return `(?<![${WORD_CHARS}])the\\s+`;
  }

  protected unitOf(groups: Groups): PeriodUnit | undefined {
    return UNITS[(groups.unit ?? '').toLowerCase()];
  }

  protected offsetOf(groups: Groups): number | undefined {
    const modifier = modifierOf(groups.modifier);
    return modifier ? OFFSETS[modifier] : undefined;
  }
}
