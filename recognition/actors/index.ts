/**
 * Actor recognition: who an article talks about.
 *
 * An ordered pipeline over one shared state: the knowledge-base gazetteer first, its everyday
 * phrases kept only where written as names, regional seats of government read again (the city
 * unless the government acts), then the proper-noun finder for actors outside the base (French
 * and English articles only), the acronyms the article defines, coreference of partial forms,
 * and what the article says of each actor; the mentions are then grouped into actors.
 */
import type { RecognitionContext } from '../context';
import type { KnowledgeBase } from '../knowledge/schema';
import type { ActorAnnotation } from '../types';
import { defineAcronyms } from './acronyms';
import { aggregateActors } from './aggregate';
import { describeActors } from './appositions';
import { linkCoreferences } from './coreference';
import { keepPhrasesWrittenAsNames } from './evidence';
import { buildGazetteer, matchGazetteer, type Gazetteer } from './gazetteer';
import { formsIn } from './forms-in-text';
import { rulesFor, type ActorRules } from './locales';
import type { AcronymDefinition, ActorMention } from './mention';
import { placeRegionalSeats } from './metonymy';
import { findPartlyQuotedNames } from './partly-quoted';
import { findProperNouns } from './proper-nouns';
import { TokenKeys, TokenView, tokenize, type Tokens } from './tokens';

/** A knowledge base prepared for matching: build once, reuse for every page. */
export interface ActorMatcher {
  readonly kb: KnowledgeBase;
  readonly gazetteer: Gazetteer;
}

/** What the stages read and write. Each stage returns a new state; none mutates its input. */
export interface ActorState {
  readonly text: string;
  readonly ctx: RecognitionContext;
  readonly matcher: ActorMatcher;
  readonly rules: ActorRules;
  readonly tokens: Tokens;
  readonly keys: TokenKeys;
  readonly view: TokenView;
  /** Sorted, never overlapping. */
  readonly mentions: readonly ActorMention[];
  readonly acronyms: readonly AcronymDefinition[];
  /** `articleSays` by actor id. */
  readonly says: ReadonlyMap<string, string>;
}

export interface ActorStage {
  name: string;
  run(state: ActorState): ActorState;
}

/** The pipeline, in order. */
export const ACTOR_PIPELINE: readonly ActorStage[] = [
  {
    name: 'gazetteer',
    run: (s) => ({ ...s, mentions: matchGazetteer(s.matcher.gazetteer, { text: s.text, lang: s.ctx.lang, rules: s.rules, tokens: s.tokens, keys: s.keys }) }),
  },
  {
    name: 'phrase-names',
    run: (s) => ({ ...s, mentions: keepPhrasesWrittenAsNames(s.view, s.rules, s.matcher.kb, s.mentions) }),
  },
  {
    name: 'regional-seats',
    run: (s) => ({ ...s, mentions: placeRegionalSeats({ tokens: s.tokens, keys: s.keys, rules: s.rules, kb: s.matcher.kb, mentions: s.mentions }) }),
  },
  {
    name: 'partly-quoted',
    run: (s) => ({ ...s, mentions: findPartlyQuotedNames({ text: s.text, lang: s.ctx.lang, rules: s.rules, gazetteer: s.matcher.gazetteer, mentions: s.mentions }) }),
  },
  {
    name: 'proper-nouns',
    // Its evidence is French and English words: elsewhere (German nouns, Portuguese titles, or a
    // language nobody detected) capitalised common nouns would pass for names.
    run: (s) =>
      hasNameRules(s.ctx.lang)
        ? { ...s, mentions: findProperNouns({ view: s.view, rules: s.rules, known: s.mentions, demonyms: s.matcher.gazetteer.demonyms }) }
        : s,
  },
  {
    name: 'acronyms',
    run: (s) => ({ ...s, ...defineAcronyms(s.tokens, s.mentions) }),
  },
  {
    name: 'coreference',
    run: (s) => ({ ...s, mentions: linkCoreferences({ tokens: s.tokens, keys: s.keys, rules: s.rules, mentions: s.mentions, acronyms: s.acronyms }) }),
  },
  {
    name: 'appositions',
    run: (s) => ({ ...s, says: describeActors({ tokens: s.tokens, keys: s.keys, rules: s.rules, mentions: s.mentions, demonyms: s.matcher.gazetteer.demonyms }) }),
  },
];

/** The proper-noun finder has rules for French and English articles only. */
function hasNameRules(lang: string | null): boolean {
  return lang === 'fr' || lang === 'en';
}

/** Builds the matcher (the Aho–Corasick automaton over every alias) for a knowledge base. */
export function createActorMatcher(kb: KnowledgeBase): ActorMatcher {
  return { kb, gazetteer: buildGazetteer(kb) };
}

/**
 * A matcher for `text` alone: only the forms that can occur in it (see forms-in-text.ts). It
 * finds in `text` what `createActorMatcher(kb)` finds, and is far quicker to build for a page,
 * but it is no use for any other text.
 */
export function createTextMatcher(kb: KnowledgeBase, text: string): ActorMatcher {
  return { kb, gazetteer: buildGazetteer(kb, formsIn(text)) };
}

/** Matchers built by `findActors` for callers that pass a knowledge base, one per base. */
const matchers = new WeakMap<KnowledgeBase, ActorMatcher>();

function matcherFor(source: KnowledgeBase | ActorMatcher): ActorMatcher {
  if ('gazetteer' in source) return source;
  let matcher = matchers.get(source);
  if (matcher === undefined) {
    matcher = createActorMatcher(source);
    matchers.set(source, matcher);
  }
  return matcher;
}

/** Runs the pipeline and returns every mention with the rule that made it (for debugging and evaluation). */
export function findActorMentions(text: string, ctx: RecognitionContext, source: KnowledgeBase | ActorMatcher): ActorState {
  const matcher = matcherFor(source);
  const tokens = tokenize(text);
  const keys = new TokenKeys(tokens);
  const initial: ActorState = {
    text,
    ctx,
    matcher,
    rules: rulesFor(ctx.lang),
    tokens,
    keys,
    view: new TokenView(tokens, keys),
    mentions: [],
    acronyms: [],
    says: new Map(),
  };
  return ACTOR_PIPELINE.reduce((state, stage) => stage.run(state), initial);
}

/**
 * Finds the actors of `text`. Pass the matcher from `createActorMatcher` (or the knowledge base
 * itself: its matcher is then built on first use and kept for later calls with the same base).
 */
export function findActors(text: string, ctx: RecognitionContext, kb: KnowledgeBase | ActorMatcher): ActorAnnotation[] {
  const state = findActorMentions(text, ctx, kb);
  return aggregateActors(text, state.mentions, state.says, ctx, state.matcher.kb);
}
