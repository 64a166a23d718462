/**
 * Starts Chromium with the built extension loaded, through playwright-core, on a persistent
 * profile (so tests can close and reopen the browser and find their notes again).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium, chromiumInstallHint } from './find-chromium';

/** Flags that keep Chromium quiet on a machine without network access. */
export const quietChromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  profileDir: string;
  /** Opens an extension page (`popup.html`, `notes.html`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /** Reuse a profile directory (to check persistence across restarts). */
  profileDir?: string;
  headless?: boolean;
  /** Browser UI language, e.g. 'fr' (sets --lang and Accept-Language). */
  locale?: string;
}

/** Launches Chromium with the extension from `.output/chrome-mv3` (built beforehand). */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumInstallHint);
  const extensionDir = resolve(options.extensionDir ?? '.output/chrome-mv3');
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'contexte-profile-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: false, // the new headless mode is requested through the flag below; it supports extensions
    locale: options.locale,
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...quietChromiumFlags,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
    viewport: { width: 1280, height: 900 },
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    profileDir,
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: () => context.close(),
  };
}
