import { PartOfYearParser } from '../../../common/parsers/partOfYearParser';
import type { Groups } from '../../../common/parsers/wordParser';
import { yearGroup } from '../../../common/pattern';
import type { Part } from '../../../common/values';

const PARTS: Record<string, Part> = {
  early: 'early',
  beginning: 'early',
  start: 'early',
  mid: 'mid',
  middle: 'mid',
  late: 'late',
  end: 'late',
};

/** "early 2020", "late 2019", "mid-2021", "the end of 2019", "the beginning of 2020". */
export class ENPartOfYearParser extends PartOfYearParser {
  protected readonly name = 'ENPartOfYearParser';

  protected innerPattern(): string {
    return `\\b(?:(?<part>early|mid|late)(?:\\s*-\\s*|\\s+)|(?<position>beginning|start|middle|end)\\s+of\\s+)${yearGroup('year')}`;
  }

  protected partOf(groups: Groups): Part | undefined {
    return PARTS[(groups.part ?? groups.position ?? '').toLowerCase()];
  }
}
