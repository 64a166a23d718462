import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formsIn, telltaleOf } from '../../../recognition/actors/forms-in-text';
import { createActorMatcher, createTextMatcher } from '../../../recognition/actors/index';
import { loadKnowledgeBase } from '../../../recognition/knowledge/index';
import { recognize } from '../../../recognition/pipeline';
import { findArticleRoot } from '../../../page/article-root';
import { buildTextMap } from '../../../page/text-map';
import { parseHtml } from '../../../scripts/lib/parse-html';

const kb = loadKnowledgeBase();
const everyForm = kb.entries.flatMap((entry) => [
  entry.name.en,
  entry.name.fr,
  ...(entry.aliases.any ?? []),
  ...(entry.aliases.en ?? []),
  ...(entry.aliases.fr ?? []),
  ...(entry.caseSensitive ?? []),
  ...(entry.metonyms ?? []),
  ...(entry.contextual?.aliases ?? []),
]);

describe('telltaleOf', () => {
  it('takes the longest run of ASCII letters and digits, lowercased', () => {
    expect(telltaleOf('Hadi al-Amiri')).toBe('amiri');
    expect(telltaleOf('Brigades du Hezbollah')).toBe('hezbollah');
    expect(telltaleOf('G7')).toBeNull();
    expect(telltaleOf('ONU')).toBe('onu');
  });

  it('stops a run at any other character, accents included', () => {
    expect(telltaleOf('Téhéran')).toBe('ran');
    expect(telltaleOf('Hez\u00adbollah')).toBe('bollah');
    expect(telltaleOf('États-Unis')).toBe('tats');
  });
});

describe('formsIn', () => {
  it('keeps every form of the knowledge base in a sentence that holds it', () => {
    const missed = everyForm.filter((form) => !formsIn(`Selon « ${form} », l’Irak a réagi.`)(form) || !formsIn(`${form}'s envoy said`)(form));
    expect(missed).toEqual([]);
  });

  it('keeps forms whose words the text writes with accents, other cases, quotes or soft hyphens', () => {
    expect(formsIn('HEZBOLLAH a tiré')('Hezbollah')).toBe(true);
    expect(formsIn('le Hez\u00adbollah a tiré')('Hezbollah')).toBe(true);
    expect(formsIn('à Téhéran, hier')('Teheran')).toBe(true);
    expect(formsIn('les « Brigades » du Hezbollah')('Brigades du Hezbollah')).toBe(true);
  });

  it('leaves out forms a word of which the text never holds', () => {
    const keep = formsIn('Hadi al-Amiri a rencontré le Premier ministre à Bagdad.');
    expect(keep('Hadi al-Amiri')).toBe(true);
    expect(keep('Moqtada al-Sadr')).toBe(false);
    expect(keep('Hezbollah')).toBe(false);
    // Too short to say: kept.
    expect(keep('UN')).toBe(true);
  });
});

/** The article text the annotator reads from a fixture page. */
async function fixtureText(path: string): Promise<string> {
  const { document, close } = parseHtml(readFileSync(path, 'utf8'), 'http://127.0.0.1/article.html');
  const text = buildTextMap(findArticleRoot(document)).text;
  await close();
  return text;
}

describe('createTextMatcher', () => {
  const full = createActorMatcher(kb);
  const reference = new Date(Date.UTC(2024, 0, 18, 12));

  it('finds in each fixture article exactly what the whole matcher finds, read as French or English', async () => {
    const dir = 'tests/fixtures/articles';
    const pages = readdirSync(dir).filter((name) => name.endsWith('.html') && !name.endsWith('.marked.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const text = await fixtureText(`${dir}/${page}`);
      const own = createTextMatcher(kb, text);
      expect(own.gazetteer.patterns.length).toBeLessThan(full.gazetteer.patterns.length / 3);
      for (const lang of ['fr', 'en'] as const) {
        const ctx = { lang, referenceDate: reference, uiLang: lang };
        expect(recognize(text, ctx, own), `${page} read as ${lang}`).toEqual(recognize(text, ctx, full));
      }
    }
  }, 60_000);

  it('completes partly quoted names and honours quotes as the whole matcher does', () => {
    const text =
      'Le « Mouvement de résistance islamique » en Irak a revendiqué l’attaque. Selon «Hadi» al-Amiri, les Brigades du « Hezbollah » irakien ont tiré.';
    const ctx = { lang: 'fr' as const, referenceDate: reference, uiLang: 'fr' as const };
    const found = recognize(text, ctx, createTextMatcher(kb, text));
    expect(found).toEqual(recognize(text, ctx, full));
    expect(found.actors.length).toBeGreaterThan(1);
  });
});
