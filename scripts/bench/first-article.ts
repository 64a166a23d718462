/**
 * The first article after the browser starts: a fresh browser and profile for every run, so the
 * background is cold (its recogniser is built while the annotator loads, and V8 compiles it and
 * chrono-node's patterns on first use), as when Chrome has stopped an idle background, which it
 * does after about 30 seconds. The other article figures reuse one browser, whose background is
 * warm after the first page.
 */
import type { AnnotationTimings } from '../../messaging/protocol';
import { waitForAnnotation } from '../lib/extension-driver';
import { launchWithExtension } from '../lib/launch-chromium';

/** Loads `url` as the first page of a freshly started browser, `runs` times; the annotator's timings. */
export async function measureFirstArticle(extensionDir: string, url: string, runs: number, timeoutMs = 60_000): Promise<AnnotationTimings[]> {
  const samples: AnnotationTimings[] = [];
  for (let run = 0; run < runs; run++) {
    const browser = await launchWithExtension({ extensionDir, locale: 'en-US' });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${url}${url.includes('?') ? '&' : '?'}first=${run}`, { timeout: timeoutMs });
      samples.push(await waitForAnnotation(browser.serviceWorker, page, timeoutMs));
    } finally {
      await browser.close().catch(() => undefined);
    }
  }
  return samples;
}
