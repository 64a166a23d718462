import type { ParsingContext, ParsingResult } from 'chrono-node';
import { isPlausibleYear } from '../pattern';
import { yearComponents } from './components';
import { WordParser, type Groups, type Span } from './wordParser';

/** The longest span of years we read as a range; a wider one is more likely two numbers. */
const MAX_YEARS = 100;

/**
 * A range of years, span from its opening word: "entre 2014 et 2017", "de 2011 à 2013",
 * "from 2011 to 2013", "between 2011 and 2013", "2014-2017", "2019-20". Groups `opener`, `from`,
 * `joiner`, `to` (four digits, or two after a dash); the locale says which opener goes with which
 * joiner.
 */
export abstract class YearRangeParser extends WordParser {
  protected abstract pairs(opener: string, joiner: string): boolean;

  protected extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null {
    const from = Number(groups.from);
    // "2019-20": after a dash, the second year may keep only its last two digits.
    const short = groups.to?.length === 2;
    if (short && groups.joiner) return null;
    const to = short ? from - (from % 100) + Number(groups.to) : Number(groups.to);
    if (!isPlausibleYear(from) || !isPlausibleYear(to) || to <= from || to - from > MAX_YEARS) return null;
    if (!this.pairs((groups.opener ?? '').toLowerCase(), (groups.joiner ?? '').toLowerCase())) return null;
    return this.result(context, span, yearComponents(context, from), yearComponents(context, to));
  }
}
