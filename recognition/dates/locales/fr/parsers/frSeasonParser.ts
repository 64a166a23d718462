import { SeasonParser } from '../../../common/parsers/seasonParser';
import type { ParsingContext } from 'chrono-node';
import type { Groups, Span } from '../../../common/parsers/wordParser';
import { WORD_END, yearGroup } from '../../../common/pattern';
import type { Season, SeasonModifier } from '../../../common/seasons';
import { MODIFIER, SEASONS, SEASON_PATTERN, modifierSign } from '../words';

/**
 * "automne dernier", "cet été", "ce printemps", "hiver prochain", "été 2014", "printemps de 2011";
 * alone after "au", "en", "à l'" ("au printemps"), but not in a name ("le printemps arabe").
 */
export class FRSeasonParser extends SeasonParser {
  protected readonly name = 'FRSeasonParser';

  protected innerPattern(): string {
    // No \b: "été" starts with a letter outside ASCII; the base class checks the word start.
    return (
      `(?<season>${SEASON_PATTERN})` +
      `(?:\\s+(?<modifier>${MODIFIER})|\\s+(?:de\\s+(?:l'année\\s+)?)?${yearGroup('year')})?${WORD_END}`
    );
  }

  protected override prefix(): string {
    return '(?<this>cet?)\\s+';
  }

  protected bareSeasonContext(): RegExp {
    return /(?<![\p{L}\p{N}])(?:au|en|à\s+l'|dès\s+l'|depuis\s+l'|pendant\s+l'|durant\s+l')\s*$/iu;
  }

  /** A season named alone is not a date in a name: "printemps arabe", "été indien", "printemps de Prague". */
  protected override accepts(context: ParsingContext, groups: Groups, span: Span): boolean {
    if (groups.modifier || groups.year || groups.this) return true;
    const after = context.text.slice(span.index + span.text.length, span.index + span.text.length + 24);
    return !/^\s+(?:arabe|indien|nucléaire|de\s+\p{Lu})/u.test(after);
  }

  protected seasonOf(word: string): Season | undefined {
    return SEASONS[word.toLowerCase()];
  }

  protected modifierOf(groups: Groups): SeasonModifier | null {
    const sign = modifierSign(groups.modifier);
    if (sign !== undefined) return sign < 0 ? 'last' : 'next';
    return groups.this ? 'this' : null;
  }
}
