import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../page/detect-article';
import { makeDocument, paragraphs, PARAGRAPHS_EN, PARAGRAPHS_FR } from './fixtures/dom';

function page(head: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><title>Page</title>${head}</head><body>${body}</body></html>`;
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

const teasers = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    `<article class="teaser"><h2><a href="/2023/12/${i}/story">Titre de l’article numéro ${i}</a></h2><p>Un court résumé de l’article ${i}, en une phrase.</p></article>`,
  ).join('');

describe('detectArticle', () => {
  it('accepts a page whose JSON-LD says NewsArticle', () => {
    const doc = makeDocument(page(jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Titre' }),
      `<article><h1>Titre</h1>${paragraphs(PARAGRAPHS_FR)}</article>`));
    expect(detectArticle(doc)).toEqual({ isArticle: true, reason: 'json-ld NewsArticle' });
  });

  it('finds article types inside @graph and in arrays of types', () => {
    const doc = makeDocument(page(jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Le Quotidien' },
        { '@type': ['ReportageNewsArticle', 'NewsArticle'], headline: 'Reportage' },
      ],
    }), '<main><p>Court.</p></main>'));
    expect(detectArticle(doc)).toMatchObject({ isArticle: true, reason: 'json-ld ReportageNewsArticle,NewsArticle' });
  });

  it('accepts a WebPage whose mainEntity is a BlogPosting', () => {
    const doc = makeDocument(page(jsonLd({ '@type': 'WebPage', mainEntity: { '@type': 'BlogPosting' } }), '<p>x</p>'));
    expect(detectArticle(doc).isArticle).toBe(true);
  });

  it('accepts og:type=article without JSON-LD', () => {
    const doc = makeDocument(page('<meta property="og:type" content="article">', '<div><p>Court.</p></div>'));
    expect(detectArticle(doc)).toEqual({ isArticle: true, reason: 'og:type=article' });
  });

  it('rejects a section front with ten <article> teasers and CollectionPage JSON-LD', () => {
    const doc = makeDocument(page(jsonLd({ '@type': 'CollectionPage', name: 'Moyen-Orient' }), `<main>${teasers(10)}</main>`),
      'https://news.example/international/moyen-orient/');
    expect(detectArticle(doc)).toEqual({ isArticle: false, reason: 'json-ld CollectionPage' });
  });

  it('lets CollectionPage win over an og:type=article left by the CMS', () => {
    const doc = makeDocument(page(`<meta property="og:type" content="article">${jsonLd({ '@type': 'CollectionPage' })}`, teasers(10)),
      'https://news.example/international/');
    expect(detectArticle(doc).isArticle).toBe(false);
  });

  it('rejects a section front of teasers without metadata, by structure', () => {
    const doc = makeDocument(page('', `<main>${teasers(10)}</main>`), 'https://news.example/international/');
    expect(detectArticle(doc)).toEqual({ isArticle: false, reason: 'section front (10 <article> teasers)' });
  });

  it('keeps an article page that has a few related-story <article> teasers', () => {
    const doc = makeDocument(page('', `<main><article><h1>Titre</h1>${paragraphs(PARAGRAPHS_FR)}</article>${teasers(5)}</main>`));
    expect(detectArticle(doc)).toEqual({ isArticle: true, reason: 'readable prose' });
  });

  it('rejects a site whose JSON-LD describes only the WebSite', () => {
    const doc = makeDocument(page(jsonLd([{ '@type': 'WebSite' }, { '@type': 'Organization' }]), paragraphs(PARAGRAPHS_FR)),
      'https://news.example/a-propos');
    expect(detectArticle(doc)).toEqual({ isArticle: false, reason: 'json-ld WebSite only' });
  });

  it('rejects a web app made of controls with little prose', () => {
    const controls = Array.from({ length: 15 }, (_, i) => `<label>Champ ${i}<input name="f${i}"></label><button>Action ${i}</button>`).join('');
    const doc = makeDocument(page('', `<div id="app"><p>Tableau de bord</p>${controls}<select><option>a</option></select></div>`),
      'https://app.example/dashboard/settings');
    expect(detectArticle(doc)).toMatchObject({ isArticle: false });
    expect(detectArticle(doc).reason).toMatch(/^web app/);
  });

  it('rejects a contenteditable editor even when it holds prose and article metadata', () => {
    const doc = makeDocument(page('<meta property="og:type" content="article">',
      paragraphs(PARAGRAPHS_EN)).replace('<body>', '<body contenteditable="true">'), 'https://editor.example/doc/42');
    expect(detectArticle(doc)).toEqual({ isArticle: false, reason: 'editor (contenteditable body)' });
  });

  it('rejects a document in designMode', () => {
    const doc = makeDocument(page('', paragraphs(PARAGRAPHS_EN)));
    Object.defineProperty(doc, 'designMode', { value: 'on' });
    expect(detectArticle(doc)).toEqual({ isArticle: false, reason: 'editor (designMode)' });
  });

  it('rejects the site root and language roots but not a root that serves one post', () => {
    const body = `<article><h1>Titre</h1>${paragraphs(PARAGRAPHS_FR)}</article>`;
    expect(detectArticle(makeDocument(page('', body), 'https://news.example/'))).toEqual({ isArticle: false, reason: 'site root (address)' });
    expect(detectArticle(makeDocument(page('', body), 'https://news.example/en/')).isArticle).toBe(false);
    expect(detectArticle(makeDocument(page('', body), 'https://blog.example/?p=123')).isArticle).toBe(true);
  });

  it('rejects search results by address', () => {
    const body = paragraphs(PARAGRAPHS_FR);
    expect(detectArticle(makeDocument(page('', body), 'https://news.example/recherche/?q=irak'))).toEqual({ isArticle: false, reason: 'search results (address)' });
    expect(detectArticle(makeDocument(page('', body), 'https://blog.example/?s=irak')).reason).toBe('search results (address)');
  });

  it('accepts a marked articleBody without metadata', () => {
    const doc = makeDocument(page('', `<div itemprop="articleBody">${paragraphs(PARAGRAPHS_EN.slice(0, 2))}</div>`));
    expect(detectArticle(doc)).toEqual({ isArticle: true, reason: 'itemprop=articleBody' });
  });

  it('accepts plain prose through the readability heuristic and rejects a short page', () => {
    expect(detectArticle(makeDocument(page('', `<div class="story">${paragraphs(PARAGRAPHS_EN)}</div>`)))).toEqual({ isArticle: true, reason: 'readable prose' });
    expect(detectArticle(makeDocument(page('', '<div><p>Page introuvable.</p></div>')))).toEqual({ isArticle: false, reason: 'little prose' });
  });

  it('does not count link-wrapped teaser summaries as prose', () => {
    const links = PARAGRAPHS_FR.concat(PARAGRAPHS_EN).map((t, i) => `<div class="card"><a href="/s/${i}"><p>${t}</p></a></div>`).join('');
    expect(detectArticle(makeDocument(page('', links), 'https://news.example/latest'))).toEqual({ isArticle: false, reason: 'little prose' });
  });

  it('ignores oversized JSON-LD blocks', () => {
    const huge = { '@type': 'NewsArticle', articleBody: 'x'.repeat(70_000) };
    const doc = makeDocument(page(jsonLd(huge), '<p>Court.</p>'));
    expect(detectArticle(doc)).toEqual({ isArticle: false, reason: 'little prose' });
  });

  it('survives malformed JSON-LD', () => {
    const doc = makeDocument(page('<script type="application/ld+json">{ "@type": "NewsArticle", </script>', paragraphs(PARAGRAPHS_EN)));
    expect(detectArticle(doc)).toEqual({ isArticle: true, reason: 'readable prose' });
  });
});
