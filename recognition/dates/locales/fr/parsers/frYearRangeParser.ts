import { YearRangeParser } from '../../../common/parsers/yearRangeParser';
import { RANGE_DASH, YEAR, YEAR_END } from '../../../common/pattern';
import { NOT_A_COUNT } from '../words';

/** "entre 2014 et 2017", "de 2011 à 2013", "2011 à 2013", "2014-2017". */
export class FRYearRangeParser extends YearRangeParser {
  protected readonly name = 'FRYearRangeParser';

  protected innerPattern(): string {
    return `\\b(?<from>${YEAR})(?:\\s*(?<dash>${RANGE_DASH})\\s*|\\s+(?<joiner>et|à|au)\\s+)(?<to>${YEAR}|\\d{2})${YEAR_END}${NOT_A_COUNT}`;
  }

  protected override prefix(): string {
    return '(?<opener>entre|de|du)\\s+';
  }

  protected pairs(opener: string, joiner: string): boolean {
    switch (opener) {
      case 'entre':
        return joiner === 'et';
      case 'de':
      case 'du':
        return joiner === 'à' || joiner === 'au' || joiner === '';
      default:
        return joiner !== 'et';
    }
  }
}
