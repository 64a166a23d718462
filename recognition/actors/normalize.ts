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
class FoldBuffer {
  codes: Uint16Array;
  origin: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.codes = new Uint16Array(Math.max(16, capacity));
    this.origin = new Int32Array(Math.max(16, capacity));
  }
  push(code: number, from: number): void {
    this.reserve(this.length + 1);
    this.codes[this.length] = code;
    this.origin[this.length] = from;
    this.length++;
  }
  /** Makes room for `capacity` units in all. */
  reserve(capacity: number): void {
    if (capacity <= this.codes.length) return;
    const size = Math.max(capacity, this.codes.length * 2);
    const codes = new Uint16Array(size);
    codes.set(this.codes.subarray(0, this.length));
    const origin = new Int32Array(size);
    origin.set(this.origin.subarray(0, this.length));
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
  foldInto(text, options.keepCase === true, out);
  return { codes: out.codes, length: out.length, origin: out.origin };
}

function foldInto(text: string, keepCase: boolean, out: FoldBuffer): void {
  const n = text.length;
  // Room for one unit per character up front: only ligatures write more, and they re-reserve.
  out.reserve(out.length + n);
  let codes = out.codes;
  let origin = out.origin;
  let length = out.length;
  let last = length > 0 ? codes[length - 1]! : -1;
  for (let i = 0; i < n; i++) {
    let code = text.charCodeAt(i);
    let value: number;
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) value = code + 1;
      else if (code >= 0x41 && code <= 0x5a) value = (keepCase ? code : code + 32) + 1;
      else if (code === SPACE || code === 0x2d || code === 0x09 || code === 0x0d) value = TO_SPACE;
      else if (code === NEWLINE) value = TO_NEWLINE;
      else if (code === 0x22) value = DROP;
      else if (code === 0x60) value = APOSTROPHE + 1;
      else value = code + 1;
    } else {
      value = foldValue(code, keepCase);
    }
    if (value > 0) {
      code = value - 1;
      // The Arabic article: "el" before a space or hyphen, at the start of a word, is "al".
      if ((code === 0x65 || code === 0x45) && !(last >= 0 && isWordCode(last)) && isArticleEl(text, i)) {
        code = code === 0x65 ? 0x61 : 0x41;
      }
      codes[length] = code;
      origin[length++] = i;
      last = code;
    } else if (value === TO_SPACE) {
      if (last !== SPACE && last !== NEWLINE) {
        codes[length] = SPACE;
        origin[length++] = i;
        last = SPACE;
      }
    } else if (value === TO_NEWLINE) {
      if (last === SPACE) {
        codes[length - 1] = NEWLINE;
        origin[length - 1] = i;
      } else if (last !== NEWLINE) {
        codes[length] = NEWLINE;
        origin[length++] = i;
      }
      last = NEWLINE;
    } else if (value === MULTI) {
      const folded = (keepCase ? multiFoldsCase : multiFolds).get(code)!;
      out.length = length;
      for (let k = 0; k < folded.length; k++) out.push(folded.charCodeAt(k), i);
      // Keep room for one unit per remaining character, so that plain writes never overflow.
      out.reserve(out.length + n - i);
      codes = out.codes;
      origin = out.origin;
      length = out.length;
      last = codes[length - 1]!;
    }
    // DROP: nothing to write.
  }
  out.length = length;
}

function isArticleEl(text: string, i: number): boolean {
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
  if (isPlainAscii(s)) return options.keepCase === true ? s : s.toLowerCase();
  // Short strings are folded in one reused buffer: this runs for many words of a page.
  scratch.length = 0;
  foldInto(s, options.keepCase === true, scratch);
  let start = 0;
  let end = scratch.length;
  while (start < end && isBlank(scratch.codes[start]!)) start++;
  while (end > start && isBlank(scratch.codes[end - 1]!)) end--;
  return foldedToString(scratch, start, end);
}

function isBlank(code: number): boolean {
  return code === SPACE || code === NEWLINE;
}

const scratch = new FoldBuffer(256);

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
export function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}
