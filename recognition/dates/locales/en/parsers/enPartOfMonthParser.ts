import { PartOfMonthParser } from '../../../common/parsers/partOfMonthParser';
import type { Groups } from '../../../common/parsers/wordParser';
import { WORD_END, yearGroup } from '../../../common/pattern';
import type { Direction } from '../../../common/resolve';
import type { Part } from '../../../common/values';
import { MONTHS, MONTH_PATTERN } from '../words';

const PARTS: Record<string, Part> = {
  early: 'early',
  beginning: 'early',
  start: 'early',
  mid: 'mid',
  middle: 'mid',
  late: 'late',
  end: 'late',
};

/** "mid-October", "early December", "late December 2023", "the end of December", "the beginning of May". */
export class ENPartOfMonthParser extends PartOfMonthParser {
  protected readonly name = 'ENPartOfMonthParser';

  protected innerPattern(): string {
    return (
      '\\b(?:(?<part>early|mid|late)(?:\\s*-\\s*|\\s+)|(?<position>beginning|start|middle|end)\\s+of\\s+)' +
      `(?<month>${MONTH_PATTERN})(?:,?\\s+${yearGroup('year')})?${WORD_END}`
    );
  }

  protected partOf(groups: Groups): Part | undefined {
    return PARTS[(groups.part ?? groups.position ?? '').toLowerCase()];
  }

  protected monthOf(word: string): number | undefined {
    return MONTHS[word.toLowerCase()];
  }

  protected directionOf(): Direction | null {
    return null;
  }
}
