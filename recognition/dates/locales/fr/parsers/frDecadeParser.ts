import { DecadeParser } from '../../../common/parsers/decadeParser';

/** "années 1980", "années 80", "années 2000" (the article before is not part of the span). */
export class FRDecadeParser extends DecadeParser {
  protected readonly name = 'FRDecadeParser';

  protected innerPattern(): string {
    return 'années\\s+(?:(?<century>19|20)(?<decade>\\d)0|(?<short>\\d)0)(?![\\p{L}\\p{N}])';
  }
}
