import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { parserTag } from '../tags';

/** Where the date sits in the text. */
export interface Span {
  index: number;
  text: string;
}

export type Groups = Partial<Record<string, string>>;

/**
 * Base of our parsers: one regular expression (flags `iu`) that must start at a word boundary.
 * An optional leading named group `lead` matches context words that are not part of the date
 * ("en", "depuis", "the", "l'invasion de"): it is left out of the span. Context after the date
 * must be a lookahead. Subclasses build the result from the named groups.
 */
export abstract class WordParser implements Parser {
  /** Tag naming the rule on every result (class names do not survive minification). */
  protected abstract readonly name: string;
  private compiled?: RegExp;

  protected abstract innerPattern(): string;

  protected abstract extractDate(context: ParsingContext, groups: Groups, span: Span): ParsingResult | null;

  pattern(): RegExp {
    this.compiled ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${this.innerPattern()})`, 'iu');
    return this.compiled;
  }

  /** Left context that rules a match out ("chaque lundi", "the past year"), anchored at the end. */
  protected excludedBefore(): RegExp | null {
    return null;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    if (this.excludedBefore()?.test(this.textBefore(context, match.index ?? 0))) return null;
    const groups: Groups = match.groups ?? {};
    const lead = groups.lead ?? '';
    const span = { index: (match.index ?? 0) + lead.length, text: match[0].slice(lead.length) };
    return this.extractDate(context, groups, span);
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

  /** Up to `length` characters of text before the match, for checks on the left context. */
  protected textBefore(context: ParsingContext, index: number, length = 24): string {
    return context.text.slice(Math.max(0, index - length), index);
  }
}
