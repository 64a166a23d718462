import { YEAR, YEAR_END } from '../../../common/pattern';
import { YearListRefiner } from '../../../common/refiners/yearListRefiner';

const CONTINUATION = new RegExp(`^(?:\\s*,\\s*|\\s+(?:and|or)\\s+)(?<year>${YEAR})${YEAR_END}`, 'iu');

/** "in 2014, 2015 and 2016". */
export class ENYearListRefiner extends YearListRefiner {
  protected continuation(): RegExp {
    return CONTINUATION;
  }
}
