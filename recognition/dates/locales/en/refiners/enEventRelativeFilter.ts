import { RelativeWordingFilter } from '../../../common/refiners/relativeWordingFilter';

/**
 * Dates relative to another event, not to publication: "two days later", "a week after (the
 * strike)", "three days before (the vote)", "a year earlier". When a date follows ("a week after
 * October 7"), chrono has already merged the two into one date, which stays.
 */
export class ENEventRelativeFilter extends RelativeWordingFilter {
  protected wording(): RegExp {
    return /(?<!\p{L})(?:later|after|before|earlier)$/iu;
  }
}
