/**
 * The page events the overlay listens to, reduced to what it needs to know: where the pointer
 * rests (once per animation frame), presses, possible selection changes, Escape and focus moves.
 * Every listener is passive (the page's own handlers are never cancelled), ignores events from
 * inside our UI where that matters, runs guarded (a failure of ours never reaches the page), and
 * goes when `signal` aborts.
 */
import type { OverlayHost } from './host';
import { isEditable } from './selection';

export interface PointerState {
  x: number;
  y: number;
  /** The pointer is over our UI (card, list, selection button). */
  overUi: boolean;
  overCard: boolean;
}

export interface PageEventHandlers {
  /** Where the pointer is, after it moved or the page scrolled; null when it left the window. */
  pointer(state: PointerState | null): void;
  /** A press: in the card, elsewhere in our UI, or on the page; `pointerType` is 'mouse', 'pen' or 'touch'. */
  pointerDown(where: 'card' | 'ui' | 'page', x: number, y: number, pointerType: string): void;
  /** A mouse or key release on the page may have changed the selection. */
  selectionMayChange(): void;
  /** The page's selection became empty. */
  selectionCleared(): void;
  /** Escape pressed on the page (not in our UI). */
  escape(): void;
  /** An element of the page received focus. */
  focusIn(element: Element): void;
  /** Focus left the page's elements for none (the window lost focus, or the element went). */
  focusLost(): void;
}

/** Starts listening; returns the last known pointer state. */
export function listenToPage(
  doc: Document,
  win: Window,
  ui: OverlayHost,
  handlers: PageEventHandlers,
  signal: AbortSignal,
  report: (error: unknown) => void,
): { lastPointer(): PointerState | null } {
  let pointer: PointerState | null = null;
  let frame = 0;

  const guard = (fn: () => void) => {
    if (signal.aborted) return;
    try {
      fn();
    } catch (error) {
      report(error);
    }
  };
  const on = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void, capture = false) =>
    doc.addEventListener(type, (event) => guard(() => handler(event)), { passive: true, capture, signal });

  const schedule = () => {
    if (frame !== 0) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      guard(() => handlers.pointer(pointer));
    });
  };
  signal.addEventListener('abort', () => {
    if (frame !== 0) win.cancelAnimationFrame(frame);
  });

  on('pointermove', (event) => {
    // Touch has no hover; a tap is a click on the page.
    if (event.pointerType === 'touch') return;
    const overUi = ui.contains(event);
    pointer = { x: event.clientX, y: event.clientY, overUi, overCard: overUi && event.composedPath().includes(ui.card) };
    schedule();
  });
  on('pointerout', (event) => {
    if (event.relatedTarget !== null || event.pointerType === 'touch') return;
    pointer = null;
    schedule();
  });
  // Content scrolling under a resting pointer brings another mention beneath it.
  on('scroll', () => pointer && !pointer.overUi && schedule(), true);

  on(
    'pointerdown',
    (event) => {
      const path = event.composedPath();
      const where = !ui.contains(event) ? 'page' : path.includes(ui.card) ? 'card' : 'ui';
      handlers.pointerDown(where, event.clientX, event.clientY, event.pointerType);
    },
    true,
  );
  on('mouseup', (event) => {
    if (!ui.contains(event)) handlers.selectionMayChange();
  });
  on('keyup', (event) => {
    if (ui.contains(event) || event.key === 'Escape' || isEditable(event.target as Node | null)) return;
    handlers.selectionMayChange();
  });
  on('selectionchange', () => {
    const selection = win.getSelection();
    if (!selection || selection.isCollapsed) handlers.selectionCleared();
  });
  on('keydown', (event) => {
    if (event.key === 'Escape' && !ui.contains(event)) handlers.escape();
  });
  on('focusin', (event) => {
    const target = event.target as Node | null;
    if (!ui.contains(event) && target && target.nodeType === 1) handlers.focusIn(target as Element);
  });
  on('focusout', (event) => {
    if (event.relatedTarget === null && !ui.contains(event)) handlers.focusLost();
  });

  return { lastPointer: () => pointer };
}
