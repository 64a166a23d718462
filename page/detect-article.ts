/**
 * Decides whether a page is a single article worth annotating. Runs on every page inside the
 * detector content script, so it imports only Readability's small readerable check and orders
 * its checks cheapest-first: the first check with an opinion decides.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { articleNodes, jsonLdTypes, readJsonLd } from './json-ld';

export interface ArticleVerdict {
  isArticle: boolean;
  /** Which check decided, for logs and the popup ("json-ld NewsArticle", "editor"…). */
  reason: string;
}

/** A check returns a verdict when it is sure, or null to let the next (costlier) check decide. */
type Check = (doc: Document) => ArticleVerdict | null;

/** JSON-LD blocks longer than this are not parsed during detection (characters). */
const DETECT_JSON_LD_MAX_CHARS = 64_000;
/** So many `<article>` elements without one long text make a section front of teasers. */
const TEASER_ARTICLE_COUNT = 4;
/** Paragraph text an `<article>` needs to be a story rather than a teaser (characters). */
const STORY_PARAGRAPH_CHARS = 800;
/** A web app: at least this many form controls, and more than this many per paragraph. */
const APP_MIN_CONTROLS = 20;
const APP_CONTROLS_PER_PARAGRAPH = 3;
/**
 * Form controls, counted in one walk of the document: one `getElementsByTagName` per tag walked
 * it four times (measured in Chromium on a page of 3000 controls: 11 ms against 4).
 */
const CONTROLS = 'button, input, select, textarea';

const COLLECTION_TYPES = new Set(['CollectionPage', 'SearchResultsPage', 'ItemList', 'Blog', 'ProfilePage']);
/** Site-wide JSON-LD that says nothing about the page being a story. */
const SITE_TYPES = new Set(['WebSite', 'Organization', 'NewsMediaOrganization', 'BreadcrumbList',
  'SiteNavigationElement', 'WPHeader', 'WPFooter', 'ImageObject', 'Corporation']);

const SITE_ROOT_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?(?:index\.\w+)?$/i;
/** Query parameters that make a site root serve one post (`/?p=123`). */
const POST_QUERY = /[?&](?:p|page_id|id|article|story)=/i;
const SEARCH_QUERY = /[?&](?:q|s|query|search|recherche)=/i;
const SEARCH_SEGMENT = /\/(?:search|recherche|suche|busca|buscar|ricerca|zoeken)(?:\/|$)/i;

/** The checks in the order they run, cheapest first. */
const CHECKS: readonly Check[] = [
  checkEditor,
  checkAddress,
  checkMetadata,
  checkStructure,
  checkProse,
];

/**
 * Whether `doc` is an article page: metadata (JSON-LD article types, `og:type`), then structure
 * (`articleBody`, `<article>` teasers, form controls), then Readability's prose heuristic.
 * Editors, site roots, search results, section fronts and web apps are not articles.
 */
export function detectArticle(doc: Document = document): ArticleVerdict {
  for (const check of CHECKS) {
    const verdict = check(doc);
    if (verdict) return verdict;
  }
  return no('no check decided');
}

function checkEditor(doc: Document): ArticleVerdict | null {
  if (!doc.body) return no('no body');
  if (doc.designMode?.toLowerCase() === 'on') return no('editor (designMode)');
  if (isEditable(doc.body) || isEditable(doc.documentElement)) return no('editor (contenteditable body)');
  if (doc.body.getAttribute('role') === 'application') return no('web app (role=application)');
  return null;
}

function checkAddress(doc: Document): ArticleVerdict | null {
  let url: URL;
  try {
    url = new URL(doc.URL);
  } catch {
    return null;
  }
  if (SEARCH_SEGMENT.test(url.pathname)) return no('search results (address)');
  if (SITE_ROOT_PATH.test(url.pathname) && url.protocol.startsWith('http')) {
    if (SEARCH_QUERY.test(url.search)) return no('search results (address)');
    if (!POST_QUERY.test(url.search)) return no('site root (address)');
  }
  return null;
}

function checkMetadata(doc: Document): ArticleVerdict | null {
  const nodes = readJsonLd(doc, DETECT_JSON_LD_MAX_CHARS);
  const story = articleNodes(nodes)[0];
  if (story) return yes(`json-ld ${jsonLdTypes(story).join(',')}`);
  const types = nodes.flatMap(jsonLdTypes);
  const collection = types.find((t) => COLLECTION_TYPES.has(t));
  if (collection) return no(`json-ld ${collection}`);
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return yes('og:type=article');
  if (types.includes('WebSite') && types.every((t) => SITE_TYPES.has(t))) return no('json-ld WebSite only');
  return null;
}

function checkStructure(doc: Document): ArticleVerdict | null {
  const body = doc.querySelector('[itemprop~="articleBody"]');
  if (body && body.tagName !== 'META' && (body.textContent ?? '').trim().length >= 200) {
    return yes('itemprop=articleBody');
  }
  const articles = doc.getElementsByTagName('article');
  if (articles.length >= TEASER_ARTICLE_COUNT && !Array.from(articles).some(hasStoryText)) {
    return no(`section front (${articles.length} <article> teasers)`);
  }
  const controls = doc.querySelectorAll(CONTROLS).length;
  const paragraphs = doc.getElementsByTagName('p').length;
  if (controls >= APP_MIN_CONTROLS && controls > APP_CONTROLS_PER_PARAGRAPH * paragraphs) {
    return no(`web app (${controls} controls, ${paragraphs} paragraphs)`);
  }
  return null;
}

function checkProse(doc: Document): ArticleVerdict {
  // Teaser lists wrap their summaries in links; a story's paragraphs are not links.
  const readable = isProbablyReaderable(doc, {
    visibilityChecker: (node) => isVisible(node as Element) && !(node as Element).closest('a'),
  });
  return readable ? yes('readable prose') : no('little prose');
}

function hasStoryText(article: Element): boolean {
  let length = 0;
  for (const p of article.getElementsByTagName('p')) {
    length += (p.textContent ?? '').length;
    if (length >= STORY_PARAGRAPH_CHARS) return true;
  }
  return false;
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

function isVisible(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  const style = (el as HTMLElement).style;
  return !style || style.display !== 'none';
}

function yes(reason: string): ArticleVerdict {
  return { isArticle: true, reason };
}

function no(reason: string): ArticleVerdict {
  return { isArticle: false, reason };
}
