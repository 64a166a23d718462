/**
 * Noticing that the article changed (live updates, lazy-loaded paragraphs) or that a
 * single-page site navigated to another article, so the annotator can run again. Work is
 * bounded: changes are debounced, calls are spaced out, and the extension's own elements
 * (marked `data-contexte`) never trigger anything, so annotating cannot loop.
 */

import { hidesByInlineStyle } from './chrome';

/** Why `onChange` was called. */
export type ChangeReason = 'content' | 'navigation';

export interface WatchOptions {
  /** Stops watching: observers disconnect, listeners and timers are removed. */
  signal: AbortSignal;
  /** Quiet time after the last change before calling `onChange` (ms). */
  debounceMs?: number;
  /** Minimum time between two calls of `onChange` (ms). */
  minIntervalMs?: number;
  /** Longest a stream of changes can postpone a call (ms), for pages that never go quiet. */
  maxWaitMs?: number;
}

export const DEFAULT_DEBOUNCE_MS = 400;
export const DEFAULT_MIN_INTERVAL_MS = 2000;
export const DEFAULT_MAX_WAIT_MS = 5000;

/** Elements the extension inserts carry this attribute; changes inside them are ignored. */
export const OWN_ELEMENT_ATTRIBUTE = 'data-contexte';

/**
 * Watches `root` (text and child-list changes in the subtree) and the page address (popstate,
 * plus a URL comparison whenever the document body changes, for `history.pushState` sites).
 * `onChange` runs after `debounceMs` of quiet, at most once per `minIntervalMs`, and at the
 * latest `maxWaitMs` after the first pending change; the reason is 'navigation' when the
 * address changed (hash changes excepted) or the root left the document.
 */
export function watchForChanges(
  root: Element,
  onChange: (reason: ChangeReason) => void,
  options: WatchOptions,
): void {
  const { signal } = options;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const minIntervalMs = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  if (signal.aborted || !win) return;

  let lastUrl = withoutHash(doc.URL);
  let rootGone = false;
  let pending: ChangeReason | null = null;
  let firstPendingAt = 0;
  let lastCallAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const fire = () => {
    timer = undefined;
    if (pending === null || signal.aborted) return;
    const reason = pending;
    pending = null;
    lastCallAt = Date.now();
    onChange(reason);
  };
  const schedule = (reason: ChangeReason) => {
    const now = Date.now();
    if (pending === null) firstPendingAt = now;
    if (pending !== 'navigation') pending = reason;
    const quietAt = Math.min(now + debounceMs, firstPendingAt + maxWaitMs);
    const at = Math.max(quietAt, lastCallAt + minIntervalMs);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, at - now));
  };
  const checkAddress = () => {
    const url = withoutHash(doc.URL);
    const gone = !root.isConnected;
    const navigated = url !== lastUrl;
    // A detached root is reported once; its article is gone until the caller watches anew.
    const detached = gone && !rootGone;
    lastUrl = url;
    rootGone = gone;
    if (!navigated && !detached) return false;
    schedule('navigation');
    return true;
  };

  const contentObserver = new win.MutationObserver((records) => {
    if (checkAddress()) return;
    if (records.some(isForeignChange)) schedule('content');
  });
  contentObserver.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    // Attributes that show, hide or make text editable change what the text map takes in.
    attributes: true,
    attributeFilter: VISIBILITY_ATTRIBUTES,
    attributeOldValue: true,
  });

  // The root may be replaced wholesale on navigation, taking its observer with it; so may the
  // whole <body> (Turbo-style sites), which the second observer notices to watch the new one.
  const pageObserver = new win.MutationObserver(() => {
    checkAddress();
  });
  const watchBody = () => {
    pageObserver.disconnect();
    if (doc.body) pageObserver.observe(doc.body, { childList: true, subtree: true });
  };
  watchBody();
  const bodySwapObserver = new win.MutationObserver(() => {
    watchBody();
    checkAddress();
  });
  bodySwapObserver.observe(doc.documentElement, { childList: true });

  const onPopState = () => {
    checkAddress();
  };
  win.addEventListener('popstate', onPopState);

  signal.addEventListener(
    'abort',
    () => {
      contentObserver.disconnect();
      pageObserver.disconnect();
      bodySwapObserver.disconnect();
      win.removeEventListener('popstate', onPopState);
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    { once: true },
  );
}

/** Attributes whose change adds text to, or removes it from, the article's text map. */
const VISIBILITY_ATTRIBUTES = ['hidden', 'aria-hidden', 'contenteditable', 'open', 'inert', 'style'];

/**
 * A change that alters the article's text as the text map reads it: the page's own (not in the
 * extension's elements), not typing inside an editable region (never annotated), and for
 * `style` only a change of whether the element is hidden (animations restyle all the time).
 */
function isForeignChange(record: MutationRecord): boolean {
  if (isOwn(record.target)) return false;
  if (record.type === 'attributes') {
    if (record.attributeName !== 'style') return true;
    const el = record.target as Element;
    return hidesByInlineStyle(record.oldValue) !== hidesByInlineStyle(el.getAttribute('style'));
  }
  if (isInsideEditable(record.target)) return false;
  if (record.type !== 'childList') return true;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length === 0 || nodes.some((node) => !isOwn(node));
}

function isInsideEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el !== null && el.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

function isOwn(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el !== null && el.closest(`[${OWN_ELEMENT_ATTRIBUTE}]`) !== null;
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
