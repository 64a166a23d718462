import type { Season } from '../../common/seasons';
import { WORD_END, alternation } from '../../common/pattern';

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

/**
 * Nouns that make the number before them a count ("between 2000 and 2050 fighters"), for the
 * rules that read a number alone as a year.
 */
const COUNT_NOUNS = [
  'advisers',
  'advisors',
  'attacks',
  'casualties',
  'civilians',
  'deaths',
  'dollars',
  'euros',
  'families',
  'fighters',
  'kilometres',
  'kilometers',
  'km',
  'members',
  'men',
  'miles',
  'missiles',
  'people',
  'refugees',
  'residents',
  'rockets',
  'soldiers',
  'strikes',
  'tonnes',
  'tons',
  'troops',
  'victims',
];

/** Lookahead: the number just matched is not followed by a count noun. */
export const NOT_A_COUNT = `(?!\\s+(?:${alternation(COUNT_NOUNS)})${WORD_END})`;

export const MONTH_PATTERN = alternation(Object.keys(MONTHS));
export const WEEKDAY_PATTERN = alternation(Object.keys(WEEKDAYS));
export const SEASON_PATTERN = alternation(Object.keys(SEASONS));
export const EVENT_PATTERN = alternation(EVENT_NOUNS);

/** "last", "past", "this past" (before publication), "this", "next". */
export const MODIFIER = '(?:this\\s+past|last|past|this|next)';

/** A modifier just before a weekday, month or season, in group `modifier` ("last Friday"). */
export const MODIFIER_BEFORE = `(?<modifier>${MODIFIER})\\s+`;

export type Modifier = 'last' | 'this' | 'next';

export function modifierOf(word: string | undefined): Modifier | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'this') return 'this';
  if (lower === 'next') return 'next';
  return 'last';
}

function capitalised(words: string[]): string[] {
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
}

/**
 * English writes month and weekday names with a capital: these patterns match only that way, to
 * run case-sensitively (and leave alone "may" the verb, "march" the walk).
 */
export const CAPITALISED_MONTH_PATTERN = alternation(capitalised(Object.keys(MONTHS)));
export const CAPITALISED_WEEKDAY_PATTERN = alternation(capitalised(Object.keys(WEEKDAYS)));

/** Abbreviations used with a day ("Oct. 7", "7 Sept 2023"), which chrono's day-and-month parsers also read. */
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Every word for a month, full or abbreviated, capitalised (a case-sensitive pattern). */
export const ANY_MONTH_PATTERN = alternation(capitalised([...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVIATIONS)]));

/** A month with a day: full, or abbreviated with or without its dot ("Oct. 7", "Sept 12"). */
export const DAY_MONTH_PATTERN = `(?:${MONTH_PATTERN}|(?:${alternation(Object.keys(MONTH_ABBREVIATIONS))})\\.?)`;

/** The month of a full or abbreviated name, with or without its dot. */
export function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTH_ABBREVIATIONS[key];
}

/** Where chrono's relative dates end: "two days ago", "three days before", "a week after", "a week from now". */
export const AGO_PATTERN = 'ago|before|earlier';
export const LATER_PATTERN = 'later|after|from\\s+now';

/**
 * What may start or hold a date, for the cheap pre-scan that picks the passages chrono reads
 * (regular-expression sources; years and decades are added by the common part of the pre-scan).
 * A word needed only next to another trigger ("night" in "Saturday night") is not one; nor are
 * "before", "after", "later": they make a date only with another one nearby, or not at all.
 */
export const TRIGGER_PATTERNS = [
  MONTH_PATTERN,
  alternation(Object.keys(MONTH_ABBREVIATIONS)),
  WEEKDAY_PATTERN,
  SEASON_PATTERN,
  'today|tonight|yesterday|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening)',
  'ago|from\\s+now',
  '(?:last|this|next|past)\\s+(?:week|month|year)',
];

/** The pre-scan ignores case; a month or weekday name in lower case is not one ("it may rain"). */
export function isTriggerWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 0x61 || first > 0x7a) return true;
  return !(Object.hasOwn(MONTHS, word) || Object.hasOwn(MONTH_ABBREVIATIONS, word) || Object.hasOwn(WEEKDAYS, word));
}
