/**
 * Actors that are not in the knowledge base: runs of capitalised words, with name particles
 * (al-, bin, Abu…), organisation patterns ("Brigades …", "Conseil de sécurité", "… Council")
 * and place patterns ("Mer Morte", "Allenby Bridge").
 *
 * Precision matters more than recall here: a run becomes an actor only with evidence (see
 * `evidence.ts`): a title, a verb of speech, a role in apposition, a known first name or a kunya
 * for a person; an organisation word, a noun that announces it or an apposition for an
 * organisation; a preposition or noun of place for a place. Everything else is dropped, unless
 * the same name has evidence elsewhere in the article. Sentence-initial ordinary words,
 * nationality adjectives, page chrome and title-case headlines are never flagged.
 */
import type { ActorKind } from '../types';
import { endsWithAny, type ActorRules } from './locales';
import { businessEvidence, employerBefore, orgApposition, orgNounBefore, placeApposition, placeEvidence, roleApposition, speechAfter, speechBefore, titleBefore } from './evidence';
import { type ActorMention, MentionIndex, removeOverlaps, unknownId } from './mention';
import { foldForComparison } from './normalize';
import { ALL_CAPS, CAPITALISED, ELIDED, LINE_START, POSSESSIVE, QUOTE_START, SENTENCE_START, type TokenView, type Tokens, tokenAtOrAfter } from './tokens';

export interface ProperNounInput {
  view: TokenView;
  rules: ActorRules;
  /** Knowledge-base mentions, sorted and not overlapping. */
  known: readonly ActorMention[];
  /** Folded demonyms of the knowledge base's states. */
  demonyms: ReadonlySet<string>;
}

/** A span of tokens judged to be an actor, or waiting for evidence found elsewhere. */
interface Piece {
  first: number;
  last: number;
  kind?: ActorKind;
  type?: string;
  rule?: string;
  /** A place only by a bare preposition ("à", "in", "at"): other evidence for the name wins. */
  weak?: boolean;
  /** Offsets of a name that is only part of a token ("Amazon" in "Amazon-owned"). */
  chars?: { start: number; end: number };
}

const MAX_ORG_TOKENS = 12;

/**
 * Finds actors outside the knowledge base; returns them with the knowledge-base mentions (minus
 * those inside a longer organisation name), sorted and not overlapping. Linear in the tokens.
 */
export function findProperNouns(input: ProperNounInput): ActorMention[] {
  const released = statesBeforeSurnames(input);
  if (released.size === 0) return new ProperNounFinder(input).run();
  const found = new ProperNounFinder({ ...input, known: input.known.filter((m) => !released.has(m)) }).run();
  // A released state that no name took back ("Chad Basin" with no evidence) is the state after all.
  const index = new MentionIndex(found);
  return removeOverlaps([...found, ...[...released].filter((m) => !index.overlaps(m.start, m.end))]);
}

/**
 * "Jordan Bardella", "Israel Kamakawiwo’ole", "Chad Smith": a state whose name is also a first
 * name, written right before a capitalised word that can be a surname, is given back to the
 * finder, which judges the whole name with the usual evidence. Not after a preposition of place
 * ("in Jordan Tuesday"), nor before a title ("Jordan King Abdullah") or a word of an
 * organisation or place name ("Jordan Times", "Chad Basin"), nor before another known actor.
 */
function statesBeforeSurnames(input: ProperNounInput): Set<ActorMention> {
  const { view, rules, known } = input;
  const t = view.tokens;
  const released = new Set<ActorMention>();
  known.forEach((m, k) => {
    if (m.kind !== 'state') return;
    const i = tokenAtOrAfter(t, m.start);
    if (i + 1 >= t.count || t.start[i] !== m.start || t.end[i] !== m.end || !rules.firstNames.has(view.key(i)) || !view.joined(i)) return;
    if (i > 0 && view.joined(i - 1) && (rules.placePrepositions.has(view.key(i - 1)) || rules.metonymy.locativeBefore.has(view.key(i - 1)))) return;
    const next = i + 1;
    const f = view.flags(next);
    if (!(f & CAPITALISED) || f & (ALL_CAPS | ELIDED | POSSESSIVE)) return;
    // Known mentions are sorted: only the one after `m` can hold the next word.
    if (k + 1 < known.length && known[k + 1]!.start < t.end[next]!) return;
    const key = view.key(next);
    if (input.demonyms.has(key) || SURNAME_BLOCKERS.some((list) => rules[list].has(key))) return;
    released.add(m);
  });
  return released;
}

