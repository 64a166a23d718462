/**
 * Generates `recognition/knowledge/generated/states.json`: one knowledge-base entry per state,
 * built from the `world-countries` package and the hand-written notes of
 * `recognition/knowledge/data/state-notes.ts`. Deterministic (sorted by id), so the file only
 * changes when the package or the notes change. Run with `npx tsx scripts/generate-states.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import countries, { type Country } from 'world-countries';
import { foldForComparison } from '../recognition/actors/normalize';
import { capitalsNotUsedAsMetonyms, frenchCapitals, notStateNames, stateNotes, type StateNote } from '../recognition/knowledge/data/state-notes';
import type { Bilingual, KnowledgeEntry } from '../recognition/knowledge/schema';

/** Where the generated file goes, relative to the repository root. */
export const STATES_PATH = 'recognition/knowledge/generated/states.json';

/** Subregions of `world-countries` as they read after "State in" / « État ». */
const SUBREGIONS: Readonly<Record<string, Bilingual>> = {
  'Australia and New Zealand': { en: 'Oceania', fr: 'd’Océanie' },
  Caribbean: { en: 'the Caribbean', fr: 'des Caraïbes' },
  'Central America': { en: 'Central America', fr: 'd’Amérique centrale' },
  'Central Asia': { en: 'Central Asia', fr: 'd’Asie centrale' },
  'Central Europe': { en: 'Central Europe', fr: 'd’Europe centrale' },
  'Eastern Africa': { en: 'Eastern Africa', fr: 'd’Afrique de l’Est' },
  'Eastern Asia': { en: 'Eastern Asia', fr: 'd’Asie de l’Est' },
  'Eastern Europe': { en: 'Eastern Europe', fr: 'd’Europe de l’Est' },
  Melanesia: { en: 'Melanesia', fr: 'de Mélanésie' },
  Micronesia: { en: 'Micronesia', fr: 'de Micronésie' },
  'Middle Africa': { en: 'Central Africa', fr: 'd’Afrique centrale' },
  'North America': { en: 'North America', fr: 'd’Amérique du Nord' },
  'Northern Africa': { en: 'Northern Africa', fr: 'd’Afrique du Nord' },
  'Northern Europe': { en: 'Northern Europe', fr: 'd’Europe du Nord' },
  Polynesia: { en: 'Polynesia', fr: 'de Polynésie' },
  'South America': { en: 'South America', fr: 'd’Amérique du Sud' },
  'South-Eastern Asia': { en: 'South-Eastern Asia', fr: 'd’Asie du Sud-Est' },
  'Southeast Europe': { en: 'South-Eastern Europe', fr: 'd’Europe du Sud-Est' },
  'Southern Africa': { en: 'Southern Africa', fr: 'd’Afrique australe' },
  'Southern Asia': { en: 'Southern Asia', fr: 'd’Asie du Sud' },
  'Southern Europe': { en: 'Southern Europe', fr: 'd’Europe du Sud' },
  'Western Africa': { en: 'Western Africa', fr: 'd’Afrique de l’Ouest' },
  'Western Asia': { en: 'Western Asia', fr: 'd’Asie occidentale' },
  'Western Europe': { en: 'Western Europe', fr: 'd’Europe de l’Ouest' },
};

/** States whose English name takes "the" after "government of". */
const NAMES_WITH_ARTICLE = new Set(['ARE', 'BHS', 'CAF', 'COD', 'COG', 'COM', 'DOM', 'GBR', 'GMB', 'MDV', 'MHL', 'NLD', 'PHL', 'SLB', 'SYC', 'USA']);

/**
 * Letters beyond A–Z that the alphabets of Europe and Turkey write as letters of their own
 * (“Kıbrıs”, “Großherzogtum”, “Lýðveldið”).
 */
const EXTRA_LETTERS = 'ıłŁđĐøØæÆœŒßðÐþÞ';
/**
 * Accents those alphabets write on any letter (after NFD): acute, grave, circumflex, tilde,
 * diaeresis, ring, double acute, caron, comma below, cedilla, ogonek.
 */
const ACCENTS = '\u0300\u0301\u0302\u0303\u0308\u030a\u030b\u030c\u0326\u0327\u0328';
/**
 * Accents written on a few letters only: the breve of ğ and ă, the dot of İ, ż and ė. A breve or a
 * dot elsewhere, a macron or a dot below marks a scholarly transliteration (“Afġānistān”,
 * “Chosŏn”, “Mamlakat al-Baḥrayn”), which no article writes.
 */
