import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { alignEnd, alignStart } from '../wordAlignment';

/** How far either side of its word a wrapped parser looks: more than its longest expression. */
const REACH = 48;
/** How much further a window edge may move to avoid cutting a word. */
const SLACK = 24;

type Extracted = ReturnType<Parser['extract']>;

function isResult(extracted: NonNullable<Extracted>): extracted is ParsingResult {
  return 'index' in extracted && 'start' in extracted;
}

function isComponents(extracted: NonNullable<Extracted>): extracted is ParsingComponents {
  return typeof (extracted as Partial<ParsingComponents>).isCertain === 'function';
}

/**
 * Runs a chrono parser only near the words its dates must contain. Chrono scans each parser's
 * regular expression over the whole text, and its expressions start with optional words that
 * make that scan slow; this wrapper scans for the words instead (fast: they start with `\b` and a
 * literal), then runs the parser's own expression on a short window around each one, keeping its
 * first match that holds the word. Results are the parser's own, for every date that holds one of
 * the words within `REACH` characters.
 */
export class TriggeredParser implements Parser {
  private readonly trigger: RegExp;
  /** The inner parser's expression, made global to search a window from a given position. */
  private windowPattern?: { of: RegExp; global: RegExp };

  /**
   * @param inner the chrono parser
   * @param words pattern of the words every date of `inner` contains (should start with `\b`)
   * @param flags flags of that pattern: `i` unless the words' case matters ("May", not "may")
   */
  constructor(
    private readonly inner: Parser,
    words: string,
    flags = 'i',
  ) {
    this.trigger = new RegExp(words, flags);
  }

  pattern(): RegExp {
    return this.trigger;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const wordStart = match.index ?? 0;
    const wordEnd = wordStart + match[0].length;
    const from = alignStart(context.text, wordStart - REACH, SLACK);
    const window = context.text.slice(from, alignEnd(context.text, wordEnd + REACH, SLACK));
    const pattern = this.globalPattern(context);
    pattern.lastIndex = 0;
    for (let found = pattern.exec(window); found; found = pattern.exec(window)) {
      const start = from + found.index;
      if (start > wordEnd) return null;
      pattern.lastIndex = found.index + 1;
      if (start + found[0].length <= wordStart) continue;
      found.index = start;
      const extracted = this.inner.extract(context, found);
      if (extracted) return this.asResult(context, found, extracted);
    }
    return null;
  }

  private globalPattern(context: ParsingContext): RegExp {
    const pattern = this.inner.pattern(context);
    if (this.windowPattern?.of !== pattern) {
      this.windowPattern = { of: pattern, global: new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`) };
    }
    return this.windowPattern.global;
  }

  /** What chrono itself does with each kind of value a parser returns. */
  private asResult(context: ParsingContext, found: RegExpMatchArray, extracted: NonNullable<Extracted>): ParsingResult {
    if (isResult(extracted)) return extracted;
    const result = context.createParsingResult(found.index ?? 0, found[0]);
    result.start = isComponents(extracted) ? extracted : context.createParsingComponents(extracted);
    return result;
  }
}
