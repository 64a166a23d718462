/**
 * The platform's floors, as an extension doing the least there is to do:
 * - a content script on every page that reads the document once and listens for messages (the
 *   least any detector must do). Measured in the same run as Contexte's detector, it shows how
 *   much of the detector's script time is the browser's own cost of running an extension's
 *   script in a page;
 * - an extension page (`first-row.html`) whose one script adds a note row at once: the
 *   browser's own cost of opening an extension page and running its script, beside the notes
 *   page's first row.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
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
