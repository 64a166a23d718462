import { BetweenRefiner } from '../../../common/refiners/betweenRefiner';

/** "entre octobre 2022 et mars 2023", "entre le 5 janvier et le 9 février". */
export class FRBetweenRefiner extends BetweenRefiner {
  protected opener(): RegExp {
    return /(?<![\p{L}\p{N}])entre\s+(?:le\s+|l')?$/iu;
  }

  protected joiner(): RegExp {
    return /^\s+et\s+(?:le\s+|l')?$/iu;
  }
}
