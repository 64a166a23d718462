import { BetweenRefiner } from '../../../common/refiners/betweenRefiner';

/** "between October 2022 and March 2023", "between January 5 and February 9". */
export class ENBetweenRefiner extends BetweenRefiner {
  protected opener(): RegExp {
    return /(?<![\p{L}\p{N}])between\s+(?:the\s+)?$/iu;
  }

  protected joiner(): RegExp {
    return /^\s+and\s+(?:the\s+)?$/iu;
  }
}
