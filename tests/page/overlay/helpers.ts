/** A small article page, its text map and hand-made annotations for the overlay tests. */
import { buildTextMap, type TextMap } from '../../../page/text-map';
import type { ActorAnnotation, DateAnnotation, PageAnnotations } from '../../../recognition/types';
import { lastFridayResolved } from '../../helpers/dates';

export const articleHtml = `
<article>
  <h1>Talks resume in Baghdad</h1>
  <p>Hadi al-Amiri met the prime minister on Friday. <a href="#amiri">al-Amiri</a> said little.</p>
  <p>Later, Jean Dupuis-Ferrand wrote that the meeting had been planned since October.</p>
  <input id="field" value="Hadi al-Amiri">
</article>`;

export interface Fixture {
  map: TextMap;
  annotations: PageAnnotations;
  amiri: ActorAnnotation;
  stranger: ActorAnnotation;
  friday: DateAnnotation;
}

function span(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in the article`);
  return { text: needle, start, end: start + needle.length };
}

/** Puts the article in `document` and annotates it by hand. */
export function setUpArticle(doc: Document = document): Fixture {
  doc.body.innerHTML = articleHtml;
  return annotateArticle(doc);
}

/** Annotates the article now in `doc` (after the test changed it) the way `setUpArticle` does. */
export function annotateArticle(doc: Document = document): Fixture {
  const map = buildTextMap(doc.querySelector('article')!);
  const first = span(map.text, 'Hadi al-Amiri');
  const second = span(map.text, 'al-Amiri', first.end);
  const amiri: ActorAnnotation = {
    id: 'hadi-al-amiri',
    name: 'Hadi al-Amiri',
    kind: 'person',
    known: true,
    description: 'Iraqi politician, leader of the Badr Organization.',
    mentions: [first, second],
  };
  const stranger: ActorAnnotation = {
    id: 'unknown:jean dupuis-ferrand',
    name: 'Jean Dupuis-Ferrand',
    kind: 'person',
    known: false,
    mentions: [span(map.text, 'Jean Dupuis-Ferrand')],
  };
  const friday: DateAnnotation = { ...span(map.text, 'Friday'), ...lastFridayResolved };
  const annotations: PageAnnotations = {
    url: 'https://news.example/talks',
    isArticle: true,
    lang: 'en',
    title: 'Talks resume in Baghdad',
    publishedAt: '2023-12-11',
    actors: [amiri, stranger],
    dates: [friday],
  };
  return { map, annotations, amiri, stranger, friday };
}

/** A stand-in for the CSS Custom Highlight API, which happy-dom lacks. */
export function fakeHighlights(win: Window): Map<string, { ranges: Range[] }> {
  const registry = new Map<string, { ranges: Range[] }>();
  class FakeHighlight {
    ranges: Range[];
    priority = 0;
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
    add(range: Range) {
      this.ranges.push(range);
    }
  }
  Object.assign(win, { Highlight: FakeHighlight });
  Object.defineProperty(win, 'CSS', { configurable: true, value: { ...(win as { CSS?: object }).CSS, highlights: registry, escape: (s: string) => s } });
  return registry;
}
