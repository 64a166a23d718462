import { YearParser } from '../../../common/parsers/yearParser';
import { alternation, yearGroup } from '../../../common/pattern';
import { EVENT_PATTERN } from '../words';

/** Words after which a number is a year: "en 2014", "depuis 2003", "jusqu'en 2011"… */
const TEMPORAL_WORDS = alternation([
  'en',
  'depuis',
  'dès',
  "jusqu'en",
  "jusqu'à",
  'avant',
  'après',
  "d'ici",
  'pendant',
  'durant',
  'courant',
  'à partir de',
  "l'an",
  "l'année",
  'année',
]);

/**
 * A year after a temporal word ("en 2014", "depuis 2003", "jusqu'en 2011", "l'année 2014") or
 * after "de" following an event noun ("l'invasion de 2003", "la guerre de 2006", up to two words
 * between: "l'invasion américaine de 2003"). Elsewhere "de" + number is a quantity.
 */
export class FRYearParser extends YearParser {
  protected readonly name = 'FRYearParser';

  protected innerPattern(): string {
    return (
      `(?<lead>(?:${TEMPORAL_WORDS})\\s+|(?:${EVENT_PATTERN})(?:\\s+[\\p{L}'-]+){0,2}?\\s+de\\s+)` +
      yearGroup('year')
    );
  }
}
