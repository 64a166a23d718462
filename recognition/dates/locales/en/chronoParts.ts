import { en } from 'chrono-node';
import { partAt } from '../../common/chronoParts';

/**
 * The parts of chrono's English configuration we keep. We start from the strict configuration:
 * the casual one adds "now", "May" or "March" alone as months, and abbreviated units ("5d ago").
 * Of its parsers we leave out the time-of-day parser (times alone are not dates, a day's clock
 * time is read by our DayPart refiner, and it is the slowest), the weekday parser (it reads
 * "sat", "sun", "wed"… and picks the closest weekday rather than the one on or before
 * publication) and the "within" parser ("for two years", "in 20 years" are durations far more
 * often than dates).
 */
const { parsers, refiners } = en.configuration.createConfiguration(true);

export const CHRONO_EN = {
  parsers: {
    yearMonthDay: partAt(parsers, 0),
    isoFormat: partAt(parsers, 1),
    slashDate: partAt(parsers, 2),
    monthNameLittleEndian: partAt(parsers, 4),
    monthNameMiddleEndian: partAt(parsers, 5),
    slashMonth: partAt(parsers, 7),
    timeUnitAgo: partAt(parsers, 9),
    timeUnitLater: partAt(parsers, 10),
    yearMonthName: partAt(parsers, 11),
  },
  refiners: {
    overlapRemoval: partAt(refiners, 0),
    mergeRelativeFollowByDate: partAt(refiners, 2),
    mergeWeekdayComponent: partAt(refiners, 5),
    mergeDateRange: partAt(refiners, 13),
  },
};
