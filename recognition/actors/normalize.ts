/**
 * Folding: the comparison form of a text, with a map back to the original offsets.
 *
 * The folded form is lowercase, without accents, with every apostrophe written `'`, every
 * hyphen, dash and run of spaces written as one space, quotation marks removed, ligatures
 * spelt out (œ → oe, ﬁ → fi) and the Arabic article `el` written `al`, so that "el-Amiri",
 * "Al Amiri" and "al-Amiri" all fold to "al amiri". Folding one character may produce zero, one
 * or two characters; `origin[i]` always gives the original offset of folded unit `i`.
 */

/** A folded text as code units, with the original offset of each unit. */
export interface FoldedText {
  /** Folded UTF-16 code units; only the first `length` are meaningful. */
  readonly codes: Uint16Array;
  readonly length: number;
  /** `origin[i]` is the offset in the original text of the character that produced unit `i`. */
  readonly origin: Int32Array;
}

export interface FoldOptions {
  /** Keep letter case (used to check aliases that must match with exact case, such as "EI"). */
  keepCase?: boolean;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const APOSTROPHE = 0x27;

/* Special results of folding one code unit; a plain result is stored as `code + 1`. */
const UNKNOWN = 0;
const DROP = -1;
const TO_SPACE = -2;
const TO_NEWLINE = -3;
const MULTI = -4;

/** Characters whose folding Unicode decomposition does not give (or gives wrongly). */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ẞ: 'SS', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D',
  ł: 'l', Ł: 'L', ı: 'i', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH',
};

const APOSTROPHES = '\u2019\u2018\u02bc\u0060\u00b4\u2032\u02be\u02bf\u02bb\uff07\u201b';
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d';
const QUOTES = '"\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a\uff02';
const SPACES = ' \t\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000';
const NEWLINES = '\n\u2028\u2029\u0085';
/** Invisible characters that may sit inside a word (soft hyphen, zero-width space and joiners). */
const INVISIBLES = '\u00ad\u200b\u200c\u200d\u2060\ufeff';

const COMBINING_MARK = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * One lazily filled table per case mode: computing the fold of all 65 536 code units up front
 * would cost more than most pages need, and each unit's fold never changes.
 */
const lowerTable = new Int32Array(65536);
const caseTable = new Int32Array(65536);
const multiFolds = new Map<number, string>();
const multiFoldsCase = new Map<number, string>();
const wordClass = new Uint8Array(65536);

function computeFold(code: number, keepCase: boolean): string | number {
  const ch = String.fromCharCode(code);
  if (SPACES.includes(ch)) return TO_SPACE;
  if (DASHES.includes(ch)) return TO_SPACE;
  if (NEWLINES.includes(ch)) return TO_NEWLINE;
  if (QUOTES.includes(ch)) return DROP;
  if (INVISIBLES.includes(ch)) return DROP;
  if (APOSTROPHES.includes(ch)) return "'";
  if (code >= 0xd800 && code <= 0xdfff) return ch;
  let out = SPECIAL_FOLDS[ch] ?? ch.normalize('NFKD').replace(COMBINING_MARK, '');
  if (!keepCase) out = out.toLowerCase().normalize('NFKD').replace(COMBINING_MARK, '');
  return out;
}

/** The fold of one code unit as a table value (see the constants above). */
function foldValue(code: number, keepCase: boolean): number {
  const table = keepCase ? caseTable : lowerTable;
  const known = table[code]!;
  if (known !== UNKNOWN) return known;
  const folded = computeFold(code, keepCase);
  let value: number;
  if (typeof folded === 'number') value = folded;
  else if (folded.length === 0) value = DROP;
  else if (folded.length === 1) value = folded.charCodeAt(0) + 1;
  else {
    (keepCase ? multiFoldsCase : multiFolds).set(code, folded);
    value = MULTI;
  }
  table[code] = value;
  return value;
}

/** Folds of the ASCII range, the bulk of any text, in the table encoding. */
function asciiTable(keepCase: boolean): Int32Array {
  const table = new Int32Array(128);
  for (let code = 0; code < 128; code++) {
    if (code >= 0x41 && code <= 0x5a) table[code] = (keepCase ? code : code + 32) + 1;
    else if (code === SPACE || code === 0x2d || code === 0x09 || code === 0x0d || code === 0x0b || code === 0x0c) table[code] = TO_SPACE;
    else if (code === NEWLINE) table[code] = TO_NEWLINE;
    else if (code === 0x22) table[code] = DROP;
    else if (code === 0x60) table[code] = APOSTROPHE + 1;
    else table[code] = code + 1;
  }
  return table;
}
const ASCII_LOWER = asciiTable(false);
const ASCII_KEEP_CASE = asciiTable(true);

