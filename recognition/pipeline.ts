/**
 * The recogniser: who and when in an article's text. Actors and dates are independent
 * extractors over the same text; both are pure and resolved against `ctx`.
 */
import type { RecognitionContext } from './context';
import type { ActorAnnotation, DateAnnotation } from './types';
import type { KnowledgeBase } from './knowledge/schema';
import { loadKnowledgeBase } from './knowledge/index';
import { createActorMatcher, createTextMatcher, findActors, type ActorMatcher } from './actors/index';
import { prepareBase } from './actors/gazetteer';
import { findDates } from './dates/index';

export interface Recognition {
  actors: ActorAnnotation[];
  dates: DateAnnotation[];
}

let defaultMatcher: ActorMatcher | undefined;

/** The matcher for the bundled knowledge base, built on first use (building it is the costly part). */
export function bundledMatcher(): ActorMatcher {
  defaultMatcher ??= createActorMatcher(loadKnowledgeBase());
  return defaultMatcher;
}

/** Whether `bundledMatcher()` has been built (it answers at once). */
export function isBundledMatcherBuilt(): boolean {
  return defaultMatcher !== undefined;
}

/**
 * Texts longer than this are matched with the bundled matcher, built if need be: on them,
 * sorting out the forms that may occur costs more than building the whole matcher saves.
 */
export const TEXT_MATCHER_MAX_CHARS = 50_000;

/**
 * The matcher to recognise `text` with: the bundled one once built, else, for an article-sized
 * text, one holding only the forms that may occur in it, which finds the same actors and is
 * built in a third of the time (what a background that has just started makes a reader wait for).
 */
export function matcherForText(text: string): ActorMatcher {
  if (defaultMatcher !== undefined || text.length > TEXT_MATCHER_MAX_CHARS) return bundledMatcher();
  return createTextMatcher(loadKnowledgeBase(), text);
}

/** Works out, ahead of the first text, what every matcher of the bundled base shares. */
export function prepareMatchers(): void {
  prepareBase(loadKnowledgeBase());
}

/** Finds the actors and dates of `text`. Pass a matcher built from another base in tests. */
export function recognize(text: string, ctx: RecognitionContext, matcher: ActorMatcher = bundledMatcher()): Recognition {
  return {
    actors: findActors(text, ctx, matcher),
    dates: findDates(text, ctx),
  };
}

export type { KnowledgeBase };
