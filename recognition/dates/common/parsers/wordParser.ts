import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { WORD_CHARS } from '../pattern';
import { parserTag } from '../tags';

/** Where the date sits in the text. */
export interface Span {
  index: number;
  text: string;
}

export type Groups = Partial<Record<string, string>>;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Base of our parsers: one regular expression (flag `i`) for the distinctive core of a date, then
 * checks on the text before it. A regular expression that starts with optional words or a
 * lookbehind is scanned several times more slowly, so the left context is checked separately, at
 * the one position where the core starts: each check is a lookbehind run there (sticky), which
 * V8 matches backwards from that position. The core must start a word; it should itself start
 * with `\b` when its first character is an ASCII letter or digit, which lets V8 skip ahead quickly.
 */
export abstract class WordParser implements Parser {
  /** Tag naming the rule on every result (class names do not survive minification). */
  protected abstract readonly name: string;
  /** Whether the core's case matters ("May" the month, "may" the verb); the context checks ignore case. */
  protected readonly caseSensitive: boolean = false;
  private compiled?: Compiled;

  protected abstract innerPattern(): string;

  protected abstract extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null;

  /**
   * Words right before the core that belong to the date ("ce mercredi", "last Friday", "entre le
   * 7…"), as a pattern source: they join the span, and their named groups join the core's.
   */
  protected prefix(): string | null {
    return null;
  }

  /** Context that must come right before the date and is not part of it ("en 2014"), as a pattern source. */
  protected requiredBefore(): string | null {
    return null;
  }

  /** Context right before the date that rules it out ("chaque lundi", "the past year"), as a pattern source. */
  protected excludedBefore(): string | null {
    return null;
  }

  pattern(): RegExp {
    return this.patterns().core;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const { prefix, required, excluded } = this.patterns();
    const coreIndex = match.index ?? 0;
    if (WORD_CHARACTER.test(context.text.charAt(coreIndex - 1))) return null;
    let index = coreIndex;
    let groups: Groups = match.groups ?? {};
    const words = prefix && matchBefore(prefix, context.text, coreIndex);
    if (words?.groups?.prefix) {
      index -= words.groups.prefix.length;
      groups = { ...words.groups, ...groups };
    }
    if (required && !matchBefore(required, context.text, index)) return null;
    if (excluded && matchBefore(excluded, context.text, index)) return null;
    const span = { index, text: context.text.slice(index, coreIndex + match[0].length) };
    return this.extractDate(context, groups, span);
  }

  private patterns(): Compiled {
    if (!this.compiled) {
      const lookbehind = (source: string | null) => (source === null ? null : new RegExp(`(?<=${source})`, 'iy'));
      const prefix = this.prefix();
      this.compiled = {
        core: new RegExp(this.innerPattern(), this.caseSensitive ? '' : 'i'),
        prefix: lookbehind(prefix === null ? null : `(?<![${WORD_CHARS}])(?<prefix>${prefix})`),
        required: lookbehind(this.requiredBefore()),
        excluded: lookbehind(this.excludedBefore()),
      };
    }
    return this.compiled;
  }

  /** A result over `span`, tagged with this parser's name. */
  protected result(
    context: ParsingContext,
    span: Span,
    start: ParsingComponents,
    end?: ParsingComponents,
  ): ParsingResult {
    return context.createParsingResult(span.index, span.text, start, end).addTag(parserTag(this.name));
  }

  /** Up to `length` characters of text before `index`, for checks on the left context. */
  protected textBefore(context: ParsingContext, index: number, length = 40): string {
    return context.text.slice(Math.max(0, index - length), index);
  }
}

interface Compiled {
  core: RegExp;
  prefix: RegExp | null;
  required: RegExp | null;
  excluded: RegExp | null;
}

/** Runs a sticky lookbehind at `index`: does the text just before `index` match it? */
function matchBefore(lookbehind: RegExp, text: string, index: number): RegExpExecArray | null {
  lookbehind.lastIndex = index;
  return lookbehind.exec(text);
}
