/**
 * Compiled word lists: the French and English lists folded into sets once, and their union for
 * articles in another language (or of unknown language).
 */
import type { SupportedLang } from '../../types';
import { foldForComparison } from '../normalize';
import { ARABIC_ARTICLES, ARABIC_ORG_HEADS, ARABIC_PLACE_HEADS, FIRST_NAMES, GROUP_ADJECTIVES, KUNYA_PARTICLES, NAME_PARTICLES, ORG_WORD_TYPES, SURNAME_PREFIXES } from './common';
import { en } from './en';
import { fr } from './fr';
import type { LocaleWords } from './words';

export type WordSet = ReadonlySet<string>;

/** Everything the actor modules look up, folded. */
export interface ActorRules {
  stopWords: WordSet;
  titles: WordSet;
  adjectivalTitles: WordSet;
  titleTypes: ReadonlyMap<string, string>;
  speechVerbs: WordSet;
  speechAuxiliaries: WordSet;
  speechAdverbs: WordSet;
  invertedSpeechVerbs: WordSet;
  clauseBreakers: WordSet;
  orgConnectors: WordSet;
  orgHeads: WordSet;
  orgTails: WordSet;
  placeHeads: WordSet;
  placeTails: WordSet;
  notPersonWords: WordSet;
  orgNouns: WordSet;
  orgCoordinators: WordSet;
  orgLinks: WordSet;
  clauseLinks: WordSet;
  /** Folded nickname markers, each split into words. */
  nicknameMarkers: readonly (readonly string[])[];
  chrome: WordSet;
  demonymSuffixes: readonly string[];
  /** Lowercase, not folded. */
  adjectiveSuffixes: readonly string[];
  articles: WordSet;
  determiners: WordSet;
  placePrepositions: WordSet;
  strongPlacePrepositions: WordSet;
  employerPrepositions: WordSet;
  employerNouns: WordSet;
  occupations: WordSet;
  businessVerbs: WordSet;
  businessAuxiliaries: WordSet;
  personalPossessives: WordSet;
  companyTails: WordSet;
  ownershipParticiples: WordSet;
  agentPrepositions: WordSet;
  ownerCompounds: WordSet;
  businessNouns: WordSet;
  companyNounsAfter: WordSet;
  softwareNouns: WordSet;
  bareCompanyNounsAfter: WordSet;
  companySuffixes: WordSet;
  placeKindNouns: WordSet;
  originPrepositions: WordSet;
  originNouns: WordSet;
  nameParticles: WordSet;
  /** Words that open a surname of several words ("Abi Nader", "Le Pen", "bin Salman"). */
  surnamePrefixes: WordSet;
  arabicArticles: WordSet;
  kunyaParticles: WordSet;
  arabicOrgHeads: WordSet;
  arabicPlaceHeads: WordSet;
  groupAdjectives: WordSet;
  firstNames: WordSet;
  /** Finer type of an unknown organisation, by its folded opening or closing word. */
  orgWordTypes: ReadonlyMap<string, string>;
  metonymy: {
    locativeBefore: WordSet;
    locativeModifiers: WordSet;
    genitiveBefore: WordSet;
    placeNouns: WordSet;
    politicalNouns: WordSet;
    placeAfter: WordSet;
    placeVerbsBefore: WordSet;
    motionBefore: WordSet;
    cityNouns: WordSet;
    routeNouns: WordSet;
    datelineWords: WordSet;
    relationBefore: WordSet;
    dative: WordSet;
    dativeComplementizers: WordSet;
    infinitiveEndings: readonly string[];
  };
}

const fold = (words: readonly string[]): Set<string> => new Set(words.map((w) => foldForComparison(w)));

