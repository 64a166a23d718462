import { describe, expect, it } from 'vitest';
import { buildTextMap, offsetAt, rangeForOffsets, type TextMap } from '../../page/text-map';
import { makeDocument } from './fixtures/dom';

function mapOf(bodyHtml: string): { doc: Document; map: TextMap } {
  const doc = makeDocument(`<!doctype html><html><body><main id="root">${bodyHtml}</main></body></html>`);
  return { doc, map: buildTextMap(doc.getElementById('root') as Element) };
}

/** Whitespace as a reader sees it: what `range.toString()` should equal once collapsed. */
const collapsed = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');

describe('buildTextMap', () => {
  it('separates blocks with one newline and keeps inline elements inside words', () => {
    const { map } = mapOf('<h1>Le titre</h1><p>Un <b>pre</b>mier para<i>graphe</i>.</p><ul><li>un</li><li>deux</li></ul><div>fin<br>ligne</div>');
    expect(map.text).toBe('Le titre\nUn premier paragraphe.\nun\ndeux\nfin\nligne');
  });

  it('collapses source whitespace the way a reader sees it', () => {
    const { map } = mapOf(`
      <p>
        Abu   Mahdi
        al-Muhandis  a été tué
      </p>
      <p>  <span> Deuxième </span>  <em>bloc</em>  </p>`);
    expect(map.text).toBe('Abu Mahdi al-Muhandis a été tué\nDeuxième bloc');
  });

  it('drops soft hyphens and zero-width spaces but keeps no-break spaces', () => {
    const { map } = mapOf('<p>Hez\u00adbollah et le\u200b Hamas ont 12\u00a0000 combattants</p>');
    expect(map.text).toBe('Hezbollah et le Hamas ont 12\u00a0000 combattants');
    const start = map.text.indexOf('Hezbollah');
    expect(rangeForOffsets(map, start, start + 9)?.toString()).toBe('Hez\u00adbollah');
  });

  it('keeps <pre> text verbatim', () => {
    const { map } = mapOf('<p>avant</p><pre>a  b\n  c</pre>');
    expect(map.text).toBe('avant\na  b\n  c');
  });

  it('skips page chrome by tag, role, attribute and class token', () => {
    const { map } = mapOf(`
      <p>Début du texte.</p>
      <nav>Menu</nav><aside>Encadré</aside><footer>Pied</footer>
      <form><label>Nom</label><input value="valeur"><textarea>brouillon</textarea><select><option>Choix</option></select><button>Envoyer</button></form>
      <script>var x = 1;</script><style>p{}</style><noscript>Activez JS</noscript><template><p>Modèle</p></template>
      <svg><text>Dessin</text></svg><iframe></iframe>
      <div hidden>Caché</div><div aria-hidden="true">Caché aria</div><div style="color: red; display:none">Caché style</div>
      <div role="navigation">Nav role</div><div role="complementary">Compl</div><div role="contentinfo">Info</div>
      <div role="banner">Bannière</div><div role="search">Recherche</div><div role="dialog">Dialogue</div>
      <div class="related-articles">Articles similaires</div><div class="article__share">Partager</div>
      <div class="socialLinks">Réseaux</div><section id="comments">Commentaires</section>
      <div class="newsletter-signup">Newsletter</div><div class="promo">Promo</div><div class="ad-slot">Pub</div>
      <div class="c-ad">Pub 2</div><ol class="breadcrumb"><li>Accueil</li></ol><p class="byline">Par Untel</p>
      <span class="author-name">Untel</span><div class="dateline">Bagdad, 11 décembre</div>
      <ul class="tags"><li>Irak</li></ul><div class="subscribe-box">Abonnez-vous</div>
      <div class="paywall">Réservé</div><div id="cookie-banner">Cookies</div>
      <div class="read-more">Lire la suite</div><div class="lire-aussi">Lire aussi</div><div class="articleReadMore">Suite</div>
      <p><strong>À lire aussi</strong> <a href="/autre">Un autre article</a></p>
      <p>Read more: <a href="/other">Another story</a></p>
      <div>Advertisement</div>
      <ul class="list"><li><a rel="tag" href="/t/irak">Irak</a></li></ul>
      <p>Fin du texte.</p>`);
    expect(map.text).toBe('Début du texte.\nFin du texte.');
  });

  it('skips editable content: contenteditable anywhere in the root', () => {
    const { map } = mapOf('<p>Texte.</p><div contenteditable="true">Brouillon du lecteur</div><div contenteditable>Autre</div><p contenteditable="false">Gardé.</p>');
    expect(map.text).toBe('Texte.\nGardé.');
  });

  it('does not mistake content class names for chrome', () => {
    const { map } = mapOf(`
      <div class="shadow-box"><p>Ombre.</p></div><div class="header-main"><p>En-tête.</p></div>
      <div class="thread"><p>Fil.</p></div><div class="loaded"><p>Chargé.</p></div>
      <div class="adjacent headline"><p>Adjacent.</p></div><div class="uploads"><p>Envois.</p></div>
      <div class="commentary"><p>Analyse.</p></div><div class="reader"><p>Lecteur.</p></div>`);
    expect(map.text).toBe('Ombre.\nEn-tête.\nFil.\nChargé.\nAdjacent.\nEnvois.\nAnalyse.\nLecteur.');
  });

  it('keeps a chrome-named wrapper that holds the headline', () => {
    const { map } = mapOf('<div class="layout has-sidebar"><h1>Titre</h1><p>Corps.</p></div><div class="sidebar">À côté</div>');
    expect(map.text).toBe('Titre\nCorps.');
  });

  it('skips the site banner <header> under <body> but keeps an article <header>', () => {
    const doc = makeDocument('<html><body><header>Le Quotidien</header><article><header><h1>Titre</h1></header><p>Corps.</p></article></body></html>');
    expect(buildTextMap(doc.body).text).toBe('Titre\nCorps.');
  });

  it('keeps inline images inside a line', () => {
    const { map } = mapOf('<p>Un <img src="x.png" alt="">drapeau et <picture><img src="y.png"></picture>une carte.</p>');
    expect(map.text).toBe('Un drapeau et une carte.');
  });

  it('never tests the root itself for chrome', () => {
    const doc = makeDocument('<html><body><div id="r" class="social-story"><p>Texte.</p></div></body></html>');
    expect(buildTextMap(doc.getElementById('r') as Element).text).toBe('Texte.');
  });

  it('returns an empty map for an empty root', () => {
    const { map } = mapOf('<div>  </div>');
    expect(map).toMatchObject({ text: '', nodes: [], starts: [] });
    expect(rangeForOffsets(map, 0, 0)).toBeNull();
  });
});

