/**
 * When to show and hide a hover card, as a small state machine over timers: a card opens after
 * the pointer rests on a mention for `showDelay`, and closes `hideDelay` after the pointer left
 * both the mention and the card, so the pointer can travel from the text into the card. Resting
 * on another mention switches to it. No DOM here: the overlay reports what the pointer is over.
 */

export interface Timers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface HoverIntentOptions<T> {
  showDelay: number;
  hideDelay: number;
  /** Whether two targets are the same mention. */
  same(a: T, b: T): boolean;
  show(target: T): void;
  hide(): void;
  /**
   * A card is due for `target` once the delay has passed, or no longer (null: the pointer left
   * before). Lets the overlay get the card ready while the reader rests on the mention.
   */
  prepare?(target: T | null): void;
  timers: Timers;
}

export interface HoverIntent<T> {
  /** The pointer is over `target`, or over no mention (null). */
  overMention(target: T | null): void;
  /** The pointer entered (true) or left (false) the card. */
  overCard(inside: boolean): void;
  /** The card was opened by other means (keyboard, focus): treat `target` as shown. */
  shownElsewhere(target: T | null): void;
  /** The mention whose card is shown, as far as hovering knows. */
  current(): T | null;
  /** Cancels pending timers. */
  dispose(): void;
}

/** Creates the hover state machine. */
export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const { timers, same } = options;
  let shown: T | null = null;
  let pending: { target: T; timer: number } | null = null;
  let hideTimer: number | null = null;
  let inCard = false;

  const cancelPending = () => {
    if (!pending) return;
    timers.clearTimeout(pending.timer);
    pending = null;
    options.prepare?.(null);
  };
  const cancelHide = () => {
    if (hideTimer !== null) timers.clearTimeout(hideTimer);
    hideTimer = null;
  };
  const scheduleHide = () => {
    if (shown === null || inCard || hideTimer !== null) return;
    hideTimer = timers.setTimeout(() => {
      hideTimer = null;
      shown = null;
      options.hide();
    }, options.hideDelay);
  };

  return {
    overMention(target) {
      if (target === null) {
        cancelPending();
        scheduleHide();
        return;
      }
      if (shown !== null && same(target, shown)) {
        cancelPending();
        cancelHide();
        return;
      }
      if (pending && same(pending.target, target)) return;
      cancelPending();
      // The old card stays until the new one opens, so passing over text flickers nothing.
      scheduleHide();
      pending = {
        target,
        timer: timers.setTimeout(() => {
          pending = null;
          cancelHide();
          shown = target;
          options.show(target);
        }, options.showDelay),
      };
      options.prepare?.(target);
    },
    overCard(inside) {
      if (inside === inCard) return;
      inCard = inside;
      if (inside) {
        cancelPending();
        cancelHide();
      } else {
        scheduleHide();
      }
    },
    shownElsewhere(target) {
      cancelPending();
      cancelHide();
      shown = target;
    },
    current: () => shown,
    dispose() {
      cancelPending();
      cancelHide();
    },
  };
}
