/**
 * Coreference: partial forms that point to an actor named in full somewhere in the article,
 * before or after ("al-Amiri" → Hadi al-Amiri, "Azzouz" → Lotfi Azzouz), and acronyms the
 * article defines. A surname shared by two people named in full stays unlinked; vague phrases
 * ("le groupe", "the group") are never linked. Two linear passes over the tokens, no pairwise
 * comparison of mentions.
 */
import type { ActorRules } from './locales';
import { type AcronymDefinition, type ActorMention, MentionIndex, removeOverlaps } from './mention';
import { foldForComparison } from './normalize';
import { ALL_CAPS, CAPITALISED, ELIDED, POSSESSIVE, type TokenKeys, type Tokens, joinedBySpace, tokenAtOrAfter } from './tokens';

export interface CoreferenceInput {
  tokens: Tokens;
  keys: TokenKeys;
  rules: ActorRules;
  /** Mentions so far, sorted and not overlapping. */
  mentions: readonly ActorMention[];
  acronyms: readonly AcronymDefinition[];
}

interface Referent {
  id: string;
  known: boolean;
  type?: string;
}

/** Returns `mentions` plus the linked partial forms, with unknown surnames re-attached. */
export function linkCoreferences(input: CoreferenceInput): ActorMention[] {
  const { tokens, keys, rules } = input;
  const mentions = withNicknames(input);
  const surnames = collectSurnames({ ...input, mentions });
  const acronyms = new Map(input.acronyms.map((a) => [a.acronym, a]));
  if (surnames.size === 0 && acronyms.size === 0) return mentions;

  const unique = (key: string): Referent | undefined => {
    const referents = surnames.get(key);
    return referents !== undefined && referents.size === 1 ? referents.values().next().value : undefined;
  };

  // Unknown people found by a title alone ("le général Soleimani") join the full name; an
  // acronym the article defines names the defined actor everywhere in the article.
  const relinked = mentions.map((m) => {
    if (acronyms.size > 0 && m.end - m.start <= 6) {
      const definition = acronyms.get(tokens.text.slice(m.start, m.end));
      if (definition !== undefined && definition.id !== m.id) {
        return { ...m, id: definition.id, kind: definition.kind, known: definition.known, rule: 'coreference:acronym' };
      }
    }
    if (m.known || m.kind !== 'person') return m;
    const referent = unique(foldForComparison(tokens.text.slice(m.start, m.end)));
    return referent === undefined || referent.id === m.id ? m : { ...m, id: referent.id, known: referent.known, type: referent.type ?? m.type, rule: 'coreference:surname' };
  });

  const added: ActorMention[] = [];
  let m = 0;
  for (let i = 0; i < tokens.count; i++) {
    const s = tokens.start[i]!;
    while (m < mentions.length && mentions[m]!.end <= s) m++;
    if (m < mentions.length && mentions[m]!.start < tokens.end[i]!) continue;
    const f = tokens.flags[i]!;
    if (f & (ELIDED | POSSESSIVE)) continue;
    if (!(f & CAPITALISED)) {
      // "bin Farhan", "van Dijk": a lowercase particle that is no word of the language opens the surname.
      // The capital after it is checked first: few lowercase words have one, and folding each costs.
      if (surnames.size === 0 || i + 1 >= tokens.count || !joinedBySpace(tokens, i) || !(tokens.flags[i + 1]! & CAPITALISED)) continue;
      if (!rules.nameParticles.has(keys.get(i)) || rules.stopWords.has(keys.get(i)) || isCovered(mentions, m, tokens.end[i + 1]!)) continue;
      const referent = unique(`${keys.get(i)} ${keys.get(i + 1)}`);
      if (referent === undefined || !standsAlone(input, i, i + 1)) continue;
      added.push({ id: referent.id, start: s, end: tokens.end[i + 1]!, kind: 'person', known: referent.known, rule: 'coreference:surname', type: referent.type });
      i++;
      continue;
    }

    if (f & ALL_CAPS) {
      const definition = acronyms.get(tokens.text.slice(s, tokens.end[i]!));
      if (definition !== undefined) {
        added.push({ id: definition.id, start: s, end: tokens.end[i]!, kind: definition.kind, known: definition.known, rule: 'coreference:acronym' });
      }
      continue;
    }
    if (surnames.size === 0) continue;
    let last = i;
    let key = keys.get(i);
    // "Al Amiri", "Abi Nader": a surname of two words.
    if (rules.surnamePrefixes.has(key) && i + 1 < tokens.count && joinedBySpace(tokens, i) && tokens.flags[i + 1]! & CAPITALISED && !isCovered(mentions, m, tokens.end[i + 1]!)) {
      last = i + 1;
      key = `${key} ${keys.get(i + 1)}`;
    }
    const referent = unique(key);
    if (referent === undefined || !standsAlone(input, i, last)) continue;
    added.push({ id: referent.id, start: s, end: tokens.end[last]!, kind: 'person', known: referent.known, rule: 'coreference:surname', type: referent.type });
    i = last;
  }
  return removeOverlaps([...relinked, ...added]);
}

