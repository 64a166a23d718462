/**
 * Golden fixtures generator. Each article is written once, by hand, as `<name>.marked.html`
 * with every expected actor mention and date wrapped inline:
 *   <x-actor id="hezbollah" kind="organization">Hezbollah</x-actor>
 *   <x-date value="2024-01-12">vendredi dernier</x-date>
 * From it this script writes the served page `<name>.html` (the marks removed, byte-identical
 * otherwise) and `<name>.expected.json` (offsets into the article text of the page layer).
 *
 *   npx tsx scripts/golden.ts           regenerate every served page and expected JSON
 *   npx tsx scripts/golden.ts --check   regenerate in memory, exit 1 if a committed file differs
 */
import { unknownId } from '../recognition/actors/mention';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ActorKind } from '../recognition/types';
import { findArticleRoot } from '../page/article-root';
import { buildTextMap, type TextMap } from '../page/text-map';
import { parseHtml } from './lib/parse-html';

export const ARTICLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/articles');
/** Address the fixtures are said to be served from (never fetched). */
export const FIXTURE_BASE_URL = 'https://fixtures.contexte.test/articles/';

export interface ExpectedMention {
  text: string;
  start: number;
  end: number;
}

export interface ExpectedActor {
  id: string;
  kind: ActorKind;
  mentions: ExpectedMention[];
}

export interface ExpectedDate {
  text: string;
  start: number;
  end: number;
  value: string;
}

export interface ExpectedArticle {
  url: string;
  lang: string | null;
  publishedAt: string | null;
  actors: ExpectedActor[];
  dates: ExpectedDate[];
}

export interface GeneratedFixture {
  name: string;
  servedHtml: string;
  expected: ExpectedArticle;
}

const KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'state', 'place']);
/** Day, ISO week, month, year, or an interval of two of them. */
const DATE_VALUE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?)(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;
const MARK_TAG = /<\/?x-(?:actor|date)\b[^>]*>/g;

/** The served page: the marked source with only the mark tags taken out. */
export function stripMarks(markedHtml: string): string {
  return markedHtml.replace(MARK_TAG, '');
}

/** The same spelling of unknown actors' ids as the recogniser's (the check compares them). */
export { unknownId };

/** Builds the served page and the expected JSON of one marked article. */
export function generateFixture(name: string, markedHtml: string): GeneratedFixture {
  const servedHtml = stripMarks(markedHtml);
  const url = `${FIXTURE_BASE_URL}${name}.html`;
  const marked = parseHtml(markedHtml, url);
  const served = parseHtml(servedHtml, url);
  try {
    const map = buildTextMap(findArticleRoot(marked.document));
    const servedText = buildTextMap(findArticleRoot(served.document)).text;
    if (servedText !== map.text) {
      throw new Error(`${name}: the marks change the article text the page layer extracts`);
    }
    return {
      name,
      servedHtml,
      expected: {
        url,
        lang: readLang(served.document),
        publishedAt: readPublishedAt(served.document),
        actors: collectActors(name, marked.document, map),
        dates: collectDates(name, marked.document, map),
      },
    };
  } finally {
    void marked.close();
    void served.close();
  }
}

function collectActors(name: string, doc: Document, map: TextMap): ExpectedActor[] {
  const byId = new Map<string, ExpectedActor>();
  for (const el of Array.from(doc.querySelectorAll('x-actor'))) {
    const id = el.getAttribute('id') ?? '';
    const kind = el.getAttribute('kind') ?? '';
    if (!id || !KINDS.has(kind)) throw new Error(`${name}: x-actor needs an id and a kind, got "${el.outerHTML}"`);
    const mention = locate(name, el, map);
    const actor = byId.get(id);
    if (!actor) byId.set(id, { id, kind: kind as ActorKind, mentions: [mention] });
    else if (actor.kind !== kind) throw new Error(`${name}: ${id} is marked both ${actor.kind} and ${kind}`);
    else actor.mentions.push(mention);
  }
  const actors = [...byId.values()];
  for (const actor of actors) {
    actor.mentions.sort((a, b) => a.start - b.start);
    if (actor.id.startsWith('unknown:') && !actor.mentions.some((m) => unknownId(m.text) === actor.id)) {
      throw new Error(`${name}: no mention of ${actor.id} spells its full name`);
    }
  }
  return actors.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

function collectDates(name: string, doc: Document, map: TextMap): ExpectedDate[] {
  return Array.from(doc.querySelectorAll('x-date'))
    .map((el) => {
      const value = el.getAttribute('value') ?? '';
      if (!DATE_VALUE.test(value)) throw new Error(`${name}: bad date value "${value}" in "${el.outerHTML}"`);
      return { ...locate(name, el, map), value };
    })
    .sort((a, b) => a.start - b.start);
}

/** The mark's span in the article text: from its first text node to the end of its last. */
function locate(name: string, el: Element, map: TextMap): ExpectedMention {
  const texts = textNodesOf(el);
  const first = texts[0];
  const last = texts[texts.length - 1];
  const firstIndex = first ? map.nodes.indexOf(first) : -1;
  const lastIndex = last ? map.nodes.indexOf(last) : -1;
  if (!first || !last || firstIndex < 0 || lastIndex < 0) {
    throw new Error(`${name}: "${el.textContent}" is outside the article text (chrome or root)`);
  }
  const start = map.starts[firstIndex] as number;
  const end = (map.starts[lastIndex] as number) + last.data.length;
  const text = map.text.slice(start, end);
  if (text !== text.trim() || text.length === 0) throw new Error(`${name}: mark "${text}" has edge spaces`);
  return { text, start, end };
}

function textNodesOf(el: Element): Text[] {
  const out: Text[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function readLang(doc: Document): string | null {
  const lang = doc.documentElement.getAttribute('lang');
  return lang ? (lang.split('-')[0] ?? '').toLowerCase() || null : null;
}

/**
 * The publication date as the page states it, read independently of the page layer so the
 * truth does not follow its bugs: JSON-LD datePublished, article:published_time, time[pubdate].
 */
function readPublishedAt(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (found) return found[1] ?? null;
  }
  const meta = doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
  if (meta) return meta;
  return doc.querySelector('time[pubdate]')?.getAttribute('datetime') ?? null;
}

/** Every marked article of the fixtures folder, by name. */
export function markedArticleNames(dir = ARTICLES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.marked.html'))
    .map((f) => f.slice(0, -'.marked.html'.length))
    .sort();
}

/** The two generated files of a fixture, path → content. */
export function generatedFiles(fixture: GeneratedFixture, dir = ARTICLES_DIR): Map<string, string> {
  return new Map([
    [join(dir, `${fixture.name}.html`), fixture.servedHtml],
    [join(dir, `${fixture.name}.expected.json`), `${JSON.stringify(fixture.expected, null, 2)}\n`],
  ]);
}

/** Regenerates every fixture in memory; returns the generated files that differ on disk. */
export function checkGolden(dir = ARTICLES_DIR): string[] {
  const stale: string[] = [];
  for (const name of markedArticleNames(dir)) {
    const fixture = generateFixture(name, readFileSync(join(dir, `${name}.marked.html`), 'utf8'));
    for (const [path, content] of generatedFiles(fixture, dir)) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(path);
    }
  }
  return stale;
}

function main(args: string[]): number {
  if (args.includes('--check')) {
    const stale = checkGolden();
    for (const path of stale) console.error(`out of date: ${path}`);
    if (stale.length > 0) console.error('Run `npx tsx scripts/golden.ts` and commit the result.');
    return stale.length === 0 ? 0 : 1;
  }
  for (const name of markedArticleNames()) {
    const fixture = generateFixture(name, readFileSync(join(ARTICLES_DIR, `${name}.marked.html`), 'utf8'));
    for (const [path, content] of generatedFiles(fixture)) writeFileSync(path, content);
    const mentions = fixture.expected.actors.reduce((n, a) => n + a.mentions.length, 0);
    console.log(
      `${name}: ${fixture.expected.actors.length} actors, ${mentions} mentions, ${fixture.expected.dates.length} dates`,
    );
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
