import type { ParsingContext, ParsingResult } from 'chrono-node';
import { levelOf } from '../components';
import { ResultFilter } from './resultFilter';

/** Drops results that state no day, month or year (a time alone: "à 14 heures"). */
export class TimeOnlyFilter extends ResultFilter {
  protected isValid(_context: ParsingContext, result: ParsingResult): boolean {
    return levelOf(result.start) !== null;
  }
}
