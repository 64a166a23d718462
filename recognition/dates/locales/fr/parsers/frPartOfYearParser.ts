import { PartOfYearParser } from '../../../common/parsers/partOfYearParser';
import type { Groups } from '../../../common/parsers/wordParser';
import { yearGroup } from '../../../common/pattern';
import type { Part } from '../../../common/values';

const PARTS: Record<string, Part> = { début: 'early', debut: 'early', mi: 'mid', fin: 'late' };

/** "début 2020", "fin 2019", "mi-2021", "début de l'année 2020". */
export class FRPartOfYearParser extends PartOfYearParser {
  protected readonly name = 'FRPartOfYearParser';

  protected innerPattern(): string {
    return `\\b(?<part>début|debut|mi|fin)(?:\\s*-\\s*|\\s+)(?:(?:de\\s+)?l'année\\s+)?${yearGroup('year')}`;
  }

  protected partOf(groups: Groups): Part | undefined {
    return PARTS[(groups.part ?? '').toLowerCase()];
  }
}
