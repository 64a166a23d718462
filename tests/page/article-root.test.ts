import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../page/article-root';
import { buildTextMap } from '../../page/text-map';
import { makeDocument, paragraphs, PARAGRAPHS_EN, PARAGRAPHS_FR } from './fixtures/dom';

const page = (body: string) => makeDocument(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const SITE_HEADER = '<header role="banner"><a href="/">Le Quotidien</a><nav><a href="/monde">Monde</a></nav></header>';
const SITE_FOOTER = '<footer><p>© Le Quotidien. Tous droits réservés, reproduction interdite sans autorisation écrite préalable de la rédaction.</p></footer>';

describe('findArticleRoot', () => {
  it('takes [itemprop=articleBody], widened to the <article> holding the headline', () => {
    const doc = page(`${SITE_HEADER}<article itemscope itemtype="https://schema.org/NewsArticle" id="story">
      <header><h1>Réouverture du poste-frontière</h1><p class="standfirst">Le chapeau de l’article.</p></header>
      <div itemprop="articleBody" id="body">${paragraphs(PARAGRAPHS_FR)}</div>
      <aside class="related"><article><h2>Autre</h2></article></aside></article>${SITE_FOOTER}`);
    const root = findArticleRoot(doc);
    expect(root.id).toBe('story');
    const text = buildTextMap(root).text;
    expect(text.startsWith('Réouverture du poste-frontière\nLe chapeau de l’article.\nLe gouvernement irakien')).toBe(true);
    expect(text).not.toContain('Autre');
  });

  it('keeps [itemprop=articleBody] alone when the headline is outside any article', () => {
    const doc = page(`<h1>Titre</h1><div class="teasers"><article>a</article><article>b</article></div>
      <div class="wrap"><div itemprop="articleBody" id="body">${paragraphs(PARAGRAPHS_EN)}</div></div>`);
    expect(findArticleRoot(doc).id).toBe('body');
  });

  it('takes the common ancestor of a body split in several marked blocks', () => {
    const doc = page(`<div id="story"><div itemprop="articleBody">${paragraphs(PARAGRAPHS_FR.slice(0, 2))}</div>
      <div class="paywall">Abonnez-vous</div><div itemprop="articleBody">${paragraphs(PARAGRAPHS_FR.slice(2))}</div></div>`);
    expect(findArticleRoot(doc).id).toBe('story');
  });

  it('ignores an articleBody given as a meta tag', () => {
    const doc = page(`<meta itemprop="articleBody" content="x"><article id="a"><h1>T</h1>${paragraphs(PARAGRAPHS_EN)}</article>`);
    expect(findArticleRoot(doc).id).toBe('a');
  });

  it('takes the <article> that holds the <h1> among teaser articles', () => {
    const doc = page(`<main><article id="lead"><h1>Titre</h1>${paragraphs(PARAGRAPHS_FR)}</article>
      <section class="more"><article><h2>Autre</h2><p>Résumé.</p></article><article><h2>Encore</h2><p>Résumé.</p></article></section></main>`);
    expect(findArticleRoot(doc).id).toBe('lead');
  });

  it('takes a single <article>, widened to take in a headline just above it', () => {
    const doc = page(`${SITE_HEADER}<main id="main"><div class="head"><h1>Title</h1><p class="standfirst">Standfirst.</p></div>
      <article id="a">${paragraphs(PARAGRAPHS_EN)}</article></main>${SITE_FOOTER}`);
    const root = findArticleRoot(doc);
    expect(root.id).toBe('main');
    expect(buildTextMap(root).text.startsWith('Title\nStandfirst.\nThe Iraqi government')).toBe(true);
  });

  it('does not widen into a list of other articles', () => {
    const doc = page(`<main><h1>Title</h1><article id="a">${paragraphs(PARAGRAPHS_EN)}</article>
      <article><p>Teaser one.</p></article><article><p>Teaser two.</p></article></main>`);
    expect(findArticleRoot(doc).id).toBe('a');
  });

  it('takes `main article` when several articles are long and none has the h1', () => {
    const doc = page(`<div class="rail"><article>${paragraphs(PARAGRAPHS_EN.slice(0, 2))}</article></div>
      <main><article id="m">${paragraphs(PARAGRAPHS_FR)}</article></main>`);
    expect(findArticleRoot(doc).id).toBe('m');
  });

  it('falls back to the block with the most paragraph text, ignoring chrome', () => {
    const comments = Array.from({ length: 30 }, () => `<p>${PARAGRAPHS_EN[0]}</p>`).join('');
    const doc = page(`${SITE_HEADER}<div id="page"><div class="col"><h2>Section</h2>
      <div id="text">${paragraphs(PARAGRAPHS_FR)}</div></div>
      <div id="comments"><div class="list">${comments}</div></div></div>${SITE_FOOTER}`);
    expect(findArticleRoot(doc).id).toBe('text');
  });

  it('widens the densest block to include the headline a level up', () => {
    const doc = page(`<div id="content"><h1>Titre</h1><div class="texte">${paragraphs(PARAGRAPHS_FR)}</div></div><div class="rail"><p>Pub.</p></div>`);
    expect(findArticleRoot(doc).id).toBe('content');
  });

  it('falls back to <main>, then <body>, on a page without paragraphs', () => {
    expect(findArticleRoot(page('<main id="m"><div>Texte court</div></main>')).id).toBe('m');
    const doc = page('<div>Texte court</div>');
    expect(findArticleRoot(doc)).toBe(doc.body);
  });
});

describe('findArticleRoot: how much text an explicit body needs', () => {
  // 100 characters once trimmed, spread over several text nodes and padded with white space.
  const hundred = `  <b>${'a'.repeat(40)}</b>\n ${'b'.repeat(20)} <i>${'c'.repeat(37)}</i>  \n`;

  it('trusts a marked body of 100 characters, trimmed, across text nodes', () => {
    const doc = page(`<div id="other"><p>x</p></div><div itemprop="articleBody" id="body">${hundred}</div>`);
    expect(findArticleRoot(doc).id).toBe('body');
  });

  it('does not trust a marked body one character shorter, however much white space pads it', () => {
    const short = hundred.replace('a'.repeat(40), 'a'.repeat(39));
    const doc = page(`<main id="main"><div itemprop="articleBody" id="body">${short}${' '.repeat(50)}</div></main>`);
    expect(findArticleRoot(doc).id).toBe('main');
  });
});
