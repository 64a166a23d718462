import { LeadingWordRefiner } from '../../../common/refiners/leadingWordRefiner';

/** Chrono's day-month parser includes a leading "on" ("on 5 January" → "5 January"). */
export class ENLeadingWordRefiner extends LeadingWordRefiner {
  protected leadingWords(): RegExp {
    return /^(?:on|the)\s+/iu;
  }
}
