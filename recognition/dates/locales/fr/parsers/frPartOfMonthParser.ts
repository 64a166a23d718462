import { PartOfMonthParser } from '../../../common/parsers/partOfMonthParser';
import type { Groups } from '../../../common/parsers/wordParser';
import { WORD_END, yearGroup } from '../../../common/pattern';
import type { Direction } from '../../../common/resolve';
import type { Part } from '../../../common/values';
import { MODIFIER, MONTHS, MONTH_PATTERN, modifierSign } from '../words';

const PARTS: Record<string, Part> = { début: 'early', debut: 'early', mi: 'mid', fin: 'late' };

/** "mi-octobre", "début décembre", "fin décembre 2023", "début d'octobre", "fin du mois de mars". */
export class FRPartOfMonthParser extends PartOfMonthParser {
  protected readonly name = 'FRPartOfMonthParser';

  protected innerPattern(): string {
    return (
      `\\b(?<part>début|debut|mi|fin)(?:\\s*-\\s*|\\s+)(?:du\\s+mois\\s+)?(?:de\\s+|d')?` +
      `(?<month>${MONTH_PATTERN})(?:\\s+${yearGroup('year')})?(?:\\s+(?<modifier>${MODIFIER}))?${WORD_END}`
    );
  }

  protected partOf(groups: Groups): Part | undefined {
    return PARTS[(groups.part ?? '').toLowerCase()];
  }

  protected monthOf(word: string): number | undefined {
    return MONTHS[word.toLowerCase()];
  }

  protected directionOf(groups: Groups): Direction | null {
    const sign = modifierSign(groups.modifier);
    return sign === undefined ? null : sign < 0 ? 'before' : 'after';
  }
}
