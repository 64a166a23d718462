import { DayRangeParser } from '../../../common/parsers/dayRangeParser';
import { DAY, WORD_END, yearGroup } from '../../../common/pattern';
import { DAY_MONTH_PATTERN, monthNumber } from '../words';

/** "(between) October 7 and 9(, 2023)", "October 7 and 8", "between Jan. 1 and 15". */
export class ENMonthDayRangeParser extends DayRangeParser {
  protected readonly name = 'ENMonthDayRangeParser';

  protected innerPattern(): string {
    return (
      `\\b(?<month>${DAY_MONTH_PATTERN})\\s+(?<from>${DAY})(?:st|nd|rd|th)?\\s+and\\s+` +
      `(?<to>${DAY})(?:st|nd|rd|th)?(?:,?\\s+${yearGroup('year')})?${WORD_END}`
    );
  }

  protected override prefix(): string {
    return '(?<between>between)\\s+';
  }

  protected monthOf(word: string): number | undefined {
    return monthNumber(word);
  }
}
