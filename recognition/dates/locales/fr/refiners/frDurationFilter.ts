import { RelativeWordingFilter } from '../../../common/refiners/relativeWordingFilter';

/**
 * Durations chrono reads as dates from now: "pendant deux semaines", "la guerre de huit ans",
 * "en deux ans", "pour trois mois". Only "dans deux jours" is a date relative to publication.
 */
export class FRDurationFilter extends RelativeWordingFilter {
  protected wording(): RegExp {
    return /^(?:pendant|pour|de|en|durant|sur)(?!\p{L})/iu;
  }
}
