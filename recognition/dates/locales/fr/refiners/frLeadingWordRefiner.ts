import { LeadingWordRefiner } from '../../../common/refiners/leadingWordRefiner';

/** Chrono's French day-and-month parser accepts a leading English "on". */
export class FRLeadingWordRefiner extends LeadingWordRefiner {
  protected leadingWords(): RegExp {
    return /^on\s+/iu;
  }
}
