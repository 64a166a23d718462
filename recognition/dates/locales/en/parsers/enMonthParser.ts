import type { ParsingContext } from 'chrono-node';
import { MonthParser } from '../../../common/parsers/monthParser';
import type { Groups, Span } from '../../../common/parsers/wordParser';
import { WORD_CHARS, WORD_END, yearGroup } from '../../../common/pattern';
import type { Direction } from '../../../common/resolve';
import { CAPITALISED_MONTH_PATTERN, MODIFIER_BEFORE, MONTHS, modifierOf } from '../words';

const DIRECTIONS = { last: 'before', this: 'thisYear', next: 'after' } as const;

/** Words after which "May" and "March" are months, not a verb, a name or a noun. */
const MONTH_CONTEXT = /(?:in|since|until|till|by|from|through|during|of|early|late|mid|before|after|end|beginning|start)[\s-]+$/i;

/** "October 2023", "October, 2023", "(in) October", "last October", "next January" (with the capital). */
export class ENMonthParser extends MonthParser {
  protected readonly name = 'ENMonthParser';
  protected override readonly caseSensitive = true;

  protected innerPattern(): string {
    // Not before a day number: "October 7" is chrono's day.
    return `\\b(?<month>${CAPITALISED_MONTH_PATTERN})(?!\\s+\\d{1,2}(?!\\d))(?:,?\\s+${yearGroup('year')})?${WORD_END}`;
  }

  protected override prefix(): string {
    return MODIFIER_BEFORE;
  }

  /**
   * After a day number, the month is part of chrono's day ("7 October", "the 7th of October");
   * after "mid-", "early", "the end of", of a part of the month (left to that parser).
   */
  protected override excludedBefore(): string {
    return `\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?|(?<![${WORD_CHARS}])(?:(?:early|mid|late)(?:\\s*-\\s*|\\s+)|(?:beginning|start|middle|end)\\s+of\\s+)`;
  }

  protected monthOf(word: string): number | undefined {
    return MONTHS[word.toLowerCase()];
  }

  protected directionOf(groups: Groups): Direction | null {
    const modifier = modifierOf(groups.modifier);
    return modifier ? DIRECTIONS[modifier] : null;
  }

  /** "May" or "March" alone only after a word that makes them months ("in May"). */
  protected accepts(context: ParsingContext, groups: Groups, span: Span): boolean {
    const month = groups.month ?? '';
    if (groups.year || groups.modifier || !/^(?:may|march)$/i.test(month)) return true;
    return MONTH_CONTEXT.test(this.textBefore(context, span.index));
  }
}
