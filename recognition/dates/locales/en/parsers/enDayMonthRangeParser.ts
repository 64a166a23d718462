import { DayRangeParser } from '../../../common/parsers/dayRangeParser';
import { DAY, WORD_END, yearGroup } from '../../../common/pattern';
import { DAY_MONTH_PATTERN, monthNumber } from '../words';

/** "(between) 7 and 9 October(, 2023)", "7 and 8 October", "the 7th and 8th of October". */
export class ENDayMonthRangeParser extends DayRangeParser {
  protected readonly name = 'ENDayMonthRangeParser';

  protected innerPattern(): string {
    return (
      `\\b(?<from>${DAY})(?:st|nd|rd|th)?\\s+and\\s+(?:the\\s+)?(?<to>${DAY})(?:st|nd|rd|th)?` +
      `\\s+(?:of\\s+)?(?<month>${DAY_MONTH_PATTERN})(?:,?\\s+${yearGroup('year')})?${WORD_END}`
    );
  }

  protected override prefix(): string {
    return '(?<between>between)\\s+(?:the\\s+)?';
  }

  protected monthOf(word: string): number | undefined {
    return monthNumber(word);
  }
}