/** Word lists whose words are no surname. */
const SURNAME_BLOCKERS = ['stopWords', 'titles', 'notPersonWords', 'orgHeads', 'orgTails', 'companyTails', 'placeHeads', 'placeTails', 'groupAdjectives', 'chrome'] as const;

class ProperNounFinder {
  private readonly t: Tokens;
  private readonly view: TokenView;
  private readonly rules: ActorRules;
  private readonly covered: Uint8Array;
  private readonly skip: Uint8Array;
  private readonly knownIndex: MentionIndex;
  private capitalised: Map<string, number> | undefined;
  private capitalisedInside: Map<string, number> | undefined;
  private lowercase: Map<string, number> | undefined;
  private readonly pieces: Piece[] = [];
  /** Folded names by surface form: a page repeats its names. */
  private readonly spanKeys = new Map<string, string>();

  constructor(private readonly input: ProperNounInput) {
    this.view = input.view;
    this.t = input.view.tokens;
    this.rules = input.rules;
    this.knownIndex = new MentionIndex(input.known);
    this.covered = coverage(this.t, input.known);
    this.skip = this.linesToSkip();
  }

  run(): ActorMention[] {
    const count = this.t.count;
    for (let i = 0; i < count; i++) {
      if (!this.isNameToken(i)) continue;
      const last = this.buildRun(i);
      i = Math.max(i, this.processRun(i, last));
    }
    const found = this.confirmPieces();
    // Organisation names that contain a known actor ("Conseil de sécurité de l’ONU") replace it.
    const orgIndex = new MentionIndex(removeOverlaps(found.filter((m) => m.kind === 'organization')));
    const known = this.input.known.filter((m) => !orgIndex.overlaps(m.start, m.end));
    return removeOverlaps([...known, ...found]);
  }

  // ---- tokens -------------------------------------------------------------------------------

  private key(i: number): string {
    return this.view.key(i);
  }

  private flags(i: number): number {
    return this.view.flags(i);
  }

  /** A capitalised word outside any known mention, headline or chrome line. */
  private isNameToken(i: number): boolean {
    const f = this.flags(i);
    return (f & CAPITALISED) !== 0 && (f & (ELIDED | POSSESSIVE | ALL_CAPS)) === 0 && this.covered[i] === 0 && this.skip[i] === 0;
  }

  /** "Fayçal II", "Abdullah II": a Roman numeral continues a name. */
  private isRegnalNumber(i: number): boolean {
    return i < this.t.count && !this.covered[i] && ROMAN_NUMERAL.test(this.t.text.slice(this.t.start[i]!, this.t.end[i]!));
  }

  private isConnector(i: number): boolean {
    if (this.flags(i) & (CAPITALISED | POSSESSIVE) || this.covered[i]) return false;
    const key = this.key(i);
    // A particle that is also a word of the language ("at", "as", "an") joins a name only when glued to it ("at-Tamimi").
    return (this.rules.nameParticles.has(key) && !this.rules.stopWords.has(key)) || this.rules.orgConnectors.has(key);
  }

  private joined(i: number): boolean {
    return this.view.joined(i);
  }

  private isSentenceInitial(i: number): boolean {
    return this.view.isSentenceInitial(i) && !this.afterClosingQuote(i);
  }

  /** `"…," Sarmad`, `« … », Karim`: a closing quotation mark with its comma goes on with the sentence. */
  private afterClosingQuote(i: number): boolean {
    if (i === 0) return false;
    const written = this.t.text.slice(this.t.end[i - 1]!, this.t.start[i]!);
    // Most sentences start after a full stop: no comma, nothing more to look at.
    if (!written.includes(',')) return false;
    const gap = written.replace(/\s+/g, '');
    return gap.length === 2 && gap.includes(',') && CLOSING_QUOTE_MARKS.includes(gap.replace(',', ''));
  }

