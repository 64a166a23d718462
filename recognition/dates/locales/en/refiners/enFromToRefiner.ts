import { BetweenRefiner } from '../../../common/refiners/betweenRefiner';

/**
 * "from Monday, Dec. 4, to Friday, Dec. 8": chrono merges "X to Y" only with nothing but the
 * word between, not the comma that closes a date written with its weekday.
 */
export class ENFromToRefiner extends BetweenRefiner {
  protected opener(): RegExp {
    return /(?<![\p{L}\p{N}])from\s+(?:the\s+)?$/iu;
  }

  protected joiner(): RegExp {
    return /^,\s+(?:to|until|through|till)\s+(?:the\s+)?$/iu;
  }
}
