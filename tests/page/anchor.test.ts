import { describe, expect, it } from 'vitest';
import { anchorQuote, CONTEXT_CHARS, describeQuote } from '../../page/anchor';

const ARTICLE = [
  'Le gouvernement irakien a annoncé samedi soir la réouverture du poste-frontière de Safwan.',
  'Selon un responsable du ministère de l’Intérieur, les forces de sécurité ont été renforcées le long de la route de Bassora.',
  'M. Haddad, gouverneur de la province, a salué une décision attendue par des milliers de commerçants.',
  'Les négociations avaient repris à la mi-octobre, après plusieurs mois de blocage sur les recettes douanières.',
].join('\n');

function quoteOf(text: string, passage: string) {
  const start = text.indexOf(passage);
  expect(start).toBeGreaterThanOrEqual(0);
  return describeQuote(text, start, start + passage.length);
}

describe('describeQuote', () => {
  it('keeps the exact text, 32 characters of context on each side and the position', () => {
    const q = quoteOf(ARTICLE, 'M. Haddad, gouverneur de la province');
    expect(q.exact).toBe('M. Haddad, gouverneur de la province');
    expect(q.prefix).toBe(ARTICLE.slice(q.start - CONTEXT_CHARS, q.start));
    expect(q.prefix).toHaveLength(32);
    expect(q.suffix).toBe(', a salué une décision attendue ');
    expect(ARTICLE.slice(q.start, q.end)).toBe(q.exact);
  });

  it('shortens context at the text edges', () => {
    const q = describeQuote('Début du texte.', 0, 5);
    expect(q).toEqual({ exact: 'Début', prefix: '', suffix: ' du texte.', start: 0, end: 5 });
  });
});

describe('anchorQuote', () => {
  const passage = 'les forces de sécurité ont été renforcées le long de la route de Bassora';

  it('anchors at the old position when the text is unchanged', () => {
    const q = quoteOf(ARTICLE, passage);
    expect(anchorQuote(ARTICLE, q)).toEqual({ start: q.start, end: q.end });
  });

  it('finds a passage that moved (text inserted before it)', () => {
    const q = quoteOf(ARTICLE, passage);
    const edited = `MISE À JOUR : un nouveau paragraphe a été ajouté en tête de l’article.\n${ARTICLE}`;
    const found = anchorQuote(edited, q);
    expect(found).not.toBeNull();
    expect(edited.slice(found!.start, found!.end)).toBe(passage);
  });

  it('finds a passage whose surrounding text was edited', () => {
    const q = quoteOf(ARTICLE, passage);
    const edited = ARTICLE.replace('Selon un responsable du ministère de l’Intérieur,', 'D’après un haut fonctionnaire,')
      .replace('M. Haddad, gouverneur', 'Le gouverneur Haddad');
    const found = anchorQuote(edited, q);
    expect(edited.slice(found!.start, found!.end)).toBe(passage);
  });

  it('finds a passage with a small typo fixed inside the quote', () => {
    const typo = ARTICLE.replace('renforcées', 'renforcés');
    const q = quoteOf(typo, passage.replace('renforcées', 'renforcés'));
    const found = anchorQuote(ARTICLE, q);
    expect(found).not.toBeNull();
    expect(ARTICLE.slice(found!.start, found!.end)).toMatch(/^les forces de sécurité ont été renforcée?s? le long de la route de Bassora$/);
  });

  it('finds a passage that both moved and changed slightly', () => {
    const q = quoteOf(ARTICLE, passage);
    const edited = ARTICLE.replace('renforcées le long', 'renforcées tout le long').replace('Le gouvernement irakien', 'Dans un communiqué, le gouvernement irakien');
    const found = anchorQuote(edited, q);
    expect(edited.slice(found!.start, found!.end)).toContain('renforcées tout le long de la route de Bassora');
  });

  it('returns null when the passage is gone', () => {
    const q = quoteOf(ARTICLE, passage);
    const edited = ARTICLE.replace(/Selon un responsable[^\n]*/, 'Ce paragraphe a été entièrement réécrit par la rédaction.');
    expect(anchorQuote(edited, q)).toBeNull();
  });

  it('returns null rather than guessing a short quote in another context', () => {
    const q = quoteOf(ARTICLE, 'Bassora');
    const edited = ARTICLE.replace('la route de Bassora', 'la route du sud') + '\nUne autre phrase qui cite Bassora ailleurs.';
    expect(anchorQuote(edited, q)).toBeNull();
  });

  it('returns null for an empty quote', () => {
    expect(anchorQuote(ARTICLE, { exact: '', prefix: '', suffix: '', start: 0, end: 0 })).toBeNull();
  });

  describe('among many repeats of the same quote', () => {
    const repeated = Array.from({ length: 40 }, (_, i) => `Paragraphe ${i} : selon l’agence, « la situation reste calme ». Fin ${i}.`).join('\n');
    const quote = '« la situation reste calme »';

    it('picks the occurrence with the best context', () => {
      const original = `${repeated}\nEn revanche, à Bassora, « la situation reste calme » selon la police locale.`;
      const q = quoteOf(original, `Bassora, ${quote}`);
      const exact = describeQuote(original, q.start + 'Bassora, '.length, q.end);
      // The passage moved far from its old position, but its context still points at it.
      const edited = `En revanche, à Bassora, « la situation reste calme » selon la police locale.\n${repeated}`;
      const found = anchorQuote(edited, exact);
      expect(found).toEqual({ start: 'En revanche, à Bassora, '.length, end: 'En revanche, à Bassora, '.length + quote.length });
    });

    it('picks the occurrence nearest the old position when contexts tie', () => {
      const uniform = Array.from({ length: 40 }, () => `Selon l’agence, ${quote}. `).join('');
      const occurrences = [...uniform.matchAll(/« la situation reste calme »/g)].map((m) => m.index!);
      const target = occurrences[25]!;
      const q = describeQuote(uniform, target, target + quote.length);
      // Shift everything by a few characters: the old position no longer holds the quote.
      const edited = `Note. ${uniform}`;
      expect(anchorQuote(edited, q)).toEqual({ start: target + 6, end: target + 6 + quote.length });
    });
  });

  it('stays fast on a long text with a long quote', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Phrase numéro ${i} d’un très long article sur la frontière irakienne.`).join(' ');
    const q = quoteOf(long, 'Phrase numéro 350 d’un très long article sur la frontière irakienne. Phrase numéro 351');
    const edited = long.replace('Phrase numéro 350 d’un très long', 'Phrase numéro 350 d’un long');
    const t = performance.now();
    const found = anchorQuote(edited, q);
    expect(performance.now() - t).toBeLessThan(200);
    expect(edited.slice(found!.start, found!.end)).toContain('350 d’un long article');
  });
});
