/**
 * The two browsers of a benchmark run: Chromium with the extension loaded, and the same Chromium
 * without it, for the baselines (the text-pass floor, mark.js, the page's own heap and script
 * time), so Contexte's work never overlaps a baseline's.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumInstallHint, findChromium } from '../lib/find-chromium';
import { launchWithExtension, quietChromiumFlags, type ExtensionBrowser } from '../lib/launch-chromium';

/**
 * tsx compiles with esbuild's `keepNames`, which wraps named functions in `__name(fn, "name")`;
 * functions handed to `page.evaluate` carry those calls into the page, where this makes them
 * harmless.
 */
const NAME_SHIM = 'globalThis.__name ??= (target) => target;';

export interface BenchBrowsers {
  extension: ExtensionBrowser;
  plain: { browser: Browser; context: BrowserContext };
  close(): Promise<void>;
}

/** Starts both browsers, headless, with the same flags and viewport. */
export async function launchBenchBrowsers(extensionDir: string): Promise<BenchBrowsers> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumInstallHint);
  const extension = await launchWithExtension({ extensionDir, locale: 'en-US' });
  await extension.context.addInitScript({ content: NAME_SHIM });
  const browser = await chromium.launch({
    executablePath,
    headless: false, // as for the extension browser: new headless through the flag
    args: ['--headless=new', ...quietChromiumFlags, '--lang=en-US'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await context.addInitScript({ content: NAME_SHIM });
  return {
    extension,
    plain: { browser, context },
    async close() {
      await extension.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
    },
  };
}

/** A fresh page with a CDP session on it. */
export async function pageWithSession(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

/** Closes a page opened by the benchmark, ignoring a page already gone. */
export async function closePage(page: Page): Promise<void> {
  await page.close().catch(() => undefined);
}
