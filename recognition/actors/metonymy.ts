/**
 * Is a capital the government or the place? "Washington se réserve le droit", "le soutien de
 * Washington", "demander à Bagdad de travailler", "Tehran denied" name the state; "à Bagdad",
 * "near Baghdad airport", "l’ambassade américaine à Bagdad" name the place. Decided from a few
 * words on each side of the mention. A regional seat ("Erbil" for the Kurdistan Regional
 * Government) is read the other way round: the city unless the words show its government.
 */
import type { KnowledgeBase } from '../knowledge/schema';
import type { ActorRules } from './locales';
import type { ActorMention } from './mention';
import { foldForComparison } from './normalize';
import { CAPITALISED, LINE_START, POSSESSIVE, type TokenKeys, type Tokens, joinedBySpace, tokenAtOrAfter } from './tokens';

export type MetonymReading = 'state' | 'place';

const MAX_BEFORE = 4;
const MAX_AFTER = 3;

/** Folded words before token `first`, nearest first; reading stops at punctuation. */
function wordsBefore(tokens: Tokens, keys: TokenKeys, first: number): string[] {
  const words: string[] = [];
  for (let k = first - 1; k >= 0 && words.length < MAX_BEFORE && joinedBySpace(tokens, k); k--) words.push(keys.get(k));
  return words;
}

/** Folded words after token `last`, nearest first; reading stops at punctuation. */
function wordsAfter(tokens: Tokens, keys: TokenKeys, last: number): string[] {
  const words: string[] = [];
  for (let k = last; k + 1 < tokens.count && words.length < MAX_AFTER && joinedBySpace(tokens, k); k++) words.push(keys.get(k + 1));
  return words;
}

/** The first non-space character after token `last`, if punctuation comes before the next word. */
function punctuationAfter(tokens: Tokens, last: number): string {
  const end = last + 1 < tokens.count ? tokens.start[last + 1]! : tokens.text.length;
  for (let i = tokens.end[last]!; i < end; i++) {
    const c = tokens.text[i]!;
    if (c !== ' ' && c !== '\u00a0' && c !== '\t') return c;
  }
  return '';
}

/** "BAGDAD (AFP) –", "Bagdad, 5 janvier –": a place name opening a line, then its source or date. */
function isDateline(tokens: Tokens, keys: TokenKeys, first: number, last: number, rules: ActorRules): boolean {
  if (!(tokens.flags[first]! & LINE_START)) return false;
  const punctuation = punctuationAfter(tokens, last);
  if (punctuation === '(' || punctuation === '–' || punctuation === '—' || punctuation === '-') return true;
  if (punctuation !== ',' || last + 1 >= tokens.count) return false;
  const next = keys.get(last + 1);
  return /^\d/.test(next) || rules.metonymy.datelineWords.has(next);
}

/** "the capital, Sanaa", "la capitale irakienne, Bagdad": the city named in apposition. */
function isCityApposition(tokens: Tokens, keys: TokenKeys, first: number, rules: ActorRules): boolean {
  const k = first - 1;
  if (k < 0 || tokens.text.slice(tokens.end[k]!, tokens.start[first]!).trim() !== ',') return false;
  const nouns = rules.metonymy.cityNouns;
  return nouns.has(keys.get(k)) || (k > 0 && joinedBySpace(tokens, k - 1) && nouns.has(keys.get(k - 1)));
}

/**
 * Reads the capital spelt by tokens `first..last` as the state or as the place. Without any sign
 * the capital reads as the state: in news on politics a bare capital is nearly always its
 * government, while the place is almost always introduced by a preposition or a noun of place.
 */
export function readMetonym(tokens: Tokens, keys: TokenKeys, first: number, last: number, rules: ActorRules): MetonymReading {
  return signOf(tokens, keys, first, last, rules, false) ?? 'state';
}

/**
 * Reads a regional government's seat ("Erbil") as its government or as the city. A regional
 * capital is named as a city far more often than a state capital is, so the government needs a
 * sign: a political noun ("le soutien d’Erbil"), a relation ("relations between Erbil and
 * Baghdad"), a possessive, or the seat as the subject of a verb ("Erbil said", "Erbil dépend").
 * "The authorities in Erbil" locates the authorities: the city.
 */
export function readRegionalMetonym(tokens: Tokens, keys: TokenKeys, first: number, last: number, rules: ActorRules): MetonymReading {
  return signOf(tokens, keys, first, last, rules, true) ?? (isSubject(tokens, keys, first, last, rules) ? 'state' : 'place');
}

/**
 * "Erbil said", "that Erbil had exported", "Erbil dépend des transferts": the name opens a clause
 * and a lowercase word that is no function word (or an auxiliary) follows.
 */
function isSubject(tokens: Tokens, keys: TokenKeys, first: number, last: number, rules: ActorRules): boolean {
  const b = wordsBefore(tokens, keys, first);
  if (b[0] !== undefined && !rules.clauseLinks.has(b[0])) return false;
  const a = wordsAfter(tokens, keys, last);
  const next = a[0];
  if (next === undefined || tokens.flags[last + 1]! & CAPITALISED) return false;
  if (rules.speechAuxiliaries.has(next) || rules.speechVerbs.has(next)) return true;
  return !rules.stopWords.has(next) && !rules.orgConnectors.has(next) && !rules.placePrepositions.has(next) && !rules.metonymy.locativeBefore.has(next);
}

