import { Chrono, type Parser, type Refiner } from 'chrono-node';
import { TriggeredParser } from '../../common/parsers/triggeredParser';
import { WORD_END } from '../../common/pattern';
import { InvalidDateFilter } from '../../common/refiners/invalidDateFilter';
import { ShortYearRefiner } from '../../common/refiners/shortYearRefiner';
import { SlashDateFilter } from '../../common/refiners/slashDateFilter';
import { TimeOnlyFilter } from '../../common/refiners/timeOnlyFilter';
import { CHRONO_FR } from './chronoParts';
import { FRDayRangeParser } from './parsers/frDayRangeParser';
import { FRDecadeParser } from './parsers/frDecadeParser';
import { FRMonthParser } from './parsers/frMonthParser';
import { FRPartOfMonthParser } from './parsers/frPartOfMonthParser';
import { FRPartOfYearParser } from './parsers/frPartOfYearParser';
import { FRRelativeDayParser } from './parsers/frRelativeDayParser';
import { FRRelativePeriodParser } from './parsers/frRelativePeriodParser';
import { FRSeasonParser } from './parsers/frSeasonParser';
import { FRWeekdayParser } from './parsers/frWeekdayParser';
import { FRYearParser } from './parsers/frYearParser';
import { FRYearRangeParser } from './parsers/frYearRangeParser';
import { FRBetweenRefiner } from './refiners/frBetweenRefiner';
import { FRDayPartRefiner } from './refiners/frDayPartRefiner';
import { FRDurationFilter } from './refiners/frDurationFilter';
import { FRLeadingWordRefiner } from './refiners/frLeadingWordRefiner';
import { FRRangeOpenerRefiner } from './refiners/frRangeOpenerRefiner';
import { FRUnknownYearRefiner } from './refiners/frUnknownYearRefiner';
import { FRVagueQuantityFilter } from './refiners/frVagueQuantityFilter';
import { FRYearListRefiner } from './refiners/frYearListRefiner';
import { AGO_PATTERN, ANY_MONTH_PATTERN, WITHIN_PATTERN } from './words';

/**
 * French date recognition: chrono's parsers we keep, then ours; refiners in the order they run.
 * Where two results overlap the longer one wins, and on a tie the parser listed first. Chrono's
 * slower parsers run only near the words their dates contain (see TriggeredParser).
 */
export const FRENCH_CONFIGURATION: { parsers: Parser[]; refiners: Refiner[] } = {
  parsers: [
    CHRONO_FR.parsers.isoFormat,
    CHRONO_FR.parsers.slashDate,
    new TriggeredParser(CHRONO_FR.parsers.monthNameLittleEndian, `\\b(?:${ANY_MONTH_PATTERN})${WORD_END}`),
    new TriggeredParser(CHRONO_FR.parsers.timeUnitAgo, `\\b${AGO_PATTERN}\\b`),
    new TriggeredParser(CHRONO_FR.parsers.timeUnitWithin, `\\b${WITHIN_PATTERN}`),
    new FRDayRangeParser(),
    new FRYearRangeParser(),
    new FRDecadeParser(),
    new FRPartOfMonthParser(),
    new FRPartOfYearParser(),
    new FRSeasonParser(),
    new FRRelativePeriodParser(),
    new FRRelativeDayParser(),
    new FRWeekdayParser(),
    new FRMonthParser(),
    new FRYearParser(),
  ],
  refiners: [
    // What is not a date goes first, so that it neither wins an overlap nor joins a range.
    new FRDurationFilter(),
    new FRVagueQuantityFilter(),
    new SlashDateFilter(),
    CHRONO_FR.refiners.overlapRemoval,
    new ShortYearRefiner(),
    new FRUnknownYearRefiner(),
    new InvalidDateFilter(),
    CHRONO_FR.refiners.mergeWeekdayComponent,
    CHRONO_FR.refiners.mergeDateRange,
    new FRBetweenRefiner(),
    new FRRangeOpenerRefiner(),
    new TimeOnlyFilter(),
    new FRDayPartRefiner(),
    new FRLeadingWordRefiner(),
    new FRYearListRefiner(),
  ],
};

export const frenchChrono = new Chrono(FRENCH_CONFIGURATION);
