import { describe, expect, it } from 'vitest';
import { normalizeDate, readMetadata } from '../../page/metadata';
import { makeDocument } from './fixtures/dom';

const doc = (head: string, body = '', htmlAttrs = '') =>
  makeDocument(`<!doctype html><html ${htmlAttrs}><head><title>Titre du document | Le Quotidien</title>${head}</head><body>${body}</body></html>`);
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const published = (head: string, body = '') => readMetadata(doc(head, body)).publishedAt;

describe('readMetadata: publication date', () => {
  it('reads JSON-LD datePublished, keeping the offset', () => {
    expect(published(jsonLd({ '@type': 'NewsArticle', datePublished: '2023-12-11T09:30:00+01:00' }))).toBe('2023-12-11T09:30:00+01:00');
  });

  it('reads datePublished inside @graph', () => {
    expect(published(jsonLd({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'Article', datePublished: '2023-12-10' }] }))).toBe('2023-12-10');
  });

  it('prefers JSON-LD over the meta tags', () => {
    expect(published(`<meta property="article:published_time" content="2020-01-01T00:00:00Z">${jsonLd({ '@type': 'NewsArticle', datePublished: '2023-12-11T08:00:00Z' })}`))
      .toBe('2023-12-11T08:00:00Z');
  });

  it('reads article:published_time', () => {
    expect(published('<meta property="article:published_time" content="2023-12-11T09:30:00+0100">')).toBe('2023-12-11T09:30:00+01:00');
  });

  it('reads meta itemprop=datePublished', () => {
    expect(published('<meta itemprop="datePublished" content="2023-12-11">')).toBe('2023-12-11');
  });

  it('reads <time pubdate> and <time itemprop=datePublished> in the article before CMS metas', () => {
    expect(published('<meta name="date" content="2020-05-05">', '<article><time pubdate datetime="2023-12-11T10:00">11 décembre</time></article>')).toBe('2023-12-11T10:00');
    expect(published('', '<header><time itemprop="datePublished" datetime="2023-12-09T18:45:10-05:00">Dec 9</time></header>')).toBe('2023-12-09T18:45:10-05:00');
    expect(published('', '<article><time datetime="2023-12-01">not marked</time></article>')).toBeNull();
  });

  it.each([
    ['meta[property="og:published_time"]', '<meta property="og:published_time" content="2023-12-11T09:30:00Z">', '2023-12-11T09:30:00Z'],
    ['meta[name=date]', '<meta name="date" content="2023-12-11">', '2023-12-11'],
    ['meta[name=pubdate]', '<meta name="pubdate" content="2023-12-11 09:30">', '2023-12-11T09:30'],
    ['meta[name=publishdate]', '<meta name="publishdate" content="2023/12/11">', '2023-12-11'],
    ['meta[name="DC.date.issued"]', '<meta name="DC.date.issued" content="2023-12-11">', '2023-12-11'],
    ['meta[name="sailthru.date"]', '<meta name="sailthru.date" content="2023-12-11 09:30:00">', '2023-12-11T09:30:00'],
    ['meta[name="parsely-pub-date"]', '<meta name="parsely-pub-date" content="2023-12-11T08:30:00Z">', '2023-12-11T08:30:00Z'],
  ])('reads %s', (_name, head, expected) => {
    expect(published(head)).toBe(expected);
  });

  it('skips unusable values and takes the next source', () => {
    expect(published(`${jsonLd({ '@type': 'NewsArticle', datePublished: 'hier' })}<meta name="date" content="2023-12-11">`)).toBe('2023-12-11');
  });

  it('is null when the page gives no date', () => {
    expect(published('', '<p>Rien.</p>')).toBeNull();
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2023-12-11T09:30:00+01:00', '2023-12-11T09:30:00+01:00'],
    ['2023-12-11T09:30:00.123Z', '2023-12-11T09:30:00.123Z'],
    ['2023-12-11 09:30', '2023-12-11T09:30'],
    ['2023-12-11 09:30:00 +0100', '2023-12-11T09:30:00+01:00'],
    ['2023-12-11T09:30:00 UTC', '2023-12-11T09:30:00Z'],
    ['2023-1-5', '2023-01-05'],
    ['20231211', '2023-12-11'],
    ['Mon, 11 Dec 2023 09:30:00 GMT', '2023-12-11T09:30:00Z'],
    ['December 11, 2023', '2023-12-11'],
    ['  2023-12-11  ', '2023-12-11'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeDate(raw)).toBe(expected);
  });

  it.each(['11/12/2023', '2023-02-30', '2023-13-01', 'hier', '', '12345', '2023-12-11T25:00'])('rejects %j', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });
});

describe('readMetadata: other fields', () => {
  it('reads title from og:title, then JSON-LD headline, then h1, then document.title', () => {
    expect(readMetadata(doc('<meta property="og:title" content="Titre OG">', '<h1>Titre H1</h1>')).title).toBe('Titre OG');
    expect(readMetadata(doc(jsonLd({ '@type': 'NewsArticle', headline: 'Titre JSON-LD' }), '<h1>Titre H1</h1>')).title).toBe('Titre JSON-LD');
    expect(readMetadata(doc('', '<h1>  Titre\n  H1 </h1>')).title).toBe('Titre H1');
    expect(readMetadata(doc('')).title).toBe('Titre du document | Le Quotidien');
  });

  it('reads lang from <html lang>, og:locale, then Content-Language', () => {
    expect(readMetadata(doc('<meta property="og:locale" content="en_US">', '', 'lang="fr-FR"')).lang).toBe('fr-FR');
    expect(readMetadata(doc('<meta property="og:locale" content="fr_FR">')).lang).toBe('fr-FR');
    expect(readMetadata(doc('<meta http-equiv="Content-Language" content="en, fr">')).lang).toBe('en');
    expect(readMetadata(doc('')).lang).toBeNull();
  });

  it('reads canonical from link[rel=canonical], resolved, then og:url', () => {
    expect(readMetadata(doc('<link rel="canonical" href="/2023/12/11/story">')).canonicalUrl).toBe('https://news.example/2023/12/11/story');
    expect(readMetadata(doc('<meta property="og:url" content="https://news.example/a">')).canonicalUrl).toBe('https://news.example/a');
    expect(readMetadata(doc('')).canonicalUrl).toBeNull();
  });

  it('reads site name from og:site_name, then the JSON-LD publisher', () => {
    expect(readMetadata(doc('<meta property="og:site_name" content="Le Quotidien">')).siteName).toBe('Le Quotidien');
    expect(readMetadata(doc(jsonLd({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'The Daily' } }))).siteName).toBe('The Daily');
  });
});
