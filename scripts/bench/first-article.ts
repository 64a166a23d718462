/**
 * Articles met by a cold background, two ways:
 * - the first article after the browser starts: a fresh browser and profile for every run, so
 *   the background has never run (no code cache) and starts with the browser;
 * - an article after Chrome stopped the background, which it does after about 30 seconds idle,
 *   so in real reading most articles meet a background that has to start again: one browser,
 *   its background stopped through DevTools before each run.
 * Either way the recogniser is built while the annotator loads and V8 compiles it and
 * chrono-node's patterns on first use. The other article figures reuse one browser whose
 * background stays warm after the first page.
 */
import type { AnnotationTimings } from '../../messaging/protocol';
import { waitForAnnotation } from '../lib/extension-driver';
import { launchWithExtension } from '../lib/launch-chromium';

/** How long a stopped background is left alone before the next page (ms). */
const AFTER_STOP_MS = 300;

/** Loads `url` as the first page of a freshly started browser, `runs` times; the annotator's timings. */
export async function measureFirstArticle(extensionDir: string, url: string, runs: number, timeoutMs = 60_000): Promise<AnnotationTimings[]> {
  const samples: AnnotationTimings[] = [];
  for (let run = 0; run < runs; run++) {
    const browser = await launchWithExtension({ extensionDir, locale: 'en-US' });
    try {
      const page = await browser.context.newPage();
      await page.goto(withQuery(url, `first=${run}`), { timeout: timeoutMs });
      samples.push(await waitForAnnotation(browser.serviceWorker, page, timeoutMs));
    } finally {
      await browser.close().catch(() => undefined);
    }
  }
  return samples;
}

/**
 * Loads `url` `runs` times in one browser, stopping its background before each load (after one
 * warm-up load, so the background has run once, as in a browser in use); the annotator's timings.
 */
export async function measureAfterBackgroundStop(extensionDir: string, url: string, runs: number, timeoutMs = 60_000): Promise<AnnotationTimings[]> {
  const browser = await launchWithExtension({ extensionDir, locale: 'en-US' });
  const samples: AnnotationTimings[] = [];
  try {
    const warm = await browser.context.newPage();
    await warm.goto(withQuery(url, 'warm-up'), { timeout: timeoutMs });
    await waitForAnnotation(browser.serviceWorker, warm, timeoutMs);
    await warm.close();
    // Any page's DevTools session can stop the browser's service workers, the extension's included.
    const controller = await browser.context.newPage();
    const devtools = await browser.context.newCDPSession(controller);
    await devtools.send('ServiceWorker.enable');
    for (let run = 0; run < runs; run++) {
      await devtools.send('ServiceWorker.stopAllWorkers');
      await controller.waitForTimeout(AFTER_STOP_MS);
      const page = await browser.context.newPage();
      await page.goto(withQuery(url, `stopped=${run}`), { timeout: timeoutMs });
      // The handle still reaches the background once the page's detector has started it again.
      samples.push(await waitForAnnotation(browser.serviceWorker, page, timeoutMs));
      await page.close();
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  return samples;
}

function withQuery(url: string, query: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}
