import type { ParsingContext, ParsingResult } from 'chrono-node';
import { ResultFilter } from './resultFilter';

/** The tag chrono puts on dates it computed from a duration ("il y a deux jours", "in 3 days"). */
const RELATIVE_DATE_TAG = 'result/relativeDate';

/**
 * Drops dates chrono computed from a duration when their wording shows they are not a date
 * relative to publication: a duration ("pendant deux semaines", "for two years"), a date relative
 * to another event ("two days later", "a week after"), or a vague quantity ("a few days ago").
 * Locales give the wording.
 */
export abstract class RelativeWordingFilter extends ResultFilter {
  protected abstract wording(): RegExp;

  protected isValid(_context: ParsingContext, result: ParsingResult): boolean {
    return !(this.wording().test(result.text) && result.tags().has(RELATIVE_DATE_TAG));
  }
}
