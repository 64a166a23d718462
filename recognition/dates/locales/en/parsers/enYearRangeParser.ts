import { YearRangeParser } from '../../../common/parsers/yearRangeParser';
import { RANGE_DASH, YEAR, YEAR_END } from '../../../common/pattern';
import { NOT_A_COUNT } from '../words';

/** "between 2011 and 2013", "from 2011 to 2013", "2023 to 2025", "2014-2017". */
export class ENYearRangeParser extends YearRangeParser {
  protected readonly name = 'ENYearRangeParser';

  protected innerPattern(): string {
    return (
      `\\b(?<from>${YEAR})(?:\\s*(?<dash>${RANGE_DASH})\\s*|\\s+(?<joiner>and|to|until|till|through)\\s+)` +
      `(?<to>${YEAR}|\\d{2})${YEAR_END}${NOT_A_COUNT}`
    );
  }

  protected override prefix(): string {
    return '(?<opener>between|from)\\s+';
  }

  protected pairs(opener: string, joiner: string): boolean {
    switch (opener) {
      case 'between':
        return joiner === 'and';
      case 'from':
        return joiner !== 'and';
      default:
        return joiner !== 'and';
    }
  }
}
