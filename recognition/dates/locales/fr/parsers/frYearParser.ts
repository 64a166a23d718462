import { YearParser } from '../../../common/parsers/yearParser';
import { WORD_CHARS, alternation, yearGroup } from '../../../common/pattern';
import { EVENT_PATTERN, NOT_A_COUNT } from '../words';

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

const CONTEXT = `(?<![${WORD_CHARS}])(?:${TEMPORAL_WORDS}|(?:${EVENT_PATTERN})(?:\\s+[${WORD_CHARS}'-]+){0,2}?\\s+de)\\s+`;

/**
 * A year after a temporal word ("en 2014", "depuis 2003", "jusqu'en 2011", "l'année 2014") or
 * after "de" following an event noun ("l'invasion de 2003", "la guerre de 2006", up to two words
 * between: "l'invasion américaine de 2003"). Elsewhere "de" + number is a quantity.
 */
export class FRYearParser extends YearParser {
  protected readonly name = 'FRYearParser';

  protected innerPattern(): string {
    return `\\b${yearGroup('year')}${NOT_A_COUNT}`;
  }

  protected override requiredBefore(): string {
    return CONTEXT;
  }
}
