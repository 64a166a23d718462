/**
 * The gazetteer: every name, alias, case-sensitive alias, contextual alias and metonym of the
 * knowledge base, matched in one pass of an Aho–Corasick automaton over the folded text.
 *
 * A match counts only at word boundaries of the original text (so "Iran" is not found in
 * "Iranian" nor "EI" in "ceinture"); French elision needs no rule because the apostrophe of
 * "l’Iran" is a boundary and stays outside the span. Of overlapping matches the leftmost, then
 * longest, wins ("Brigades du Hezbollah irakien" over "Hezbollah").
 */
import type { SupportedLang } from '../types';
import type { AliasRule, KnowledgeBase, KnowledgeEntry } from '../knowledge/schema';
import { buildAutomaton, type Automaton } from './aho-corasick';
import type { ActorRules } from './locales';
import type { ActorMention } from './mention';
import { readMetonym, type MetonymReading } from './metonymy';
import { foldForComparison, foldText, isWordCode, originalEnd } from './normalize';
import { tokenAtOrAfter, type TokenKeys, type Tokens } from './tokens';

/** Language an alias is written in; `any` aliases (and names) are matched in every article. */
type AliasLang = 'en' | 'fr' | 'any';

/** One entry's claim on a folded alias. */
interface AliasUse {
  entry: KnowledgeEntry;
  lang: AliasLang;
  /** Exact-case fold the original text must have (aliases such as "EI"). */
  caseForm?: string;
  /** Contextual alias: the ids of which one must be mentioned elsewhere in the article. */
  when?: readonly string[];
  /** The alias is one of the state's metonyms (its capital): state or place depends on context. */
  metonym: boolean;
}

interface Pattern {
  folded: string;
  uses: AliasUse[];
  rule?: AliasRule;
  /** Every use applies in every article, without case or context condition. */
  unconditional: boolean;
  /** Distinct entries claiming the form. */
  entries: KnowledgeEntry[];
}

export interface Gazetteer {
  readonly kb: KnowledgeBase;
  readonly automaton: Automaton;
  readonly patterns: readonly Pattern[];
  /** Folded demonyms and adjectives of nationality of every state (never actors). */
  readonly demonyms: ReadonlySet<string>;
}

/** Folded demonyms of every entry, with their plural forms ("Irakien" → "irakiens"). */
function collectDemonyms(kb: KnowledgeBase): Set<string> {
  const demonyms = new Set<string>();
  for (const entry of kb.entries) {
    for (const d of entry.demonyms ?? []) {
      const f = foldForComparison(d);
      if (f.length === 0) continue;
      demonyms.add(f);
      demonyms.add(f.endsWith('s') ? f : `${f}s`);
    }
  }
  return demonyms;
}

/**
 * Builds the gazetteer of a knowledge base: collects and folds every surface form, merges the
 * claims of several entries on one form, and builds the automaton. Linear in the size of the base.
 */
