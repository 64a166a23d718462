import { RelativeDayParser } from '../../../common/parsers/relativeDayParser';
import { WORD_CHARS } from '../../../common/pattern';

const OFFSETS: Record<string, number> = {
  "aujourd'hui": 0,
  'ce matin': 0,
  'ce midi': 0,
  'cet après-midi': 0,
  'ce soir': 0,
  'cette nuit': 0,
  hier: -1,
  'nuit dernière': -1,
  'avant-hier': -2,
  'avant hier': -2,
  demain: 1,
  'après-demain': 2,
  'après demain': 2,
};

/** "aujourd'hui", "hier", "avant-hier", "demain", "après-demain", "ce matin", "ce soir", "nuit dernière". */
export class FRRelativeDayParser extends RelativeDayParser {
  protected readonly name = 'FRRelativeDayParser';

  protected innerPattern(): string {
    return (
      "\\b(?<word>aujourd'hui|avant[-\\s]hier|après[-\\s]demain|hier|demain|" +
      `ce\\s+matin|ce\\s+midi|cet\\s+après-midi|ce\\s+soir|cette\\s+nuit|nuit\\s+dernière)(?![${WORD_CHARS}-])`
    );
  }

  protected offsetOf(word: string): number | null {
    return OFFSETS[word.toLowerCase().replace(/\s+/g, ' ')] ?? null;
  }
}
