/**
 * Injects the annotator into a tab that holds an article. The recogniser (knowledge base,
 * chrono-node) is large, so it is only ever loaded where the tiny detector found an article.
 */
import { browser } from 'wxt/browser';
import { highlightCss } from '../../page/highlight';
import type { DetectTiming, TabMessage } from '../../messaging/protocol';

/** Loads the annotator and its highlight styles into the top frame of `tabId`, once. */
export async function injectAnnotator(tabId: number, detect: DetectTiming | null): Promise<boolean> {
  if (await isAnnotated(tabId)) return false;
  const target = { tabId, frameIds: [0] };
  // A user-level stylesheet: no <style> element is added to the page.
  await browser.scripting.insertCSS({ target, css: highlightCss });
  await browser.scripting.executeScript({ target, files: ['/content-scripts/annotator.js'] });
  const start: TabMessage<'contexte:annotate'> = { type: 'contexte:annotate', detect };
  await browser.tabs.sendMessage(tabId, start, { frameId: 0 });
  return true;
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
