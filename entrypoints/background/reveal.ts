/**
 * "Open in article" from the notes page: open the article, wait until the annotator is ready
 * there, then ask it to scroll to the note's target.
 */
import { browser } from 'wxt/browser';
import type { StoredNote, TabMessage } from '../../messaging/protocol';
import { injectAnnotator, isAnnotated } from './inject';

// An article is annotated within a second of loading; past this, the page was not detected.
const readyTimeoutMs = 4_000;

/** Opens `url` in a new tab and reveals `note` there once the page is annotated. */
export async function revealNote(note: StoredNote, url: string): Promise<void> {
  const tab = await browser.tabs.create({ url });
  if (tab.id === undefined) return;
  const tabId = tab.id;
  await waitForLoad(tabId);
  const deadline = Date.now() + readyTimeoutMs;
  while (!(await isAnnotated(tabId))) {
    if (Date.now() > deadline) {
      // Not detected as an article (or paused): annotate it anyway, the reader asked for this note.
      await injectAnnotator(tabId, null).catch(() => false);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const reveal: TabMessage<'contexte:reveal-note'> = { type: 'contexte:reveal-note', note };
  await browser.tabs.sendMessage(tabId, reveal, { frameId: 0 }).catch(() => undefined);
}

function waitForLoad(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const listener = (id: number, change: { status?: string }) => {
      if (id !== tabId || change.status !== 'complete') return;
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    browser.tabs.onUpdated.addListener(listener);
  });
}
