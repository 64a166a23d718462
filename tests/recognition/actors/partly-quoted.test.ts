import { describe, expect, it } from 'vitest';
import { buildGazetteer, matchGazetteer } from '../../../recognition/actors/gazetteer';
import { rulesFor } from '../../../recognition/actors/locales';
import { findPartlyQuotedNames } from '../../../recognition/actors/partly-quoted';
import { TokenKeys, tokenize } from '../../../recognition/actors/tokens';
import { loadKnowledgeBase } from '../../../recognition/knowledge/index';

const gazetteer = buildGazetteer(loadKnowledgeBase());

function mentionsOf(text: string, lang: 'fr' | 'en') {
  const rules = rulesFor(lang);
  const tokens = tokenize(text);
  const known = matchGazetteer(gazetteer, { text, lang, rules, tokens, keys: new TokenKeys(tokens) });
  return findPartlyQuotedNames({ text, lang, rules, gazetteer, mentions: known }).map((m) => ({ text: text.slice(m.start, m.end), id: m.id, rule: m.rule }));
}

describe('findPartlyQuotedNames', () => {
  it('reads quoted words that an alias completes after the closing mark as that actor, and leaves the rest its own reading', () => {
    const found = mentionsOf('Les tirs ont été revendiqués par le « Mouvement de résistance islamique » en Irak, une coalition de factions.', 'fr');
    expect(found).toContainEqual({ text: 'Mouvement de résistance islamique', id: 'islamic-resistance-in-iraq', rule: 'gazetteer:partly-quoted' });
    expect(found).toContainEqual(expect.objectContaining({ text: 'Irak', id: 'state-irq' }));
  });

  it('does the same with English curly quotes', () => {
    const found = mentionsOf('The attack was claimed by the “Islamic Resistance” in Iraq on Sunday.', 'en');
    expect(found).toContainEqual({ text: 'Islamic Resistance', id: 'islamic-resistance-in-iraq', rule: 'gazetteer:partly-quoted' });
  });

  it('adds nothing for a quotation that no alias completes, a lowercase quotation or a quoted name already found', () => {
    expect(mentionsOf('Il a parlé d’une « Mouvement de colère » en Irak.', 'fr').map((m) => m.text)).toEqual(['Irak']);
    expect(mentionsOf('Une « résistance islamique » en Irak, disent-ils.', 'fr').map((m) => m.text)).toEqual(['Irak']);
    const quotedWhole = mentionsOf('Le « Hezbollah » au Liban a répondu.', 'fr');
    expect(quotedWhole.filter((m) => m.id === 'hezbollah')).toHaveLength(1);
    expect(quotedWhole.find((m) => m.id === 'hezbollah')!.rule).not.toBe('gazetteer:partly-quoted');
  });

  it('still reads a quoted name after opening marks whose closing mark is out of reach or missing', () => {
    const unclosed = `« ${'une très longue citation sans fin '.repeat(4)}`;
    const text = `${unclosed} Puis le “ ${'a'.repeat(90)} et le « Mouvement de résistance islamique » en Irak a revendiqué.`;
    expect(mentionsOf(text, 'fr')).toContainEqual({ text: 'Mouvement de résistance islamique', id: 'islamic-resistance-in-iraq', rule: 'gazetteer:partly-quoted' });
    const english = 'He said: “we will answer, ' + 'and answer again, '.repeat(5) + 'said the “Islamic Resistance” in Iraq.';
    expect(mentionsOf(english, 'en')).toContainEqual({ text: 'Islamic Resistance', id: 'islamic-resistance-in-iraq', rule: 'gazetteer:partly-quoted' });
  });
});