const ACCENTS_ON: Readonly<Record<string, string>> = { '\u0306': 'gGaA', '\u0307': 'IzZeE' };
const NAME_PUNCTUATION = " -'’.";

/**
 * Lowercase words that may open a name or carry a capital after an elision: articles and
 * prepositions (“d’Andorra”, “y’Uburundi”, “al-Kuwait”).
 */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['a', 'al', 'an', 'as', 'at', 'd', 'de', 'el', 'l', 'la', 'le', 'y']);

/** Only Latin letters with the accents of European and Turkish alphabets, spaces, hyphens, apostrophes, periods. */
function isWrittenLatin(form: string): boolean {
  const chars = [...form.normalize('NFD')];
  return chars.every(
    (c, i) =>
      (c >= 'A' && c <= 'Z') ||
      (c >= 'a' && c <= 'z') ||
      NAME_PUNCTUATION.includes(c) ||
      EXTRA_LETTERS.includes(c) ||
      ACCENTS.includes(c) ||
      (i > 0 && (ACCENTS_ON[c]?.includes(chars[i - 1]!) ?? false)),
  );
}

/** A particle elided or hyphenated before a capitalised word: “d’Andorra”, “al-Kuwait”. */
function isElidedParticle(word: string): boolean {
  const parts = /^(\p{Ll}+)['’-]\p{Lu}/u.exec(word);
  return parts !== null && NAME_PARTICLES.has(parts[1]!);
}

/**
 * Words as a written name has them: the first capitalised, the others capitalised or in lowercase
 * (French and other languages write adjectives and prepositions in lowercase: « République
 * arabe syrienne »). A name opening in lowercase (“ilaṅkai”, “weSwatini”, “former Yugoslav
 * Republic”) or a word with a capital after lowercase letters (“hÉireann”) is a transcription.
 */
function hasNameWords(form: string): boolean {
  return form.split(' ').every((word, i) => {
    if (/^\p{Lu}/u.test(word) || isElidedParticle(word)) return true;
    return i > 0 && !/\p{Lu}/u.test(word);
  });
}

const NOT_STATE_NAMES: ReadonlySet<string> = new Set(notStateNames.map((f) => foldForComparison(f)));

/**
 * A form of the package that an article could write as the state's name: Latin letters only (the
 * press we read never writes "Ирак" or "العراق"), no transliteration marks or lowercase words
 * (above), not an ordinary word or a phrase that is no name (`notStateNames`), and no bracketed
 * forms such as « Congo (Rép. dém.) ».
 */
export function isWrittenName(form: string): boolean {
  return form !== '' && isWrittenLatin(form) && hasNameWords(form) && !NOT_STATE_NAMES.has(foldForComparison(form));
}

/**
 * A form of the package as articles write it: no space before a hyphen or after an apostrophe
 * (the package has « République -Unie de Tanzanie » and « Côte d’ Ivoire »), and no leading
 * article (“The Netherlands” → “Netherlands”, « La République populaire du Bangladesh » →
 * « République populaire du Bangladesh »), which spans leave out anyway.
 */
export function tidyName(form: string): string {
  return form
    .trim()
    .replace(/\s+-\s*/g, '-')
    .replace(/(^|\s)([dl]['’])\s+/gi, '$1$2')
    .replace(/^(?:the|le|la|les)\s+|^l['’]/i, '');
}

/** The package's forms that pass `isWrittenName`, tidied. */
function writtenNames(forms: readonly string[]): string[] {
  return forms.map(tidyName).filter(isWrittenName);
}
const ACRONYM = /^[A-Z](?:\.?[A-Z])+\.?$/;

/**
 * The states we generate: the UN member states of the package (which also marks the Vatican as
 * one) plus Palestine, a UN observer state that the coverage treats as a state; dependent
 * territories, Kosovo and Taiwan (neither independent nor UN members in the package) are left out.
 */
export function isIncludedState(country: Country): boolean {
  return country.unMember || country.cca3 === 'PSE';
}

function unique(forms: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const form of forms) {
    const trimmed = form.trim();
    const key = foldForComparison(trimmed);
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

function lowerFirst(s: string): string {
  return s.toLocaleLowerCase('fr');
}

function frenchPlural(s: string): string {
  return /[sx]$/.test(s) ? s : `${s}s`;
}

/** A demonym that is one adjective, not "Antiguan, Barbudan" or "Kittitian or Nevisian". */
function isSimpleDemonym(s: string): boolean {
  return !/,| or | et |-et-/.test(s);
}

function splitEnglishDemonym(s: string): string[] {
  return s.split(/, | or /);
}

interface Draft {
  country: Country;
  note: StateNote;
  name: Bilingual;
  aliases: { en: string[]; fr: string[]; any: string[] };
  caseSensitive: string[];
  metonyms: string[];
  demonyms: string[];
}

function draftState(country: Country): Draft {
  const note = stateNotes[country.cca3] ?? {};
  const fra = country.translations.fra ?? { common: country.name.common, official: country.name.official };
  const name: Bilingual = { en: note.name?.en ?? country.name.common, fr: note.name?.fr ?? fra.common };

  const engDemonyms = unique([country.demonyms.eng?.m ?? '', country.demonyms.eng?.f ?? ''].flatMap(splitEnglishDemonym));
  const fraM = lowerFirst(country.demonyms.fra?.m ?? '');
  const fraF = lowerFirst(country.demonyms.fra?.f ?? '');
  const fraDemonyms = unique([fraM, fraF]);
  const demonyms = [
    ...engDemonyms,
    ...engDemonyms.filter((d) => /(an|i)$/.test(d)).map((d) => `${d}s`),
    ...fraDemonyms,
    ...fraDemonyms.filter(isSimpleDemonym).map(frenchPlural),
  ];

  // The package's forms must pass `isWrittenName` and not be a demonym ("Thai", "Togolese": every
  // adjective would be the state); the notes' forms are written by us.
  const demonymKeys = new Set(demonyms.map((d) => foldForComparison(d)));
  const packageNames = (forms: readonly string[]): string[] => writtenNames(forms).filter((f) => !demonymKeys.has(foldForComparison(f)));
  const en = [...packageNames([country.name.official, country.name.common]), ...(note.aliases?.en ?? [])];
  const fr = [...packageNames([fra.common, fra.official]), ...(note.aliases?.fr ?? [])];
  const any = [...(note.aliases?.any ?? [])];
  const caseSensitive = [...(note.caseSensitive ?? [])];
  for (const alt of country.altSpellings) {
    if (alt === country.cca2) continue;
    if (ACRONYM.test(alt)) caseSensitive.push(alt);
    else any.push(...packageNames([alt]));
  }

  // "gouvernement irakien", "autorités irakiennes", "Iraqi government", "government of Iraq".
  const the = NAMES_WITH_ARTICLE.has(country.cca3) ? 'the ' : '';
  en.push(`government of ${the}${name.en}`);
  for (const d of engDemonyms.filter(isSimpleDemonym)) en.push(`${d} government`, `${d} authorities`);
  if (fraM !== '' && isSimpleDemonym(fraM)) fr.push(`gouvernement ${fraM}`);
  if (fraF !== '' && isSimpleDemonym(fraF)) fr.push(`autorités ${frenchPlural(fraF)}`);

  const metonyms: string[] = [];
  for (const capital of country.capital) {
    if (capitalsNotUsedAsMetonyms.includes(capital) || !isWrittenName(capital)) continue;
    metonyms.push(capital);
    const french = frenchCapitals[capital];
    if (french !== undefined) metonyms.push(french);
  }
  metonyms.push(...(note.metonyms ?? []));

  return { country, note, name, aliases: { en, fr, any }, caseSensitive, metonyms, demonyms };
}

/** Every folded form a draft claims (names, aliases, case-sensitive aliases, metonyms). */
function claimedForms(d: Draft): string[] {
  return [d.name.en, d.name.fr, ...d.aliases.en, ...d.aliases.fr, ...d.aliases.any, ...d.caseSensitive, ...d.metonyms].map((f) => foldForComparison(f));
}

/**
 * Removes from each draft the forms that would be wrong or useless: aliases repeating a name,
 * aliases and metonyms claimed by two states ("Congolese government"), demonyms that are also a
 * name of the state (the English "Argentine" is the French name of Argentina), and aliases that
 * are demonyms the notes list (the gazetteer never matches a demonym).
 */
function settle(drafts: readonly Draft[]): void {
  const owners = new Map<string, Set<string>>();
  for (const d of drafts) {
    for (const f of claimedForms(d)) {
      const set = owners.get(f) ?? new Set<string>();
      set.add(d.country.cca3);
      owners.set(f, set);
    }
  }
  const shared = (form: string): boolean => (owners.get(foldForComparison(form))?.size ?? 0) > 1;
  for (const d of drafts) {
    const names = new Set([foldForComparison(d.name.en), foldForComparison(d.name.fr)]);
    const noteDemonyms = new Set((d.note.demonyms ?? []).map((x) => foldForComparison(x)));
    const keep = (form: string): boolean => {
      const f = foldForComparison(form);
      return !names.has(f) && !shared(form) && !noteDemonyms.has(f);
    };
    // A form listed for both languages, or once for any language, is listed once, under `any`.
    const en = unique(d.aliases.en.filter(keep));
    const fr = unique(d.aliases.fr.filter(keep));
    const frKeys = new Set(fr.map((x) => foldForComparison(x)));
    const both = en.filter((x) => frKeys.has(foldForComparison(x)));
    d.aliases.any = unique([...d.aliases.any.filter(keep), ...both]);
    const anyKeys = new Set(d.aliases.any.map((x) => foldForComparison(x)));
    d.aliases.en = en.filter((x) => !anyKeys.has(foldForComparison(x)));
    d.aliases.fr = fr.filter((x) => !anyKeys.has(foldForComparison(x)));
    d.caseSensitive = unique(d.caseSensitive.filter((f) => !shared(f)));
    d.metonyms = unique(d.metonyms.filter(keep));
    const ownForms = new Set([...names, ...[...d.aliases.en, ...d.aliases.fr, ...d.aliases.any].map((x) => foldForComparison(x))]);
    // The matcher also drops a demonym's plural ("philippine" → "philippines", a name).
    const isOwnForm = (x: string): boolean => {
      const f = foldForComparison(x);
      return ownForms.has(f) || ownForms.has(`${f}s`);
    };
    d.demonyms = unique([...d.demonyms.filter((x) => !isOwnForm(x)), ...(d.note.demonyms ?? [])]);
  }
}

function generatedDescription(country: Country): Bilingual {
  const where = SUBREGIONS[country.subregion] ?? SUBREGIONS[country.region] ?? { en: country.region, fr: `de ${country.region}` };
  const capitalsEn = country.capital;
  const capitalsFr = country.capital.map((c) => frenchCapitals[c] ?? c);
  const list = (items: readonly string[], and: string): string =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
  const en = capitalsEn.length > 1 ? `; capitals: ${list(capitalsEn, 'and')}` : capitalsEn.length === 1 ? `; capital: ${capitalsEn[0]}` : '';
  const fr = capitalsFr.length > 1 ? ` ; capitales : ${list(capitalsFr, 'et')}` : capitalsFr.length === 1 ? ` ; capitale : ${capitalsFr[0]}` : '';
  return { en: `State in ${where.en}${en}.`, fr: `État ${where.fr}${fr}.`.replace(/'/g, '’') };
}

function toEntry(d: Draft): KnowledgeEntry {
  const aliases: KnowledgeEntry['aliases'] = {};
  if (d.aliases.en.length > 0) aliases.en = d.aliases.en;
  if (d.aliases.fr.length > 0) aliases.fr = d.aliases.fr;
  if (d.aliases.any.length > 0) aliases.any = d.aliases.any;
  const entry: KnowledgeEntry = {
    id: `state-${d.country.cca3.toLowerCase()}`,
    kind: 'state',
    name: d.name,
    aliases,
    description: d.note.description ?? generatedDescription(d.country),
    wikipedia: { en: d.note.wikipedia ?? d.name.en },
  };
  if (d.caseSensitive.length > 0) entry.caseSensitive = d.caseSensitive;
  if (d.metonyms.length > 0) entry.metonyms = d.metonyms;
  if (d.demonyms.length > 0) entry.demonyms = d.demonyms;
  return entry;
}

/** The state entries for a list of `world-countries` records, sorted by id. Pure. */
export function generateStates(all: readonly Country[]): KnowledgeEntry[] {
  const drafts = all.filter(isIncludedState).map(draftState);
  settle(drafts);
  return drafts.map(toEntry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The file's text: one entry per line, so that a change shows as a one-line diff. */
export function serializeStates(entries: readonly KnowledgeEntry[]): string {
  return `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const target = resolve(root, STATES_PATH);
  const text = serializeStates(generateStates(countries));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`generate-states: wrote ${STATES_PATH} (${Buffer.byteLength(text)} bytes)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
