import { DayRangeParser } from '../../../common/parsers/dayRangeParser';
import { DAY, yearGroup } from '../../../common/pattern';
import { MONTHS, MONTH_PATTERN } from '../words';

/** "between October 7 and 9(, 2023)", "October 7 and 8". */
export class ENMonthDayRangeParser extends DayRangeParser {
  protected readonly name = 'ENMonthDayRangeParser';

  protected innerPattern(): string {
    return (
      `(?:(?<between>between)\\s+)?(?<month>${MONTH_PATTERN})\\s+(?<from>${DAY})(?:st|nd|rd|th)?\\s+and\\s+` +
      `(?<to>${DAY})(?:st|nd|rd|th)?(?:,?\\s+${yearGroup('year')})?(?![\\p{L}\\p{N}])`
    );
  }

  protected monthOf(word: string): number | undefined {
    return MONTHS[word.toLowerCase()];
  }
}
