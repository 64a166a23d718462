/**
 * Anchoring quoted passages (notes) to article text that may have changed since the quote was
 * taken, in the manner of web annotation tools: describe a passage by its exact text, some
 * context on each side and its old position; anchor it again by trying the old position, then
 * exact occurrences, then approximate matches, each scored by quote similarity, context and
 * distance from the old position. Pure over strings.
 */
import search from 'approx-string-match';

export interface QuoteSelector {
  exact: string;
  /** Up to `CONTEXT_CHARS` characters before the passage. */
  prefix: string;
  /** Up to `CONTEXT_CHARS` characters after the passage. */
  suffix: string;
  /** Old position of the passage in the text, a hint for choosing among candidates. */
  start: number;
  end: number;
}

export interface AnchorMatch {
  start: number;
  end: number;
}

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 32;
/** Approximate matches may differ from the quote by at most this fraction of its length. */
const MAX_ERROR_RATE = 1 / 4;
/** Below this length a quote found away from its old position also needs its context to agree. */
const SHORT_QUOTE = 20;
/**
 * Mean prefix/suffix similarity under which context "disagrees": exact occurrences then let
 * approximate matches compete, and short quotes are not anchored there.
 */
const WEAK_CONTEXT = 0.5;
/** Exact occurrences considered at most (a very common quote in a very long text). */
const MAX_EXACT_CANDIDATES = 1000;

/** Weights of the candidate score: the quote itself counts most, position least. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 10 } as const;

/** Describes `text.slice(start, end)` for later anchoring. */
export function describeQuote(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}

/**
 * Finds the passage described by `selector` in `text`, or null when it is gone. Tries the old
 * position (accepted at once when quote and context still agree), then every exact occurrence,
 * then (when no exact occurrence has agreeing context) approximate matches with at most
 * ⌊quote length / 4⌋ edits; the best-scored candidate wins. Quotes shorter than 20 characters
 * are only anchored where their context agrees.
 */
export function anchorQuote(text: string, selector: QuoteSelector): AnchorMatch | null {
  const { exact } = selector;
  if (exact.length === 0) return null;

  const oldStart = selector.start;
  if (text.startsWith(exact, oldStart) && contextAgrees(text, oldStart, oldStart + exact.length, selector)) {
    return { start: oldStart, end: oldStart + exact.length };
  }

  const exactMatches = findExact(text, exact, oldStart).map((start) => withContext(text, selector, { start, end: start + exact.length, errors: 0 }));
  // An exact occurrence in a foreign context may be a repeat; the edited original can score higher.
  let candidates = exactMatches.some(contextFits)
    ? exactMatches
    : [...exactMatches, ...approximateMatches(text, selector).map((m) => withContext(text, selector, m))];
  // A short quote found elsewhere in another context is a guess, not the passage.
  if (exact.length < SHORT_QUOTE) candidates = candidates.filter(contextFits);
  return candidates.length > 0 ? best(selector, candidates) : null;
}

/**
 * Approximate matches: the best ones over the whole text, plus the best one near the old
 * position (the search returns only the lowest-error matches, which may all be elsewhere).
 */
function approximateMatches(text: string, selector: QuoteSelector): Candidate[] {
  const { exact } = selector;
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  if (maxErrors === 0) return [];
  const from = Math.max(0, selector.start - CONTEXT_CHARS);
  const to = Math.min(text.length, selector.end + CONTEXT_CHARS + maxErrors);
  const near = from < to ? search(text.slice(from, to), exact, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from })) : [];
  return [...search(text, exact, maxErrors), ...near];
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** A candidate with the similarity of its surroundings to the quote's prefix and suffix. */
interface Scored extends Candidate {
  prefix: number;
  suffix: number;
}

function withContext(text: string, selector: QuoteSelector, m: Candidate): Scored {
  return {
    ...m,
    prefix: similarity(selector.prefix, text.slice(Math.max(0, m.start - selector.prefix.length), m.start)),
    suffix: similarity(selector.suffix, text.slice(m.end, m.end + selector.suffix.length)),
  };
}

function contextFits(m: Scored): boolean {
  return (m.prefix + m.suffix) / 2 >= WEAK_CONTEXT;
}

function best(selector: QuoteSelector, candidates: readonly Scored[]): AnchorMatch {
  let winner = candidates[0] as Scored;
  let winnerScore = -Infinity;
  for (const candidate of candidates) {
    const score = scoreOf(selector, candidate);
    if (score > winnerScore) {
      winner = candidate;
      winnerScore = score;
    }
  }
  return { start: winner.start, end: winner.end };
}

function scoreOf(selector: QuoteSelector, m: Scored): number {
  const quote = 1 - m.errors / selector.exact.length;
  // Halves at one quote length away: nearby candidates are told apart, far ones all score ~0.
  const position = 1 / (1 + Math.abs(m.start - selector.start) / selector.exact.length);
  return WEIGHTS.quote * quote + WEIGHTS.prefix * m.prefix + WEIGHTS.suffix * m.suffix + WEIGHTS.position * position;
}

function contextAgrees(text: string, start: number, end: number, selector: QuoteSelector): boolean {
  return text.slice(Math.max(0, start - selector.prefix.length), start) === selector.prefix &&
    text.slice(end, end + selector.suffix.length) === selector.suffix;
}

/** 1 − (edits to find `expected` in `actual`) / |expected|; 1 when there was no context. */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0 || expected === actual) return 1;
  if (actual.length === 0) return 0;
  const matches = search(actual, expected, expected.length);
  const errors = matches.reduce((min, m) => Math.min(min, m.errors), expected.length);
  return 1 - errors / expected.length;
}

/** Exact occurrences, the `MAX_EXACT_CANDIDATES` nearest to the old position when there are more. */
function findExact(text: string, exact: string, oldStart: number): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
  if (starts.length <= MAX_EXACT_CANDIDATES) return starts;
  return starts.sort((a, b) => Math.abs(a - oldStart) - Math.abs(b - oldStart)).slice(0, MAX_EXACT_CANDIDATES);
}
