/**
 * What the article itself says of an actor: an apposition after the name ("Lotfi Azzouz,
 * Tunisia country director for Amnesty International, said"), a role before it ("le Premier
 * ministre irakien Mustafa Al-Kadhimi"), or else the first sentence naming it.
 */
import type { ActorRules } from './locales';
import { type ActorMention, MentionIndex } from './mention';
import { endsWithAny } from './locales';
import { pluralPossessiveAfter } from './evidence';
import { CAPITALISED, POSSESSIVE, type TokenKeys, type Tokens, joinedBySpace, sentenceAround, tokenAtOrAfter } from './tokens';

export interface AppositionInput {
  tokens: Tokens;
  keys: TokenKeys;
  rules: ActorRules;
  /** All mentions, sorted and not overlapping. */
  mentions: readonly ActorMention[];
  /** Folded demonyms of the knowledge base's states. */
  demonyms: ReadonlySet<string>;
}

const MAX_APPOSITION_TOKENS = 25;
const MAX_ROLE_TOKENS = 10;
const MAX_SENTENCE_CHARS = 200;
const MAX_MENTIONS_TRIED = 12;
/** How far into an apposition its possessor may end ("the Islamic Resistance in Iraq’s"). */
const MAX_POSSESSOR_TOKENS = 6;
/** Words that can open a role before a name only as part of it ("de la Force Al-Qods"). */
const ROLE_CONNECTORS = new Set(['de', 'du', 'des', 'd', 'of', 'for']);

/** `articleSays` of every actor, by id. */
export function describeActors(input: AppositionInput): Map<string, string> {
  const byActor = new Map<string, ActorMention[]>();
  for (const m of input.mentions) {
    const list = byActor.get(m.id);
    if (list === undefined) byActor.set(m.id, [m]);
    else list.push(m);
  }
  const says = new Map<string, string>();
  const index = new MentionIndex(input.mentions);
  for (const [id, mentions] of byActor) {
    let found: string | undefined;
    // Appositions come with the first mentions; looking further only costs time on long pages.
    for (const m of mentions.slice(0, MAX_MENTIONS_TRIED)) {
      if (m.kind === 'place' || m.kind === 'state') break;
      found = appositionAfter(input, m) ?? roleBefore(input, m, index);
      if (found !== undefined) break;
    }
    says.set(id, found ?? firstSentence(input.tokens, mentions[0]!));
  }
  return says;
}

/** True when only spaces and exactly one comma separate token `i` from the next. */
function commaAfter(tokens: Tokens, i: number): boolean {
  if (i + 1 >= tokens.count) return false;
  const gap = tokens.text.slice(tokens.end[i]!, tokens.start[i + 1]!);
  return gap.trim() === ',';
}

