import { RelativeWordingFilter } from '../../../common/refiners/relativeWordingFilter';

/** "il y a quelques jours", "il y a plusieurs mois": chrono counts "quelques" as three. */
export class FRVagueQuantityFilter extends RelativeWordingFilter {
  protected wording(): RegExp {
    return /(?<!\p{L})(?:quelques?|plusieurs|demi)(?!\p{L})/iu;
  }
}