/**
 * What the words around the name say: the state, the place, or nothing (undefined). `regional`
 * reads a political noun before a preposition of place as locating it ("the authorities in
 * Erbil"), not as governing it ("pressure on Erbil").
 */
function signOf(tokens: Tokens, keys: TokenKeys, first: number, last: number, rules: ActorRules, regional: boolean): MetonymReading | undefined {
  const m = rules.metonymy;
  const b = wordsBefore(tokens, keys, first);
  const a = wordsAfter(tokens, keys, last);

  if (isDateline(tokens, keys, first, last, rules) || isCityApposition(tokens, keys, first, rules)) return 'place';
  // "demander à Bagdad de travailler": a dative before an infinitive is the government.
  if (b[0] !== undefined && m.dative.has(b[0]) && a[0] !== undefined && m.dativeComplementizers.has(a[0])) {
    const verb = a[1];
    if (verb !== undefined && m.infinitiveEndings.some((e) => verb.length > e.length + 1 && verb.endsWith(e))) return 'state';
  }
  // "Baghdad’s favor" is the government's; "Baghdad’s streets" are the city's.
  if (last + 1 < tokens.count && tokens.flags[last + 1]! & POSSESSIVE) {
    return a[1] !== undefined && (m.placeNouns.has(a[1]) || m.placeAfter.has(a[1])) ? 'place' : 'state';
  }
  if (a[0] !== undefined && m.placeAfter.has(a[0])) return 'place';

  let i = 0;
  while (i < b.length && m.locativeModifiers.has(b[i]!)) i++;
  // "entre Sanaa et Amman": the second name shares the preposition of the first.
  if (b[i] !== undefined && rules.orgCoordinators.has(b[i]!) && b[i + 2] !== undefined && m.relationBefore.has(b[i + 2]!)) i += 2;
  const prep = b[i];
  if (prep === undefined) return undefined;
  const nounBefore = (k: number): string | undefined => {
    let j = k;
    while (j < b.length && rules.articles.has(b[j]!)) j++;
    return b[j];
  };
  if (m.locativeBefore.has(prep)) {
    // "la pression sur Téhéran", "pressure from Washington": a political noun governs.
    const noun = nounBefore(i + 1);
    const governs = noun !== undefined && m.politicalNouns.has(noun) && !(regional && rules.placePrepositions.has(prep));
    return governs ? 'state' : 'place';
  }
  if (m.genitiveBefore.has(prep)) {
    // "l’aéroport de Bagdad", "au nord de Bagdad", "venu de Bagdad" are places; "le soutien
    // (militaire) de Washington", "le désengagement progressif de Téhéran" the government.
    for (let k = i + 1; k < Math.min(b.length, i + 3); k++) {
      const w = b[k]!;
      if (rules.articles.has(w)) continue;
      if (m.politicalNouns.has(w)) return 'state';
      if (m.placeNouns.has(w) || m.locativeBefore.has(w) || m.motionBefore.has(w)) return 'place';
    }
    return undefined;
  }
  if (m.relationBefore.has(prep)) {
    // "les vols (commerciaux) entre Sanaa et Amman" link places; "les relations entre …" governments.
    for (let k = i + 1; k < Math.min(b.length, i + 3); k++) if (m.routeNouns.has(b[k]!)) return 'place';
    return 'state';
  }
  if (m.placeVerbsBefore.has(prep)) return 'place';
  return undefined;
}

export interface RegionalSeatInput {
  tokens: Tokens;
  keys: TokenKeys;
  rules: ActorRules;
  kb: KnowledgeBase;
  /** Mentions so far, sorted and not overlapping. */
  mentions: readonly ActorMention[];
}

/**
 * The gazetteer reads every seat of government like a state capital, the government unless the
 * words say otherwise; a regional seat read so is read again with `readRegionalMetonym`, and
 * becomes its city (the place its metonym rule names) or, without a place entry, no mention.
 */
export function placeRegionalSeats(input: RegionalSeatInput): ActorMention[] {
  const { tokens, keys, rules, kb, mentions } = input;
  if (!mentions.some(isRegionalGovernmentReading)) return [...mentions];
  const result: ActorMention[] = [];
  for (const m of mentions) {
    if (!isRegionalGovernmentReading(m)) {
      result.push(m);
      continue;
    }
    const first = tokenAtOrAfter(tokens, m.start);
    const last = Math.max(first, tokenAtOrAfter(tokens, m.end) - 1);
    if (readRegionalMetonym(tokens, keys, first, last, rules) === 'state') {
      result.push(m);
      continue;
    }
    const place = cityOf(kb, m.id, foldForComparison(tokens.text.slice(m.start, m.end)));
    if (place !== undefined) result.push({ ...m, id: place, kind: 'place', type: kb.byId.get(place)!.type, rule: 'metonymy:regional-seat' });
  }
  return result;
}

/** A seat the gazetteer gave to a government that is not a state's (a regional one). */
function isRegionalGovernmentReading(m: ActorMention): boolean {
  return m.known && m.kind !== 'state' && m.rule === 'gazetteer:metonym-state';
}

/** The place that shares the metonym `folded` with government `id`, from the base's rules. */
function cityOf(kb: KnowledgeBase, id: string, folded: string): string | undefined {
  for (const rule of kb.rules) {
    if (rule.decide !== 'metonym' || !rule.ids.includes(id) || foldForComparison(rule.alias) !== folded) continue;
    return rule.ids.find((other) => other !== id && kb.byId.get(other)?.kind === 'place');
  }
  return undefined;
}
