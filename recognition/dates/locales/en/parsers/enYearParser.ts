import { YearParser } from '../../../common/parsers/yearParser';
import { WORD_CHARS, alternation, yearGroup } from '../../../common/pattern';
import { EVENT_PATTERN, NOT_A_COUNT } from '../words';

/** Words after which a number is a year: "in 2013", "since 2003", "until 2011"… */
const TEMPORAL_WORDS = alternation(['in', 'since', 'until', 'till', 'through', 'by', 'before', 'after', 'during', 'from', 'year']);

const CONTEXT = `(?<![${WORD_CHARS}])(?:${TEMPORAL_WORDS}|(?:${EVENT_PATTERN})\\s+of)\\s+`;

/**
 * A year after a temporal word ("in 2013", "since 2003", "until 2011", "by 2030", "the year
 * 2000") or after an event noun and "of" ("the elections of 2018").
 */
export class ENYearParser extends YearParser {
  protected readonly name = 'ENYearParser';

  protected innerPattern(): string {
    return `\\b${yearGroup('year')}${NOT_A_COUNT}`;
  }

  protected override requiredBefore(): string {
    return CONTEXT;
  }
}
