import { UnknownYearRefiner } from '../../../common/refiners/unknownYearRefiner';

/**
 * Signs of the future before a date: a verb in the future tense ("se réunira", "aura lieu",
 * "sera"; lower-case words ending in -ra or -ront, less a few nouns), "prévu", "devrait",
 * "doit", "va", "d'ici", "à venir".
 */
const FUTURE = new RegExp(
  "(?<![\\p{L}\\p{N}])(?:(?!(?:caméras?|opéras?|choléra|extra|ultra|front|affront)(?!\\p{L}))\\p{Ll}+(?:ra|ront)" +
    "|prévue?s?|devrai(?:en)?t|doi(?:ven)?t|va|vont|d'ici|à\\s+venir)(?![\\p{L}\\p{N}])",
  'u',
);

/** "le 5 janvier dernier" (before publication), "le 5 janvier prochain" (after), "se réunira début juin". */
export class FRUnknownYearRefiner extends UnknownYearRefiner {
  protected pastSuffix(): RegExp {
    return /^\s+(?:derni[eè]re?|pass[ée]e?)(?!\p{L})/iu;
  }

  protected nextSuffix(): RegExp {
    return /^\s+prochaine?(?!\p{L})/iu;
  }

  protected futureClause(): RegExp {
    return FUTURE;
  }
}
