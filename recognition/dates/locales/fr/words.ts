import type { Season } from '../../common/seasons';
import { WORD_END, alternation } from '../../common/pattern';

/**
 * French words our rules read. The text reaches the rules with every apostrophe written "'",
 * so patterns only need that one.
 */

export const MONTHS: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};

export const WEEKDAYS: Record<string, number> = {
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
};

export const SEASONS: Record<string, Season> = {
  printemps: 'spring',
  été: 'summer',
  ete: 'summer',
  automne: 'autumn',
  hiver: 'winter',
};

/**
 * Nouns of events that a year can follow with "de": "l'invasion de 2003", "la guerre de 2006".
 * Elsewhere "de" + number is usually a quantity ("plus de 2000 soldats").
 */
export const EVENT_NOUNS = [
  'accord',
  'accords',
  'attaque',
  'attaques',
  'attentat',
  'attentats',
  'bataille',
  'conflit',
  'coup',
  'crise',
  'élection',
  'élections',
  'guerre',
  'insurrection',
  'intervention',
  'intifada',
  'invasion',
  'législatives',
  'manifestations',
  'massacre',
  'offensive',
  'présidentielle',
  'printemps',
  'référendum',
  'retrait',
  'révolte',
  'révolution',
  'scrutin',
  'sommet',
  'soulèvement',
  'traité',
];

/**
 * Nouns that make the number before them a count ("entre 2000 et 2050 combattants"), for the
 * rules that read a number alone as a year.
 */
const COUNT_NOUNS = [
  'attaques',
  'blessés',
  'civils',
  'combattants',
  'conseillers',
  'dollars',
  'euros',
  'familles',
  'frappes',
  'habitants',
  'hommes',
  'kilomètres',
  'km',
  'membres',
  'militaires',
  'missiles',
  'morts',
  'personnes',
  'réfugiés',
  'roquettes',
  'soldats',
  'tonnes',
  'victimes',
];

/** Lookahead: the number just matched is not followed by a count noun. */
export const NOT_A_COUNT = `(?!\\s+(?:${alternation(COUNT_NOUNS)})${WORD_END})`;

export const MONTH_PATTERN = alternation(Object.keys(MONTHS));
export const WEEKDAY_PATTERN = alternation(Object.keys(WEEKDAYS));
export const SEASON_PATTERN = alternation(Object.keys(SEASONS));
export const EVENT_PATTERN = alternation(EVENT_NOUNS);

/**
 * "dernier"/"passé" (before publication) or "prochain" (after), either gender, singular, and not
 * followed by more letters ("les mois derniers" is vague).
 */
export const MODIFIER = `(?:derni[eè]re?|pass[ée]e?|prochaine?)${WORD_END}`;

/** How a modifier word places a date: -1 before publication, 1 after. */
export function modifierSign(word: string | undefined): -1 | 1 | undefined {
  if (!word) return undefined;
  return /^prochaine?$/i.test(word) ? 1 : -1;
}

/** Abbreviations chrono's French day-and-month parser also reads ("5 janv. 2020", "12 sept."). */
const MONTH_ABBREVIATIONS = ['janv', 'jan', 'févr', 'fevr', 'fév', 'fev', 'mar', 'avr', 'jun', 'juil', 'jul', 'sep', 'sept', 'oct', 'nov', 'déc', 'dec'];

/** Every word for a month, full or abbreviated. */
export const ANY_MONTH_PATTERN = alternation([...Object.keys(MONTHS), ...MONTH_ABBREVIATIONS]);

/** Numbers chrono's relative parsers read in words. */
const NUMBER_WORDS = 'un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quelques|\\d+';

/** "il y a", where chrono's "il y a deux jours" starts. */
export const AGO_PATTERN = "il\\s+y\\s+a";

/** "dans deux jours": the only wording of chrono's "within" parser that is a date, not a duration. */
export const WITHIN_PATTERN = `dans\\s+(?:${NUMBER_WORDS})\\s+(?:jours?|semaines?|mois|ans|années?)`;

/**
 * What may start or hold a date, for the cheap pre-scan that picks the passages chrono reads
 * (regular-expression sources; years and decades are added by the common part of the pre-scan).
 * A word needed only next to another trigger ("soir" in "samedi soir") is not one.
 */
export const TRIGGER_PATTERNS = [
  ANY_MONTH_PATTERN,
  WEEKDAY_PATTERN,
  "aujourd'hui|hier|demain",
  'ce\\s+(?:matin|midi|soir)|cet\\s+après-midi|cette\\s+nuit|nuit\\s+dernière',
  AGO_PATTERN,
  WITHIN_PATTERN,
  `(?:cette|ce)\\s+(?:semaine|mois|année)|(?:semaine|mois|année|an)\\s+${MODIFIER}`,
  'printemps|automne|hiver',
  // "été" is also the participle of "être": only its uses as a season ("été 2014" has its year).
  "l'été|d'été|cet\\s+été",
  'années\\s+\\d+',
];
