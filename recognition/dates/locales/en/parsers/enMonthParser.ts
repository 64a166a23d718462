import type { ParsingContext } from 'chrono-node';
import { MonthParser } from '../../../common/parsers/monthParser';
import type { Groups, Span } from '../../../common/parsers/wordParser';
import { yearGroup } from '../../../common/pattern';
import type { Direction } from '../../../common/resolve';
import { MODIFIER, MONTHS, MONTH_PATTERN, isCapitalised, modifierOf } from '../words';

const DIRECTIONS = { last: 'before', this: 'thisYear', next: 'after' } as const;

/** Words after which "May" and "March" are months, not a verb, a name or a noun. */
const MONTH_CONTEXT = /(?:in|since|until|till|by|from|through|during|of|early|late|mid|before|after|end|beginning|start)[\s-]+$/i;

/** "October 2023", "October, 2023", "(in) October", "last October", "next January". */
export class ENMonthParser extends MonthParser {
  protected readonly name = 'ENMonthParser';

  protected innerPattern(): string {
    return `(?:(?<modifier>${MODIFIER})\\s+)?(?<month>${MONTH_PATTERN})(?:,?\\s+${yearGroup('year')})?(?![\\p{L}\\p{N}])`;
  }

  protected monthOf(word: string): number | undefined {
    return MONTHS[word.toLowerCase()];
  }

  protected directionOf(groups: Groups): Direction {
    const modifier = modifierOf(groups.modifier);
    return modifier ? DIRECTIONS[modifier] : 'onOrBefore';
  }

  /**
   * English months take a capital; not after a day number ("7 October" is chrono's day); and
   * "May" or "March" alone only after a word that makes them months ("in May").
   */
  protected accepts(context: ParsingContext, groups: Groups, span: Span): boolean {
    const month = groups.month ?? '';
    if (!isCapitalised(month)) return false;
    const before = this.textBefore(context, span.index);
    if (/\d(?:st|nd|rd|th)?\s+(?:of\s+)?$/i.test(before)) return false;
    if (groups.year || groups.modifier || !/^(?:may|march)$/i.test(month)) return true;
    return MONTH_CONTEXT.test(before);
  }
}
