import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../page/sentence';

/** The sentence around the first occurrence of `needle`. */
const around = (text: string, needle: string) => sentenceAt(text, text.indexOf(needle)).text;

describe('sentenceAt', () => {
  it('finds the sentence between two full stops', () => {
    const text = 'Première phrase. Le gouvernement a parlé. Dernière phrase.';
    expect(around(text, 'gouvernement')).toBe('Le gouvernement a parlé.');
    expect(around(text, 'Première')).toBe('Première phrase.');
    expect(around(text, 'Dernière')).toBe('Dernière phrase.');
  });

  it('does not split after "M." or other French abbreviations', () => {
    const text = 'Le texte a été adopté. M. Macron a salué le vote, tout comme Mme Borne et le Dr. Martin. La séance est levée.';
    expect(around(text, 'Macron')).toBe('M. Macron a salué le vote, tout comme Mme Borne et le Dr. Martin.');
    expect(around(text, 'Martin')).toBe('M. Macron a salué le vote, tout comme Mme Borne et le Dr. Martin.');
  });

  it('does not split inside "U.S." or after "Dr." and initials', () => {
    const text = 'It was quiet. The U.S. Army said Dr. Jane K. Smith had left Baghdad. She returned on Monday.';
    expect(around(text, 'Army')).toBe('The U.S. Army said Dr. Jane K. Smith had left Baghdad.');
    expect(around(text, 'returned')).toBe('She returned on Monday.');
  });

  it('ends at an ellipsis followed by a capital but not by a lowercase word', () => {
    const text = 'Il a hésité… Puis il est parti. Elle a attendu... et encore attendu. Fin.';
    expect(around(text, 'hésité')).toBe('Il a hésité…');
    expect(around(text, 'Puis')).toBe('Puis il est parti.');
    expect(around(text, 'encore')).toBe('Elle a attendu... et encore attendu.');
  });

  it('keeps closing quotes with their sentence and does not split before a lowercase word', () => {
    const text = '« Nous ne céderons pas ! » a-t-il lancé. Il a ajouté : « C’est fini. » Le public a applaudi.';
    expect(around(text, 'céderons')).toBe('« Nous ne céderons pas ! » a-t-il lancé.');
    expect(around(text, 'ajouté')).toBe('Il a ajouté : « C’est fini. »');
    expect(around(text, 'public')).toBe('Le public a applaudi.');
  });

  it('treats ? and ! as ends, and newlines (block separators) as ends', () => {
    const text = 'Un titre sans point\nQui a tiré ? Personne ne le sait! Voilà.';
    expect(around(text, 'titre')).toBe('Un titre sans point');
    expect(around(text, 'tiré')).toBe('Qui a tiré ?');
    expect(around(text, 'Personne')).toBe('Personne ne le sait!');
  });

  it('does not split on decimal numbers', () => {
    expect(around('La croissance atteint 3.5 pour cent cette année. Fin.', 'croissance')).toBe('La croissance atteint 3.5 pour cent cette année.');
  });

  it('bounds a very long sentence and flags the cut, cutting between words', () => {
    const words = Array.from({ length: 200 }, (_, i) => `mot${i}`).join(' ');
    const text = `Début. ${words}. Fin.`;
    const span = sentenceAt(text, text.indexOf('mot100'), 100);
    expect(span.clippedStart).toBe(true);
    expect(span.clippedEnd).toBe(true);
    expect(span.text.length).toBeLessThanOrEqual(200);
    expect(span.text).toContain('mot100');
    expect(span.text).toMatch(/^mot\d+ .* mot\d+$/);
    expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('returns offsets into the text and handles the edges', () => {
    const text = 'Une seule phrase sans fin';
    expect(sentenceAt(text, 0)).toEqual({ start: 0, end: text.length, text, clippedStart: false, clippedEnd: false });
    expect(sentenceAt(text, text.length).text).toBe(text);
    expect(sentenceAt('', 0).text).toBe('');
  });
});
