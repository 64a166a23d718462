import { UnknownYearRefiner } from '../../../common/refiners/unknownYearRefiner';

/** English puts "last" and "next" before the date, where our own parsers read them. */
export class ENUnknownYearRefiner extends UnknownYearRefiner {
  protected pastSuffix(): null {
    return null;
  }

  protected nextSuffix(): null {
    return null;
  }
}
