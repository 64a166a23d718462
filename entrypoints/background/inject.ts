/**
 * Injects the annotator into a tab that holds an article, and then its UI: only pages where the
 * tiny detector found an article (or the reader asked) ever load them.
 */
import { browser } from 'wxt/browser';
import { highlightCss } from '../../page/highlight';
import type { DetectTiming, TabMessage } from '../../messaging/protocol';

/** Now, in milliseconds since the epoch: a clock the page can compare with its own. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

export interface InjectOptions {
  /** When the background received the detector's message (see `epochNow`), for the timings. */
  receivedAt?: number;
  /** Checked alongside whether the tab is annotated already: true leaves the tab alone. */
  skipIf?: Promise<boolean>;
  /**
   * The detector asked, and it asks once per page: no annotator can be running there, so the
   * page is not asked (it may still be busy loading, which would hold the injection back).
   */
  fromDetector?: boolean;
  /** Run once the injection is under way, while the page loads the script. */
  whileInjecting?: () => void;
}

/**
 * Loads the annotator and its highlight styles into the top frame of `tabId`, once, and the
 * in-page UI's script after them (see `injectPendingOverlay`). The annotator starts reading the article as
 * soon as it runs; the `contexte:annotate` message that follows tells it who asked (`detect` is
 * null when the reader did) and, for the timings, when the background handled the detector.
 */
export async function injectAnnotator(tabId: number, detect: DetectTiming | null, options: InjectOptions = {}): Promise<boolean> {
  const receivedAt = options.receivedAt ?? epochNow();
  const [annotated, skip] = await Promise.all([options.fromDetector ? false : isAnnotated(tabId), options.skipIf ?? false]);
  if (annotated || skip) return false;
  const target = { tabId, frameIds: [0] };
  const injectingAt = epochNow();
  // Independent of each other, so neither waits for the other. The stylesheet is a user-level
  // one: no <style> element is added to the page.
  const injecting = Promise.all([
    browser.scripting.insertCSS({ target, css: highlightCss }),
    browser.scripting.executeScript({ target, files: ['/content-scripts/annotator.js'] }),
  ]);
  pendingOverlays.add(tabId);
  options.whileInjecting?.();
  await injecting;
  const start: TabMessage<'contexte:annotate'> = {
    type: 'contexte:annotate',
    detect,
    delivery: detect ? { receivedAt, injectingAt } : null,
  };
  await browser.tabs.sendMessage(tabId, start, { frameId: 0 });
  // Normally loaded already, right after the recogniser answered; not when the run failed.
  await injectPendingOverlay(tabId);
  return true;
}

/** Tabs given the annotator whose UI script is still to come. */
const pendingOverlays = new Set<number>();

/**
 * Loads the in-page UI's script into a tab given the annotator, once. Called when the
 * recogniser has answered the annotator: evaluating the UI's code on the page's thread while the
 * answer waits would hold the highlights back, and the reader cannot hover anything before.
 */
export async function injectPendingOverlay(tabId: number): Promise<void> {
  if (!pendingOverlays.delete(tabId)) return;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-scripts/overlay.js'] }).catch(() => undefined);
}

/** Whether the annotator already runs in the top frame of `tabId`. */
export async function isAnnotated(tabId: number): Promise<boolean> {
  try {
    const ping: TabMessage<'contexte:ping'> = { type: 'contexte:ping' };
    const answer = (await browser.tabs.sendMessage(tabId, ping, { frameId: 0 })) as { annotated?: boolean } | undefined;
    return answer?.annotated === true;
  } catch {
    return false;
  }
}
