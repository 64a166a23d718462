import { YearParser } from '../../../common/parsers/yearParser';
import { alternation, yearGroup } from '../../../common/pattern';
import { EVENT_PATTERN } from '../words';

/** Words after which a number is a year: "in 2013", "since 2003", "until 2011"… */
const TEMPORAL_WORDS = alternation(['in', 'since', 'until', 'till', 'through', 'by', 'before', 'after', 'during', 'from']);

/**
 * A year after a temporal word ("in 2013", "since 2003", "until 2011", "by 2030"), before an
 * event noun ("the 2003 invasion", "the 1991 Gulf War", up to two words between), or after one
 * ("the elections of 2018").
 */
export class ENYearParser extends YearParser {
  protected readonly name = 'ENYearParser';

  protected innerPattern(): string {
    return (
      `(?<lead>(?:${TEMPORAL_WORDS})\\s+|the\\s+(?=${yearGroup('ahead')}(?:\\s+[\\p{L}'-]+){0,2}?\\s+(?:${EVENT_PATTERN})(?!\\p{L}))|` +
      `(?:${EVENT_PATTERN})\\s+of\\s+)${yearGroup('year')}`
    );
  }
}
