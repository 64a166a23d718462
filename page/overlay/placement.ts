/**
 * Placing floating layers next to a passage of text.
 *
 * Cards are placed without ever measuring them: the line of the passage and the viewport are
 * read before the card is rendered (layout is clean then), the card's width is fixed by its
 * stylesheet, and the side (below or above the line) is chosen as if the card were at its
 * tallest, its height capped to the room on that side. Opening a card therefore writes its
 * position in the same pass as its content and forces no layout; scrolling and resizing
 * (floating-ui's `autoUpdate`, started when the browser is idle after painting the card) repeat
 * the same arithmetic, so the card never jumps between the first placement and the next.
 *
 * The selection button is small and not on a hot path: floating-ui's `computePosition` places it.
 */
import { autoUpdate, computePosition, flip, offset, shift, type Placement, type VirtualElement } from '@floating-ui/dom';

type RectLike = { x: number; y: number; width: number; height: number; top: number; left: number; right: number; bottom: number };

const emptyRect: RectLike = { x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 };

function plainRect(rect: DOMRect | RectLike): RectLike {
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height, top: rect.top, left: rect.left, right: rect.right, bottom: rect.bottom };
}

/** One line of a passage: which of its client rects, and where it was when read. */
export interface LineAnchor {
  line: number;
  rect: RectLike;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The line of `range` under `point` (where the pointer rests on a mention that wraps), else its
 * first line, so a layer sits next to the words and not beside a box spanning two lines. Reads
 * layout: call it before writing to the DOM.
 */
export function measureLine(range: Range, point?: { x: number; y: number }): LineAnchor {
  const rects = Array.from(range.getClientRects());
  const line = point ? nearestLine(rects, point) : 0;
  const rect = rects[line];
  return { line, rect: plainRect(rect ?? range.getBoundingClientRect()) };
}

/** The viewport a fixed layer lives in (without scrollbars). Reads layout, like `measureLine`. */
export function viewportSize(doc: Document): Size {
  const root = doc.documentElement;
  const view = doc.defaultView;
  return { width: root?.clientWidth || view?.innerWidth || 0, height: root?.clientHeight || view?.innerHeight || 0 };
}

/**
 * A virtual element over line `line` of `range`, read again at each call. When the range's text
 * leaves the document (the page rewrote the paragraph), the last known box is kept so the layer
 * does not jump to the corner.
 */
function lineReference(range: Range, line: number, known: RectLike = emptyRect): VirtualElement {
  let last = known;
  const alive = () => range.startContainer.isConnected && range.endContainer.isConnected;
  const box = (): RectLike => {
    if (!alive()) return last;
    const rects = range.getClientRects();
    const rect = rects[Math.min(line, rects.length - 1)];
    last = plainRect(rect ?? range.getBoundingClientRect());
    return last;
  };
  const container = range.startContainer;
  return {
    getBoundingClientRect: box,
    getClientRects: () => [box()],
    contextElement: container.nodeType === 1 ? (container as Element) : (container.parentElement ?? undefined),
  };
}

/** A virtual element over the line of `range` nearest to `point` (see `measureLine`). */
export function rangeReference(range: Range, point?: { x: number; y: number }): VirtualElement {
  const anchor = measureLine(range, point);
  return lineReference(range, anchor.line, anchor.rect);
}

/** Index of the rect containing `point`, or the nearest one. */
function nearestLine(rects: DOMRect[], point: { x: number; y: number }): number {
  let best = 0;
  let bestDistance = Infinity;
  rects.forEach((rect, index) => {
    const dx = Math.max(rect.left - point.x, 0, point.x - rect.right);
    const dy = Math.max(rect.top - point.y, 0, point.y - rect.bottom);
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/** What placing a card needs to know about it, from its stylesheet. */
export interface CardGeometry {
  /** Its width (px), unless the viewport is narrower. */
  width: number;
  /** The most it grows to (px); taller content scrolls inside. */
  maxHeight: number;
  /** Space between the line and the card. */
  gap: number;
  /** Space kept between the card and the viewport's edges. */
  padding: number;
}

/** Where a card goes: `top` when below the line, `bottom` (from the viewport's bottom) when above. */
export interface CardPlacement {
  left: number;
  top: number | null;
  bottom: number | null;
  /** The room on the chosen side, at most the card's own maximum. */
  maxHeight: number;
}

/**
 * Below the line, starting at its left edge, when a card of the largest height fits there;
 * otherwise on the side with more room. The card is kept inside the viewport horizontally.
 */
export function placeCard(line: RectLike, viewport: Size, geometry: CardGeometry): CardPlacement {
  const { gap, padding } = geometry;
  const width = Math.max(0, Math.min(geometry.width, viewport.width - 2 * padding));
  const left = Math.round(Math.max(padding, Math.min(line.left, viewport.width - padding - width)));
  const roomBelow = viewport.height - padding - (line.bottom + gap);
  const roomAbove = line.top - gap - padding;
  const below = roomBelow >= geometry.maxHeight || roomBelow >= roomAbove;
  const room = Math.max(0, Math.floor(below ? roomBelow : roomAbove));
  return {
    left,
    top: below ? Math.round(line.bottom + gap) : null,
    bottom: below ? null : Math.round(viewport.height - (line.top - gap)),
    maxHeight: Math.min(geometry.maxHeight, room),
  };
}

/** The custom property through which a card's layer caps the card's height. */
export const CARD_MAX_HEIGHT_PROPERTY = '--cx-card-max-height';

/** Writes a placement on a fixed layer (writes only). */
export function applyPlacement(layer: HTMLElement, placement: CardPlacement): void {
  layer.style.left = `${placement.left}px`;
  layer.style.top = placement.top === null ? 'auto' : `${placement.top}px`;
  layer.style.bottom = placement.bottom === null ? 'auto' : `${placement.bottom}px`;
  layer.style.setProperty(CARD_MAX_HEIGHT_PROPERTY, `${placement.maxHeight}px`);
}

function samePlacement(a: CardPlacement, b: CardPlacement): boolean {
  return a.left === b.left && a.top === b.top && a.bottom === b.bottom && a.maxHeight === b.maxHeight;
}

export interface CardPlacementOptions {
  range: Range;
  /** The line read before the card was rendered. */
  anchor: LineAnchor;
  /** The viewport read with it. */
  viewport: Size;
  layer: HTMLElement;
  geometry: CardGeometry;
  win: Window;
  /** Where the layer already is (a card rendered ahead of time): written again only if it differs. */
  placed?: CardPlacement;
}

/**
 * Places `layer` at once from what was read before rendering, and keeps it next to the line
 * while the page scrolls or resizes, until the returned function is called. Following starts
 * once the card is painted and the browser idle: `autoUpdate` reads styles and boxes as it
 * starts, which would otherwise force a layout of the card before its first frame.
 */
export function keepCardPlaced(options: CardPlacementOptions): () => void {
  const { range, anchor, layer, geometry, win } = options;
  let current = placeCard(anchor.rect, options.viewport, geometry);
  if (!options.placed || !samePlacement(options.placed, current)) applyPlacement(layer, current);

  const reference = lineReference(range, anchor.line, anchor.rect);
  const update = () => {
    const next = placeCard(reference.getBoundingClientRect(), viewportSize(layer.ownerDocument), geometry);
    if (samePlacement(next, current)) return;
    current = next;
    applyPlacement(layer, next);
  };
  let stopFollowing: (() => void) | null = null;
  let stopped = false;
  const follow = () => {
    if (stopped) return;
    stopFollowing = autoUpdate(reference, layer, update, {
      // Layout-shift watching needs IntersectionObserver, which not every environment has.
      layoutShift: typeof IntersectionObserver === 'function',
      elementResize: typeof ResizeObserver === 'function',
    });
  };
  const start = whenIdle(win, follow, FOLLOW_WITHIN_MS);
  return () => {
    stopped = true;
    start.cancel();
    stopFollowing?.();
  };
}

/**
 * At most this long (ms) after a card opens, it starts following scrolls and resizes; the first
 * update then catches up with any scroll made meanwhile.
 */
const FOLLOW_WITHIN_MS = 100;

/**
 * Runs `callback` once the browser is idle (after the frame that paints what was just written),
 * within `timeout` ms; a plain timer where there is no `requestIdleCallback`.
 */
export function whenIdle(win: Window, callback: () => void, timeout: number): { cancel(): void } {
  const idle = win as Window & { requestIdleCallback?: typeof requestIdleCallback; cancelIdleCallback?: typeof cancelIdleCallback };
  if (typeof idle.requestIdleCallback === 'function' && typeof idle.cancelIdleCallback === 'function') {
    const handle = idle.requestIdleCallback(callback, { timeout });
    return { cancel: () => idle.cancelIdleCallback?.(handle) };
  }
  const id = win.setTimeout(callback, Math.min(timeout, 50));
  return { cancel: () => win.clearTimeout(id) };
}

export interface PlaceOptions {
  placement?: Placement;
  gap?: number;
}

/**
 * Positions `floating` (a fixed-position layer) next to `reference` with floating-ui and keeps it
 * there until the returned function is called.
 */
export function keepPlaced(reference: VirtualElement, floating: HTMLElement, options: PlaceOptions = {}): () => void {
  let stopped = false;
  const update = () => {
    computePosition(reference, floating, {
      strategy: 'fixed',
      placement: options.placement ?? 'bottom-start',
      middleware: [offset(options.gap ?? 8), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(
      ({ x, y }) => {
        if (stopped) return;
        floating.style.left = `${Math.round(x)}px`;
        floating.style.top = `${Math.round(y)}px`;
      },
      () => undefined,
    );
  };
  const stop = autoUpdate(reference, floating, update, {
    // Layout-shift watching needs IntersectionObserver, which not every environment has.
    layoutShift: typeof IntersectionObserver === 'function',
    elementResize: typeof ResizeObserver === 'function',
  });
  return () => {
    stopped = true;
    stop();
  };
}
