import { UnknownYearRefiner } from '../../../common/refiners/unknownYearRefiner';

/** "le 5 janvier dernier" (before publication), "le 5 janvier prochain" (after). */
export class FRUnknownYearRefiner extends UnknownYearRefiner {
  protected pastSuffix(): RegExp {
    return /^\s+(?:derni[eè]re?|pass[ée]e?)(?!\p{L})/iu;
  }

  protected nextSuffix(): RegExp {
    return /^\s+prochaine?(?!\p{L})/iu;
  }
}
