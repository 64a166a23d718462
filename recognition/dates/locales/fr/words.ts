import type { Season } from '../../common/seasons';
import { alternation } from '../../common/pattern';

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

export const MONTH_PATTERN = alternation(Object.keys(MONTHS));
export const WEEKDAY_PATTERN = alternation(Object.keys(WEEKDAYS));
export const SEASON_PATTERN = alternation(Object.keys(SEASONS));
export const EVENT_PATTERN = alternation(EVENT_NOUNS);

/**
 * "dernier"/"passé" (before publication) or "prochain" (after), either gender, singular, and not
 * followed by more letters ("les mois derniers" is vague).
 */
export const MODIFIER = '(?:derni[eè]re?|pass[ée]e?|prochaine?)(?!\\p{L})';

/** How a modifier word places a date: -1 before publication, 1 after. */
export function modifierSign(word: string | undefined): -1 | 1 | undefined {
  if (!word) return undefined;
  return /^prochaine?$/i.test(word) ? 1 : -1;
}

/**
 * Words that may start or hold a date, for the cheap pre-scan that picks the passages chrono
 * reads. Years and decades are found by the common part of the pre-scan.
 */
export const TRIGGER_WORDS = [
  ...Object.keys(MONTHS),
  ...Object.keys(WEEKDAYS),
  'janv',
  'févr',
  'fevr',
  'fév',
  'fev',
  'avr',
  'juil',
  'sept',
  'oct',
  'nov',
  'déc',
  'dec',
  "aujourd'hui",
  'hier',
  'avant-hier',
  'demain',
  'après-demain',
  'matin',
  'soir',
  'nuit',
  'semaine',
  'semaines',
  'mois',
  'an',
  'ans',
  'année',
  'années',
  'jour',
  'jours',
  'printemps',
  'automne',
  'hiver',
  // "été" is also the participle of "être": only its uses as a season trigger a passage.
  "l'été",
  "d'été",
  'cet été',
  'été dernier',
  'été prochain',
];
