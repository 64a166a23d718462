/**
 * The background: owns the notes database, injects the annotator where the detector found an
 * article, and relays the keyboard command and the context menu to the page.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isBackgroundMessage, type TabMessage } from '../../messaging/protocol';
import { createNotesService } from './notes-service';
import { answer, createHandlers } from './handlers';
import { injectAnnotator, isAnnotated } from './inject';

const selectionMenuId = 'contexte-note-selection';
const INDEX_BUILD_DELAY_MS = 500;

export default defineBackground(() => {
  const notes = createNotesService();
  const handlers = createHandlers(notes);
  // Build the search index at start, a slice at a time, so the notes page finds it ready. Half
  // a second later, so a page that woke the background (an article to recognise, the notes
  // page's first rows) is answered first; asking for the index sooner starts it sooner.
  setTimeout(() => notes.index().catch(() => undefined), INDEX_BUILD_DELAY_MS);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBackgroundMessage(message)) return undefined;
    return answer(handlers, message, sender);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: selectionMenuId,
      title: browser.i18n.getMessage('menuNoteSelection'),
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== selectionMenuId || tab?.id === undefined) return;
    void sendToPage(tab.id, { type: 'contexte:note-selection' }, true);
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'open-list') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToPage(tab.id, { type: 'contexte:open-list' }, false);
  });
});

/**
 * Sends a message to the annotator of a tab; with `annotateFirst`, a page that was not
 * annotated (not detected as an article) is annotated first, since the reader asked for it.
 */
async function sendToPage(tabId: number, message: TabMessage, annotateFirst: boolean): Promise<void> {
  try {
    if (annotateFirst && !(await isAnnotated(tabId))) await injectAnnotator(tabId, null);
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    // A browser page or a closed tab: nothing to annotate there.
  }
}
