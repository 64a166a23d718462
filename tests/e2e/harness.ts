/**
 * What the Chromium end-to-end files share: the fixture server and the extension browsers with
 * their hooks, pages opened with their errors recorded, the page's highlighted ranges, and the
 * check that nothing left 127.0.0.1.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Outcome } from '../../messaging/protocol';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../../scripts/lib/launch-chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

/** Longer than the annotator's debounce plus its minimum interval between runs (400 + 2000 ms). */
export const QUIET_MS = 3_000;

export interface E2eSetup {
  /** The fixture server (set once the file's `beforeAll` has run). */
  readonly server: StaticServer;
  /** Every URL requested by any page or worker of the browsers watched (launched ones included). */
  readonly requested: string[];
  /** Figures for the report, written to `<outputDir>/figures.json` after the file's tests. */
  readonly figures: Record<string, unknown>;
  /** Launches Chromium with the built extension (English UI unless told); closed after the file's tests. */
  launch(options?: LaunchOptions): Promise<ExtensionBrowser>;
  /** Adds a browser context's requests to `requested`. */
  watchRequests(context: BrowserContext): void;
}

/**
 * Registers the file's hooks: checks the extension is built, creates `outputDir` (screenshots,
 * figures), serves `tests/fixtures` on 127.0.0.1, and afterwards closes every browser launched
 * through the setup and the server, and writes the figures if any were recorded.
 */
export function useExtensionSetup(outputDir: string): E2eSetup {
  let server: StaticServer | undefined;
  const opened: ExtensionBrowser[] = [];
  const requested: string[] = [];
  const figures: Record<string, unknown> = {};
  const watchRequests = (context: BrowserContext) => void context.on('request', (request) => requested.push(request.url()));

  beforeAll(async () => {
    expect(existsSync('.output/chrome-mv3/manifest.json'), 'run `npm run build` first').toBe(true);
    mkdirSync(outputDir, { recursive: true });
    server = await startStaticServer('tests/fixtures');
  });

  afterAll(async () => {
    if (Object.keys(figures).length > 0) writeFileSync(join(outputDir, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
    for (const browser of opened) await browser.close().catch(() => undefined);
    await server?.close();
  });

  return {
    get server() {
      if (!server) throw new Error('The fixture server starts in beforeAll');
      return server;
    },
    requested,
    figures,
    async launch(options: LaunchOptions = {}) {
      const browser = await launchWithExtension({ locale: 'en-US', ...options });
      opened.push(browser);
      watchRequests(browser.context);
      return browser;
    },
    watchRequests,
  };
}

/** Requests that left 127.0.0.1: anything but the fixture server, `data:` URLs and the extension's own files. */
export function requestsLeavingLocalhost(e2e: E2eSetup, extensionId: string): string[] {
  const local = (url: string) =>
    url.startsWith(`${e2e.server.origin}/`) || url.startsWith('data:') || url.startsWith(`chrome-extension://${extensionId}/`);
  return e2e.requested.filter((url) => !local(url));
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Sends one background message from an extension page (popup, notes) and unwraps the outcome. */
export async function sendFromPage<T>(page: Page, message: unknown): Promise<T> {
  const outcome = (await page.evaluate((body) => chrome.runtime.sendMessage(body), message)) as Outcome<T>;
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
}

/** Waits for a condition across extension pages, the background and the page. */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });

/** What went wrong while a page was open: its own errors, and anything the extension's world said. */
export interface Problems {
  /** Uncaught exceptions of the page's own scripts. */
  pageErrors: string[];
  /** `console.error` of the page and failed loads. */
  consoleErrors: string[];
  /** Exceptions, errors and warnings in the extension's isolated world. */
  extension: string[];
}

export const noProblems: Problems = { pageErrors: [], consoleErrors: [], extension: [] };

/** The uncaught exceptions of the page and of the extension (console errors of the page left aside). */
export const errorsOf = (problems: Problems): string[] => [...problems.pageErrors, ...problems.extension];

/**
 * Opens `url` in `context` with its problems recorded from the first script on. The extension's
 * content scripts run in an isolated world named after the extension; Playwright only reports
 * the main world, so that one is watched through the DevTools protocol.
 */
export async function openRecorded(context: BrowserContext, url: string): Promise<{ page: Page; problems: Problems }> {
  const page = await context.newPage();
  const problems: Problems = { pageErrors: [], consoleErrors: [], extension: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  const worlds = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', ({ context: world }) => worlds.set(world.id, world.name));
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    if (worlds.get(exceptionDetails.executionContextId ?? -1) === 'Contexte') {
      problems.extension.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
    }
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if (worlds.get(executionContextId) !== 'Contexte' || (type !== 'error' && type !== 'warning')) return;
    problems.extension.push(`${type}: ${args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ')}`);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  return { page, problems };
}

export interface HighlightedRange {
  /** The highlight's name (`contexte-person`, …, `contexte-active` for the focused mention). */
  name: string;
  text: string;
  collapsed: boolean;
  connected: boolean;
  /** The range starts or ends inside an input, textarea, select or editable region. */
  inField: boolean;
  /** Id of the nearest ancestor with one, to say where a range is. */
  where: string;
}

/** Every range of every `contexte-*` highlight, read from the page's registry. */
export function highlightedRanges(page: Page): Promise<HighlightedRange[]> {
  return page.evaluate(() => {
    const fields = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
    const out: HighlightedRange[] = [];
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((highlight, name) => {
      if (!name.startsWith('contexte-')) return;
      for (const range of highlight) {
        const ends = [range.startContainer, range.endContainer].map((node) => (node.nodeType === 1 ? (node as Element) : node.parentElement));
        out.push({
          name,
          text: range.toString(),
          collapsed: range.collapsed,
          connected: range.startContainer.isConnected && range.endContainer.isConnected,
          inField: ends.some((element) => element?.closest(fields)),
          where: ends[0]?.closest('[id]')?.id ?? '',
        });
      }
    });
    return out;
  });
}

/** Waits until `pages/mutating.html` has added all its lazy paragraphs. */
export function waitForLazyParagraphs(page: Page): Promise<unknown> {
  return page.waitForFunction(() => (window as unknown as { __lazyDone: boolean }).__lazyDone, undefined, { timeout: 20_000 });
}
