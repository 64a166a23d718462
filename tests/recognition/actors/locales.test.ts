import { describe, expect, it } from 'vitest';
import { rulesFor } from '../../../recognition/actors/locales';

describe('rulesFor', () => {
  it('gives each language its own words, and an article of another language the words of both', () => {
    expect(rulesFor('en').stopWords.has('the')).toBe(true);
    expect(rulesFor('en').stopWords.has('les')).toBe(false);
    expect(rulesFor('fr').stopWords.has('les')).toBe(true);
    expect(rulesFor('fr').stopWords.has('the')).toBe(false);
    expect(rulesFor(null).stopWords.has('the')).toBe(true);
    expect(rulesFor(null).stopWords.has('les')).toBe(true);
  });

  it('compiles each set once and hands the same rules back afterwards', () => {
    expect(rulesFor('fr')).toBe(rulesFor('fr'));
    expect(rulesFor('en')).toBe(rulesFor('en'));
    expect(rulesFor(null)).toBe(rulesFor(null));
    expect(rulesFor('fr')).not.toBe(rulesFor('en'));
  });
});
