import { describe, expect, it } from 'vitest';
import { articleKeyFor, normaliseUrl, siteOf } from '../../storage/urls';

describe('normaliseUrl', () => {
  it.each([
    ['https://news.example.org/a?utm_source=x&utm_Medium=y#top', 'https://news.example.org/a'],
    ['https://news.example.org/a?id=3&fbclid=abc&gclid=def', 'https://news.example.org/a?id=3'],
    ['https://News.Example.org:443/a', 'https://news.example.org/a'],
    ['https://news.example.org/a?page=2', 'https://news.example.org/a?page=2'],
    ['https://news.example.org/s?q=a%20b&utm_term=z&x', 'https://news.example.org/s?q=a%20b&x'],
    ['https://news.example.org/a?', 'https://news.example.org/a'],
    ['  https://news.example.org/a  ', 'https://news.example.org/a'],
    ['not a url', 'not a url'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });
});

describe('articleKeyFor', () => {
  it('prefers a web canonical URL, normalised', () => {
    expect(
      articleKeyFor({ url: 'https://m.example.org/a?utm_source=x', canonicalUrl: 'https://www.example.org/a#x' }),
    ).toBe('https://www.example.org/a');
  });

  it('falls back to the page URL when the canonical URL is missing or unusable', () => {
    expect(articleKeyFor({ url: 'https://www.example.org/a#x', canonicalUrl: null })).toBe('https://www.example.org/a');
    expect(articleKeyFor({ url: 'https://www.example.org/a', canonicalUrl: '/relative' })).toBe('https://www.example.org/a');
  });
});

describe('siteOf', () => {
  it('drops www. and gives nothing for non-URLs', () => {
    expect(siteOf('https://www.daily.example.com/world')).toBe('daily.example.com');
    expect(siteOf('about:unknown')).toBe('');
    expect(siteOf('nope')).toBe('');
  });
});
