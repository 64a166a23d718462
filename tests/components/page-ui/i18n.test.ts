import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTranslate, plural } from '../../../components/page-ui/i18n';
import { catalogue } from './helpers';

const ours = /^(card|list|note|selection)_/;

function keysOf(lang: string): string[] {
  const path = resolve(__dirname, `../../../public/_locales/${lang}/messages.json`);
  return Object.keys(JSON.parse(readFileSync(path, 'utf8'))).filter((key) => ours.test(key));
}

describe('createTranslate', () => {
  it('resolves named placeholders to the numbered substitutions', () => {
    const t = createTranslate({
      pair: { message: '$B$ then $A$ ($$)', placeholders: { a: { content: '$1' }, b: { content: '$2' } } },
    });
    expect(t('pair', ['one', 'two'])).toBe('two then one ($)');
    expect(t('missing')).toBe('');
  });

  it('chooses singular and plural forms by language', () => {
    expect(plural(catalogue('en'), 'en', 'card_mentions', 1)).toBe('Mentioned once in this article');
    expect(plural(catalogue('en'), 'en', 'card_mentions', 4)).toBe('Mentioned 4 times in this article');
    expect(plural(catalogue('fr'), 'fr', 'card_mentions', 4)).toBe('4 mentions dans cet article');
  });
});

describe('catalogues of the page UI', () => {
  it('have the same keys in English and French', () => {
    expect(keysOf('fr').sort()).toEqual(keysOf('en').sort());
    expect(keysOf('en').length).toBeGreaterThan(40);
  });

  it('write French apostrophes as ’', () => {
    const t = catalogue('fr');
    for (const key of keysOf('fr')) expect(t(key, ['x', 'y']), key).not.toContain("'");
  });
});