export function buildGazetteer(kb: KnowledgeBase): Gazetteer {
  const demonyms = collectDemonyms(kb);
  const byFolded = new Map<string, Pattern>();
  const rules = new Map<string, AliasRule>();
  for (const rule of kb.rules) rules.set(foldForComparison(rule.alias), rule);

  const add = (entry: KnowledgeEntry, form: string, lang: AliasLang, extra: Partial<AliasUse>, caseForms: Map<string, string>): void => {
    const folded = foldForComparison(form);
    if (folded.length < 2 || demonyms.has(folded)) return;
    let pattern = byFolded.get(folded);
    if (pattern === undefined) {
      pattern = { folded, uses: [], rule: rules.get(folded), unconditional: true, entries: [] };
      byFolded.set(folded, pattern);
    }
    const caseForm = caseForms.get(folded);
    const existing = pattern.uses.find((u) => u.entry === entry);
    if (existing === undefined) {
      pattern.uses.push({ entry, lang, caseForm, when: extra.when, metonym: extra.metonym === true });
      return;
    }
    // The same entry lists the form twice: keep the most permissive reading.
    if (existing.lang !== lang) existing.lang = 'any';
    if (extra.when === undefined) existing.when = undefined;
    if (extra.metonym !== true) existing.metonym = false;
  };

  for (const entry of kb.entries) {
    const caseForms = new Map<string, string>();
    for (const form of entry.caseSensitive ?? []) caseForms.set(foldForComparison(form), foldForComparison(form, { keepCase: true }));
    add(entry, entry.name.en, 'any', {}, caseForms);
    add(entry, entry.name.fr, 'any', {}, caseForms);
    for (const form of entry.aliases.any ?? []) add(entry, form, 'any', {}, caseForms);
    for (const form of entry.aliases.en ?? []) add(entry, form, 'en', {}, caseForms);
    for (const form of entry.aliases.fr ?? []) add(entry, form, 'fr', {}, caseForms);
    for (const form of entry.caseSensitive ?? []) add(entry, form, 'any', {}, caseForms);
    for (const form of entry.metonyms ?? []) add(entry, form, 'any', { metonym: true }, caseForms);
    if (entry.contextual !== undefined) {
      for (const form of entry.contextual.aliases) add(entry, form, 'any', { when: entry.contextual.when }, caseForms);
    }
  }

  const patterns = [...byFolded.values()];
  for (const p of patterns) {
    p.unconditional = p.uses.every((u) => u.lang === 'any' && u.caseForm === undefined && u.when === undefined);
    p.entries = distinctEntries(p.uses);
  }
  return { kb, automaton: buildAutomaton(patterns.map((p) => p.folded)), patterns, demonyms };
}

/** A selected match: its span, its pattern and the claims on it that apply in this article. */
interface Candidate {
  start: number;
  end: number;
  pattern: Pattern;
  uses: readonly AliasUse[];
}

function distinctEntries(uses: readonly AliasUse[]): KnowledgeEntry[] {
  const entries: KnowledgeEntry[] = [];
  for (const u of uses) if (!entries.includes(u.entry)) entries.push(u.entry);
  return entries;
}

export interface GazetteerInput {
  text: string;
  lang: SupportedLang | null;
  rules: ActorRules;
  tokens: Tokens;
  keys: TokenKeys;
}

/** Raw matches in parallel arrays, in the order the automaton reports them (by end). */
class Matches {
  start: number[] = [];
  end: number[] = [];
  pattern: Pattern[] = [];
  /** The uses that apply, when a pattern's conditions removed some of them. */
  uses: (readonly AliasUse[])[] = [];
  get count(): number {
    return this.start.length;
  }
}

/** Finds every knowledge-base actor in `text`; mentions are sorted and never overlap. */
export function matchGazetteer(gazetteer: Gazetteer, input: GazetteerInput): ActorMention[] {
  const { text, lang } = input;
  const folded = foldText(text);
  const { origin } = folded;
  const { automaton, patterns } = gazetteer;
  const n = text.length;
  const matches = new Matches();
  let contextual = false;
  automaton.search(folded.codes, folded.length, (p, end) => {
    const start = origin[end - automaton.patternLength(p)]!;
    if (start > 0 && isWordCode(text.charCodeAt(start - 1))) return;
    const stop = originalEnd(text, origin[end - 1]!);
    if (stop < n && isWordCode(text.charCodeAt(stop))) return;
    const pattern = patterns[p]!;
    let uses: readonly AliasUse[] = pattern.uses;
    if (!pattern.unconditional) {
      uses = applicableUses(pattern, text, start, stop, lang);
      if (uses.length === 0) return;
      // « Nous construisons avec nos mains » is a quotation, « Nous construisons » the alliance.
      if (uses.every((u) => u.when !== undefined) && opensQuotation(text, start, input.rules.articles) && !closesQuotation(text, stop)) return;
      if (uses.some((u) => u.when !== undefined)) contextual = true;
    }
    matches.start.push(start);
    matches.end.push(stop);
    matches.pattern.push(pattern);
    matches.uses.push(uses);
  });

  const always = (uses: readonly AliasUse[]): readonly AliasUse[] => (uses.every((u) => u.when === undefined) ? uses : uses.filter((u) => u.when === undefined));
  const readings = new Map<number, MetonymReading>();
  const mentions = resolveAll(selectLeftmostLongest(matches, always), input, readings);
  if (!contextual) return mentions;
  // Contextual aliases count once an entry they depend on is mentioned by other means.
  const mentioned = new Set(mentions.map((m) => m.id));
  const active = (uses: readonly AliasUse[]): readonly AliasUse[] =>
    uses.every((u) => u.when === undefined) ? uses : uses.filter((u) => u.when === undefined || u.when.some((id) => mentioned.has(id)));
  if (!matches.uses.some((uses) => uses.some((u) => u.when?.some((id) => mentioned.has(id))))) return mentions;
  return resolveAll(selectLeftmostLongest(matches, active), input, readings);
}

