import type { ParsingContext, ParsingResult } from 'chrono-node';
import { referenceDay } from '../reference';
import { seasonValue, seasonYear, type Season, type SeasonModifier } from '../seasons';
import { SEASON_TAG } from '../tags';
import { calendarDate } from '../calendar';
import { monthComponents, type YearSource } from './components';
import { WordParser, type Groups, type Span } from './wordParser';

/**
 * A season with a year or a modifier: "automne dernier", "cet été", "été 2014", "last fall",
 * "this summer", "the summer of 2014"; or alone after a preposition ("au printemps", "in the
 * autumn"), its year then left open (see YearSource). Elsewhere a season alone is not a date
 * ("le printemps arabe"). The result runs from the season's first month to its last, tagged as a
 * season.
 */
export abstract class SeasonParser extends WordParser {
  protected abstract seasonOf(word: string): Season | undefined;
  /** The modifier in groups `modifier` / `this`, if any. */
  protected abstract modifierOf(groups: Groups): SeasonModifier | null;

  /** What must come before a season named alone for it to be a date ("au", "in the"), anchored at the end. */
  protected abstract bareSeasonContext(): RegExp;

  /** Whether the match is a season at all ("the Arab Spring of 2011" is not). */
  protected accepts(_context: ParsingContext, _groups: Groups, _span: Span): boolean {
    return true;
  }

  protected extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null {
    const season = this.seasonOf(groups.season ?? '');
    if (!season || !this.accepts(context, groups, span)) return null;
    const modifier = this.modifierOf(groups);
    let year: number;
    let source: YearSource;
    if (groups.year) {
      [year, source] = [Number(groups.year), 'written'];
    } else if (modifier) {
      [year, source] = [seasonYear(season, modifier, referenceDay(context)), 'fixed'];
    } else if (this.bareSeasonContext().test(this.textBefore(context, span.index))) {
      [year, source] = [seasonYear(season, 'onOrBefore', referenceDay(context)), 'open'];
    } else {
      return null;
    }
    const value = seasonValue(season, year);
    const first = calendarDate(value.first);
    const last = calendarDate(value.last);
    return this.result(
      context,
      span,
      monthComponents(context, first.year, first.month, source),
      monthComponents(context, last.year, last.month, source),
    ).addTag(SEASON_TAG);
  }
}
