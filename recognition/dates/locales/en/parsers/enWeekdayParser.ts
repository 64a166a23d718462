import { WeekdayParser } from '../../../common/parsers/weekdayParser';
import type { Groups } from '../../../common/parsers/wordParser';
import type { WeekdayModifier } from '../../../common/resolve';
import { MODIFIER, WEEKDAYS, WEEKDAY_PATTERN, modifierOf } from '../words';

const MODIFIERS = { last: 'before', this: 'thisWeek', next: 'after' } as const;

/**
 * "Wednesday", "last Friday", "next Monday", "this Thursday". Not "the following Monday", "the
 * previous Friday" (relative to another event), nor "every Monday".
 */
export class ENWeekdayParser extends WeekdayParser {
  protected readonly name = 'ENWeekdayParser';

  protected innerPattern(): string {
    return `(?:(?<modifier>${MODIFIER})\\s+)?(?<weekday>${WEEKDAY_PATTERN})(?!\\p{L})`;
  }

  protected weekdayOf(word: string): number | undefined {
    return WEEKDAYS[word.toLowerCase()];
  }

  protected modifierOf(groups: Groups): WeekdayModifier {
    const modifier = modifierOf(groups.modifier);
    return modifier ? MODIFIERS[modifier] : 'onOrBefore';
  }

  protected override excludedBefore(): RegExp {
    return /(?:every|each|following|previous|the)\s+$/i;
  }
}
