import { WeekdayParser } from '../../../common/parsers/weekdayParser';
import type { Groups } from '../../../common/parsers/wordParser';
import { WORD_CHARS, WORD_END } from '../../../common/pattern';
import type { WeekdayModifier } from '../../../common/resolve';
import { MODIFIER, WEEKDAYS, WEEKDAY_PATTERN, modifierSign } from '../words';

/**
 * "mercredi", "vendredi dernier", "lundi prochain", "ce mercredi". Not "le lundi suivant",
 * "le mardi précédent", "le jeudi d'après" (relative to another event), nor "chaque lundi".
 */
export class FRWeekdayParser extends WeekdayParser {
  protected readonly name = 'FRWeekdayParser';

  protected innerPattern(): string {
    return (
      `\\b(?<weekday>${WEEKDAY_PATTERN})(?:\\s+(?<modifier>${MODIFIER}))?${WORD_END}` +
      `(?!\\s+(?:suivante?|précédente?|d'après|d'avant)${WORD_END})`
    );
  }

  protected override prefix(): string {
    return '(?<this>ce)\\s+';
  }

  protected override excludedBefore(): string {
    return `(?<![${WORD_CHARS}])(?:chaque|tous\\s+les)\\s+`;
  }

  protected weekdayOf(word: string): number | undefined {
    return WEEKDAYS[word.toLowerCase()];
  }

  protected modifierOf(groups: Groups): WeekdayModifier {
    const sign = modifierSign(groups.modifier);
    if (sign !== undefined) return sign < 0 ? 'before' : 'after';
    return groups.this ? 'thisWeek' : 'onOrBefore';
  }
}
