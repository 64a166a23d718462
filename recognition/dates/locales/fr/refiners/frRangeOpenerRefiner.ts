import { RangeOpenerRefiner } from '../../../common/refiners/rangeOpenerRefiner';

/** "du 7 au 9 octobre", "de janvier à mars 2020", "d'octobre à décembre". */
export class FRRangeOpenerRefiner extends RangeOpenerRefiner {
  protected opener(): RegExp {
    return /(?<![\p{L}\p{N}])(?:du\s+|de\s+|d')$/iu;
  }
}
