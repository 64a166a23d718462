/**
 * Bringing a passage into view: smoothly unless the reader asked for reduced motion, and only
 * when it is not already comfortably visible.
 */

/** Margin (px) a passage should keep from the viewport's top and bottom edges. */
const COMFORT = 80;

/** Whether the reader prefers reduced motion. */
export function prefersReducedMotion(win: Window): boolean {
  return typeof win.matchMedia === 'function' && win.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scrolls so that `range` sits about a third down the viewport. The window is scrolled by the
 * range's own offset (a paragraph can be taller than the screen); inside a scrolling container
 * the element holding the range is brought into view instead.
 */
export function scrollRangeIntoView(range: Range, win: Window): void {
  const rect = range.getBoundingClientRect();
  const height = win.innerHeight;
  if (rect.top >= COMFORT && rect.bottom <= height - COMFORT && (rect.width > 0 || rect.height > 0)) return;
  const behavior: ScrollBehavior = prefersReducedMotion(win) ? 'auto' : 'smooth';
  const start = range.startContainer;
  const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
  if (element && insideScroller(element, win)) {
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    return;
  }
  win.scrollBy({ top: rect.top - height / 3, left: 0, behavior });
}

/** Whether an ancestor of `element` (below the document's scrolling element) scrolls vertically. */
function insideScroller(element: Element, win: Window): boolean {
  const top = element.ownerDocument.scrollingElement ?? element.ownerDocument.documentElement;
  for (let node = element.parentElement; node && node !== top && node !== element.ownerDocument.body; node = node.parentElement) {
    if (node.scrollHeight <= node.clientHeight) continue;
    const overflow = win.getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay') return true;
  }
  return false;
}
