import { DecadeParser } from '../../../common/parsers/decadeParser';
import { WORD_CHARS, WORD_END } from '../../../common/pattern';

/**
 * "the 1980s", "1990s", "the '80s", "the 80s". A two-digit decade needs "the" before it ("in
 * their 80s" is an age); "the" is never part of the span.
 */
const SHORT_DECADE_CONTEXT = new RegExp(`(?<![${WORD_CHARS}])the\\s+(?:early\\s+|late\\s+|mid-?\\s*)?$`, 'i');

export class ENDecadeParser extends DecadeParser {
  protected readonly name = 'ENDecadeParser';

  protected innerPattern(): string {
    return `(?:\\b(?<century>19|20)(?<decade>\\d)0|'?\\b(?<short>\\d)0)'?s${WORD_END}`;
  }

  protected override shortDecadeContext(): RegExp {
    return SHORT_DECADE_CONTEXT;
  }
}
