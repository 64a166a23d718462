import { RelativeWordingFilter } from '../../../common/refiners/relativeWordingFilter';

/** "a few days ago", "several years ago", "a couple of weeks ago": chrono counts "a few" as three. */
export class ENVagueQuantityFilter extends RelativeWordingFilter {
  protected wording(): RegExp {
    return /(?<!\p{L})(?:few|several|couple|some)(?!\p{L})/iu;
  }
}