/**
 * "Ahmed al-Khabil, dit Abou Khawla", "Abu Bakr, also known as …": the nickname names the same
 * person, here and wherever else the article uses it.
 */
function withNicknames(input: CoreferenceInput): ActorMention[] {
  const { tokens, keys, rules, mentions } = input;
  const renamed = new Map<string, ActorMention>();
  const added: ActorMention[] = [];
  const index = new MentionIndex(mentions);
  for (const person of mentions) {
    if (person.kind !== 'person') continue;
    const last = tokenAtOrAfter(tokens, person.end) - 1;
    if (last < 0 || tokens.end[last] !== person.end || last + 1 >= tokens.count) continue;
    const gap = tokens.text.slice(person.end, tokens.start[last + 1]!).trim();
    if (gap !== ',' && gap !== '') continue;
    const nickname = afterMarker(input, last + 1);
    if (nickname < 0 || !(tokens.flags[nickname]! & CAPITALISED)) continue;
    const at = index.firstOverlap(tokens.start[nickname]!, tokens.end[nickname]!);
    const found = at >= 0 && mentions[at]!.start === tokens.start[nickname] ? mentions[at] : undefined;
    if (at >= 0 && found === undefined) continue;
    if (found !== undefined) {
      if (!found.known && found.id !== person.id) renamed.set(found.id, person);
      continue;
    }
    let end = nickname;
    while (end + 1 < tokens.count && joinedBySpace(tokens, end) && (tokens.flags[end + 1]! & CAPITALISED || rules.nameParticles.has(keys.get(end + 1)))) end++;
    added.push({ id: person.id, start: tokens.start[nickname]!, end: tokens.end[end]!, kind: 'person', known: person.known, rule: 'coreference:nickname', type: person.type });
  }
  if (renamed.size === 0 && added.length === 0) return [...mentions];
  const relinked = mentions.map((m) => {
    const person = renamed.get(m.id);
    return person === undefined ? m : { ...m, id: person.id, known: person.known, type: person.type ?? m.type, rule: 'coreference:nickname' };
  });
  return removeOverlaps([...relinked, ...added]);
}

/** Token after a nickname marker ("dit", "also known as") starting at `first`, or -1. */
function afterMarker(input: CoreferenceInput, first: number): number {
  const { tokens, keys, rules } = input;
  for (const marker of rules.nicknameMarkers) {
    let k = first;
    let ok = true;
    for (const word of marker) {
      if (k >= tokens.count || keys.get(k) !== word || (k > first && !joinedBySpace(tokens, k - 1))) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok && k < tokens.count && joinedBySpace(tokens, k - 1)) return k;
  }
  return -1;
}

function isCovered(mentions: readonly ActorMention[], from: number, end: number): boolean {
  return from < mentions.length && mentions[from]!.start < end;
}

const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/;

/**
 * Surname forms of every person named in full (two words or more): "Hadi al-Amiri" gives
 * "al amiri" and "amiri". Each form maps to every person it could name.
 */
function collectSurnames(input: CoreferenceInput): Map<string, Map<string, Referent>> {
  const { tokens, keys, rules, mentions } = input;
  const surnames = new Map<string, Map<string, Referent>>();
  const add = (key: string, m: ActorMention): void => {
    if (key.length < 3 || rules.stopWords.has(key) || rules.titles.has(key)) return;
    let referents = surnames.get(key);
    if (referents === undefined) {
      referents = new Map();
      surnames.set(key, referents);
    }
    if (!referents.has(m.id)) referents.set(m.id, { id: m.id, known: m.known, type: m.type });
  };
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const first = tokenAtOrAfter(tokens, m.start);
    let last = tokenAtOrAfter(tokens, m.end) - 1;
    // "Abdullah II": a regnal number is not a surname; the name before it is what stands alone.
    if (last > first && ROMAN_NUMERAL.test(tokens.text.slice(tokens.start[last]!, tokens.end[last]!))) {
      last--;
      add(keys.get(last), m);
      continue;
    }
    if (last <= first) continue;
    const surname = keys.get(last);
    add(surname, m);
    const space = surname.indexOf(' ');
    if (space > 0 && rules.nameParticles.has(surname.slice(0, space))) add(surname.slice(space + 1), m);
    const before = keys.get(last - 1);
    if (last - 1 > first && rules.surnamePrefixes.has(before)) add(`${before} ${surname}`, m);
  }
  return surnames;
}

/**
 * A surname alone, not the end or start of another capitalised name ("Saddam Hussein" must not
 * link to "Fouad Hussein"); a title before it is fine ("Prime Minister Kadhimi").
 */
function standsAlone(input: CoreferenceInput, first: number, last: number): boolean {
  const { tokens, keys, rules } = input;
  const isOtherName = (k: number): boolean =>
    (tokens.flags[k]! & CAPITALISED) !== 0 && !rules.titles.has(keys.get(k)) && !rules.stopWords.has(keys.get(k));
  if (first > 0 && joinedBySpace(tokens, first - 1) && isOtherName(first - 1)) return false;
  if (last + 1 < tokens.count && joinedBySpace(tokens, last) && isOtherName(last + 1)) return false;
  return true;
}