  private isDemonym(i: number): boolean {
    const key = this.key(i);
    if (this.input.demonyms.has(key) || this.rules.groupAdjectives.has(key)) return true;
    if (!endsWithAny(key, this.rules.demonymSuffixes)) return false;
    // Capitalised singulars ending like demonyms are often first names (Fabienne, Julien).
    return (this.flags(i) & CAPITALISED) === 0 || (key.endsWith('s') && !this.rules.firstNames.has(key));
  }

  private isCapitalisedElsewhere(key: string): boolean {
    return this.capitalisedCount(key, true) > 0;
  }

  /**
   * How often the word is written with a capital: `inside` counts only the occurrences inside a
   * sentence (where a capital means a name), otherwise sentence starts count too.
   */
  private capitalisedCount(key: string, inside = false): number {
    if (this.capitalised === undefined) {
      this.capitalised = new Map();
      this.capitalisedInside = new Map();
      for (let i = 0; i < this.t.count; i++) {
        const f = this.flags(i);
        if (!(f & CAPITALISED) || f & ELIDED) continue;
        const k = this.key(i);
        this.capitalised.set(k, (this.capitalised.get(k) ?? 0) + 1);
        if (!(f & (SENTENCE_START | QUOTE_START | LINE_START)) || !this.isSentenceInitial(i)) this.capitalisedInside.set(k, (this.capitalisedInside.get(k) ?? 0) + 1);
      }
    }
    return (inside ? this.capitalisedInside! : this.capitalised).get(key) ?? 0;
  }

  private spanKey(first: number, last: number): string {
    const surface = this.t.text.slice(this.t.start[first]!, this.t.end[last]!);
    let key = this.spanKeys.get(surface);
    if (key === undefined) {
      key = foldForComparison(surface);
      this.spanKeys.set(surface, key);
    }
    return key;
  }

  // ---- lines --------------------------------------------------------------------------------

