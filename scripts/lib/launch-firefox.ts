/**
 * Starts Firefox (Debian's firefox-esr) headless through puppeteer-core and WebDriver BiDi, and
 * installs the built extension as a temporary add-on. The moz-extension UUID is pinned so tests
 * can open the extension's own pages.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const geckoId = 'contexte@contexte.app';
/** Fixed so that `moz-extension://<uuid>/popup.html` is known in advance. */
export const extensionUuid = '6f1b6c1e-3c51-4f43-9a3e-0c0b7d1e5a10';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionOrigin: string;
  /** Opens an extension page (`popup.html`) in a new tab and waits until it has rendered. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Firefox with the extension from `.output/firefox-mv2` installed. */
export async function launchFirefoxWithExtension(extensionDir = '.output/firefox-mv2'): Promise<FirefoxWithExtension> {
  if (!existsSync(firefoxPath)) throw new Error(`No Firefox at ${firefoxPath}: apt-get install -y firefox-esr, or set FIREFOX_PATH.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
      // No network beyond the local fixture server.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(resolve(extensionDir));
  const extensionOrigin = `moz-extension://${extensionUuid}`;
  return {
    browser,
    extensionOrigin,
    async openExtensionPage(path: string) {
      const page = await browser.newPage();
      // BiDi never reports the load of a moz-extension page as finished navigation: start it,
      // then wait for the page's own content instead.
      await page.goto(`${extensionOrigin}/${path}`, { timeout: 3_000 }).catch(() => undefined);
      await page.waitForFunction(() => document.body?.innerText.trim().length > 0, { timeout: 15_000 });
      return page;
    },
    close: () => browser.close(),
  };
}
