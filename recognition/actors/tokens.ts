/**
 * Word tokens and sentence starts of an article, computed once and shared by the proper-noun
 * finder, coreference and appositions. Tokens live in typed arrays (no object per word) because
 * a 5 MB page has close to a million words.
 */
import { ARABIC_ARTICLES } from './locales/common';
import { foldForComparison, isLowerCode, isUpperCode, isWordCode } from './normalize';

/** The first letter is a capital ("Bagdad", "Al-Kadhimi" counts through its particle). */
export const CAPITALISED = 1;
/** Every letter is a capital and there are at least two ("EI", "ONU", "PMF"). */
export const ALL_CAPS = 2;
/** First token of a sentence or of a line. */
export const SENTENCE_START = 4;
/** First token after an opening quotation mark or a colon: capitalised like a sentence start. */
export const QUOTE_START = 8;
/** An elided French word with its apostrophe: "l’", "d’", "qu’". */
export const ELIDED = 16;
/** The English possessive "’s" after a name. */
export const POSSESSIVE = 32;
/** First token of a line (headlines, list items, page chrome). */
export const LINE_START = 64;

export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly flags: Uint8Array;
  /** Offsets where sentences start, ascending (the first is the first token's start). */
  readonly sentenceStarts: Int32Array;
  readonly sentenceCount: number;
}

const ARTICLES = new Set(ARABIC_ARTICLES);
const ELISION_PREFIXES = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);
/** Abbreviations whose full stop does not end a sentence ("M. Macron", "Gen. Soleimani"). */
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mgr', 'dr', 'pr', 'st', 'ste', 'mr', 'mrs', 'ms', 'messrs', 'gen', 'col', 'lt',
  'sgt', 'capt', 'cpt', 'maj', 'adm', 'gov', 'sen', 'rep', 'prof', 'jr', 'sr', 'no', 'vs', 'cf', 'env', 'av', 'apr',
]);

/* Character classes for the tokenizer's single pass. */
const OTHER = 0;
const WORD = 1;
const APOSTROPHE = 2;
const HYPHEN = 3;
const LINE_BREAK = 4;
const TERMINAL = 5;
const OPENING = 6;
const BLANK = 7;
const UNKNOWN_CLASS = 255;

/** Class of every code unit, filled on first sight (a page uses few distinct characters). */
const charClass = new Uint8Array(65536).fill(UNKNOWN_CLASS);

function classify(code: number): number {
  if (isWordCode(code)) return WORD;
  switch (code) {
    case 0x27: case 0x2019: case 0x02bc:
      return APOSTROPHE;
    case 0x2d: case 0x2010: case 0x2011:
      return HYPHEN;
    case 0x0a: case 0x2028: case 0x2029: case 0x7c: case 0x2022:
      return LINE_BREAK;
    case 0x2e: case 0x21: case 0x3f: case 0x2026:
      return TERMINAL;
    case 0x3a: case 0xab: case 0x201c: case 0x22:
      return OPENING;
    case 0x20: case 0xa0: case 0x09: case 0x0d: case 0x202f:
      return BLANK;
    default:
      return OTHER;
  }
}

function classOf(code: number): number {
  let cls = charClass[code]!;
  if (cls === UNKNOWN_CLASS) {
    cls = classify(code);
    charClass[code] = cls;
  }
  return cls;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x02bc;
}

class TokenBuffer {
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  count = 0;
  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }
  push(start: number, end: number, flags: number): void {
    if (this.count === this.start.length) {
      const size = this.start.length * 2;
      const s = new Int32Array(size);
      s.set(this.start);
      const e = new Int32Array(size);
      e.set(this.end);
      const f = new Uint8Array(size);
      f.set(this.flags);
      this.start = s;
      this.end = e;
      this.flags = f;
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.flags[this.count] = flags;
    this.count++;
  }
}

