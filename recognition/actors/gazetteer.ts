/**
 * The gazetteer: every name, alias, case-sensitive alias, contextual alias and metonym of the
 * knowledge base, matched in one pass of an Aho–Corasick automaton fed with the folded text.
 *
 * Patterns are framed by word boundaries, so a match always starts and ends at a boundary of the
 * original text ("Iran" is not found in "Iranian" nor "EI" in "ceinture"); French elision needs
 * no rule because the apostrophe of "l’Iran" is a boundary and stays outside the span. No match
 * runs across a quotation mark (« Mouvement de résistance islamique » en Irak). Of
 * overlapping matches the leftmost, then longest, wins ("Brigades du Hezbollah irakien" over
 * "Hezbollah"). Then come the conditions a match must meet (language, exact case, capital,
 * activated context) and the decisions on forms that several entries claim (rules).
 */
import type { SupportedLang } from '../types';
import type { AliasRule, KnowledgeBase, KnowledgeEntry } from '../knowledge/schema';
import { buildAutomaton, type Automaton } from './aho-corasick';
import type { ActorRules } from './locales';
import type { ActorMention } from './mention';
import { readMetonym, type MetonymReading } from './metonymy';
import { foldForComparison, isLowerCode, isUpperCode, isWordCode, originalEnd } from './normalize';
import { BoundaryScan } from './scan';
import { telltaleOf } from './forms-in-text';
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
  /** The boundary form matched by the automaton: " al amiri ". */
  key: string;
  /** Does the form span several words (then it must not run across punctuation)? */
  multiWord: boolean;
  /** Punctuation that the written forms themselves contain ("U.S.", "Washington, D.C."). */
  punctuation: string;
  /**
   * A one-word form always written with a capital: a proper name, which the text must capitalise
   * too ("Ísland" is not "island", "Amal" is not "amal"). Longer forms are exempt: French writes
   * "l’organisation Badr" for "Organisation Badr".
   */
  capitalised: boolean;
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
  /** Length of the longest pattern, in units. */
  readonly longest: number;
  /** The pass over a text, kept with the automaton: what it learns about characters stays. */
  readonly scan: BoundaryScan;
}

/** Punctuation a name may not run across unless its written form has it. */
const HARD_PUNCTUATION = ',;:!?()[]/.\n';
const HAS_HARD_PUNCTUATION = /[,;:!?()[\]/.\n]/;

/**
 * The form the automaton looks for: every character that is not part of a word becomes one
 * space, and a space closes the form on each side. Matches then start and end at word
 * boundaries by construction ("iran" is not found in "iranien", nor "ei" in "ceinture").
 */
function boundaryForm(folded: string): string {
  const words = ASCII_FOLDED.test(folded) ? folded.replace(NOT_ASCII_WORD_RUN, ' ') : folded.replace(NOT_WORD_RUN, ' ');
  return ` ${words.trim()} `;
}

/* Most folded forms are plain ASCII, where a simpler pattern does the same job faster. */
const ASCII_FOLDED = /^[\x20-\x7e]*$/;
const NOT_ASCII_WORD_RUN = /[^a-z0-9]+/g;

const NOT_WORD_RUN = /[^\p{L}\p{N}\p{M}]+/gu;
/** A capital (or a digit) as the first letter, after any quotation mark. */
const STARTS_WITH_CAPITAL = /^[^\p{L}\p{N}]*[\p{Lu}\p{Lt}\p{N}]/u;
const NO_CASE_FORMS: ReadonlyMap<string, string> = new Map();