const OPENING_QUOTES = '«“"„‹';
const CLOSING_QUOTES = '»”"‟›';

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u202f';
}

/** An opening quotation mark right before `start`, or before an article ("« la police …"). */
function opensQuotation(text: string, start: number, articles: ReadonlySet<string>): boolean {
  let i = start - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  if (i >= 0 && OPENING_QUOTES.includes(text[i]!)) return true;
  // Step over one article, elided ("l’") or not ("la"), then look again.
  if (i >= 0 && "'’".includes(text[i]!)) i--;
  let w = i;
  while (w >= 0 && isWordCode(text.charCodeAt(w))) w--;
  if (w === i || !articles.has(foldForComparison(text.slice(w + 1, i + 1)))) return false;
  while (w >= 0 && isSpace(text[w])) w--;
  return w >= 0 && OPENING_QUOTES.includes(text[w]!);
}

function closesQuotation(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpace(text[i])) i++;
  return i < text.length && CLOSING_QUOTES.includes(text[i]!);
}

/** The uses of a conditional pattern that apply here: right language, exact case if required. */
function applicableUses(pattern: Pattern, text: string, start: number, end: number, lang: SupportedLang | null): readonly AliasUse[] {
  let exact: string | undefined;
  return pattern.uses.filter((u) => {
    if (u.lang !== 'any' && lang !== null && u.lang !== lang) return false;
    if (u.caseForm === undefined) return true;
    // Most occurrences of a case-sensitive form ("un", "is") differ at the first letter.
    if (text[start] !== u.caseForm[0] && foldForComparison(text[start]!, { keepCase: true }) !== u.caseForm[0]) return false;
    exact ??= foldForComparison(text.slice(start, end), { keepCase: true });
    return exact === u.caseForm;
  });
}

/**
 * Of overlapping matches, the leftmost, then the longest. `filter` gives the uses that count
 * in this pass; matches left with none are ignored. Matches arrive sorted by end, so sorting
 * them by start is an insertion sort over a nearly sorted list: linear unless matches overlap.
 */
function selectLeftmostLongest(matches: Matches, filter: (uses: readonly AliasUse[]) => readonly AliasUse[]): Candidate[] {
  const order: number[] = [];
  const uses: (readonly AliasUse[])[] = [];
  for (let i = 0; i < matches.count; i++) {
    const applying = filter(matches.uses[i]!);
    uses.push(applying);
    if (applying.length > 0) order.push(i);
  }
  const before = (a: number, b: number): boolean =>
    matches.start[a]! < matches.start[b]! || (matches.start[a] === matches.start[b] && matches.end[a]! > matches.end[b]!);
  for (let k = 1; k < order.length; k++) {
    const item = order[k]!;
    let j = k - 1;
    while (j >= 0 && before(item, order[j]!)) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = item;
  }
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const i of order) {
    if (matches.start[i]! >= lastEnd) {
      kept.push({ start: matches.start[i]!, end: matches.end[i]!, pattern: matches.pattern[i]!, uses: uses[i]! });
      lastEnd = matches.end[i]!;
    }
  }
  return kept;
}

