import { YEAR, YEAR_END } from '../../../common/pattern';
import { YearListRefiner } from '../../../common/refiners/yearListRefiner';

const CONTINUATION = new RegExp(`^(?:\\s*,\\s*|\\s+(?:et|ou)\\s+)(?<year>${YEAR})${YEAR_END}`, 'iu');

/** "en 2014, 2015 et 2016". */
export class FRYearListRefiner extends YearListRefiner {
  protected continuation(): RegExp {
    return CONTINUATION;
  }
}
