import { WORD_CHARS } from './pattern';
import { alignEnd, alignStart } from './wordAlignment';

/**
 * Chrono runs every parser's regular expression over all the text it is given, which is too slow
 * for whole pages. A cheap linear pre-scan finds the words that can start or hold a date, and
 * chrono then reads only the passages around them, joined into one shorter text.
 */

/** A passage of the article text, `[start, end)`. */
export interface Region {
  start: number;
  end: number;
}

const APOSTROPHES = /['’‘ʼ]/g;
const LINE_FEED = 10;

/**
 * Characters a passage keeps before and after a trigger: room for the longest expression and its
 * context, more before (a sign of the future earlier in the clause: "she expected talks to resume
 * in April") than after.
 */
const MARGIN_BEFORE = 72;
const MARGIN_AFTER = 32;
/** How far a passage edge may move further out to avoid cutting a word in two. */
const WORD_SLACK = 16;

/**
 * One regular expression for all triggers of a language: its trigger patterns (written with "'",
 * which here matches any apostrophe; each must start with an ASCII letter, for `\\b`), a year
 * 1900–2100, or a decade such as "80s". Flag `i` only, for speed (see pattern.ts).
 */
export function triggerPattern(sources: readonly string[]): RegExp {
  const words = sources.join('|').replace(/'/g, "['’‘ʼ]");
  return new RegExp(
    `\\b(?:${words})(?![${WORD_CHARS}])|\\b(?:19\\d\\d|20\\d\\d|2100)\\b|\\b(?:19|20)?\\d0['’]?s\\b`,
    'gi',
  );
}

/**
 * The passages worth parsing: around each trigger, a margin of characters either side, not crossing
 * a line break, widened to whole words; overlapping passages merge. Linear in the text length.
 *
 * @param isTrigger second look at a match, for what the case-blind pattern cannot tell ("may")
 */
export function candidateRegions(text: string, trigger: RegExp, isTrigger: (word: string) => boolean = () => true): Region[] {
  const regions: Region[] = [];
  let current: Region | undefined;
  for (const match of text.matchAll(trigger)) {
    if (!isTrigger(match[0])) continue;
    const triggerStart = match.index;
    const triggerEnd = triggerStart + match[0].length;
    if (current && triggerEnd + MARGIN_AFTER <= current.end) continue;
    const start = passageStart(text, triggerStart);
    const end = passageEnd(text, triggerEnd);
    if (current && start <= current.end) {
      current.end = Math.max(current.end, end);
    } else {
      current = { start, end };
      regions.push(current);
    }
  }
  return regions;
}

function passageStart(text: string, from: number): number {
  const limit = Math.max(0, from - MARGIN_BEFORE);
  let index = from;
  while (index > limit && text.charCodeAt(index - 1) !== LINE_FEED) index--;
  return index === limit ? alignStart(text, index, WORD_SLACK) : index;
}

function passageEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MARGIN_AFTER);
  let index = from;
  while (index < limit && text.charCodeAt(index) !== LINE_FEED) index++;
  return index === limit ? alignEnd(text, index, WORD_SLACK) : index;
}

/** Passages joined into the one text chrono reads, with the way back to article offsets. */
export interface JoinedRegions {
  text: string;
  /** Article offset of an offset in the joined text. */
  toArticle(index: number): number;
}

/** Marks the joins between passages: no rule reads it as part of a date. */
export const PASSAGE_MARK = '\u0000';

/** Between passages, so that no expression or merge spans two of them. */
const PASSAGE_SEPARATOR = `\n${PASSAGE_MARK}\n`;

/**
 * Join passages for chrono. Apostrophes are written "'" (one code unit for one, so offsets do
 * not move) so that every rule, chrono's and ours, needs only that one.
 */
export function joinRegions(text: string, regions: readonly Region[]): JoinedRegions {
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const region of regions) {
    starts.push(length);
    parts.push(text.slice(region.start, region.end).replace(APOSTROPHES, "'"));
    length += region.end - region.start + PASSAGE_SEPARATOR.length;
  }
  return {
    text: parts.join(PASSAGE_SEPARATOR),
    toArticle(index: number): number {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= index) low = middle;
        else high = middle - 1;
      }
      return regions[low]!.start + index - starts[low]!;
    },
  };
}