function startsWithCapital(form: string): boolean {
  const c = form.charCodeAt(0);
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  if (c >= 0x61 && c <= 0x7a) return false;
  return STARTS_WITH_CAPITAL.test(form);
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

/** The entry's case-sensitive forms, folded, by their lowercase fold. */
function caseFormsOf(entry: KnowledgeEntry): ReadonlyMap<string, string> {
  if (entry.caseSensitive === undefined) return NO_CASE_FORMS;
  return new Map(entry.caseSensitive.map((form) => [foldForComparison(form), foldForComparison(form, { keepCase: true })]));
}

function keepAll(): boolean {
  return true;
}

/** Every surface form of an entry, with the language and conditions of its use. */
function eachForm(entry: KnowledgeEntry, visit: (form: string, lang: AliasLang, extra: Partial<AliasUse>) => void): void {
  visit(entry.name.en, 'any', {});
  visit(entry.name.fr, 'any', {});
  for (const form of entry.aliases.any ?? []) visit(form, 'any', {});
  for (const form of entry.aliases.en ?? []) visit(form, 'en', {});
  for (const form of entry.aliases.fr ?? []) visit(form, 'fr', {});
  for (const form of entry.caseSensitive ?? []) visit(form, 'any', {});
  for (const form of entry.metonyms ?? []) visit(form, 'any', { metonym: true });
  if (entry.contextual !== undefined) {
    for (const form of entry.contextual.aliases) visit(form, 'any', { when: entry.contextual.when });
  }
}

/** What every gazetteer of a base shares, whichever forms it holds: worked out once per base. */
interface BaseParts {
  demonyms: Set<string>;
  /** Alias rules by the boundary form of their alias. */
  rules: Map<string, AliasRule>;
  /** Whether `prepareBase` has worked out the telltale of every form. */
  telltalesKnown: boolean;
}
const partsByBase = new WeakMap<KnowledgeBase, BaseParts>();

function baseParts(kb: KnowledgeBase): BaseParts {
  let parts = partsByBase.get(kb);
  if (parts === undefined) {
    const rules = new Map<string, AliasRule>();
    for (const rule of kb.rules) rules.set(boundaryForm(foldForComparison(rule.alias)), rule);
    parts = { demonyms: collectDemonyms(kb), rules, telltalesKnown: false };
    partsByBase.set(kb, parts);
  }
  return parts;
}

/**
 * Works out, ahead of the first gazetteer, what the base's gazetteers share (see
 * `buildGazetteer`) and the telltale of every form (see forms-in-text.ts).
 */
export function prepareBase(kb: KnowledgeBase): void {
  const parts = baseParts(kb);
  if (parts.telltalesKnown) return;
  for (const entry of kb.entries) eachForm(entry, (form) => telltaleOf(form));
  parts.telltalesKnown = true;
}

/**
 * Builds the gazetteer of a knowledge base: collects and folds every surface form, merges the
 * claims of several entries on one form, and builds the automaton. Linear in the size of the base.
 * `keep` leaves out forms that cannot occur where the gazetteer will be used (see forms-in-text.ts).
 */
export function buildGazetteer(kb: KnowledgeBase, keep: (form: string) => boolean = keepAll): Gazetteer {
  const { demonyms, rules } = baseParts(kb);
  const byKey = new Map<string, Pattern>();

  const add = (entry: KnowledgeEntry, form: string, lang: AliasLang, extra: Partial<AliasUse>, caseForms: ReadonlyMap<string, string>): void => {
    const folded = foldForComparison(form);
    if (folded.length < 2 || demonyms.has(folded)) return;
    const key = boundaryForm(folded);
    let pattern = byKey.get(key);
    if (pattern === undefined) {
      const multiWord = key.indexOf(' ', 1) < key.length - 1;
      pattern = { key, multiWord, punctuation: '', capitalised: !multiWord, uses: [], rule: rules.get(key), unconditional: true, entries: [] };
      byKey.set(key, pattern);
    }
    if (pattern.capitalised && !startsWithCapital(form)) pattern.capitalised = false;
    if (HAS_HARD_PUNCTUATION.test(form)) {
      for (const c of form) if (HARD_PUNCTUATION.includes(c) && !pattern.punctuation.includes(c)) pattern.punctuation += c;
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
    // Folded only for an entry with a form kept: a text's gazetteer leaves most entries out.
    let caseForms: ReadonlyMap<string, string> | undefined;
    eachForm(entry, (form, lang, extra) => {
      if (!keep(form)) return;
      caseForms ??= caseFormsOf(entry);
      add(entry, form, lang, extra, caseForms);
    });
  }

  const patterns = [...byKey.values()];
  let longest = 0;
  for (const p of patterns) {
    p.unconditional = p.uses.every((u) => u.lang === 'any' && u.caseForm === undefined && u.when === undefined);
    p.entries = distinctEntries(p.uses);
    longest = Math.max(longest, p.key.length);
  }
  const automaton = buildAutomaton(patterns.map((p) => p.key));
  return { kb, automaton, patterns, demonyms, longest, scan: new BoundaryScan(automaton, longest) };
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
  const { automaton, patterns } = gazetteer;
  const matches = new Matches();
  // Entries named by a form that is not contextual: what activates contextual forms.
  const named = new Set<string>();
  let contextual = false;
  const { scan } = gazetteer;
  scan.run(text, (p, end) => {
    // The pattern is framed by two boundary units; the name lies between them.
    let start = scan.originOf(end - automaton.patternLength(p) + 1);
    const stop = originalEnd(text, scan.originOf(end - 2));
    const pattern = patterns[p]!;
    if (pattern.capitalised && isLowerCode(text.charCodeAt(start))) return;
    const article = gluedArticleStart(text, start, input.rules.arabicArticles);
    if (article >= 0) {
      // "Beit Al-Amal" is not the Amal movement; "al-Sistani" is Sistani, article included.
      if (capitalisedWordBefore(text, article) && !pattern.entries.some((e) => e.kind === 'person')) return;
      start = article;
    }
    if (pattern.multiWord && crossesPunctuation(text, start, stop, pattern.punctuation)) return;
    let uses: readonly AliasUse[] = pattern.uses;
    if (pattern.unconditional) {
      for (const entry of pattern.entries) named.add(entry.id);
    } else {
      uses = applicableUses(pattern, text, start, stop, lang);
      if (uses.length === 0) return;
      // « Nous construisons avec nos mains » is a quotation, « Nous construisons » the alliance.
      if (uses.every((u) => u.when !== undefined) && opensQuotation(text, start, input.rules.articles) && !closesQuotation(text, stop)) return;
      for (const u of uses) {
        if (u.when === undefined) named.add(u.entry.id);
        else contextual = true;
      }
    }
    matches.start.push(start);
    matches.end.push(stop);
    matches.pattern.push(pattern);
    matches.uses.push(uses);
  });

  // A contextual form counts only when an entry it depends on is named by other means.
  const active = (uses: readonly AliasUse[]): readonly AliasUse[] =>
    !contextual || uses.every((u) => u.when === undefined) ? uses : uses.filter((u) => u.when === undefined || u.when.some((id) => named.has(id)));
  return resolveAll(selectLeftmostLongest(matches, active), input);
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

/** Start of an Arabic article glued by a hyphen right before `start` ("al-" of "al-Sistani"), or -1. */
function gluedArticleStart(text: string, start: number, articles: ReadonlySet<string>): number {
  const hyphen = text.charCodeAt(start - 1);
  if (start < 3 || (hyphen !== 0x2d && hyphen !== 0x2010 && hyphen !== 0x2011)) return -1;
  let w = start - 1;
  while (w > 0 && isWordCode(text.charCodeAt(w - 1)) && start - w <= 4) w--;
  if (w > 0 && isWordCode(text.charCodeAt(w - 1))) return -1;
  return articles.has(text.slice(w, start - 1).toLowerCase()) ? w : -1;
}

/** A capitalised word, separated by spaces only, ends right before `at`. */
function capitalisedWordBefore(text: string, at: number): boolean {
  let i = at - 1;
  if (i < 0 || !isSpace(text[i])) return false;
  while (i >= 0 && isSpace(text[i])) i--;
  let w = i;
  while (w > 0 && isWordCode(text.charCodeAt(w - 1))) w--;
  return w <= i && isUpperCode(text.charCodeAt(w));
}

/** True when the span holds a line break or punctuation that the name's written forms lack. */
function crossesPunctuation(text: string, start: number, end: number, allowed: string): boolean {
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if ((c === '\n' || HARD_PUNCTUATION.includes(c)) && !allowed.includes(c)) return true;
  }
  return false;
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
    return exact === u.caseForm && !amongCapitals(text, start, end);
  });
}

