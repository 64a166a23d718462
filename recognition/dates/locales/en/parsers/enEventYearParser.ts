import { YearParser } from '../../../common/parsers/yearParser';
import { WORD_CHARS, WORD_END, yearGroup } from '../../../common/pattern';
import { EVENT_PATTERN } from '../words';

/** A year between "the" and an event noun: "the 2003 invasion", "the 1991 Gulf War", "the 2003 US-led invasion". */
export class ENEventYearParser extends YearParser {
  protected readonly name = 'ENEventYearParser';

  protected innerPattern(): string {
    return `\\b${yearGroup('year')}(?=(?:\\s+[${WORD_CHARS}'-]+){0,2}?\\s+(?:${EVENT_PATTERN})${WORD_END})`;
  }

  protected override requiredBefore(): string {
    return `(?<![${WORD_CHARS}])the\\s+`;
  }
}