/*
 * The lowercase fold one unit at a time, for a caller that folds inside its own loop (the
 * gazetteer's scan): `code + 1` for a unit that folds to one unit `code`, else one of these.
 */
export const FOLD_DROP = DROP;
export const FOLD_SPACE = TO_SPACE;
export const FOLD_NEWLINE = TO_NEWLINE;
export const FOLD_MULTI = MULTI;

/** Lowercase folds of the ASCII range, in the encoding above. */
export const ASCII_FOLDS: Readonly<Int32Array> = ASCII_LOWER;

/** Lowercase fold of any code unit, in the encoding above. */
export function foldedUnit(code: number): number {
  return code < 0x80 ? ASCII_LOWER[code]! : foldValue(code, false);
}

/** The units of a lowercase fold that gives several (`FOLD_MULTI`): "œ" → "oe". */
export function multiFold(code: number): string {
  return multiFolds.get(code)!;
}

/** True for a quotation mark (« » “ ” " ‹ ›…), one of the characters folding drops. */
export function isQuotationMark(code: number): boolean {
  return QUOTES.includes(String.fromCharCode(code));
}

/** True when the code unit is a letter, digit or combining mark (part of a word). */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  let cls = wordClass[code]!;
  if (cls === 0) {
    // Surrogate halves are not letters of the languages we read; emoji must not join words.
    cls = code >= 0xd800 && code <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordClass[code] = cls;
  }
  return cls === 1;
}

const caseClass = new Uint8Array(65536);
const UPPER = 1;
const LOWER = 2;
const CASELESS = 4;

function caseOf(code: number): number {
  let cls = caseClass[code]!;
  if (cls === 0) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    cls = ch !== lower && ch === upper ? UPPER : ch !== upper && ch === lower ? LOWER : CASELESS;
    caseClass[code] = cls;
  }
  return cls;
}

/** True for a capital letter (any script with case). */
export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return caseOf(code) === UPPER;
}

/** True for a small letter (any script with case). */
export function isLowerCode(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return caseOf(code) === LOWER;
}

function isSeparatorCode(code: number): boolean {
  if (code < 0x80) return code === SPACE || code === 0x2d || code === 0x09;
  const v = foldValue(code, false);
  return v === TO_SPACE;
}

/** Growable output of the folding loop. */
/** Receives the folded units of a text, in order, each with the offset it comes from. */
export interface FoldSink {
  unit(code: number, origin: number): void;
}

class FoldBuffer implements FoldSink {
  codes: Uint16Array;
  origin: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.codes = new Uint16Array(Math.max(16, capacity));
    this.origin = new Int32Array(Math.max(16, capacity));
  }
  unit(code: number, from: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.origin[this.length] = from;
    this.length++;
  }
  private grow(): void {
    const codes = new Uint16Array(this.codes.length * 2);
    codes.set(this.codes);
    const origin = new Int32Array(this.origin.length * 2);
    origin.set(this.origin);
    this.codes = codes;
    this.origin = origin;
  }
}

/**
 * Folds `text` for comparison and keeps, for each folded unit, its offset in `text`.
 * Linear in the length of the text; allocates two typed arrays of about the text's length.
 */
export function foldText(text: string, options: FoldOptions = {}): FoldedText {
  const out = new FoldBuffer(text.length + 8);
  foldTo(text, out, options);
  return { codes: out.codes, length: out.length, origin: out.origin };
}

/**
 * Streams the fold of `text` into `sink`, one unit at a time, without building the folded text.
 * A run of separators becomes one space (or one newline if it holds a line break), written only
 * between two words: never at the start or at the end.
 */
export function foldTo(text: string, sink: FoldSink, options: FoldOptions = {}): void {
  const keepCase = options.keepCase === true;
  const ascii = keepCase ? ASCII_KEEP_CASE : ASCII_LOWER;
  const n = text.length;
  let pending = 0;
  let pendingOrigin = 0;
  let wrote = false;
  // The last unit written, for the rule on "el" (a separator counts as none).
  let last = -1;
  for (let i = 0; i < n; i++) {
    const raw = text.charCodeAt(i);
    const value = raw < 0x80 ? ascii[raw]! : foldValue(raw, keepCase);
    if (value === DROP) continue;
    if (value === TO_SPACE) {
      if (pending === 0) {
        pending = SPACE;
        pendingOrigin = i;
      }
      continue;
    }
    if (value === TO_NEWLINE) {
      if (pending !== NEWLINE) {
        pending = NEWLINE;
        pendingOrigin = i;
      }
      continue;
    }
    if (pending !== 0) {
      if (wrote) sink.unit(pending, pendingOrigin);
      pending = 0;
      last = -1;
    }
    wrote = true;
    if (value === MULTI) {
      const folded = (keepCase ? multiFoldsCase : multiFolds).get(raw)!;
      for (let k = 0; k < folded.length; k++) sink.unit(folded.charCodeAt(k), i);
      last = folded.charCodeAt(folded.length - 1);
      continue;
    }
    let code = value - 1;
    // The Arabic article: "el" before a space or hyphen, at the start of a word, is "al".
    if ((code === 0x65 || code === 0x45) && !(last >= 0 && isWordCode(last)) && isArticleEl(text, i)) code = code === 0x65 ? 0x61 : 0x41;
    sink.unit(code, i);
    last = code;
  }
}

