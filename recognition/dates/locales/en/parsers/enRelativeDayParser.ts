import { RelativeDayParser } from '../../../common/parsers/relativeDayParser';
import { WORD_END } from '../../../common/pattern';

const OFFSETS: Record<string, number> = {
  today: 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  yesterday: -1,
  'last night': -1,
  'day before yesterday': -2,
  tomorrow: 1,
  'day after tomorrow': 2,
};

/** "today", "yesterday", "tomorrow", "the day before yesterday", "this morning", "last night". */
export class ENRelativeDayParser extends RelativeDayParser {
  protected readonly name = 'ENRelativeDayParser';

  protected innerPattern(): string {
    return (
      '\\b(?<word>today|tonight|yesterday|tomorrow|day\\s+before\\s+yesterday|day\\s+after\\s+tomorrow|' +
      `this\\s+morning|this\\s+afternoon|this\\s+evening|last\\s+night)${WORD_END}`
    );
  }

  protected offsetOf(word: string): number | null {
    return OFFSETS[word.toLowerCase().replace(/\s+/g, ' ')] ?? null;
  }
}
