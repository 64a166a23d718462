import { RangeOpenerRefiner } from '../../../common/refiners/rangeOpenerRefiner';

/** "from January to March 2020", "from October 7 to 9". */
export class ENRangeOpenerRefiner extends RangeOpenerRefiner {
  protected opener(): RegExp {
    return /(?<![\p{L}\p{N}])from\s+(?:the\s+)?$/iu;
  }
}
