/**
 * The platform's floors, as an extension doing the least there is to do:
 * - a content script on every page that reads the document once and listens for messages (the
 *   least any detector must do). Measured in the same run as Contexte's detector, it shows how
 *   much of the detector's script time is the browser's own cost of running an extension's
 *   script in a page;
 * - an extension page (`first-row.html`) whose one script adds a note row at once: the
 *   browser's own cost of opening an extension page and running its script, beside the notes
 *   page's first row;
 * - in a second extension, the delivery an article needs with no work at all (see
 *   `writeDeliveryFloorExtension`), beside the demo articles' totals.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, ConsoleMessage } from 'playwright-core';
import { closePage, pageWithSession } from './browsers';
import { scriptDurationMs, startMetrics } from './in-page';

const MANIFEST = {
  manifest_version: 3,
  name: 'Minimal content script (benchmark floor)',
  version: '1.0',
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
};

/**
 * Touching `document` makes the browser build the page's DOM wrappers for the extension's
 * isolated world; `chrome.runtime` builds the extension bindings there. Both are costs no
 * content script that looks at the page and talks to its background can avoid.
 */
const CONTENT_SCRIPT = `void (document.body && document.body.getAttribute('contenteditable'));
chrome.runtime.onMessage.addListener(() => undefined);
`;

/** The floor's notes page: one stylesheet and one module script, as the real page has. */
const FIRST_ROW_HTML = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Floor</title>
<script type="module" src="/first-row.js"></script>
<link rel="stylesheet" href="/first-row.css">
</head><body><div id="app"></div></body></html>
`;

/** Adds one row of the shape the benchmark waits for on the notes page. */
const FIRST_ROW_SCRIPT = `const row = document.createElement('div');
row.dataset.testid = 'note-row';
const note = row.appendChild(document.createElement('article'));
note.className = 'cx-note';
note.textContent = 'A note.';
document.getElementById('app').append(row);
`;

/** The floor page's address inside the minimal extension. */
export const FIRST_ROW_PAGE = 'first-row.html';

/** Writes the minimal extension to `dir` and returns `dir`. */
export function writeMinimalExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(MANIFEST, null, 2)}\n`);
  writeFileSync(join(dir, 'background.js'), '// Nothing: the service worker only has to exist.\n');
  writeFileSync(join(dir, 'content.js'), CONTENT_SCRIPT);
  writeFileSync(join(dir, FIRST_ROW_PAGE), FIRST_ROW_HTML);
  writeFileSync(join(dir, 'first-row.js'), FIRST_ROW_SCRIPT);
  writeFileSync(join(dir, 'first-row.css'), 'body { font: 14px sans-serif; }\n');
  return dir;
}

/** Milliseconds the page spent running script (`ScriptDuration`, thread time) after loading `url`. */
export async function pageScriptMs(context: BrowserContext, url: string, settleMs: number): Promise<number> {
  const { page, cdp } = await pageWithSession(context);
  try {
    await startMetrics(cdp);
    await page.goto(url);
    await page.waitForTimeout(settleMs);
    return await scriptDurationMs(cdp);
  } finally {
    await closePage(page);
  }
}

const DELIVERY_MANIFEST = {
  manifest_version: 3,
  name: 'Delivery with no work (benchmark floor)',
  version: '1.0',
  background: { service_worker: 'background.js' },
  permissions: ['scripting'],
  host_permissions: ['http://*/*', 'https://*/*'],
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
};

/** What the floor's injected script logs, followed by its timings as JSON. */
const DELIVERY_LOG_PREFIX = 'contexte-delivery-floor ';

/** Says "article" at once, the instant the timings count from (as the detector's start). */
const DELIVERY_CONTENT_SCRIPT = `globalThis.deliveryStart = performance.now();
chrome.runtime.sendMessage({ detected: true });
`;

/** Injects the reader where the content script asked, and answers its text with nothing found. */
const DELIVERY_BACKGROUND = `chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message.detected) chrome.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [0] }, files: ['reader.js'] });
  else if (typeof message.text === 'string') sendResponse({ actors: [], dates: [] });
});
`;

/**
 * Injected: reads the text in one TreeWalker pass, sends it to the background and logs, once
 * answered, the time since the content script started. It shares the content script's isolated
 * world, as Contexte's annotator shares the detector's.
 */
const DELIVERY_READER = `(() => {
  const running = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.data);
  chrome.runtime.sendMessage({ text: parts.join('') }, () => {
    const start = globalThis.deliveryStart;
    console.log('${DELIVERY_LOG_PREFIX}' + JSON.stringify({ totalMs: performance.now() - start, injectMs: running - start }));
  });
})();
`;

/**
 * Writes to `dir` an extension that delivers an article the way Contexte does, with no work at
 * any step: its content script messages the background at once, the background injects a script,
 * which sends the page's text to the background and gets an empty answer. Every article
 * annotated this way pays for those hops, whatever it recognises.
 */
export function writeDeliveryFloorExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(DELIVERY_MANIFEST, null, 2)}\n`);
  writeFileSync(join(dir, 'content.js'), DELIVERY_CONTENT_SCRIPT);
  writeFileSync(join(dir, 'background.js'), DELIVERY_BACKGROUND);
  writeFileSync(join(dir, 'reader.js'), DELIVERY_READER);
  return dir;
}

export interface DeliveryFloor {
  /** Content script start → empty answer received by the injected script. */
  totalMs: number;
  /** Content script start → injected script running. */
  injectMs: number;
}

/** Reads the delivery floor's timings from a log line, or null when the line is not one. */
export function parseDeliveryFloor(line: string): DeliveryFloor | null {
  if (!line.startsWith(DELIVERY_LOG_PREFIX)) return null;
  const value: unknown = JSON.parse(line.slice(DELIVERY_LOG_PREFIX.length));
  if (typeof value !== 'object' || value === null) return null;
  const { totalMs, injectMs } = value as Record<string, unknown>;
  return typeof totalMs === 'number' && typeof injectMs === 'number' ? { totalMs, injectMs } : null;
}

/** Loads `url` in the delivery floor's browser and returns its timings. */
export async function deliveryFloor(context: BrowserContext, url: string, timeoutMs: number): Promise<DeliveryFloor> {
  const page = await context.newPage();
  try {
    const logged = page.waitForEvent('console', { predicate: (message: ConsoleMessage) => parseDeliveryFloor(message.text()) !== null, timeout: timeoutMs });
    await page.goto(url);
    return parseDeliveryFloor((await logged).text())!;
  } finally {
    await closePage(page);
  }
}
