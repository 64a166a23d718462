import { WeekdayParser } from '../../../common/parsers/weekdayParser';
import type { Groups } from '../../../common/parsers/wordParser';
import { WORD_CHARS, WORD_END } from '../../../common/pattern';
import type { WeekdayModifier } from '../../../common/resolve';
import { CAPITALISED_WEEKDAY_PATTERN, MODIFIER_BEFORE, WEEKDAYS, modifierOf } from '../words';

const MODIFIERS = { last: 'before', this: 'thisWeek', next: 'after' } as const;

/**
 * "Wednesday", "last Friday", "next Monday", "this Thursday" (with the capital). Not "the following Monday", "the
 * previous Friday" (relative to another event), nor "every Monday".
 */
export class ENWeekdayParser extends WeekdayParser {
  protected readonly name = 'ENWeekdayParser';
  protected override readonly caseSensitive = true;

  protected innerPattern(): string {
    return `\\b(?<weekday>${CAPITALISED_WEEKDAY_PATTERN})${WORD_END}`;
  }

  protected override prefix(): string {
    return MODIFIER_BEFORE;
  }

  protected override excludedBefore(): string {
    return `(?<![${WORD_CHARS}])(?:every|each|following|previous|the)\\s+`;
  }

  protected weekdayOf(word: string): number | undefined {
    return WEEKDAYS[word.toLowerCase()];
  }

  protected modifierOf(groups: Groups): WeekdayModifier {
    const modifier = modifierOf(groups.modifier);
    return modifier ? MODIFIERS[modifier] : 'onOrBefore';
  }
}