function compile(locales: readonly LocaleWords[]): ActorRules {
  const all = <K extends keyof LocaleWords>(key: K): string[] => locales.flatMap((l) => l[key] as readonly string[]);
  const meto = <K extends keyof LocaleWords['metonymy']>(key: K): string[] =>
    locales.flatMap((l) => l.metonymy[key] as readonly string[]);
  return {
    stopWords: fold(all('stopWords')),
    titles: fold(all('titles')),
    adjectivalTitles: fold(all('adjectivalTitles')),
    titleTypes: new Map(locales.flatMap((l) => Object.entries(l.titleTypes).map(([k, v]) => [foldForComparison(k), v] as const))),
    speechVerbs: fold(all('speechVerbs')),
    speechAuxiliaries: fold(all('speechAuxiliaries')),
    speechAdverbs: fold(all('speechAdverbs')),
    invertedSpeechVerbs: fold(all('invertedSpeechVerbs')),
    clauseBreakers: fold(all('clauseBreakers')),
    orgConnectors: fold(all('orgConnectors')),
    orgHeads: fold(all('orgHeads')),
    orgTails: fold(all('orgTails')),
    placeHeads: fold(all('placeHeads')),
    placeTails: fold(all('placeTails')),
    notPersonWords: fold(all('notPersonWords')),
    orgNouns: fold(all('orgNouns')),
    orgCoordinators: fold(all('orgCoordinators')),
    orgLinks: fold(all('orgLinks')),
    clauseLinks: fold(all('clauseLinks')),
    nicknameMarkers: all('nicknameMarkers').map((m) => foldForComparison(m).split(' ')),
    chrome: fold(all('chrome')),
    demonymSuffixes: all('demonymSuffixes').map((s) => foldForComparison(s)),
    // Compared with the lowercase word as written: folded, "-é" would be any "-e".
    adjectiveSuffixes: all('adjectiveSuffixes').map((s) => s.toLowerCase()),
    articles: fold(all('articles')),
    determiners: fold(all('determiners')),
    placePrepositions: fold(all('placePrepositions')),
    strongPlacePrepositions: fold(all('strongPlacePrepositions')),
    employerPrepositions: fold(all('employerPrepositions')),
    employerNouns: fold(all('employerNouns')),
    occupations: fold(all('occupations')),
    businessVerbs: fold(all('businessVerbs')),
    businessAuxiliaries: fold(all('businessAuxiliaries')),
    personalPossessives: fold(all('personalPossessives')),
    companyTails: fold(all('companyTails')),
    ownershipParticiples: fold(all('ownershipParticiples')),
    agentPrepositions: fold(all('agentPrepositions')),
    ownerCompounds: fold(all('ownerCompounds')),
    businessNouns: fold(all('businessNouns')),
    companyNounsAfter: fold(all('companyNounsAfter')),
    softwareNouns: fold(all('softwareNouns')),
    bareCompanyNounsAfter: fold(all('bareCompanyNounsAfter')),
    companySuffixes: fold(all('companySuffixes')),
    placeKindNouns: fold(all('placeKindNouns')),
    originPrepositions: fold(all('originPrepositions')),
    originNouns: fold(all('originNouns')),
    nameParticles: fold(NAME_PARTICLES),
    surnamePrefixes: fold(SURNAME_PREFIXES),
    arabicArticles: fold(ARABIC_ARTICLES),
    kunyaParticles: fold(KUNYA_PARTICLES),
    arabicOrgHeads: fold(ARABIC_ORG_HEADS),
    arabicPlaceHeads: fold(ARABIC_PLACE_HEADS),
    groupAdjectives: fold(GROUP_ADJECTIVES),
    firstNames: fold(FIRST_NAMES),
    orgWordTypes: new Map(Object.entries(ORG_WORD_TYPES).map(([k, v]) => [foldForComparison(k), v] as const)),
    metonymy: {
      locativeBefore: fold(meto('locativeBefore')),
      locativeModifiers: fold(meto('locativeModifiers')),
      genitiveBefore: fold(meto('genitiveBefore')),
      placeNouns: fold(meto('placeNouns')),
      politicalNouns: fold(meto('politicalNouns')),
      placeAfter: fold(meto('placeAfter')),
      placeVerbsBefore: fold(meto('placeVerbsBefore')),
      motionBefore: fold(meto('motionBefore')),
      cityNouns: fold(meto('cityNouns')),
      routeNouns: fold(meto('routeNouns')),
      datelineWords: fold(meto('datelineWords')),
      relationBefore: fold(meto('relationBefore')),
      dative: fold(meto('dative')),
      dativeComplementizers: fold(meto('dativeComplementizers')),
      infinitiveEndings: meto('infinitiveEndings'),
    },
  };
}

/** Compiled rules by article language (`both` for any other); each is built on its first use. */
const compiled: { fr?: ActorRules; en?: ActorRules; both?: ActorRules } = {};

/**
 * The rules for an article language; `null` (neither French nor English) gets both lists.
 * Each set is compiled on first use, so that merely importing the module costs nothing and the
 * first article pays only for its own language.
 */
export function rulesFor(lang: SupportedLang | null): ActorRules {
  if (lang === 'fr') return (compiled.fr ??= compile([fr]));
  if (lang === 'en') return (compiled.en ??= compile([en]));
  return (compiled.both ??= compile([fr, en]));
}

/** True when `word` (folded) ends with one of `suffixes` and is longer than the suffix. */
export function endsWithAny(word: string, suffixes: readonly string[]): boolean {
  for (const s of suffixes) if (word.length > s.length + 1 && word.endsWith(s)) return true;
  return false;
}