/** "el" at `i` followed by a separator: the Arabic article, folded "al" at the start of a word. */
export function isArticleEl(text: string, i: number): boolean {
  if (i + 2 >= text.length) return false;
  const l = text.charCodeAt(i + 1);
  return (l === 0x6c || l === 0x4c) && isSeparatorCode(text.charCodeAt(i + 2));
}


/** Folded units as a string (for keys and comparisons of short texts). */
export function foldedToString(folded: Pick<FoldedText, 'codes' | 'length'>, start = 0, end = folded.length): string {
  let s = '';
  // Chunked so that long texts do not overflow the argument limit of `fromCharCode`.
  for (let i = start; i < end; i += 8192) {
    s += String.fromCharCode.apply(null, folded.codes.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  }
  return s;
}

/** Plain ASCII letters and digits fold to their lowercase: the common case, kept cheap. */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/**
 * The comparison form of a short string: what two spellings of one name have in common.
 * Leading and trailing spaces are removed. The knowledge-base validator uses it to detect
 * aliases that collide.
 */
export function foldForComparison(s: string, options: FoldOptions = {}): string {
  const keepCase = options.keepCase === true;
  if (isPlainAscii(s)) return keepCase ? s : s.toLowerCase();
  if (PRINTABLE_ASCII.test(s)) {
    // Names as most pages write them: only spaces, hyphens and a few marks to fold.
    let t = keepCase ? s : s.toLowerCase();
    if (t.includes('"') || t.includes('`')) t = t.replace(/"/g, '').replace(/`/g, "'");
    t = t.replace(/[ -]+/g, ' ').trim();
    return EL_WORD.test(t) ? t.replace(ARTICLE_EL_RE, (_m, before: string, e: string, l: string) => `${before}${e === 'e' ? 'a' : 'A'}${l}`) : t;
  }
  // The same steps as `foldTo`, on the whole string with native string operations: this runs
  // for every alias when a matcher is built, before the JIT has warmed up.
  let t = s
    .replace(SPECIAL_RE, (c) => SPECIAL_FOLDS[c]!)
    .replace(APOSTROPHE_RE, "'")
    .replace(DROP_RE, '')
    .replace(SEPARATOR_RE, (run) => (NEWLINE_RE.test(run) ? '\n' : ' '))
    .normalize('NFKD')
    .replace(COMBINING_MARK, '');
  if (!keepCase) t = t.toLowerCase().normalize('NFKD').replace(COMBINING_MARK, '');
  return t.trim().replace(ARTICLE_EL_RE, (_m, before: string, e: string, l: string) => `${before}${e === 'e' ? 'a' : 'A'}${l}`);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** A cheap first look for the article "el" before running the full rule. */
const EL_WORD = /(?:^|[^a-z0-9])el /i;
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_FOLDS).join('')}]`, 'g');
const APOSTROPHE_RE = new RegExp(`[${APOSTROPHES}]`, 'g');
const DROP_RE = new RegExp(`[${QUOTES}${INVISIBLES}]`, 'g');
const SEPARATOR_RE = new RegExp(`[${SPACES}${DASHES.replace('-', '\\-')}${NEWLINES}]+`, 'g');
const NEWLINE_RE = new RegExp(`[${NEWLINES}]`);
/** "el" alone before a space, at the start of a word: the Arabic article, written "al". */
const ARTICLE_EL_RE = /(^|[^\p{L}\p{N}\p{M}])([eE])([lL])(?= )/gu;


/**
 * End offset in the original text of a span whose last folded unit came from `lastOrigin`:
 * the whole character (both halves of a surrogate pair) and any combining marks after it.
 */
export function originalEnd(text: string, lastOrigin: number): number {
  const code = text.charCodeAt(lastOrigin);
  let end = lastOrigin + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  while (end < text.length && isCombiningMark(text.charCodeAt(end))) end++;
  return end;
}

/** Combining marks that decomposed input may carry after a base letter. */
function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}
