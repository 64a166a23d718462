/**
 * The platform's floor for a content script on every page: an extension whose content script
 * does the least any detector must do (read the document once, listen for messages). Measured in
 * the same run as Contexte's detector, it shows how much of the detector's script time is the
 * browser's own cost of running an extension's script in a page.
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

/** Writes the minimal extension to `dir` and returns `dir`. */
export function writeMinimalExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(MANIFEST, null, 2)}\n`);
  writeFileSync(join(dir, 'background.js'), '// Nothing: the service worker only has to exist.\n');
  writeFileSync(join(dir, 'content.js'), CONTENT_SCRIPT);
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
