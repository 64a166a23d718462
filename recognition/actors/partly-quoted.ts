/**
 * Names quoted in part: « Mouvement de résistance islamique » en Irak. A gazetteer match never
 * crosses a quotation mark (a quote is not part of a name), so the whole alias is not found
 * there. When the quoted words and the few words right after the closing mark spell an alias,
 * the quoted words are a mention of that actor; the words after it keep their own reading
 * ("Irak" stays the state).
 */
import type { SupportedLang } from '../types';
import { matchGazetteer, type Gazetteer } from './gazetteer';
import type { ActorRules } from './locales';
import { MentionIndex, type ActorMention } from './mention';
import { TokenKeys, tokenize } from './tokens';

export interface PartlyQuotedInput {
  text: string;
  lang: SupportedLang | null;
  rules: ActorRules;
  gazetteer: Gazetteer;
  /** Sorted, never overlapping. */
  mentions: readonly ActorMention[];
}

/** Longest quotation read as a name (a longer one is a quoted sentence). */
const MAX_QUOTED_LENGTH = 80;
/** How many words after the closing mark may complete the name. */
const MAX_WORDS_AFTER = 3;

const QUOTE_PAIRS: Readonly<Record<string, string>> = { '«': '»', '“': '”', '"': '"', '„': '“', '‹': '›' };
const WORD_AFTER = /^[\s\u00a0\u202f]*([\p{L}\p{M}’'-]+)/u;
const SPACES = /^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g;

/** Adds a mention for each quoted name completed by the words after its closing mark. */
export function findPartlyQuotedNames(input: PartlyQuotedInput): ActorMention[] {
  const found: ActorMention[] = [];
  const { text } = input;
  const known = new MentionIndex(input.mentions);
  const closing = new ClosingMarks(text);
  // The opening marks of `QUOTE_PAIRS`, found by a native search rather than a step per
  // character; a new expression for each call, as the search keeps its position in it.
  const opening = /[«“"„‹]/g;
  for (let mark = opening.exec(text); mark !== null; mark = opening.exec(text)) {
    const open = mark.index;
    const end = closing.after(QUOTE_PAIRS[mark[0]]!, open + 1);
    // Too far: the search goes on from the character after this mark (`lastIndex`).
    if (end < 0 || end - open > MAX_QUOTED_LENGTH) continue;
    const quoted = quotedSpan(text, open + 1, end);
    if (quoted && !known.overlaps(quoted.start, quoted.end)) {
      const mention = completedName(input, quoted.start, quoted.end, end + 1);
      if (mention) found.push(mention);
    }
    opening.lastIndex = end + 1;
  }
  if (found.length === 0) return [...input.mentions];
  return [...input.mentions, ...found].sort((a, b) => a.start - b.start);
}

/**
 * The next closing mark of each kind at or after a position that only moves forward. Each found
 * position is kept until the scan passes it, so that a page with many opening marks and a
 * closing one far away (or none) does not search the rest of the text again for each of them.
 */
class ClosingMarks {
  /** Per mark: where the last search found it (-1: nowhere after the position searched from). */
  private readonly next = new Map<string, number>();
  constructor(private readonly text: string) {}

  after(mark: string, from: number): number {
    const known = this.next.get(mark);
    if (known !== undefined && (known < 0 || known >= from)) return known;
    const found = this.text.indexOf(mark, from);
    this.next.set(mark, found);
    return found;
  }
}

/** The quoted words without the spaces inside the marks, if they look like a name. */
function quotedSpan(text: string, from: number, to: number): { start: number; end: number } | null {
  const inner = text.slice(from, to);
  const leading = inner.length - inner.trimStart().length;
  const trimmed = inner.replace(SPACES, '');
  if (trimmed.length === 0 || /[.!?\n]/.test(trimmed)) return null;
  // A name starts with a capital letter: « réforme » en Irak is a word, not an actor.
  if (trimmed[0] === trimmed[0]!.toLowerCase()) return null;
  return { start: from + leading, end: from + leading + trimmed.length };
}

/** The actor named by the quoted words followed by up to three words after the mark, if any. */
function completedName(input: PartlyQuotedInput, start: number, end: number, after: number): ActorMention | null {
  const quoted = input.text.slice(start, end);
  const words: string[] = [];
  let rest = input.text.slice(after, after + 60);
  for (let i = 0; i < MAX_WORDS_AFTER; i++) {
    const word = WORD_AFTER.exec(rest);
    if (!word) break;
    words.push(word[1]!);
    rest = rest.slice(word[0].length);
  }
  // The longest completion first, as the gazetteer prefers the longest alias.
  for (let count = words.length; count > 0; count--) {
    const candidate = `${quoted} ${words.slice(0, count).join(' ')}`;
    const tokens = tokenize(candidate);
    const whole = matchGazetteer(input.gazetteer, { text: candidate, lang: input.lang, rules: input.rules, tokens, keys: new TokenKeys(tokens) }).find(
      (m) => m.start === 0 && m.end === candidate.length,
    );
    if (whole) return { ...whole, start, end, rule: 'gazetteer:partly-quoted' };
  }
  return null;
}
