import type { Season } from '../../common/seasons';
import { alternation } from '../../common/pattern';

/**
 * English words our rules read. The text reaches the rules with every apostrophe written "'",
 * so patterns only need that one.
 */

export const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

export const SEASONS: Record<string, Season> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
};

/** Nouns of events a year can qualify: "the 2003 invasion", "the 1991 Gulf War", "the elections of 2018". */
export const EVENT_NOUNS = [
  'accord',
  'accords',
  'agreement',
  'attack',
  'attacks',
  'battle',
  'bombing',
  'bombings',
  'campaign',
  'ceasefire',
  'conflict',
  'coup',
  'crisis',
  'deal',
  'election',
  'elections',
  'insurgency',
  'intervention',
  'intifada',
  'invasion',
  'massacre',
  'offensive',
  'protests',
  'referendum',
  'revolution',
  'spring',
  'strike',
  'strikes',
  'summit',
  'treaty',
  'truce',
  'uprising',
  'vote',
  'war',
  'withdrawal',
];

export const MONTH_PATTERN = alternation(Object.keys(MONTHS));
export const WEEKDAY_PATTERN = alternation(Object.keys(WEEKDAYS));
export const SEASON_PATTERN = alternation(Object.keys(SEASONS));
export const EVENT_PATTERN = alternation(EVENT_NOUNS);

/** "last", "past", "this past" (before publication), "this", "next". */
export const MODIFIER = '(?:this\\s+past|last|past|this|next)';

export type Modifier = 'last' | 'this' | 'next';

export function modifierOf(word: string | undefined): Modifier | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'this') return 'this';
  if (lower === 'next') return 'next';
  return 'last';
}

/** Is a month or weekday name written with its capital, as English always writes it? */
export function isCapitalised(word: string): boolean {
  return word[0] !== undefined && word[0] === word[0].toUpperCase();
}

/**
 * Words that may start or hold a date, for the cheap pre-scan that picks the passages chrono
 * reads. Years and decades are found by the common part of the pre-scan.
 */
export const TRIGGER_WORDS = [
  ...Object.keys(MONTHS),
  ...Object.keys(WEEKDAYS),
  ...Object.keys(SEASONS),
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'night',
  'morning',
  'afternoon',
  'evening',
  'ago',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'day',
  'days',
];
