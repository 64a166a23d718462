/**
 * What is page chrome rather than the article's own text: navigation, asides, forms, hidden
 * and editable elements, and blocks whose class or id names a chrome role (share bars,
 * related links, bylines, ads…). Used by the text map and by the article-root scorer.
 */

/** Elements whose whole subtree is never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'OPTION', 'LABEL',
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'VIDEO', 'AUDIO', 'DIALOG', 'MENU', 'HEAD', 'TITLE', 'LINK', 'META',
]);

/** ARIA landmark and widget roles that never hold the article's text. */
const SKIPPED_ROLES = /^(?:navigation|complementary|contentinfo|banner|search|dialog|alertdialog|menu|menubar|toolbar|tablist|button)$/;

/**
 * Chrome words, matched as whole tokens of `class` and `id` after camelCase and `_`/`-`
 * splitting: "shadow" does not contain the token "ad", "header" not the token "read".
 * Words no content class starts with also match as prefixes ("sharetools", "socialLinks").
 * Multi-token names ("read-more", "lire-aussi") are matched across `-` separators.
 */
const CHROME_PREFIXES = [
  'share', 'social', 'related', 'recommend', 'newsletter', 'promo', 'advert', 'sponsor',
  'subscri', 'paywall', 'cookie', 'breadcrumb', 'byline', 'outbrain', 'taboola',
];
const CHROME_WORDS = [
  'comments?', 'ads?', 'adslot', 'ad-slot', 'ad-container', 'ad-unit', 'dfp', 'authors?',
  'dateline', 'tags', 'tag-list', 'consent', 'gdpr', 'read-more', 'readmore', 'read-also',
  'read-next', 'also-read', 'see-also', 'more-stories', 'most-read', 'most-popular', 'trending',
  'lire-aussi', 'a-lire', 'a-lire-aussi', 'voir-aussi', 'sidebar', 'toolbar', 'sr-only',
  'visually-hidden', 'visuallyhidden', 'screen-reader-text',
];
export const CHROME_TOKENS = new RegExp(
  `(?:^|[\\s_-])(?:(?:${CHROME_PREFIXES.join('|')})[a-z0-9]*|${CHROME_WORDS.join('|')})(?=$|[\\s_-])`,
);
/**
 * A quick necessary condition for `CHROME_TOKENS` on the raw names: each word's longest
 * `-`-separated part, anywhere, in any case (camelCase "readMore" holds "more").
 */
const CHROME_WORD_ANYWHERE = new RegExp(
  [...CHROME_PREFIXES, ...CHROME_WORDS.map(longestPart)].join('|'),
  'i',
);

function longestPart(word: string): string {
  return word.split('-').reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * Text that opens a chrome line inside the body: "À lire aussi", "Read more" link lines and
 * advertisement labels.
 */
const CHROME_LINE_TEXT =
  /^\s*(?:[àa] lire (?:aussi|également)|lire aussi|voir aussi|read (?:more|also|next)|see also|related:|(?:advertisement|advertising|publicité|sponsored|anzeige)\s*$)/i;
/** A chrome line is short, not a paragraph that happens to start so. */
const CHROME_LINE_MAX_CHARS = 300;
const CHROME_LINE_TAGS: ReadonlySet<string> = new Set(['P', 'LI', 'DIV', 'SPAN']);

const INLINE_DISPLAY_NONE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Whether an inline `style` attribute hides its element (and so its text). */
export function hidesByInlineStyle(style: string | null): boolean {
  return style !== null && INLINE_DISPLAY_NONE.test(style);
}

/**
 * True when `el` and everything inside it is chrome. Cheap per element: the tag, a few
 * attribute reads and precompiled regexes; only the first text of p/li/div/span is looked at.
 */
export function isChrome(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  // A <header> right under <body> is the site banner; one inside the article is its headline.
  if (tag === 'HEADER' && el.parentElement === el.ownerDocument.body) return true;
  if (el.hasAttributes() && hasChromeAttributes(el, tag)) return true;
  return CHROME_LINE_TAGS.has(tag) && isChromeLine(el);
}

function hasChromeAttributes(el: Element, tag: string): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const role = el.getAttribute('role');
  if (role !== null && SKIPPED_ROLES.test(role)) return true;
  // Tag lists: links with rel="tag" (the list items around them are then empty).
  if (tag === 'A' && /(?:^|\s)tag(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) return true;
  const style = el.getAttribute('style');
  if (style !== null && INLINE_DISPLAY_NONE.test(style)) return true;
  return hasChromeName(el) && !holdsHeadline(el);
}

/** True when the element's class or id contains a chrome token. */
export function hasChromeName(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  // Most names hold no chrome word at all: one search spares the token split.
  return CHROME_WORD_ANYWHERE.test(names) && CHROME_TOKENS.test(tokenize(names));
}

/**
 * Wrappers named after chrome they sit next to ("content has-sidebar", "page-with-ads") still
 * hold the story: a chrome-named element holding the headline or the marked body is kept.
 */
function holdsHeadline(el: Element): boolean {
  return el.querySelector('h1, [itemprop~="articleBody"]') !== null;
}

/** Splits camelCase ("relatedArticles" → "related-articles") and lowercases. */
function tokenize(names: string): string {
  return names.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function isChromeLine(el: Element): boolean {
  // Only look at the first text, without building the whole textContent of a big div.
  const first = firstText(el);
  if (first === null || !CHROME_LINE_TEXT.test(first)) return false;
  return (el.textContent ?? '').length <= CHROME_LINE_MAX_CHARS;
}

function firstText(el: Element): string | null {
  let node: Node | null = el.firstChild;
  let depth = 0;
  while (node && depth < 4) {
    if (node.nodeType === 3) {
      if (/\S/.test((node as Text).data)) return (node as Text).data;
      node = node.nextSibling;
    } else if (node.nodeType === 1) {
      if (node.firstChild) {
        node = node.firstChild;
        depth += 1;
      } else {
        node = node.nextSibling;
      }
    } else {
      node = node.nextSibling;
    }
  }
  return null;
}
