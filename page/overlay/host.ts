/**
 * The one element Contexte adds to a page for its UI: a fixed, zero-size host outside the
 * article's flow, with a shadow root holding the cards, the list and the selection button. Its
 * inline `!important` styles beat any page rule (even `* { all: unset !important }`), and key
 * events typed in our fields stop at the shadow root so page shortcuts do not fire while the
 * reader writes a note.
 */

/** Marks our elements so the page observer (and the annotator) ignore them. */
export const CONTEXTE_ATTRIBUTE = 'data-contexte';

export interface OverlayHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Root of the UI inside the shadow root (carries `lang`). */
  root: HTMLElement;
  /** Floating layers, each a render target. */
  card: HTMLElement;
  list: HTMLElement;
  selection: HTMLElement;
  /** Whether an event's path goes through our UI. */
  contains(event: Event): boolean;
  /** Puts the host back if the page threw it out (some sites rebuild their whole document). */
  ensureAttached(): void;
  remove(): void;
}

const hostStyle: [string, string][] = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['overflow', 'visible'],
  ['display', 'block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['contain', 'none'],
  ['z-index', '2147483647'],
  ['pointer-events', 'none'],
];

/** Events typed or composed in our UI that the page must not see. */
const isolatedEvents = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionend'];

/**
 * Creates the host, appended to the root element (after `<body>`, so nothing in the page's
 * flow or its body observers moves), with `css` adopted by its shadow root.
 */
export function createOverlayHost(doc: Document, win: Window, css: string, uiLang: string): OverlayHost {
  const host = doc.createElement('contexte-ui');
  host.setAttribute(CONTEXTE_ATTRIBUTE, '');
  for (const [property, value] of hostStyle) host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptCss(shadow, doc, win, css);

  const root = doc.createElement('div');
  root.className = 'cx-root';
  root.lang = uiLang;
  const layer = (name: string) => {
    const element = doc.createElement('div');
    element.className = `cx-layer cx-${name}-layer`;
    element.hidden = true;
    root.append(element);
    return element;
  };
  const card = layer('card');
  const selection = layer('selection');
  const list = layer('list');
  for (const type of isolatedEvents) root.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(root);
  const attach = () => (doc.documentElement ?? doc.body).append(host);
  attach();

  return {
    host,
    shadow,
    root,
    card,
    list,
    selection,
    contains: (event) => event.composedPath().includes(host),
    ensureAttached: () => {
      if (!host.isConnected) attach();
    },
    remove: () => host.remove(),
  };
}

/**
 * A constructed stylesheet is not subject to the page's `style-src` policy, unlike a `<style>`
 * element; the element is the fallback where constructed sheets are missing.
 */
function adoptCss(shadow: ShadowRoot, doc: Document, win: Window, css: string): void {
  const Sheet = (win as Window & { CSSStyleSheet?: typeof CSSStyleSheet }).CSSStyleSheet;
  try {
    if (Sheet && 'adoptedStyleSheets' in shadow) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
