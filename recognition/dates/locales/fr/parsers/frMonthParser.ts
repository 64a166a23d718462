import type { ParsingContext } from 'chrono-node';
import { MonthParser } from '../../../common/parsers/monthParser';
import type { Groups, Span } from '../../../common/parsers/wordParser';
import { yearGroup } from '../../../common/pattern';
import type { Direction } from '../../../common/resolve';
import { MODIFIER, MONTHS, MONTH_PATTERN, modifierSign } from '../words';

/** "octobre 2023", "(en) octobre", "octobre dernier", "janvier prochain". */
export class FRMonthParser extends MonthParser {
  protected readonly name = 'FRMonthParser';

  protected innerPattern(): string {
    return `(?<month>${MONTH_PATTERN})(?:\\s+${yearGroup('year')})?(?:\\s+(?<modifier>${MODIFIER}))?(?![\\p{L}\\p{N}])`;
  }

  protected monthOf(word: string): number | undefined {
    return MONTHS[word.toLowerCase()];
  }

  protected directionOf(groups: Groups): Direction {
    const sign = modifierSign(groups.modifier);
    return sign === undefined ? 'onOrBefore' : sign < 0 ? 'before' : 'after';
  }

  /**
   * Not after a day number ("le 5 janvier dernier" is chrono's day, which our refiners extend);
   * and French months are written in lower case: a capitalised "Mars" without a year is the planet.
   */
  protected accepts(context: ParsingContext, groups: Groups, span: Span): boolean {
    if (/\d(?:er)?[\s-]*$/u.test(this.textBefore(context, span.index, 6))) return false;
    return groups.year !== undefined || groups.month !== 'Mars';
  }
}
