/**
 * Measurements taken inside a page: the text-pass floor, mark.js, the used heap and the script
 * time. Times are `performance.now()` differences read in the page itself, so the round trip to
 * Node never counts.
 */
import type { CDPSession, Page } from 'playwright-core';
import { resolve } from 'node:path';

const MARK_JS = resolve('node_modules/mark.js/dist/mark.min.js');

/**
 * The floor: one TreeWalker pass over the body's text nodes, joining their text. Nothing that
 * reads the page's text can be cheaper.
 */
export function floorTextPass(page: Page): Promise<{ ms: number; chars: number }> {
  return page.evaluate(() => {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
    const text = parts.join('');
    return { ms: performance.now() - start, chars: text.length };
  });
}

/**
 * mark.js marking `terms` (whole phrases, its default case and diacritics folding) inside the
 * first element matching `rootSelector`, timed until its `done` callback.
 */
export async function runMarkJs(page: Page, terms: readonly string[], rootSelector: string): Promise<{ ms: number; marks: number }> {
  await page.addScriptTag({ path: MARK_JS });
  return page.evaluate(
    ([list, selector]) =>
      new Promise<{ ms: number; marks: number }>((done) => {
        type MarkInstance = { mark(terms: string[], options: Record<string, unknown>): void };
        const Mark = (window as unknown as { Mark: new (root: Element) => MarkInstance }).Mark;
        const root = document.querySelector(selector) ?? document.body;
        const start = performance.now();
        new Mark(root).mark([...list], {
          separateWordSearch: false,
          done: (marks: number) => done({ ms: performance.now() - start, marks }),
        });
      }),
    [[...terms], rootSelector] as const,
  );
}

/** JavaScript heap in use in the page's renderer after a full garbage collection, in bytes. */
export async function usedHeapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Starts collecting the page's performance metrics (before navigating). */
export async function startMetrics(cdp: CDPSession): Promise<void> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
}

/** The page's accumulated JavaScript execution time (`ScriptDuration`), in milliseconds. */
export async function scriptDurationMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
  return seconds * 1000;
}
