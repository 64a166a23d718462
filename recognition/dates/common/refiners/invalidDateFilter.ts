import type { ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { ResultFilter } from './resultFilter';

/**
 * Drops impossible dates ("31 juin"). Chrono's UnlikelyFormatFilter does this too, but it also
 * drops every result written in digits only, which would take our bare years with it.
 */
export class InvalidDateFilter extends ResultFilter {
  protected isValid(_context: ParsingContext, result: ParsingResult): boolean {
    // Only a stated day can be impossible; months and years always exist.
    return isPossible(result.start) && (!result.end || isPossible(result.end));
  }
}

function isPossible(components: ParsingComponents): boolean {
  return !components.isCertain('day') || components.isValidDate();
}
