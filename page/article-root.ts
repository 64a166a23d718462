/**
 * Finds the element that holds the article's own text. Strategies run from the most explicit
 * markup to the structural fallback; the first that finds something decides.
 */
import { isChrome } from './chrome';

type RootStrategy = (doc: Document) => Element | null;

/** Text an explicit body element needs before we trust it (characters). */
const MIN_BODY_CHARS = 100;
/** NodeFilter.SHOW_TEXT, spelled out so the module needs no global `NodeFilter`. */
const SHOW_TEXT = 0x4;
/** What `String.prototype.trim` keeps (it removes `\s` characters). */
const NOT_SPACE = /\S/;
/** How many ancestors we climb to bring the headline into the root. */
const HEADLINE_CLIMB = 3;

/** The strategies in order, most explicit markup first. */
const STRATEGIES: readonly RootStrategy[] = [
  articleBodyRoot,
  headlineArticleRoot,
  singleArticleRoot,
  mainArticleRoot,
  densestParagraphsRoot,
];

/**
 * The element holding the article's text: `[itemprop=articleBody]`, the `<article>` holding the
 * `<h1>`, a single `<article>`, `main article`, else the block with the most paragraph text.
 * The root is widened a few levels when that brings in the headline (and its standfirst)
 * without bringing in other articles. Falls back to `<main>` or `<body>`.
 */
export function findArticleRoot(doc: Document = document): Element {
  for (const strategy of STRATEGIES) {
    const root = strategy(doc);
    if (root) return withHeadline(root);
  }
  return doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement;
}

function articleBodyRoot(doc: Document): Element | null {
  const bodies = Array.from(doc.querySelectorAll('[itemprop~="articleBody"]')).filter(
    (el) => el.tagName !== 'META' && hasText(el, MIN_BODY_CHARS),
  );
  if (bodies.length === 0) return null;
  // Paywalled or paginated stories sometimes split the body in several marked blocks.
  return bodies.reduce<Element>((acc, el) => commonAncestor(acc, el), bodies[0] as Element);
}

function headlineArticleRoot(doc: Document): Element | null {
  const article = doc.querySelector('h1')?.closest('article');
  return article && hasText(article, MIN_BODY_CHARS) ? article : null;
}

function singleArticleRoot(doc: Document): Element | null {
  const articles = Array.from(doc.getElementsByTagName('article')).filter(
    (el) => !el.parentElement?.closest('article') && hasText(el, MIN_BODY_CHARS),
  );
  return articles.length === 1 ? (articles[0] as Element) : null;
}

function mainArticleRoot(doc: Document): Element | null {
  const article = doc.querySelector('main article, [role="main"] article');
  return article && hasText(article, MIN_BODY_CHARS) ? article : null;
}

/** The parent with the most direct `<p>` text outside chrome (one linear pass, memoised). */
function densestParagraphsRoot(doc: Document): Element | null {
  if (!doc.body) return null;
  const scores = new Map<Element, number>();
  const chrome = new Map<Element, boolean>();
  let best: Element | null = null;
  let bestScore = 0;
  for (const p of doc.getElementsByTagName('p')) {
    const parent = p.parentElement;
    if (!parent || insideChrome(p, doc.body, chrome)) continue;
    const score = (scores.get(parent) ?? 0) + (p.textContent ?? '').trim().length;
    scores.set(parent, score);
    if (score > bestScore) {
      best = parent;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether `el` or an ancestor below `body` is chrome (body classes such as "has-sidebar" say
 * nothing); answers are cached per element for the whole pass.
 */
function insideChrome(el: Element, body: Element, memo: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let answer = false;
  for (let node: Element | null = el; node && node !== body; node = node.parentElement) {
    const known = memo.get(node);
    if (known !== undefined) {
      answer = known;
      break;
    }
    path.push(node);
    if (isChrome(node)) {
      answer = true;
      break;
    }
  }
  for (const node of path) memo.set(node, answer);
  return answer;
}

/**
 * Climbs from `root` to include the page's `<h1>` when it sits a few levels up: into the story's
 * own `<article>` (or schema.org Article item) always, into any other wrapper only when it holds
 * no other `<article>` than the root (no teaser lists come in).
 */
function withHeadline(root: Element): Element {
  const doc = root.ownerDocument;
  const h1 = doc.querySelector('h1');
  if (!h1 || root.contains(h1)) return root;
  const allowed = nestedArticles(root) + (root.tagName.toUpperCase() === 'ARTICLE' ? 1 : 0);
  let candidate: Element | null = root.parentElement;
  for (let level = 0; candidate && level < HEADLINE_CLIMB; level++) {
    if (candidate === doc.body || candidate === doc.documentElement) return root;
    // The story's own container may hold related teasers; any other wrapper may not.
    if (!isStoryContainer(candidate) && nestedArticles(candidate) > allowed) return root;
    if (candidate.contains(h1)) return candidate;
    candidate = candidate.parentElement;
  }
  return root;
}

function isStoryContainer(el: Element): boolean {
  return el.tagName.toUpperCase() === 'ARTICLE' || /(?:Article|BlogPosting)$/.test(el.getAttribute('itemtype') ?? '');
}

function nestedArticles(el: Element): number {
  return el.getElementsByTagName('article').length;
}

function commonAncestor(a: Element, b: Element): Element {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node ?? a;
}

/**
 * Whether `el`'s text, trimmed, is at least `min` characters long: `textContent.trim().length`
 * without building the whole text, which for the body of a long article is megabytes per call.
 */
function hasText(el: Element, min: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  /** Characters seen so far, and the position of the first one that is not white space. */
  let seen = 0;
  let first = -1;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) {
      if (NOT_SPACE.test(data[i] as string)) {
        if (first < 0) first = seen + i;
        if (seen + i - first + 1 >= min) return true;
      }
    }
    seen += data.length;
  }
  return false;
}