/** Splits `text` into word tokens and finds sentence starts, in one linear pass. */
export function tokenize(text: string): Tokens {
  const buf = new TokenBuffer(Math.max(64, text.length >> 2));
  const n = text.length;
  const sentenceStarts: number[] = [];
  // What the characters since the previous token say about the next one.
  let newline = true;
  let terminal = false;
  let opensQuote = false;
  let spaceAfterStop = false;
  let previousWasAbbreviation = false;
  let i = 0;
  while (i < n) {
    const gapClass = classOf(text.charCodeAt(i));
    if (gapClass !== WORD) {
      if (gapClass === LINE_BREAK) newline = true;
      else if (gapClass === TERMINAL) terminal = true;
      else if (gapClass === OPENING) opensQuote = true;
      else if (gapClass === BLANK && terminal) spaceAfterStop = true;
      i++;
      continue;
    }
    // A word: letters and digits, joined by inner apostrophes and hyphens.
    const start = i;
    let firstApostrophe = -1;
    i++;
    for (;;) {
      let cls = WORD;
      while (i < n && (cls = classOf(text.charCodeAt(i))) === WORD) i++;
      if (i + 1 < n && (cls === APOSTROPHE || cls === HYPHEN) && classOf(text.charCodeAt(i + 1)) === WORD) {
        if (firstApostrophe < 0 && cls === APOSTROPHE) firstApostrophe = i;
        i += 2;
        continue;
      }
      break;
    }
    const end = i;

    const firstCode = text.charCodeAt(start);
    let flags = 0;
    if (newline) flags |= SENTENCE_START | LINE_START;
    else if (terminal && spaceAfterStop && !previousWasAbbreviation && !isLowerCode(firstCode)) flags |= SENTENCE_START;
    else if (opensQuote && !isLowerCode(firstCode)) flags |= QUOTE_START;
    if (flags & SENTENCE_START) sentenceStarts.push(start);
    newline = terminal = opensQuote = spaceAfterStop = false;

    let wordStart = start;
    if (firstApostrophe > 0 && firstApostrophe - start <= 7 && ELISION_PREFIXES.has(text.slice(start, firstApostrophe).toLowerCase())) {
      buf.push(start, firstApostrophe + 1, flags | ELIDED | (isUpperCode(firstCode) ? CAPITALISED : 0));
      flags &= ~(SENTENCE_START | LINE_START);
      wordStart = firstApostrophe + 1;
    }
    let wordEnd = end;
    const possessive = end - wordStart > 2 && isApostrophe(text.charCodeAt(end - 2)) && (text.charCodeAt(end - 1) | 0x20) === 0x73;
    if (possessive) wordEnd = end - 2;
    buf.push(wordStart, wordEnd, flags | caseFlags(text, wordStart, wordEnd));
    if (possessive) buf.push(end - 2, end, POSSESSIVE);

    previousWasAbbreviation = wordEnd - wordStart <= 5 && text.charCodeAt(wordEnd) === 0x2e && isAbbreviation(text, wordStart, wordEnd);
  }
  return {
    text,
    count: buf.count,
    start: buf.start,
    end: buf.end,
    flags: buf.flags,
    sentenceStarts: Int32Array.from(sentenceStarts),
    sentenceCount: sentenceStarts.length,
  };
}

function isAbbreviation(text: string, start: number, end: number): boolean {
  // Initials ("George W. Bush", "U.S.") never end a sentence in the texts we read.
  if (end - start === 1 && isUpperCode(text.charCodeAt(start))) return true;
  return ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

/** CAPITALISED and ALL_CAPS for the word `text[start, end)`; "al-Amiri" counts as capitalised. */
function caseFlags(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  let flags = 0;
  if (isUpperCode(first)) flags |= CAPITALISED;
  else if (end - start > 3) {
    // Arabic article glued to a capitalised name: al-Amiri, el-Sisi, as-Sadr, ez-Zor.
    let dash = -1;
    for (let k = start + 1; k <= start + 3 && k < end - 1; k++) {
      if (text.charCodeAt(k) === 0x2d) {
        dash = k;
        break;
      }
    }
    if (dash > 0 && isUpperCode(text.charCodeAt(dash + 1))) {
      if (ARTICLES.has(text.slice(start, dash).toLowerCase())) flags |= CAPITALISED;
    }
  }
  if (end - start >= 2 && flags & CAPITALISED) {
    let letters = 0;
    let allUpper = true;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (isLowerCode(c)) {
        allUpper = false;
        break;
      }
      if (isUpperCode(c)) letters++;
    }
    if (allUpper && letters >= 2) flags |= ALL_CAPS;
  }
  return flags;
}

