/**
 * The recogniser: who and when in an article's text. Actors and dates are independent
 * extractors over the same text; both are pure and resolved against `ctx`.
 */
import type { RecognitionContext } from './context';
import type { ActorAnnotation, DateAnnotation } from './types';
import type { KnowledgeBase } from './knowledge/schema';
import { loadKnowledgeBase } from './knowledge/index';
import { createActorMatcher, findActors, type ActorMatcher } from './actors/index';
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

/** Finds the actors and dates of `text`. Pass a matcher built from another base in tests. */
export function recognize(text: string, ctx: RecognitionContext, matcher: ActorMatcher = bundledMatcher()): Recognition {
  return {
    actors: findActors(text, ctx, matcher),
    dates: findDates(text, ctx),
  };
}

export type { KnowledgeBase };