  /** Marks the tokens of title-case headlines and of page-chrome lines. */
  private linesToSkip(): Uint8Array {
    const t = this.t;
    const skip = new Uint8Array(t.count);
    let lineStart = 0;
    let longWords = 0;
    let capitalised = 0;
    const close = (end: number): void => {
      if (end <= lineStart) return;
      // A headline: mostly capitalised words, short, and no full stop at its end.
      const last = t.end[end - 1]!;
      const endsSentence = /^[\s»”"’)]*[.!?…]/.test(t.text.slice(last, last + 4));
      const headline = !endsSentence && end - lineStart <= 25 && longWords >= 5 && capitalised >= 0.8 * longWords;
      const chrome = end - lineStart <= 6 && this.rules.chrome.has(foldForComparison(t.text.slice(t.start[lineStart]!, t.end[end - 1]!)));
      if (headline || chrome) skip.fill(1, lineStart, end);
    };
    for (let i = 0; i < t.count; i++) {
      if (t.flags[i]! & LINE_START && i > 0) {
        close(i);
        lineStart = i;
        longWords = 0;
        capitalised = 0;
      }
      if (t.end[i]! - t.start[i]! >= 4) {
        longWords++;
        if (t.flags[i]! & CAPITALISED) capitalised++;
      }
    }
    close(t.count);
    return skip;
  }

  // ---- runs ---------------------------------------------------------------------------------

  /** Extends a run of name tokens from `i`, through at most two connectors at a time. */
  private buildRun(i: number): number {
    let j = i;
    for (;;) {
      if (!this.joined(j)) break;
      let k = j + 1;
      if (this.isNameToken(k) || this.isRegnalNumber(k)) {
        j = k;
        continue;
      }
      let connectors = 0;
      while (k < this.t.count && connectors < 2 && this.isConnector(k) && this.joined(k)) {
        k++;
        connectors++;
      }
      if (connectors > 0 && k < this.t.count && this.isNameToken(k)) {
        j = k;
        continue;
      }
      break;
    }
    return j;
  }

  /**
   * Judges the run `first..last`, segment by segment (segments are separated by connectors such
   * as "of", "de", "and"); returns the last token it consumed.
   */
  private processRun(runFirst: number, last: number): number {
    let a = runFirst;
    let consumed = last;
    while (a <= last) {
      let b = a;
      while (b + 1 <= last && !this.isSegmentBreak(b + 1)) b++;
      const end = this.processSegment(a, b);
      consumed = Math.max(consumed, end);
      a = end + 1;
      while (a <= last && this.isSegmentBreak(a)) a++;
    }
    return consumed;
  }

  private isSegmentBreak(i: number): boolean {
    return this.isConnector(i) && this.rules.orgConnectors.has(this.key(i));
  }

  /** Judges the segment `from..to` of a run; returns the last token consumed. */
  private processSegment(from: number, to: number): number {
    const { rules } = this;
    let first = from;
    while (first <= to && (this.isStopWord(first) || this.isConnector(first))) first++;
    if (first > to) return to;
    // "Amazon-owned Whole Foods Market": the owner is a company, and the name starts after it.
    if (this.ownerCompound(first)) {
      first++;
      if (first > to) return to;
    }

    const head = this.key(first);
    if (rules.orgHeads.has(head) || rules.arabicOrgHeads.has(head)) {
      const org = this.extendOrganisation(first);
      if (org.end > first && (!this.isSentenceInitial(first) || org.hasCapital)) {
        this.pieces.push({ first, last: org.end, kind: 'organization', type: rules.orgWordTypes.get(head), rule: 'proper-noun:org-head' });
        return org.end;
      }
      first++;
      if (first > to) return to;
    }

    // "Mer Morte", "Place Tahrir": a place opened by its kind.
    if (rules.placeHeads.has(head)) {
      const named = this.extendOrganisation(first);
      if (named.end > first && (!this.isSentenceInitial(first) || named.hasCapital)) {
        this.pieces.push({ first, last: named.end, kind: 'place', rule: 'proper-noun:place-head' });
        return named.end;
      }
    }

    if (this.isSentenceInitial(first)) {
      const key = this.key(first);
      if (first === to) {
        if (!this.isCapitalisedElsewhere(key)) return to;
      } else if ((key.endsWith('ment') && key.length > 6) || this.isDemonym(first)) {
        first++;
      }
    }
    const tail = this.key(to);
    let start = this.knownPlaceBefore(first);
    if ((to > first || start < first) && (rules.orgTails.has(tail) || rules.companyTails.has(tail))) {
      if (rules.orgTails.has(tail)) start = this.coordinatedBefore(start);
      // "State Organization for Marketing of Oil": a closing word that can also open a name.
      const linked = to + 1 < this.t.count && this.joined(to) && rules.orgLinks.has(this.key(to + 1));
      const end = linked && rules.orgHeads.has(tail) ? this.extendOrganisation(to).end : to;
      this.pieces.push({ first: start, last: end, kind: 'organization', type: rules.orgWordTypes.get(tail), rule: 'proper-noun:org-tail' });
      return end;
    }
    // "Allenby Bridge", "Jordan Valley", "Al-Aqsa Mosque".
    if ((to > first || start < first) && rules.placeTails.has(tail)) {
      this.pieces.push({ first: start, last: to, kind: 'place', rule: 'proper-noun:place-tail' });
      return to;
    }
    this.judgePerson(first, to);
    return to;
  }

  /**
   * "Amazon-owned", "Google-backed": a capitalised compound whose last part says its first part
   * owns or funds what follows. Records the first part as an organisation.
   */
  private ownerCompound(i: number): boolean {
    const key = this.key(i);
    const space = key.lastIndexOf(' ');
    if (space <= 0 || !this.rules.ownerCompounds.has(key.slice(space + 1))) return false;
    const start = this.t.start[i]!;
    const hyphen = this.t.text.slice(start, this.t.end[i]!).search(/[-‐‑][^-‐‑]*$/);
    if (hyphen <= 0) return false;
    const owner = key.slice(0, space);
    if (this.rules.stopWords.has(owner) || this.input.demonyms.has(owner) || this.rules.groupAdjectives.has(owner)) return true;
    // "State-owned banks" opening a sentence: a common noun, one the article writes in lowercase.
    if (!this.isSentenceInitial(i) || (this.isCapitalisedElsewhere(owner) && this.lowercaseCount(owner) === 0)) {
      this.pieces.push({ first: i, last: i, kind: 'organization', rule: 'proper-noun:owner', chars: { start, end: start + hyphen } });
    }
    return true;
  }

  /**
   * "Sulaymaniyah Teachers Committee": a known place or state written right before an
   * organisation name belongs to it. Returns the first token of the name.
   */
  private knownPlaceBefore(first: number): number {
    const k = first - 1;
    if (k < 0 || !this.covered[k] || !this.joined(k) || !(this.flags(k) & CAPITALISED)) return first;
    const m = this.knownIndex.firstOverlap(this.t.start[k]!, this.t.end[k]!);
    const known = this.input.known[m]!;
    if ((known.kind !== 'place' && known.kind !== 'state') || known.end !== this.t.end[k]) return first;
    let start = k;
    while (start > 0 && this.t.start[start]! > known.start) start--;
    if (this.t.start[start] !== known.start) return first;
    // "Jabal Amman Civic Observatory": capitalised words before the place belong to the name too.
    while (start > 0 && this.joined(start - 1) && this.isNameToken(start - 1) && !this.isStopWord(start - 1)) start--;
    return start;
  }

  /**
   * "the Reconstruction and Development Coalition": capitalised words joined by "and"/"et" right
   * before an organisation name that ends in its kind belong to it. Not a first name ("Omar and
   * Development Council"), not a word that follows another capital ("Hadi Amiri and …"). Pieces
   * already taken from those words give way. Returns the first token of the name.
   */
  private coordinatedBefore(first: number): number {
    const and = first - 1;
    if (and < 1 || !this.joined(and) || !this.joined(and - 1) || !this.rules.orgCoordinators.has(this.key(and))) return first;
    let start = and - 1;
    if (!this.isNameToken(start) || this.isStopWord(start) || this.isDemonym(start)) return first;
    while (start > 0 && this.joined(start - 1) && this.isNameToken(start - 1) && !this.isStopWord(start - 1)) start--;
    if (start > 0 && this.joined(start - 1) && this.flags(start - 1) & CAPITALISED && !this.isStopWord(start - 1)) return first;
    if (this.rules.firstNames.has(this.key(start))) return first;
    while (this.pieces.length > 0 && this.pieces[this.pieces.length - 1]!.last >= start) this.pieces.pop();
    return start;
  }

  /**
   * Adjective endings keep their accents: "-é" is one, "-e" is not ("réclame"). The list also
   * holds whole adjectives ("libre", "arabe").
   */
  private looksLikeAdjective(i: number): boolean {
    const word = this.t.text.slice(this.t.start[i]!, this.t.end[i]!).toLowerCase();
    return this.rules.adjectiveSuffixes.includes(word) || endsWithAny(word, this.rules.adjectiveSuffixes);
  }

  private isStopWord(i: number): boolean {
    const key = this.key(i);
    return this.rules.stopWords.has(key) && !this.rules.firstNames.has(key);
  }

  /**
   * The organisation grammar after an opening word: capitalised words, connectors ("de la",
   * "of the"), lowercase adjectives ("islamique") and, right after a connector, a lowercase
   * noun ("Conseil de sécurité"). A trailing nationality adjective is left out.
   */
  private extendOrganisation(head: number): { end: number; hasCapital: boolean } {
    const { rules } = this;
    const contents: number[] = [];
    let k = head;
    let last = head;
    let hasCapital = false;
    // A genitive ("de", "of", "pour") since the last word: "Conseil de sécurité", not "Golfe en tête".
    let linked = false;
    for (let steps = 0; steps < MAX_ORG_TOKENS && this.joined(k); steps++) {
      const n = k + 1;
      if (this.skip[n]) break;
      const f = this.flags(n);
      const key = this.key(n);
      if (f & CAPITALISED && !(f & (POSSESSIVE | ELIDED)) && !this.covered[n] && !rules.stopWords.has(key) && !rules.titles.has(key)) {
        k = last = n;
        hasCapital = true;
        linked = false;
        contents.push(n);
        continue;
      }
      if (this.covered[n]) {
        // A known actor inside the name ("Conseil militaire de Deir ez-Zor"): take all of it.
        const m = this.input.known[this.knownIndex.firstOverlap(this.t.start[n]!, this.t.end[n]!)]!;
        let e = n;
        while (e + 1 < this.t.count && this.t.end[e]! < m.end) e++;
        if (this.t.end[e] !== m.end || this.t.start[n] !== m.start) break;
        k = last = e;
        hasCapital = true;
        contents.push(e);
        continue;
      }
      if (f & CAPITALISED || f & POSSESSIVE) break;
      if (rules.orgConnectors.has(key)) {
        linked ||= rules.orgLinks.has(key);
        k = n;
        continue;
      }
      // "Forum des familles d’otages et de disparus", "Organization for Security and Co-operation".
      if (rules.orgCoordinators.has(key) && n + 1 < this.t.count && this.joined(n)) {
        const after = n + 1;
        const capital = (this.flags(after) & CAPITALISED) !== 0 && !this.covered[after];
        if (capital || rules.orgLinks.has(this.key(after))) {
          k = n;
          continue;
        }
      }
      const afterConnector = k !== last;
      if (!rules.stopWords.has(key) && !rules.clauseBreakers.has(key) && (afterConnector ? linked : this.looksLikeAdjective(n))) {
        k = last = n;
        linked = false;
        contents.push(n);
        continue;
      }
      break;
    }
    while (contents.length > 0 && !(this.flags(last) & CAPITALISED) && this.isDemonym(last)) {
      contents.pop();
      last = contents.length > 0 ? contents[contents.length - 1]! : head;
    }
    // Never end inside a known actor's name.
    while (last > head) {
      const m = this.knownIndex.firstOverlap(this.t.start[last]!, this.t.end[last]!);
      if (m < 0 || this.input.known[m]!.end <= this.t.end[last]!) break;
      contents.pop();
      last = contents.length > 0 ? contents[contents.length - 1]! : head;
    }
    return { end: last, hasCapital };
  }

  /** Decides whether `a..b` (no organisation pattern) names a person, and records it. */
  private judgePerson(from: number, to: number): void {
    const { rules } = this;
    let a = from;
    let b = to;
    let title: string | undefined;
    // English titles are capitalised inside the run: "Prime Minister Mustafa al-Kadhimi".
    for (let k = b; k >= a; k--) {
      if (rules.titles.has(this.key(k))) {
        if (k === b) return;
        title = this.key(k);
        a = k + 1;
        break;
      }
    }
    while (a <= b && (this.isDemonym(a) || this.isStopWord(a))) a++;
    while (b >= a && this.isDemonym(b)) b--;
    if (a < b && this.isSentenceInitial(a) && this.opensSentenceBeforeName(a, b)) a++;
    if (a > b) return;
    for (let k = a; k <= b; k++) if (rules.notPersonWords.has(this.key(k))) return;
    const name = this.spanKey(a, b);
    if (rules.chrome.has(name)) return;

    title ??= titleBefore(this.view, rules, a);
    const length = b - a + 1;
    const piece: Piece = { first: a, last: b };
    const evidence = placeEvidence(this.view, rules, a);
    // "In Karrada, a commercial district of central Baghdad": the apposition says what the preposition hinted.
    const place = evidence === 'weak' && placeApposition(this.view, rules, b) ? 'strong' : evidence;
    if (title !== undefined) {
      Object.assign(piece, { kind: 'person', type: rules.titleTypes.get(title), rule: 'proper-noun:title' });
    } else if (orgNounBefore(this.view, rules, a) || orgApposition(this.view, rules, b)) {
      Object.assign(piece, { kind: 'organization', rule: 'proper-noun:org-noun' });
    } else if (length <= 4 && employerBefore(this.view, rules, a)) {
      Object.assign(piece, { kind: 'organization', rule: 'proper-noun:employer' });
    } else if (roleApposition(this.view, rules, b)) {
      Object.assign(piece, { kind: 'person', rule: 'proper-noun:role-apposition' });
    } else if (length >= 2 && length <= 5 && (speechAfter(this.view, rules, b) || speechBefore(this.view, rules, a))) {
      Object.assign(piece, { kind: 'person', rule: 'proper-noun:speech' });
    } else if (length === 1 && place !== undefined && this.isProductShaped(a)) {
      // "activity in LibreOffice", "involved in WebFinger": written as a product or a company is written.
      Object.assign(piece, { kind: 'organization', rule: 'proper-noun:product-shape' });
    } else if ((place === 'strong' && length <= 4) || (length >= 2 && length <= 4 && rules.arabicPlaceHeads.has(this.key(a)))) {
      Object.assign(piece, { kind: 'place', rule: 'proper-noun:place' });
    } else if (length >= 2 && length <= 4 && rules.firstNames.has(this.key(a))) {
      Object.assign(piece, { kind: 'person', rule: 'proper-noun:first-name' });
    } else if (length >= 2 && length <= 5 && this.hasParticles(a, b)) {
      Object.assign(piece, place === 'weak' ? { kind: 'place', rule: 'proper-noun:place', weak: true } : { kind: 'person', rule: 'proper-noun:particles' });
    } else if (length <= 4 && businessEvidence(this.view, rules, a, b)) {
      // Said of a company, it outweighs a bare preposition ("in Whole Foods … Whole Foods was selling").
      Object.assign(piece, { kind: 'organization', rule: 'proper-noun:business' });
    } else if (place === 'weak' && (length >= 2 ? length <= 4 : this.capitalisedCount(this.key(a)) >= 2 && !this.isDemonym(a) && !rules.firstNames.has(this.key(a)))) {
      // A lone word after "à"/"in" must recur in the article ("In Kobani, …", "besieged Kobani").
      Object.assign(piece, { kind: 'place', rule: 'proper-noun:place', weak: true });
    } else if (length === 1 && (speechAfter(this.view, rules, b) || speechBefore(this.view, rules, a))) {
      // A lone surname that speaks: evidence for a full name ending with it, not an actor alone.
      piece.rule = 'proper-noun:speaking-surname';
    }
    this.pieces.push(piece);
  }

  /**
   * "LibreOffice", "WebFinger", "IBPhoenix", "Qt4": a capital inside one word, or a digit after its
   * letters, is how products and companies are written, not places ("McAllen", "LaGuardia" are).
   */
  private isProductShaped(i: number): boolean {
    const word = this.view.text(i);
    return /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|\p{L}\d/u.test(word) && !/^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}/u.test(word) && !/[-‐‑’']/.test(word);
  }

  /**
   * A capitalised word that only opens the sentence before a name: an inverted verb of speech
   * ("Said Rami Saleh, a trader"; a first name "Said" before a lone surname stays), or a common
   * noun, one the article also writes in lowercase or a role ("Drummer Chad Smith").
   */
  private opensSentenceBeforeName(a: number, b: number): boolean {
    const key = this.key(a);
    if (this.rules.firstNames.has(key)) return false;
    if (this.rules.invertedSpeechVerbs.has(key)) return b - a >= 2;
    return this.rules.occupations.has(key) || this.rules.employerNouns.has(key) || this.lowercaseCount(key) > 0;
  }

  /** How often the word is written in lowercase in the article. */
  private lowercaseCount(key: string): number {
    if (this.lowercase === undefined) {
      this.lowercase = new Map();
      for (let i = 0; i < this.t.count; i++) {
        if (this.flags(i) & (CAPITALISED | ELIDED | POSSESSIVE)) continue;
        const k = this.key(i);
        this.lowercase.set(k, (this.lowercase.get(k) ?? 0) + 1);
      }
    }
    return this.lowercase.get(key) ?? 0;
  }

  /**
   * The Arabic name pattern: a kunya ("Abu Ali al-Askari"), or a particle inside a name of three
   * words or more ("Ali Hussein al-Sistani"). Two words with a particle are as often a place
   * ("Aita al-Chaab", "Jurf al-Sakhar") as a person, so they need other evidence.
   */
  private hasParticles(a: number, b: number): boolean {
    if (this.rules.kunyaParticles.has(this.key(a))) return true;
    if (b - a < 2) return false;
    for (let k = a + 1; k <= b; k++) {
      const key = this.key(k);
      if (this.rules.nameParticles.has(key)) return true;
      const space = key.indexOf(' ');
      if (space > 0 && this.rules.nameParticles.has(key.slice(0, space))) return true;
    }
    return false;
  }

  // ---- evidence ------------------------------------------------------------------------------

  /** The surname in a token without its glued particle: "al-Rubaie" → "rubaie". */
  private surnameKey(i: number): string {
    const key = this.key(i);
    const space = key.indexOf(' ');
    return space > 0 && this.rules.nameParticles.has(key.slice(0, space)) ? key.slice(space + 1) : key;
  }

  /** Turns pieces into mentions: with evidence, or sharing their name with a piece that has it. */
  private confirmPieces(): ActorMention[] {
    const evidence = new Map<string, Piece>();
    const speakingSurnames = new Set<string>();
    const names = this.pieces.map((p) => (p.chars !== undefined ? foldForComparison(this.t.text.slice(p.chars.start, p.chars.end)) : this.spanKey(p.first, p.last)));
    // "Rafiq Zanjani … Zanjani bought a farm": a person's surname that does business stays his.
    const surnames = new Set(this.pieces.filter((p) => p.kind === 'person' && p.last > p.first).map((p) => this.surnameKey(p.last)));
    this.pieces.forEach((p, i) => {
      if (p.rule === 'proper-noun:business' && p.first === p.last && surnames.has(this.surnameKey(p.first))) return;
      const proof = evidence.get(names[i]!);
      // A bare preposition says less than a title, a verb of speech or an organisation word, but
      // more than the look of a name ("à Abu Kamal … Abu Kamal est une ville").
      const stronger = proof?.weak === true && p.kind !== 'place' && !NAME_SHAPE_RULES.has(p.rule!);
      if (p.kind !== undefined && (proof === undefined || stronger)) evidence.set(names[i]!, p);
      if (p.rule === 'proper-noun:speaking-surname') speakingSurnames.add(names[i]!);
    });
    // "Mozilla said … engineers in Mozilla": a place does not speak; the name is an organisation's.
    for (const name of speakingSurnames) {
      const proof = evidence.get(name);
      if (proof?.weak === true) evidence.set(name, { ...proof, kind: 'organization', rule: 'proper-noun:speaking-name', weak: false });
    }
    // "Lotfi Azzouz … Azzouz a déclaré": the full name borrows its surname's evidence.
    this.pieces.forEach((p, i) => {
      if (p.kind === undefined && p.last > p.first && speakingSurnames.has(this.surnameKey(p.last)) && !evidence.has(names[i]!)) {
        evidence.set(names[i]!, { ...p, kind: 'person', rule: 'proper-noun:speech' });
      }
    });
    // One id per name, spelt from its first occurrence ("al-Askari" and "el-Askari" are one actor).
    const ids = new Map<string, string>();
    const mentions: ActorMention[] = [];
    this.pieces.forEach((p, i) => {
      const name = names[i]!;
      const proof = evidence.get(name);
      if (proof === undefined || proof.kind === undefined) return;
      const start = p.chars?.start ?? this.t.start[p.first]!;
      const end = p.chars?.end ?? this.t.end[p.last]!;
      let id = ids.get(name);
      if (id === undefined) {
        id = unknownId(this.t.text.slice(start, end));
        ids.set(name, id);
      }
      mentions.push({
        id,
        start,
        end,
        kind: proof.kind,
        known: false,
        // A mention whose own cue lost to the name's evidence elsewhere says where its kind came from.
        rule: p.kind === proof.kind ? p.rule! : 'proper-noun:same-name',
        type: proof.type,
      });
    });
    return mentions;
  }
}

const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/;

/** Quotation marks that can close a quotation ("straight" quotes open and close). */
const CLOSING_QUOTE_MARKS = '"”»’\'';

/** Rules that judge a person by the shape of the name alone (a first name, Arabic particles). */
const NAME_SHAPE_RULES: ReadonlySet<string> = new Set(['proper-noun:first-name', 'proper-noun:particles']);

/** For each token, 1 when it overlaps a known mention. One merge pass over both sorted lists. */
function coverage(tokens: Tokens, known: readonly ActorMention[]): Uint8Array {
  const covered = new Uint8Array(tokens.count);
  let m = 0;
  for (let i = 0; i < tokens.count; i++) {
    const s = tokens.start[i]!;
    while (m < known.length && known[m]!.end <= s) m++;
    if (m < known.length && known[m]!.start < tokens.end[i]!) covered[i] = 1;
  }
  return covered;
}