describe('rangeForOffsets and offsetAt', () => {
  const html = `
    <h1>Qassem   Soleimani</h1>
    <p class="standfirst">Le général <a href="#">iranien</a> a été tué
       le 3 janvier 2020 à Bagdad.</p>
    <p>Abu Mahdi al-<b>Muhandis</b>, chef du Kataib Hezbollah, était à ses côtés.</p>
    <blockquote><p>« Nous répondrons », a déclaré <span>Téhéran</span>.</p></blockquote>`;

  it('round-trips every span of every length', () => {
    const { map } = mapOf(html);
    let checked = 0;
    for (let start = 0; start < map.text.length; start++) {
      for (let end = start + 1; end <= Math.min(map.text.length, start + 40); end++) {
        const expected = map.text.slice(start, end);
        const range = rangeForOffsets(map, start, end);
        if (/^\n+$/.test(expected)) {
          expect(range).toBeNull();
          continue;
        }
        const dom = range?.toString() ?? '<null>';
        if (expected.includes('\n')) {
          // Across blocks the DOM holds indentation where the text has one separator.
          expect(dom.replace(/\s+/g, '')).toBe(expected.replace(/\s+/g, ''));
        } else {
          expect(collapsed(dom)).toBe(expected);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('maps word spans exactly, without whitespace differences', () => {
    const { map } = mapOf(html);
    for (const word of ['Qassem', 'Soleimani', 'iranien', '3 janvier 2020', 'Bagdad', 'al-Muhandis', 'Kataib Hezbollah', 'Téhéran']) {
      const start = map.text.indexOf(word);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(rangeForOffsets(map, start, start + word.length)?.toString()).toBe(word);
    }
  });

  it('maps DOM positions back to text offsets, including inside collapsed whitespace', () => {
    const { doc, map } = mapOf(html);
    const h1Text = doc.querySelector('h1')?.firstChild as Text;
    expect(offsetAt(map, h1Text, 0)).toBe(0);
    expect(offsetAt(map, h1Text, 7)).toBe(7); // inside the run of three spaces: after its one space
    expect(offsetAt(map, h1Text, 9)).toBe(7);
    expect(offsetAt(map, h1Text, h1Text.length)).toBe('Qassem Soleimani'.length);
    const muhandis = doc.querySelector('b')?.firstChild as Text;
    expect(offsetAt(map, muhandis, 2)).toBe(map.text.indexOf('Muhandis') + 2);
    const span = doc.querySelector('span') as Element;
    expect(offsetAt(map, span, 0)).toBe(map.text.indexOf('Téhéran'));
    expect(offsetAt(map, span, 1)).toBe(map.text.indexOf('Téhéran') + 'Téhéran'.length);
  });

  it('round-trips offsets through ranges', () => {
    const { map } = mapOf(html);
    for (let offset = 0; offset <= map.text.length; offset++) {
      if (map.text[offset - 1] === '\n') continue; // just after a separator: a node start, tested below
      const range = rangeForOffsets(map, offset, offset);
      expect(range).not.toBeNull();
      expect(offsetAt(map, range!.startContainer, range!.startOffset)).toBe(offset);
    }
  });

  it('gives null for positions outside the map', () => {
    const { doc, map } = mapOf('<p>Texte.</p><nav>Menu</nav>');
    expect(offsetAt(map, doc.querySelector('nav')!.firstChild!, 1)).toBeNull();
    expect(rangeForOffsets(map, 3, 2)).toBeNull();
    expect(rangeForOffsets(map, 0, map.text.length + 1)).toBeNull();
  });

  it('gives null once the nodes have left the document', () => {
    const { doc, map } = mapOf('<p id="p">Texte.</p>');
    doc.getElementById('p')!.remove();
    expect(rangeForOffsets(map, 0, 3)).toBeNull();
  });

  it('is linear: a large article maps quickly', () => {
    const paragraph = '<p>Le <b>gouvernement</b> irakien a annoncé   la réouverture\n du poste-frontière. </p>';
    const { map } = mapOf(`<div>${paragraph.repeat(1000)}</div>`);
    expect(map.nodes.length).toBe(3000);
    const start = map.text.lastIndexOf('gouvernement');
    expect(rangeForOffsets(map, start, start + 12)?.toString()).toBe('gouvernement');
  });
});

describe('buildTextMap: piece lengths', () => {
  it('records what each node contributes, so ranges come out as from the nodes’ data', () => {
    const doc = makeDocument('<!doctype html><html><body><div id="root"><p>  Two   spaces </p><p>Plain text.</p><pre>a\n  b\n</pre><p>Ends with a space <b>bold</b> </p><p>Last \u00adone </p></div></body></html>');
    const map = buildTextMap(doc.getElementById('root')!);
    expect(map.lengths).toHaveLength(map.nodes.length);
    const { lengths: _, ...withoutLengths } = map;
    const bounds = (range: Range | null) => range && [range.startContainer, range.startOffset, range.endContainer, range.endOffset];
    for (let start = 0; start <= map.text.length; start++) {
      for (let end = start; end <= map.text.length; end++) {
        expect(bounds(rangeForOffsets(map, start, end))).toEqual(bounds(rangeForOffsets(withoutLengths, start, end)));
      }
    }
  });
});