/**
 * Folded text of each token, computed on first request: most tokens (lowercase words far from
 * any name) are never looked at.
 */
export class TokenKeys {
  private readonly keys: (string | undefined)[];
  /** Folds by surface form: the same words come back again and again. */
  private readonly byText = new Map<string, string>();
  constructor(private readonly tokens: Tokens) {
    this.keys = new Array<string | undefined>(tokens.count);
  }
  /** Folded token; an elided word loses its apostrophe ("l’" → "l"). */
  get(i: number): string {
    let key = this.keys[i];
    if (key === undefined) {
      const t = this.tokens;
      const end = t.flags[i]! & ELIDED ? t.end[i]! - 1 : t.end[i]!;
      const surface = t.text.slice(t.start[i]!, end);
      key = this.byText.get(surface);
      if (key === undefined) {
        key = foldForComparison(surface);
        this.byText.set(surface, key);
      }
      this.keys[i] = key;
    }
    return key;
  }
}

/**
 * Tokens with their folded keys, and the questions the actor modules ask about them: how a
 * token is written, and what separates it from the next one.
 */
export class TokenView {
  readonly count: number;
  constructor(
    readonly tokens: Tokens,
    private readonly keys: TokenKeys,
  ) {
    this.count = tokens.count;
  }

  key(i: number): string {
    return this.keys.get(i);
  }

  flags(i: number): number {
    return this.tokens.flags[i]!;
  }

  /** The token as written. */
  text(i: number): string {
    return this.tokens.text.slice(this.tokens.start[i]!, this.tokens.end[i]!);
  }

  isSentenceInitial(i: number): boolean {
    return (this.flags(i) & (SENTENCE_START | QUOTE_START | LINE_START)) !== 0;
  }

  /** Only spaces between token `i` and the next, or an initial's full stop ("George W. Bush"). */
  joined(i: number): boolean {
    const t = this.tokens;
    if (i + 1 >= t.count) return false;
    if (joinedBySpace(t, i)) return true;
    const s = t.start[i]!;
    const e = t.end[i]!;
    return e - s === 1 && t.text.charCodeAt(e) === 0x2e && t.start[i + 1] === e + 2 && t.text.charCodeAt(e + 1) === 0x20;
  }

  /** True when only spaces and exactly one `mark` separate token `i` from the next. */
  gapIs(i: number, mark: string): boolean {
    const t = this.tokens;
    if (i + 1 >= t.count) return false;
    let seen = false;
    for (let k = t.end[i]!; k < t.start[i + 1]!; k++) {
      const c = t.text[k]!;
      if (c === mark && !seen) seen = true;
      else if (c !== ' ' && c !== '\u00a0' && c !== '\u202f') return false;
    }
    return seen;
  }
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokenAtOrAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when only spaces separate token `i` from token `i + 1` (no punctuation, no newline). */
export function joinedBySpace(tokens: Tokens, i: number): boolean {
  const from = tokens.end[i]!;
  const to = tokens.start[i + 1]!;
  // Glued tokens come from splitting an elision ("l’|Iran") or a possessive ("Iran|’s").
  if (to - from < 1) return true;
  for (let k = from; k < to; k++) {
    const c = tokens.text.charCodeAt(k);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x202f && c !== 0x09) return false;
  }
  return true;
}

/** Start offset of the sentence that contains `offset`, and the start of the next one. */
export function sentenceAround(tokens: Tokens, offset: number): { start: number; end: number } {
  const starts = tokens.sentenceStarts;
  let lo = 0;
  let hi = tokens.sentenceCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? starts[lo - 1]! : 0;
  const end = lo < tokens.sentenceCount ? starts[lo]! : tokens.text.length;
  return { start, end };
}
