/**
 * Drives the loaded extension from Node the way the popup does: through the service worker,
 * which can message any tab. Used by the demo, the end-to-end tests and the benchmark.
 */
import type { Page, Worker } from 'playwright-core';
import type { PageAnnotations } from '../../recognition/types';
import type { AnnotationTimings, TabMessage, TabResponse, TabType } from '../../messaging/protocol';

declare const chrome: {
  tabs: {
    query(query: { url?: string }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
};

/** The browser's tab id of the page currently showing `url` (exact match, hash ignored). */
export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  // No named helpers inside evaluated functions: tsx's `__name` wrapper does not exist there.
  const id = await serviceWorker.evaluate(async (wanted: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => (tab.url ?? '').split('#')[0] === wanted.split('#')[0])?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Sends a tab message (as the popup would) and returns the content script's answer. */
export async function sendToTab<K extends TabType>(serviceWorker: Worker, page: Page, message: TabMessage<K>): Promise<TabResponse<K>> {
  const tabId = await tabIdOf(serviceWorker, page.url());
  return (await serviceWorker.evaluate(
    ([id, body]) => chrome.tabs.sendMessage(id, body, { frameId: 0 }),
    [tabId, message] as const,
  )) as TabResponse<K>;
}

/** Waits until the annotator has run on `page` and returns its timings. */
export async function waitForAnnotation(serviceWorker: Worker, page: Page, timeoutMs = 20_000): Promise<AnnotationTimings> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const timings = await sendToTab(serviceWorker, page, { type: 'contexte:get-timings' }).catch(() => null);
    if (timings) return timings;
    if (Date.now() > deadline) throw new Error(`The page ${page.url()} was not annotated within ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/** The page's annotations through the public contract (`contexte:get-annotations`). */
export function getAnnotations(serviceWorker: Worker, page: Page): Promise<PageAnnotations> {
  return sendToTab(serviceWorker, page, { type: 'contexte:get-annotations' });
}

/** Sizes of the page's `CSS.highlights` entries, by highlight name. */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.forEach((highlight, name) => {
      sizes[name] = highlight.size;
    });
    return sizes;
  });
}

/** Viewport coordinates of the middle of the first highlighted range whose text is `text`. */
export async function pointOfMention(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted: string) => {
    const highlights = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of highlights) {
      if (!name.startsWith('contexte-') || name === 'contexte-active') continue;
      for (const range of highlight) {
        if (range.toString() !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`No highlighted mention reads "${text}"`);
  return point;
}
