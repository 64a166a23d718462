import { DecadeParser } from '../../../common/parsers/decadeParser';

/**
 * "the 1980s", "1990s", "the '80s", "the 80s". A two-digit decade needs "the" ("in their 80s" is
 * an age); "the" is never part of the span.
 */
export class ENDecadeParser extends DecadeParser {
  protected readonly name = 'ENDecadeParser';

  protected innerPattern(): string {
    return (
      "(?:(?<century>19|20)(?<decade>\\d)0|(?<lead>the\\s+(?:early\\s+|late\\s+|mid-?\\s*)?)'?(?<short>\\d)0)'?s(?![\\p{L}\\p{N}])"
    );
  }
}
