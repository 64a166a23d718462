/**
 * Placing a floating layer next to a passage of text with floating-ui: the reference is a
 * virtual element whose boxes are the passage Range's, and `autoUpdate` follows scrolling and
 * resizing while the layer is shown.
 */
import { autoUpdate, computePosition, flip, offset, shift, type Placement, type VirtualElement } from '@floating-ui/dom';

type RectLike = { x: number; y: number; width: number; height: number; top: number; left: number; right: number; bottom: number };

const emptyRect: RectLike = { x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 };

function plainRect(rect: DOMRect | RectLike): RectLike {
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height, top: rect.top, left: rect.left, right: rect.right, bottom: rect.bottom };
}

/**
 * A virtual element over one line of `range`: the line under `point` (where the pointer rests on
 * a mention that wraps), else the first line, so a card sits next to the words and not beside a
 * box spanning two lines. When the range's text leaves the document (the page rewrote the
 * paragraph), the last known box is kept so the layer does not jump to the corner.
 */
export function rangeReference(range: Range, point?: { x: number; y: number }): VirtualElement {
  const line = point ? nearestLine(Array.from(range.getClientRects()), point) : 0;
  let last: RectLike = emptyRect;
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

export interface PlaceOptions {
  placement?: Placement;
  gap?: number;
}

/**
 * Positions `floating` (a fixed-position layer) next to `reference` and keeps it there until the
 * returned function is called.
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