/**
 * True when the words on both sides are written in capitals too ("WHAT IS NEXT", "UN HOMME"):
 * a case-sensitive acronym proves nothing inside a line set in capitals.
 */
function amongCapitals(text: string, start: number, end: number): boolean {
  const before = neighbourWord(text, start, -1);
  const after = neighbourWord(text, end, 1);
  if (before === undefined && after === undefined) return false;
  return (before === undefined || isCapitalsWord(before)) && (after === undefined || isCapitalsWord(after));
}

/** The word next to `from` in direction `step`, across spaces only; undefined at punctuation. */
function neighbourWord(text: string, from: number, step: 1 | -1): string | undefined {
  let i = step === 1 ? from : from - 1;
  const space = i;
  while (i >= 0 && i < text.length && isSpace(text[i])) i += step;
  if (i === space || i < 0 || i >= text.length || !isWordCode(text.charCodeAt(i))) return undefined;
  let j = i;
  while (j >= 0 && j < text.length && isWordCode(text.charCodeAt(j))) j += step;
  return step === 1 ? text.slice(i, j) : text.slice(j + 1, i + 1);
}

function isCapitalsWord(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
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
function resolveAll(selected: readonly Candidate[], input: GazetteerInput): ActorMention[] {
  // Entries named unambiguously somewhere in the article (for 'prefer' rules).
  const unambiguous = new Set<string>();
  for (const c of selected) {
    const entries = entriesOf(c);
    if (entries.length === 1 && !c.uses[0]!.metonym) unambiguous.add(entries[0]!.id);
  }
  const mentions: ActorMention[] = [];
  for (const c of selected) {
    const mention = resolve(c, input, unambiguous);
    if (mention !== undefined) mentions.push(mention);
  }
  return mentions;
}

function readCapital(c: Candidate, input: GazetteerInput): MetonymReading {
  const first = tokenAtOrAfter(input.tokens, c.start);
  const last = Math.max(first, tokenAtOrAfter(input.tokens, c.end) - 1);
  return readMetonym(input.tokens, input.keys, first, last, input.rules);
}

function mention(c: Candidate, entry: KnowledgeEntry, rule: string, input: GazetteerInput): ActorMention {
  // "Le Caire", "The Netherlands": spans leave the article out (team convention).
  const start = entry.kind === 'place' || entry.kind === 'state' ? afterArticle(input.text, c.start, c.end, input.rules.articles) : c.start;
  return { id: entry.id, start, end: c.end, kind: entry.kind, known: true, rule, type: entry.type };
}

/** Start of the span without a leading article ("Le Caire" → "Caire"); `start` when there is none. */
function afterArticle(text: string, start: number, end: number, articles: ReadonlySet<string>): number {
  let w = start;
  while (w < end && isWordCode(text.charCodeAt(w))) w++;
  if (w === start || w >= end || !articles.has(text.slice(start, w).toLowerCase())) return start;
  let next = w;
  if ("'’".includes(text[next]!)) next++;
  else while (next < end && isSpace(text[next])) next++;
  return next > w && next < end ? next : start;
}

function resolve(c: Candidate, input: GazetteerInput, unambiguous: ReadonlySet<string>): ActorMention | undefined {
  const entries = entriesOf(c);
  if (entries.length === 1) {
    const use = c.uses[0]!;
    if (!use.metonym) return mention(c, use.entry, use.when ? 'gazetteer:contextual' : 'gazetteer:alias', input);
    // A capital with no place entry of its own: only its use for the government is an actor.
    return readCapital(c, input) === 'state' ? mention(c, use.entry, 'gazetteer:metonym-state', input) : undefined;
  }
  const rule = c.pattern.rule;
  const isMetonymClaim =
    rule?.decide === 'metonym' ||
    (rule === undefined && c.uses.some((u) => u.metonym) && entries.some((e) => e.kind === 'state') && entries.some((e) => e.kind === 'place'));
  if (isMetonymClaim) {
    const reading = readCapital(c, input);
    // The government may be a state ("Bagdad") or a regional one ("Erbil" for the KRG).
    const entry = entries.find((e) => (reading === 'state' ? e.kind !== 'place' : e.kind === 'place'));
    return entry === undefined ? undefined : mention(c, entry, `gazetteer:metonym-${reading}`, input);
  }
  const named = entries.filter((e) => unambiguous.has(e.id));
  if (rule?.decide === 'prefer') {
    const preferred = entries.find((e) => e.id === rule.prefer);
    const other = named.find((e) => e.id !== rule.prefer);
    if (other !== undefined) return mention(c, other, 'gazetteer:prefer-named', input);
    return preferred === undefined ? undefined : mention(c, preferred, 'gazetteer:prefer', input);
  }
  // No rule (the knowledge-base check should prevent this): only an entry named elsewhere decides.
  return named.length === 1 ? mention(c, named[0]!, 'gazetteer:named-elsewhere', input) : undefined;
}
