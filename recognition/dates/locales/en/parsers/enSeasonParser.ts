import type { ParsingContext } from 'chrono-node';
import { SeasonParser } from '../../../common/parsers/seasonParser';
import type { Groups, Span } from '../../../common/parsers/wordParser';
import { WORD_END, yearGroup } from '../../../common/pattern';
import type { Season, SeasonModifier } from '../../../common/seasons';
import { MODIFIER_BEFORE, SEASONS, SEASON_PATTERN, modifierOf } from '../words';

/**
 * "last fall", "this summer", "next spring", "summer 2014", "the summer of 2014"; alone after
 * "in (the)", "during (the)" ("in the autumn"), but not "in the fall of Mosul".
 */
export class ENSeasonParser extends SeasonParser {
  protected readonly name = 'ENSeasonParser';

  protected innerPattern(): string {
    return `\\b(?<season>${SEASON_PATTERN})(?:,?\\s+(?:of\\s+)?${yearGroup('year')})?${WORD_END}`;
  }

  protected override prefix(): string {
    return MODIFIER_BEFORE;
  }

  protected bareSeasonContext(): RegExp {
    return /(?<![\p{L}\p{N}])(?:in|during|since|until|by|through)\s+(?:the\s+)?$/iu;
  }

  protected seasonOf(word: string): Season | undefined {
    return SEASONS[word.toLowerCase()];
  }

  protected modifierOf(groups: Groups): SeasonModifier | null {
    return modifierOf(groups.modifier) ?? null;
  }

  /**
   * A capitalised season after a capitalised word is a name ("the Arab Spring of 2011"); a season
   * alone followed by "of" and a word is an event ("the fall of Mosul").
   */
  protected override accepts(context: ParsingContext, groups: Groups, span: Span): boolean {
    const season = groups.season ?? '';
    if (groups.modifier) return true;
    if (season[0] === season[0]?.toUpperCase() && /\p{Lu}[\p{L}-]*\s+$/u.test(this.textBefore(context, span.index))) return false;
    const after = context.text.slice(span.index + span.text.length, span.index + span.text.length + 16);
    return groups.year !== undefined || !/^\s+of\s+\D/i.test(after);
  }
}
