import type { ParsingContext, ParsingResult } from 'chrono-node';
import { yearComponents } from './components';
import { WordParser, type Groups, type Span } from './wordParser';

/**
 * A decade: "les années 1980", "années 80", "the 1980s", "the '80s" → `1980/1989`. Groups:
 * `century` (19, 20) and `decade` (a digit), or `short` (a digit) for a two-digit decade, which
 * we read only from the 1930s to the 1990s ("the 20s" could be either century).
 */
export abstract class DecadeParser extends WordParser {
  /** Context a two-digit decade needs before it ("the 80s", not "in their 80s"), if any. */
  protected shortDecadeContext(): RegExp | null {
    return null;
  }

  protected extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null {
    let first: number;
    if (groups.century) {
      first = Number(groups.century) * 100 + Number(groups.decade) * 10;
    } else {
      const needed = this.shortDecadeContext();
      if (Number(groups.short) < 3 || needed?.test(this.textBefore(context, span.index)) === false) return null;
      first = 1900 + Number(groups.short) * 10;
    }
    return this.result(context, span, yearComponents(context, first), yearComponents(context, first + 9));
  }
}
