import { fr } from 'chrono-node';
import { partAt } from '../../common/chronoParts';

/**
 * The parts of chrono's French configuration we keep. We start from the strict configuration:
 * the casual one adds "maintenant" (a verb as often as "now"), "ce soir" and "la veille"
 * (relative to another event). Of its parsers we leave out the two time-of-day parsers (times
 * alone are not dates, a day's clock time is read by our DayPart refiner, and they are the
 * slowest) and the weekday parser (it reads "mer", "jeu", "sam"…, and picks the closest weekday
 * rather than the one on or before publication).
 */
const { parsers, refiners } = fr.createConfiguration(true);

export const CHRONO_FR = {
  parsers: {
    isoFormat: partAt(parsers, 0),
    slashDate: partAt(parsers, 1),
    monthNameLittleEndian: partAt(parsers, 2),
    timeUnitAgo: partAt(parsers, 5),
    timeUnitWithin: partAt(parsers, 6),
  },
  refiners: {
    overlapRemoval: partAt(refiners, 0),
    mergeWeekdayComponent: partAt(refiners, 2),
    mergeDateRange: partAt(refiners, 4),
  },
};
