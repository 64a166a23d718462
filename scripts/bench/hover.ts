/**
 * Hover: the time from the hover delay firing to the card painted.
 *
 * The overlay has no `performance.mark` hooks, so this is measured from the page's main world:
 * - The overlay reads `pointermove` on the document once per animation frame and, over a
 *   mention, starts a `setTimeout(showDelay)`. A capture listener of ours sees the same move
 *   first, so our own frame callback runs first and posts a timer with the same delay just
 *   before the overlay's: it fires immediately before the overlay's ("delay fired").
 * - The card host's shadow root is open: a MutationObserver on it sees the card layer shown with
 *   a `.cx-card` inside ("card in DOM", at the end of the overlay's timer task).
 * - A `requestAnimationFrame` then a task posted from it run once the next frame has been
 *   rendered ("card painted", an upper bound of the paint).
 * A sample where our timer did not fire first (negative or implausible order) is rejected.
 *
 * The floor (`measureShowFloor`) is the same protocol on the same page in the browser without
 * the extension, where the second timer unhides a card-sized box prepared in a shadow root: what
 * showing anything prepared costs the browser, from the timer to the frame that paints it.
 */
import type { Page } from 'playwright-core';
import { pointOfMention } from '../lib/extension-driver';

/** The overlay's default `showDelay` (page/overlay/index.ts). */
export const OVERLAY_SHOW_DELAY_MS = 250;

export interface HoverSample {
  /** Delay fired → card element in the shadow root. */
  toDomMs: number;
  /** Delay fired → the frame after the card appeared has been rendered. */
  toPaintMs: number;
}

interface HoverMarks {
  fired: number | null;
  shown: number | null;
  painted: number | null;
}

/**
 * Moves the pointer to `point`, waits until the page's marks say the frame after the card was
 * rendered, reads them and moves the pointer away; null if a mark is missing.
 */
async function pointAndWaitForPaint(page: Page, point: { x: number; y: number }): Promise<{ fired: number; shown: number; painted: number } | null> {
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(() => (window as unknown as { __benchHover: HoverMarks }).__benchHover.painted !== null, null, {
    timeout: 10_000,
  });
  const marks = await page.evaluate(() => (window as unknown as { __benchHover: HoverMarks }).__benchHover);
  await page.mouse.move(2, 2);
  if (marks.fired === null || marks.shown === null || marks.painted === null) return null;
  return { fired: marks.fired, shown: marks.shown, painted: marks.painted };
}

/** Hovers the first highlighted mention reading `text` and times its card; null if the order was off. */
export async function measureHover(page: Page, text: string): Promise<HoverSample | null> {
  await page.mouse.move(2, 2);
  const point = await pointOfMention(page, text);
  // Let the scroll settle so no scroll-driven pointer update interferes.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate((delay: number) => {
    const marks: HoverMarks = { fired: null, shown: null, painted: null };
    (window as unknown as { __benchHover: HoverMarks }).__benchHover = marks;
    const host = document.querySelector('[data-contexte]');
    const root = host?.shadowRoot;
    const layer = root?.querySelector('.cx-card-layer') as HTMLElement | null | undefined;
    if (!root || !layer) throw new Error('No open shadow root with a card layer');
    document.addEventListener(
      'pointermove',
      () => requestAnimationFrame(() => setTimeout(() => (marks.fired = performance.now()), delay)),
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      if (marks.shown !== null || layer.hidden || !layer.querySelector('.cx-card')) return;
      marks.shown = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (marks.painted = performance.now()), 0));
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true });
  }, OVERLAY_SHOW_DELAY_MS);
  const marks = await pointAndWaitForPaint(page, point);
  if (!marks) return null;
  const toDomMs = marks.shown - marks.fired;
  // Our timer must fire first, and the overlay's right after it.
  if (toDomMs < 0 || toDomMs > 1_000) return null;
  return { toDomMs, toPaintMs: marks.painted - marks.fired };
}

/**
 * The floor of the hover figure: delay fired → a prepared, hidden card-sized box in a shadow
 * root shown and painted, in a page without the extension; null if the order was off.
 */
export async function measureShowFloor(page: Page): Promise<number | null> {
  await page.mouse.move(2, 2);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const point = await page.evaluate((delay: number) => {
    const marks: HoverMarks = { fired: null, shown: null, painted: null };
    (window as unknown as { __benchHover: HoverMarks }).__benchHover = marks;
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const card = document.createElement('div');
    card.hidden = true;
    card.style.cssText =
      'position:fixed;left:120px;top:120px;width:320px;padding:12px 14px;background:#fff;color:#222;' +
      'border:1px solid #ccc;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);font:14px/1.4 system-ui,sans-serif;z-index:2147483647';
    card.innerHTML = '<strong>Kataib Hezbollah</strong><p>Iraqi armed group</p><p>What the article says of it, in two or three lines of text.</p><button>Add a note</button>';
    root.append(card);
    document.body.append(host);
    document.addEventListener(
      'pointermove',
      () =>
        requestAnimationFrame(() => {
          setTimeout(() => (marks.fired = performance.now()), delay);
          setTimeout(() => {
            card.hidden = false;
            marks.shown = performance.now();
            requestAnimationFrame(() => setTimeout(() => (marks.painted = performance.now()), 0));
          }, delay);
        }),
      { capture: true, once: true },
    );
    const paragraph = document.querySelector('article p') ?? document.body;
    const box = paragraph.getBoundingClientRect();
    return { x: box.left + Math.min(40, box.width / 2), y: box.top + Math.min(8, box.height / 2) };
  }, OVERLAY_SHOW_DELAY_MS);
  const marks = await pointAndWaitForPaint(page, point);
  if (!marks) return null;
  if (marks.shown < marks.fired) return null;
  return marks.painted - marks.fired;
}
