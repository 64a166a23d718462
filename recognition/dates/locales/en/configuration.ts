import { Chrono, type Parser, type Refiner } from 'chrono-node';
import { TriggeredParser } from '../../common/parsers/triggeredParser';
import { WORD_END } from '../../common/pattern';
import { InvalidDateFilter } from '../../common/refiners/invalidDateFilter';
import { ShortYearRefiner } from '../../common/refiners/shortYearRefiner';
import { SlashDateFilter } from '../../common/refiners/slashDateFilter';
import { TimeOnlyFilter } from '../../common/refiners/timeOnlyFilter';
import { CHRONO_EN } from './chronoParts';
import { ENDayMonthRangeParser } from './parsers/enDayMonthRangeParser';
import { ENEventYearParser } from './parsers/enEventYearParser';
import { ENDecadeParser } from './parsers/enDecadeParser';
import { ENMonthDayRangeParser } from './parsers/enMonthDayRangeParser';
import { ENMonthParser } from './parsers/enMonthParser';
import { ENPartOfMonthParser } from './parsers/enPartOfMonthParser';
import { ENPartOfYearParser } from './parsers/enPartOfYearParser';
import { ENRelativeDayParser } from './parsers/enRelativeDayParser';
import { ENRelativePeriodParser } from './parsers/enRelativePeriodParser';
import { ENSeasonParser } from './parsers/enSeasonParser';
import { ENWeekdayParser } from './parsers/enWeekdayParser';
import { ENYearParser } from './parsers/enYearParser';
import { ENYearRangeParser } from './parsers/enYearRangeParser';
import { ENBetweenRefiner } from './refiners/enBetweenRefiner';
import { ENDayPartRefiner } from './refiners/enDayPartRefiner';
import { ENEventRelativeFilter } from './refiners/enEventRelativeFilter';
import { ENFromToRefiner } from './refiners/enFromToRefiner';
import { ENLeadingWordRefiner } from './refiners/enLeadingWordRefiner';
import { ENRangeOpenerRefiner } from './refiners/enRangeOpenerRefiner';
import { ENUnknownYearRefiner } from './refiners/enUnknownYearRefiner';
import { ENVagueQuantityFilter } from './refiners/enVagueQuantityFilter';
import { ENYearListRefiner } from './refiners/enYearListRefiner';
import { AGO_PATTERN, ANY_MONTH_PATTERN, LATER_PATTERN } from './words';

const MONTH_WORD = `\\b(?:${ANY_MONTH_PATTERN})${WORD_END}`;

/**
 * English date recognition: chrono's parsers we keep, then ours; refiners in the order they run.
 * Where two results overlap the longer one wins, and on a tie the parser listed first. Chrono's
 * slower parsers run only near the words their dates contain (see TriggeredParser).
 */
export const ENGLISH_CONFIGURATION: { parsers: Parser[]; refiners: Refiner[] } = {
  parsers: [
    CHRONO_EN.parsers.yearMonthDay,
    CHRONO_EN.parsers.isoFormat,
    CHRONO_EN.parsers.slashDate,
    new TriggeredParser(CHRONO_EN.parsers.monthNameLittleEndian, MONTH_WORD, ''),
    new TriggeredParser(CHRONO_EN.parsers.monthNameMiddleEndian, MONTH_WORD, ''),
    new TriggeredParser(CHRONO_EN.parsers.slashMonth, '\\b\\d{1,2}/(?:19|20)\\d\\d\\b'),
    new TriggeredParser(CHRONO_EN.parsers.timeUnitAgo, `\\b(?:${AGO_PATTERN})\\b`),
    new TriggeredParser(CHRONO_EN.parsers.timeUnitLater, `\\b(?:${LATER_PATTERN})\\b`),
    new TriggeredParser(CHRONO_EN.parsers.yearMonthName, MONTH_WORD, ''),
    new ENMonthDayRangeParser(),
    new ENDayMonthRangeParser(),
    new ENYearRangeParser(),
    new ENDecadeParser(),
    new ENPartOfMonthParser(),
    new ENPartOfYearParser(),
    new ENSeasonParser(),
    new ENRelativePeriodParser(),
    new ENRelativeDayParser(),
    new ENWeekdayParser(),
    new ENMonthParser(),
    new ENYearParser(),
    new ENEventYearParser(),
  ],
  refiners: [
    new SlashDateFilter(),
    CHRONO_EN.refiners.overlapRemoval,
    new ShortYearRefiner(),
    new ENUnknownYearRefiner(),
    // "a week after" + "October 7" → one date; what stays alone after it is relative to an event.
    CHRONO_EN.refiners.mergeRelativeFollowByDate,
    new ENEventRelativeFilter(),
    new ENVagueQuantityFilter(),
    new InvalidDateFilter(),
    CHRONO_EN.refiners.mergeWeekdayComponent,
    CHRONO_EN.refiners.mergeDateRange,
    new ENBetweenRefiner(),
    new ENFromToRefiner(),
    new ENRangeOpenerRefiner(),
    new TimeOnlyFilter(),
    new ENDayPartRefiner(),
    new ENLeadingWordRefiner(),
    new ENYearListRefiner(),
  ],
};

export const englishChrono = new Chrono(ENGLISH_CONFIGURATION);
