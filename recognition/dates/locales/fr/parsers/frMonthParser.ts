import type { ParsingContext } from 'chrono-node';
import { MonthParser } from '../../../common/parsers/monthParser';
import type { Groups, Span } from '../../../common/parsers/wordParser';
import { WORD_CHARS, WORD_END, yearGroup } from '../../../common/pattern';
import type { Direction } from '../../../common/resolve';
import { MODIFIER, MONTHS, MONTH_PATTERN, modifierSign } from '../words';

/** "octobre 2023", "(en) octobre", "octobre dernier", "janvier prochain". */
export class FRMonthParser extends MonthParser {
  protected readonly name = 'FRMonthParser';

  protected innerPattern(): string {
    return `\\b(?<month>${MONTH_PATTERN})(?:\\s+${yearGroup('year')})?(?:\\s+(?<modifier>${MODIFIER}))?${WORD_END}`;
  }

  /**
   * After a day number, the month is part of chrono's day ("le 5 janvier dernier"); after "mi-",
   * "début", "fin", of a part of the month (left to that parser, sparing a result that would lose).
   */
  protected override excludedBefore(): string {
    return `\\d(?:er)?[\\s-]*|(?<![${WORD_CHARS}])(?:mi|début|debut|fin)(?:\\s*-\\s*|\\s+)(?:du\\s+mois\\s+)?(?:de\\s+|d')?`;
  }

  protected monthOf(word: string): number | undefined {
    return MONTHS[word.toLowerCase()];
  }

  protected directionOf(groups: Groups): Direction | null {
    const sign = modifierSign(groups.modifier);
    return sign === undefined ? null : sign < 0 ? 'before' : 'after';
  }

  /** French months are written in lower case: a capitalised "Mars" without a year is the planet. */
  protected accepts(_context: ParsingContext, groups: Groups, _span: Span): boolean {
    return groups.year !== undefined || groups.month !== 'Mars';
  }
}
