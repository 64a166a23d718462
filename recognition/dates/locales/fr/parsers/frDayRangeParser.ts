import { DayRangeParser } from '../../../common/parsers/dayRangeParser';
import { DAY, WORD_END, yearGroup } from '../../../common/pattern';
import { MONTHS, MONTH_PATTERN } from '../words';

/** "entre le 7 et le 9 octobre (2023)", "(les) 7 et 8 octobre". */
export class FRDayRangeParser extends DayRangeParser {
  protected readonly name = 'FRDayRangeParser';

  protected innerPattern(): string {
    return (
      `\\b(?<from>${DAY})(?:er)?\\s+et\\s+(?:le\\s+)?(?<to>${DAY})\\s+` +
      `(?<month>${MONTH_PATTERN})(?:\\s+${yearGroup('year')})?${WORD_END}`
    );
  }

  protected override prefix(): string {
    return '(?<between>entre\\s+le)\\s+';
  }

  protected monthOf(word: string): number | undefined {
    return MONTHS[word.toLowerCase()];
  }
}