/** "X, directeur de …, a déclaré": the phrase between the commas. */
function appositionAfter(input: AppositionInput, m: ActorMention): string | undefined {
  const { tokens, keys, rules } = input;
  const last = tokenAtOrAfter(tokens, m.end) - 1;
  if (last < 0 || tokens.end[last] !== m.end || !commaAfter(tokens, last)) return undefined;
  const first = last + 1;
  const firstKey = keys.get(first);
  if (rules.clauseBreakers.has(firstKey) || rules.speechVerbs.has(firstKey) || rules.speechAuxiliaries.has(firstKey)) return undefined;
  let end = -1;
  let closedByComma = false;
  for (let k = first; k < Math.min(tokens.count, first + MAX_APPOSITION_TOKENS); k++) {
    const key = keys.get(k);
    // A verb ends the phrase; "States" of "the United States’ envoy" is a name.
    if (k > first && !(tokens.flags[k]! & CAPITALISED) && (rules.speechVerbs.has(key) || rules.speechAuxiliaries.has(key))) return undefined;
    if (k + 1 >= tokens.count || !(joinedBySpace(tokens, k) || pluralPossessiveAfter(tokens, k))) {
      end = k;
      closedByComma = commaAfter(tokens, k);
      break;
    }
  }
  if (end < first + 1) return undefined;
  const phraseStart = tokens.start[first]!;
  const phraseEnd = tokens.end[end]!;
  const hasTitle = containsTitle(input, first, end, 3);
  // Closed by a full stop, it must read as a role, or follow an inverted verb of speech
  // ("…, raconte Ahmed Younes, un commerçant de 54 ans.").
  if (!closedByComma && !hasTitle && !afterInvertedSpeech(input, tokenAtOrAfter(tokens, m.start)) && !opensNounPhrase(input, first, end)) return undefined;
  if (!hasTitle && !hasLowercaseContent(input, first, end)) return undefined;
  if (coveredByMentions(input.mentions, phraseStart, phraseEnd)) return undefined;
  // "Le Hezbollah, Badr et …": a phrase opening on another actor is an enumeration, not a role;
  // "Amnesty International’s Tunisia director" is a role.
  if (!hasTitle && startsWithMention(input.mentions, phraseStart) && !opensOnPossessive(input, first, end)) return undefined;
  return withoutArticle(input, first, end);
}

/** "raconte Ahmed Younes", "a déclaré Ahmed Younes", "said Ahmed Younes". */
function afterInvertedSpeech(input: AppositionInput, first: number): boolean {
  const { tokens, keys, rules } = input;
  const k = first - 1;
  if (k < 0 || !joinedBySpace(tokens, k)) return false;
  const key = keys.get(k);
  if (rules.invertedSpeechVerbs.has(key)) return true;
  return k > 0 && rules.speechVerbs.has(key) && joinedBySpace(tokens, k - 1) && rules.speechAuxiliaries.has(keys.get(k - 1));
}

/** "le Premier ministre irakien Mustafa Al-Kadhimi" or "Iraqi Prime Minister Mustafa al-Kadhimi". */
function roleBefore(input: AppositionInput, m: ActorMention, index: MentionIndex): string | undefined {
  const { tokens, keys, rules } = input;
  const first = tokenAtOrAfter(tokens, m.start);
  let k = first - 1;
  const comma = k >= 0 && commaAfter(tokens, k);
  if (k < 0 || !(joinedBySpace(tokens, k) || comma)) return undefined;
  // "commandant de la Force Al-Qods": the name is the object of the role, not its holder.
  const before = keys.get(k);
  if (ROLE_CONNECTORS.has(before) || rules.articles.has(before)) return undefined;
  // A role ends on its title, a nationality or a name ("Hezbollah leader", "ministre irakien").
  const endsRole = comma || rules.titles.has(before) || isDemonym(input, before) || (tokens.flags[k]! & CAPITALISED) !== 0;
  if (!endsRole) return undefined;
  let start = first;
  for (let steps = 0; k >= 0 && steps < MAX_ROLE_TOKENS; steps++, k--) {
    const key = keys.get(k);
    // Another person's name is not part of this one's role.
    const other = index.firstOverlap(tokens.start[k]!, tokens.end[k]!);
    if (other >= 0 && index.mentions[other]!.kind === 'person') break;
    if (ROLE_CONNECTORS.has(key)) {
      start = k;
    } else if (rules.articles.has(key)) {
      // An article belongs to the role only after "de"/"of": "de la Force Al-Qods".
      if (k > 0 && joinedBySpace(tokens, k - 1) && ROLE_CONNECTORS.has(keys.get(k - 1))) start = k;
      else break;
    } else if (rules.stopWords.has(key) || rules.clauseBreakers.has(key) || rules.speechVerbs.has(key)) {
      break;
    } else {
      start = k;
    }
    if (k === 0 || !joinedBySpace(tokens, k - 1)) break;
  }
  while (start < first && ROLE_CONNECTORS.has(keys.get(start))) start++;
  if (start >= first || !containsTitle(input, start, first - 1, 3)) return undefined;
  const end = first - 1;
  return tokens.text.slice(tokens.start[start]!, tokens.end[end]!);
}

