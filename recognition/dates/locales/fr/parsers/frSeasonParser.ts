import { SeasonParser } from '../../../common/parsers/seasonParser';
import type { Groups } from '../../../common/parsers/wordParser';
import { WORD_END, yearGroup } from '../../../common/pattern';
import type { Season, SeasonModifier } from '../../../common/seasons';
import { MODIFIER, SEASONS, SEASON_PATTERN, modifierSign } from '../words';

/** "automne dernier", "cet été", "ce printemps", "hiver prochain", "été 2014", "printemps de 2011". */
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

  protected seasonOf(word: string): Season | undefined {
    return SEASONS[word.toLowerCase()];
  }

  protected modifierOf(groups: Groups): SeasonModifier | null {
    const sign = modifierSign(groups.modifier);
    if (sign !== undefined) return sign < 0 ? 'last' : 'next';
    return groups.this ? 'this' : null;
  }
}
