/** Helpers that run one stage of the actor pipeline on a sentence and return readable pairs. */
import type { RecognitionContext } from '../../../recognition/context';
import type { KnowledgeBase } from '../../../recognition/knowledge/schema';
import { createActorMatcher, findActorMentions } from '../../../recognition/actors/index';
import { matchGazetteer } from '../../../recognition/actors/gazetteer';
import { rulesFor } from '../../../recognition/actors/locales';
import { TokenKeys, tokenize } from '../../../recognition/actors/tokens';
import { smallKb } from './small-kb';

const smallMatcher = createActorMatcher(smallKb);

/** `[id, surface]` for every knowledge-base match, in text order. */
export function gazetteerPairs(text: string, ctx: RecognitionContext, kb: KnowledgeBase = smallKb): [string, string][] {
  const matcher = kb === smallKb ? smallMatcher : createActorMatcher(kb);
  const tokens = tokenize(text);
  const mentions = matchGazetteer(matcher.gazetteer, { text, lang: ctx.lang, rules: rulesFor(ctx.lang), tokens, keys: new TokenKeys(tokens) });
  return mentions.map((m) => [m.id, text.slice(m.start, m.end)]);
}

/** `[id, surface]` for every mention the whole pipeline finds. */
export function allPairs(text: string, ctx: RecognitionContext): [string, string][] {
  return findActorMentions(text, ctx, smallMatcher).mentions.map((m) => [m.id, text.slice(m.start, m.end)]);
}

/** Mentions of actors outside the knowledge base, with kind and rule. */
export function unknownMentions(text: string, ctx: RecognitionContext): { id: string; text: string; kind: string; rule: string }[] {
  return findActorMentions(text, ctx, smallMatcher)
    .mentions.filter((m) => !m.known)
    .map((m) => ({ id: m.id, text: text.slice(m.start, m.end), kind: m.kind, rule: m.rule }));
}

/** `articleSays` by id. */
export function says(text: string, ctx: RecognitionContext): Map<string, string> {
  return new Map(findActorMentions(text, ctx, smallMatcher).says);
}

export { smallMatcher };