/** "the alliance of Shiite parties…", "une coalition de partis…": an article, then a common noun. */
function opensNounPhrase(input: AppositionInput, first: number, last: number): boolean {
  return first < last && input.rules.determiners.has(input.keys.get(first)) && !(input.tokens.flags[first + 1]! & CAPITALISED);
}

function isDemonym(input: AppositionInput, key: string): boolean {
  return input.demonyms.has(key) || input.rules.groupAdjectives.has(key) || endsWithAny(key, input.rules.demonymSuffixes);
}

function containsTitle(input: AppositionInput, first: number, last: number, within: number): boolean {
  for (let k = first; k <= Math.min(last, first + within - 1); k++) if (input.rules.titles.has(input.keys.get(k))) return true;
  return false;
}

function hasLowercaseContent(input: AppositionInput, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    if (!(input.tokens.flags[k]! & CAPITALISED) && !input.rules.stopWords.has(input.keys.get(k))) return true;
  }
  return false;
}

/** True when every word of [start, end) lies inside some mention (an enumeration of actors). */
function coveredByMentions(mentions: readonly ActorMention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const m = mentions[lo];
  return m !== undefined && m.start <= start && m.end >= end;
}

function startsWithMention(mentions: readonly ActorMention[], start: number): boolean {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return mentions[lo]?.start === start;
}

/** "Amnesty International’s …", "the rebels’ …": a possessive within the first words of the phrase. */
function opensOnPossessive(input: AppositionInput, first: number, last: number): boolean {
  const { tokens } = input;
  for (let k = first; k <= Math.min(last, first + MAX_POSSESSOR_TOKENS); k++) {
    if (tokens.flags[k]! & POSSESSIVE || (k < last && pluralPossessiveAfter(tokens, k))) return true;
  }
  return false;
}

/** The phrase without its opening article ("the oldest of …"), kept before a possessor ("the group’s negotiator"). */
function withoutArticle(input: AppositionInput, first: number, last: number): string {
  const { tokens, keys, rules } = input;
  const drop = rules.determiners.has(keys.get(first)) && first < last && !opensOnPossessive(input, first + 1, last);
  const start = drop ? first + 1 : first;
  return tokens.text.slice(tokens.start[start]!, tokens.end[last]!);
}

/** The first sentence naming the actor, whitespace collapsed, cut around the mention if long. */
function firstSentence(tokens: Tokens, m: ActorMention): string {
  const { start, end } = sentenceAround(tokens, m.start);
  let from = start;
  let to = end;
  if (to - from > MAX_SENTENCE_CHARS) {
    from = Math.max(start, Math.min(m.start - 60, end - MAX_SENTENCE_CHARS));
    to = Math.min(end, from + MAX_SENTENCE_CHARS);
  }
  // Cut at word boundaries: start and end on tokens.
  const firstToken = tokenAtOrAfter(tokens, from);
  const lastToken = tokenAtOrAfter(tokens, to) - 1;
  let a = firstToken < tokens.count ? Math.min(tokens.start[firstToken]!, m.start) : m.start;
  // Keep the opening quotation mark of a sentence that is a quotation.
  if (a === start && a > 0) {
    let q = a - 1;
    while (q > 0 && tokens.text[q] === ' ') q--;
    if ('«“"'.includes(tokens.text[q]!)) a = q;
  }
  let b = lastToken >= 0 ? Math.max(tokens.end[lastToken]!, m.end) : m.end;
  if (to === end) b = Math.max(b, trimEnd(tokens.text, end));
  const text = tokens.text.slice(a, b).replace(/\s+/g, ' ').trim();
  return `${a > start ? '…' : ''}${text}${b < trimEnd(tokens.text, end) ? '…' : ''}`;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}
