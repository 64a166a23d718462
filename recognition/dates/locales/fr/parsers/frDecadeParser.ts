import { DecadeParser } from '../../../common/parsers/decadeParser';
import { WORD_END } from '../../../common/pattern';

/** "années 1980", "années 80", "années 2000" (the article before is not part of the span). */
export class FRDecadeParser extends DecadeParser {
  protected readonly name = 'FRDecadeParser';

  protected innerPattern(): string {
    return `\\bannées\\s+(?:(?<century>19|20)(?<decade>\\d)0|(?<short>\\d)0)${WORD_END}`;
  }
}
