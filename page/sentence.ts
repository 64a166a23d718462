/**
 * The sentence around an offset, for hover cards ("what the article says"). Scans outward from
 * the offset to the nearest sentence ends, so the cost is the sentence's length, not the
 * text's. A period after an abbreviation ("M.", "Dr.", "Gen."), an initial ("J. Smith") or
 * inside a dotted acronym ("U.S.") does not end a sentence; neither does punctuation followed
 * by a lowercase word ("« Non ! » a-t-il dit", "wait… what").
 */

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
  /** True when the sentence was longer than the limit and was cut on that side. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** How far the scan goes on each side of the offset (characters). */
export const DEFAULT_MAX_SENTENCE_SIDE = 300;

/**
 * Words that take a period without ending the sentence (French and English, case as written).
 * Words that also end sentences as ordinary words ("est", "art", "vol", "sept", "no") are left out.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // French
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Mgr', 'Me', 'Pr', 'Dr', 'St', 'Ste', 'av', 'apr',
  'janv', 'févr', 'avr', 'juill', 'oct', 'nov', 'déc', 'cf', 'env', 'éd', 'pp', 'chap', 'Gén',
  // English
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl', 'Adm',
  'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Pres', 'Jr', 'Sr', 'Mt', 'Ft', 'vs', 'Inc', 'Ltd', 'Corp',
  'Bros', 'No', 'Nos', 'Jan', 'Feb', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov',
  'Dec', 'approx', 'dept', 'Dept', 'fig', 'Fig', 'al',
]);

const TERMINATORS = '.!?…';
/** Closing quotes and brackets that stay with the sentence they end. */
const CLOSERS = '»"”’\')]';
const SPACE = /[\s\u00a0\u202f]/;
const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;

/**
 * The sentence of `text` that contains `offset`, trimmed. Newlines (block separators of the
 * text map) always end sentences. At most `maxSide` characters are scanned on each side;
 * a longer sentence is cut at a word boundary and flagged as clipped.
 */
export function sentenceAt(text: string, offset: number, maxSide = DEFAULT_MAX_SENTENCE_SIDE): SentenceSpan {
  const at = Math.max(0, Math.min(offset, text.length));
  const lower = Math.max(0, at - maxSide);
  const upper = Math.min(text.length, at + maxSide);

  let start = -1;
  for (let i = at - 1; i >= lower; i--) {
    const ch = text[i] as string;
    if (ch === '\n') {
      start = i + 1;
      break;
    }
    if (TERMINATORS.includes(ch)) {
      const end = sentenceEndAt(text, i);
      if (end !== -1 && end <= at) {
        start = end;
        break;
      }
    }
  }
  let clippedStart = false;
  if (start === -1) {
    clippedStart = lower > 0;
    start = clippedStart ? wordBoundaryAfter(text, lower, at) : 0;
  }

  let end = -1;
  for (let i = at; i < upper; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      end = i;
      break;
    }
    if (TERMINATORS.includes(ch)) {
      const sentenceEnd = sentenceEndAt(text, i);
      if (sentenceEnd !== -1) {
        end = sentenceEnd;
        break;
      }
    }
  }
  let clippedEnd = false;
  if (end === -1) {
    clippedEnd = upper < text.length;
    end = clippedEnd ? wordBoundaryBefore(text, upper, at) : text.length;
  }

  while (start < end && SPACE.test(text[start] as string)) start++;
  while (end > start && SPACE.test(text[end - 1] as string)) end--;
  return { start, end, text: text.slice(start, end), clippedStart, clippedEnd };
}

/**
 * When the terminator at `index` ends a sentence, the offset just after it (and after any
 * closing quotes or brackets); otherwise -1.
 */
export function sentenceEndAt(text: string, index: number): number {
  let first = index;
  while (first > 0 && TERMINATORS.includes(text[first - 1] as string)) first--;
  let after = index + 1;
  while (after < text.length && TERMINATORS.includes(text[after] as string)) after++;
  // French sets a (narrow) no-break space before the closing guillemet: « Non ! »
  let probe = after;
  while (probe < text.length && SPACE.test(text[probe] as string) && text[probe] !== '\n') probe++;
  if (probe < text.length && (text[probe] === '»' || text[probe] === '”')) after = probe;
  while (after < text.length && CLOSERS.includes(text[after] as string)) after++;

  if (after < text.length) {
    if (!SPACE.test(text[after] as string)) return -1;
    let next = after;
    while (next < text.length && SPACE.test(text[next] as string) && text[next] !== '\n') next++;
    if (next < text.length && LOWERCASE.test(text[next] as string)) return -1;
  }
  const cluster = text.slice(first, index + 1);
  if (cluster === '.' && isAbbreviationBefore(text, first)) return -1;
  return after;
}

/** Whether the word ending just before the period at `dot` takes a period without ending. */
function isAbbreviationBefore(text: string, dot: number): boolean {
  let begin = dot;
  while (begin > 0 && LETTER.test(text[begin - 1] as string)) begin--;
  const word = text.slice(begin, dot);
  if (word.length === 0) return false;
  // An initial ("J. Smith", "M. Macron") or the last letter of an acronym ("U.S.", "J.-C.").
  if (word.length === 1) return true;
  if (begin > 0 && text[begin - 1] === '.' && word.length <= 2) return true;
  return ABBREVIATIONS.has(word);
}

function wordBoundaryAfter(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (SPACE.test(text[i] as string)) return i + 1;
  return from;
}

function wordBoundaryBefore(text: string, from: number, limit: number): number {
  for (let i = from; i > limit; i--) if (SPACE.test(text[i - 1] as string)) return i - 1;
  return from;
}
