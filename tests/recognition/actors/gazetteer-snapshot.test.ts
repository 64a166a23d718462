import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecognitionContext } from '../../../recognition/context';
import { buildGazetteer } from '../../../recognition/actors/gazetteer';
import { gazetteerFromSnapshot, gazetteerSnapshot, knowledgeFingerprint, type GazetteerSnapshot } from '../../../recognition/actors/gazetteer-snapshot';
import { createActorMatcher } from '../../../recognition/actors/index';
import { loadKnowledgeBase } from '../../../recognition/knowledge/index';
import type { KnowledgeBase } from '../../../recognition/knowledge/schema';
import { recognize } from '../../../recognition/pipeline';
import { evaluateArticle } from '../../../scripts/evaluate-golden';
import { ARTICLES_DIR, markedArticleNames, type ExpectedArticle } from '../../../scripts/golden';
import { repeatedArticle } from '../../../scripts/bench/pages';
import { smallKb } from './small-kb';

const kb = loadKnowledgeBase();
/** The snapshot as the bundle carries it: through JSON. */
const snapshot = JSON.parse(JSON.stringify(gazetteerSnapshot(kb))) as GazetteerSnapshot;
const built = createActorMatcher(kb);
const restored = createActorMatcher(kb, snapshot);

/** The article text of every golden fixture, as the page layer extracts it, with its context. */
async function goldenTexts(): Promise<{ name: string; text: string; ctx: RecognitionContext }[]> {
  const texts: { name: string; text: string; ctx: RecognitionContext }[] = [];
  for (const name of markedArticleNames()) {
    const expected = JSON.parse(readFileSync(join(ARTICLES_DIR, `${name}.expected.json`), 'utf8')) as ExpectedArticle;
    const { text } = await evaluateArticle(name);
    const lang: RecognitionContext['lang'] = expected.lang === 'fr' || expected.lang === 'en' ? expected.lang : null;
    const referenceDate = new Date(expected.publishedAt ?? '2024-01-18T12:00:00Z');
    texts.push({ name, text, ctx: { lang, referenceDate, uiLang: 'en' } });
  }
  return texts;
}

describe('gazetteer snapshot', () => {
  it('survives the JSON round trip with the built gazetteer’s patterns, demonyms and automaton', () => {
    const fresh = buildGazetteer(kb);
    const gazetteer = restored.gazetteer;
    expect(gazetteer).not.toBe(undefined);
    expect(gazetteer.patterns).toEqual(fresh.patterns);
    expect([...gazetteer.demonyms]).toEqual([...fresh.demonyms]);
    expect(gazetteer.longest).toBe(fresh.longest);
    expect(gazetteer.automaton.tables).toEqual(fresh.automaton.tables);
    // Patterns refer to the knowledge base's own entries and rules, not copies.
    const withRule = gazetteer.patterns.find((p) => p.rule !== undefined)!;
    expect(kb.rules).toContain(withRule.rule);
    expect(kb.entries).toContain(gazetteer.patterns[0]!.uses[0]!.entry);
  });

  it('recognises exactly what the built matcher recognises on every golden article', async () => {
    const texts = await goldenTexts();
    expect(texts.length).toBeGreaterThan(5);
    for (const { name, text, ctx } of texts) {
      const fromBuilt = JSON.stringify(recognize(text, ctx, built));
      expect(JSON.stringify(recognize(text, ctx, restored)), name).toBe(fromBuilt);
      expect(fromBuilt.length, name).toBeGreaterThan(100);
    }
  }, 120_000);

  it('recognises exactly what the built matcher recognises on a long repeated article, in French and English', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const html = readFileSync(join(ARTICLES_DIR, `demo-${lang}.html`), 'utf8');
      const ctx: RecognitionContext = { lang, referenceDate: new Date(Date.UTC(2024, 0, 18, 12)), uiLang: lang };
      const text = repeatedArticle(html, 100_000).html.replace(/<[^>]*>/g, ' ');
      expect(JSON.stringify(recognize(text, ctx, restored))).toBe(JSON.stringify(recognize(text, ctx, built)));
    }
  }, 120_000);

  it('is refused for another knowledge base, and the matcher is built instead', () => {
    expect(gazetteerFromSnapshot(snapshot, smallKb)).toBe(undefined);
    const matcher = createActorMatcher(smallKb, snapshot);
    expect(matcher.gazetteer.patterns).toEqual(buildGazetteer(smallKb).patterns);
  });

  it('is refused when its fingerprint or format differs', () => {
    expect(gazetteerFromSnapshot({ ...snapshot, fingerprint: 'stale' }, kb)).toBe(undefined);
    expect(gazetteerFromSnapshot({ ...snapshot, version: snapshot.version + 1 }, kb)).toBe(undefined);
    const matcher = createActorMatcher(kb, { ...snapshot, fingerprint: 'stale', patterns: [] });
    expect(matcher.gazetteer.patterns.length).toBe(built.gazetteer.patterns.length);
  });

  it('fingerprints every form the gazetteer reads', () => {
    const base = knowledgeFingerprint(kb);
    const [first, ...rest] = kb.entries;
    const edited = (entry: (typeof kb.entries)[number]): KnowledgeBase => ({ ...kb, entries: [entry, ...rest] });
    expect(knowledgeFingerprint(edited({ ...first! }))).toBe(base);
    expect(knowledgeFingerprint(edited({ ...first!, name: { ...first!.name, en: `${first!.name.en}x` } }))).not.toBe(base);
    expect(knowledgeFingerprint(edited({ ...first!, aliases: { ...first!.aliases, fr: [...(first!.aliases.fr ?? []), 'Autre nom'] } }))).not.toBe(base);
    expect(knowledgeFingerprint(edited({ ...first!, demonyms: [...(first!.demonyms ?? []), 'Autrien'] }))).not.toBe(base);
    expect(knowledgeFingerprint({ ...kb, rules: kb.rules.slice(1) })).not.toBe(base);
  });
});