function entriesOf(c: Candidate): KnowledgeEntry[] {
  return c.uses === c.pattern.uses ? c.pattern.entries : distinctEntries(c.uses);
}

/** Turns selected candidates into mentions, deciding the forms that several entries claim. */
function resolveAll(selected: readonly Candidate[], input: GazetteerInput, readings: Map<number, MetonymReading>): ActorMention[] {
  // Entries named unambiguously somewhere in the article (for 'prefer' rules).
  const unambiguous = new Set<string>();
  for (const c of selected) {
    const entries = entriesOf(c);
    if (entries.length === 1 && !c.uses[0]!.metonym) unambiguous.add(entries[0]!.id);
  }
  const mentions: ActorMention[] = [];
  for (const c of selected) {
    const resolved = resolve(c, input, unambiguous, readings);
    if (resolved === undefined) continue;
    mentions.push({ id: resolved.entry.id, start: c.start, end: c.end, kind: resolved.entry.kind, known: true, rule: resolved.rule, type: resolved.entry.type });
  }
  return mentions;
}

/** State or place; `readings` keeps the answer by start offset for the second pass. */
function readCapital(c: Candidate, input: GazetteerInput, readings: Map<number, MetonymReading>): MetonymReading {
  let reading = readings.get(c.start);
  if (reading === undefined) {
    const first = tokenAtOrAfter(input.tokens, c.start);
    const last = Math.max(first, tokenAtOrAfter(input.tokens, c.end) - 1);
    reading = readMetonym(input.tokens, input.keys, first, last, input.rules);
    readings.set(c.start, reading);
  }
  return reading;
}

function resolve(
  c: Candidate,
  input: GazetteerInput,
  unambiguous: ReadonlySet<string>,
  readings: Map<number, MetonymReading>,
): { entry: KnowledgeEntry; rule: string } | undefined {
  const entries = entriesOf(c);
  if (entries.length === 1) {
    const use = c.uses[0]!;
    if (!use.metonym) return { entry: use.entry, rule: use.when ? 'gazetteer:contextual' : 'gazetteer:alias' };
    // A capital with no place entry of its own: only its use for the government is an actor.
    return readCapital(c, input, readings) === 'state' ? { entry: use.entry, rule: 'gazetteer:metonym-state' } : undefined;
  }
  const rule = c.pattern.rule;
  const isMetonymClaim = rule?.decide === 'metonym' || (rule === undefined && c.uses.some((u) => u.metonym) && entries.some((e) => e.kind === 'state') && entries.some((e) => e.kind === 'place'));
  if (isMetonymClaim) {
    const reading = readCapital(c, input, readings);
    const entry = entries.find((e) => (reading === 'state' ? e.kind === 'state' : e.kind !== 'state'));
    return entry === undefined ? undefined : { entry, rule: `gazetteer:metonym-${reading}` };
  }
  const named = entries.filter((e) => unambiguous.has(e.id));
  if (rule?.decide === 'prefer') {
    const preferred = entries.find((e) => e.id === rule.prefer);
    const other = named.find((e) => e.id !== rule.prefer);
    if (other !== undefined) return { entry: other, rule: 'gazetteer:prefer-named' };
    return preferred === undefined ? undefined : { entry: preferred, rule: 'gazetteer:prefer' };
  }
  // No rule (the knowledge-base check should prevent this): only an entry named elsewhere decides.
  return named.length === 1 ? { entry: named[0]!, rule: 'gazetteer:named-elsewhere' } : undefined;
}
