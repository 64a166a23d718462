import { describe, expect, it } from 'vitest';
import { ALL_CAPS, CAPITALISED, ELIDED, POSSESSIVE, SENTENCE_START, tokenize, sentenceAround } from '../../../recognition/actors/tokens';

function words(text: string): string[] {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
}

function flagged(text: string, flag: number): string[] {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => i).filter((i) => t.flags[i]! & flag).map((i) => text.slice(t.start[i], t.end[i]));
}

describe('tokenize', () => {
  it('splits French elisions and English possessives off the name', () => {
    expect(words('l’Iran, d\'Abu Mahdi, jusqu’à Bagdad, Iran’s allies')).toEqual(['l’', 'Iran', 'd\'', 'Abu', 'Mahdi', 'jusqu’', 'à', 'Bagdad', 'Iran', '’s', 'allies']);
    expect(flagged('l’Iran et d’Abu', ELIDED)).toEqual(['l’', 'd’']);
    expect(flagged('Iran’s allies', POSSESSIVE)).toEqual(['’s']);
  });

  it('keeps hyphenated names and inner apostrophes together', () => {
    expect(words('Al-Kadhimi, porte-parole de Kata\'ib Hezbollah')).toEqual(['Al-Kadhimi', 'porte-parole', 'de', 'Kata\'ib', 'Hezbollah']);
  });

  it('marks capitalised words, including names behind an Arabic article, and acronyms', () => {
    expect(flagged('le chef al-Amiri et ad-Dulaimi de Badr', CAPITALISED)).toEqual(['al-Amiri', 'ad-Dulaimi', 'Badr']);
    expect(flagged('the EI and the UN, not I', ALL_CAPS)).toEqual(['EI', 'UN']);
  });

  it('starts sentences after full stops but not after abbreviations or initials', () => {
    const text = 'M. Macron est arrivé. Il a vu Gen. Petraeus. George W. Bush était absent.\nTitre';
    expect(flagged(text, SENTENCE_START)).toEqual(['M', 'Il', 'George', 'Titre']);
    const t = tokenize(text);
    const second = text.indexOf('Il');
    expect(text.slice(sentenceAround(t, second + 3).start, sentenceAround(t, second + 3).end).trim()).toBe('Il a vu Gen. Petraeus.');
  });
});
