import type { SupportedLang } from '../types';
import { calendarDate, parseDay } from './common/calendar';
import { publicationDay } from './common/reference';

type Unit = 'day' | 'month' | 'year';

const WORDS: Record<SupportedLang, Record<Unit, [string, string]> & { sameDay: string; before: string; after: string }> = {
  en: {
    day: ['day', 'days'],
    month: ['month', 'months'],
    year: ['year', 'years'],
    sameDay: 'on the day of publication',
    before: 'before publication',
    after: 'after publication',
  },
  fr: {
    day: ['jour', 'jours'],
    month: ['mois', 'mois'],
    year: ['an', 'ans'],
    sameDay: 'le jour de la publication',
    before: 'avant la publication',
    after: 'après la publication',
  },
};

/**
 * How far a date lies from publication, for a card: "3 days before publication",
 * "2 mois avant la publication", "on the day of publication". Whole units, the largest that
 * fits: days under 60, then months under 24, then years.
 *
 * @param first the date's first day, `YYYY-MM-DD`
 * @param reference the publication instant (its UTC calendar day is the publication day)
 */
export function describeOffset(first: string, reference: Date, uiLang: SupportedLang): string {
  return describeDays(parseDay(first), publicationDay(reference), uiLang);
}

/** {@link describeOffset} on day numbers. */
export function describeDays(first: number, reference: number, uiLang: SupportedLang): string {
  const words = WORDS[uiLang];
  if (first === reference) return words.sameDay;
  const [count, unit] = wholeUnits(Math.min(first, reference), Math.max(first, reference));
  const [singular, plural] = words[unit];
  return `${count} ${count === 1 ? singular : plural} ${first < reference ? words.before : words.after}`;
}

function wholeUnits(earlier: number, later: number): [number, Unit] {
  const days = later - earlier;
  if (days < 60) return [days, 'day'];
  const a = calendarDate(earlier);
  const b = calendarDate(later);
  const months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
  if (months < 24) return [months, 'month'];
  return [Math.floor(months / 12), 'year'];
}
