/**
 * Loads saved real pages in Chromium with the built extension (`npm run build` first) and, for
 * comparison, in the same Chromium without it, and prints one row per page: detected as an
 * article or not (against the folder's `readerable` hint), annotation time and counts, the three
 * most mentioned actors (to eyeball false positives), page errors that appear only with the
 * extension, errors in the extension's own world, requests the extension attempted, annotation
 * runs while the page sits idle, and "stray" things: highlighted ranges left collapsed or
 * detached, and our elements found inside <body>.
 *
 * Every page is served from 127.0.0.1 and every request that would leave 127.0.0.1 is blocked,
 * so the page's own trackers, fonts and scripts fail (in both browsers alike).
 *
 *   npx tsx scripts/check-real-pages.ts <dir> [--only name,name] [--json report.json]
 *
 * `<dir>` holds one folder per page with `source.html` and, optionally, `expected-metadata.json`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { launchWithExtension, quietChromiumFlags, type ExtensionBrowser } from './lib/launch-chromium';
import { findChromium, chromiumInstallHint } from './lib/find-chromium';
import { startStaticServer, type StaticServer } from './lib/static-server';
import { sendToTab } from './lib/extension-driver';
import type { AnnotationTimings, PageAnnotations } from '../messaging/protocol';

/** How long the annotator may take to appear after load before the page counts as not detected. */
const DETECT_WAIT_MS = 20_000;
/** How long the page sits idle afterwards while annotation runs are counted. */
const IDLE_MS = 5_000;
/** How long the page without the extension runs before its errors are read. */
const PLAIN_WAIT_MS = 6_000;

interface Visit {
  page: Page;
  /** Uncaught exceptions of the page's own scripts. */
  pageErrors: string[];
  /** Exceptions, errors and warnings in the extension's isolated world. */
  extensionErrors: string[];
  /** Requests whose initiator (parser or script stack) is extension code. */
  extensionRequests: string[];
  navigationError: string | null;
}

interface PageReport {
  name: string;
  readerable: boolean | null;
  isArticle: boolean;
  timings: AnnotationTimings | null;
  actors: number;
  dates: number;
  ranges: number;
  topActors: string[];
  /** Page errors seen only with the extension (by message). */
  extraPageErrors: string[];
  /** Page errors seen in both browsers (the page's own, mostly from blocked scripts). */
  sharedPageErrors: number;
  extensionErrors: string[];
  extensionRequests: string[];
  blockedRequests: number;
  /** Annotation runs counted while the page sat idle for `IDLE_MS`. */
  idleRuns: number;
  /** Highlighted ranges that are collapsed or whose nodes left the document. */
  badRanges: number;
  /** Our elements found inside <body> (the UI host belongs after it). */
  ownElementsInBody: number;
  navigationError: string | null;
}

function parseArgs(argv: string[]): { dir: string; only: Set<string> | null; json: string | null } {
  const positional: string[] = [];
  let only: Set<string> | null = null;
  let json: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--only') only = new Set((argv[++i] ?? '').split(',').filter(Boolean));
    else if (arg === '--json') json = argv[++i] ?? null;
    else positional.push(arg);
  }
  const dir = positional[0];
  if (!dir || !existsSync(dir)) {
    console.error('Usage: npx tsx scripts/check-real-pages.ts <dir> [--only name,name] [--json report.json]');
    process.exit(2);
  }
  return { dir: resolve(dir), only, json };
}

/** Lets requests to `origin` (and the browser's own data: and extension URLs) through; aborts the rest. */
async function blockNonLocal(context: BrowserContext, origin: string, blocked: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('chrome-extension:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
}

/** The part of a DevTools `Network.Initiator` read here. */
interface Initiator {
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

function initiatedByExtension(initiator: Initiator): boolean {
  if (initiator.url?.startsWith('chrome-extension:')) return true;
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    if (stack.callFrames.some((frame) => frame.url.startsWith('chrome-extension:'))) return true;
  }
  return false;
}

/**
 * Opens `url` with its problems recorded from the first script on: the page's exceptions, the
 * extension world's exceptions and warnings (through the DevTools protocol, since Playwright
 * reports only the main world), and requests started from extension code.
 */
async function visit(context: BrowserContext, url: string): Promise<Visit> {
  const page = await context.newPage();
  const result: Visit = { page, pageErrors: [], extensionErrors: [], extensionRequests: [], navigationError: null };
  page.on('pageerror', (error) => result.pageErrors.push(error.message.split('\n')[0] ?? ''));
  const cdp = await context.newCDPSession(page);
  const worlds = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', ({ context: world }) => worlds.set(world.id, world.name));
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    if (worlds.get(exceptionDetails.executionContextId ?? -1) === 'Contexte') {
      result.extensionErrors.push((exceptionDetails.exception?.description ?? exceptionDetails.text).split('\n')[0] ?? '');
    }
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if (worlds.get(executionContextId) !== 'Contexte' || (type !== 'error' && type !== 'warning')) return;
    result.extensionErrors.push(`${type}: ${args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ')}`.slice(0, 200));
  });
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    if (initiatedByExtension(initiator)) result.extensionRequests.push(request.url);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Network.enable');
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  } catch (error) {
    result.navigationError = (error as Error).message.split('\n')[0] ?? 'navigation failed';
  }
  return result;
}

/** Waits until the annotator answers its ping on `page`, or `timeoutMs` passes. */
async function waitUntilAnnotated(extension: ExtensionBrowser, page: Page, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await sendToTab(extension.serviceWorker, page, { type: 'contexte:ping' }).catch(() => null);
    if (answer?.annotated) return true;
    await page.waitForTimeout(250);
  }
  return false;
}

/** Counts replacements of our Highlight objects (one per annotation run) over `ms`. */
async function countRuns(page: Page, ms: number): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __contexteRuns: number; __contexteLast: Map<string, object> };
    const registry = (CSS as unknown as { highlights: Map<string, object> }).highlights;
    w.__contexteRuns = 0;
    w.__contexteLast = new Map(registry);
    setInterval(() => {
      const now = new Map(registry);
      if (now.size !== w.__contexteLast.size || [...now].some(([name, highlight]) => w.__contexteLast.get(name) !== highlight)) w.__contexteRuns += 1;
      w.__contexteLast = now;
    }, 100);
  });
  await page.waitForTimeout(ms);
  return page.evaluate(() => (window as unknown as { __contexteRuns: number }).__contexteRuns);
}

/** Ranges that are collapsed or detached, and our elements inside <body>. */
function rangeHealth(page: Page): Promise<{ ranges: number; bad: number; ownInBody: number }> {
  return page.evaluate(() => {
    let ranges = 0;
    let bad = 0;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((highlight, name) => {
      if (!name.startsWith('contexte-') || name === 'contexte-active') return;
      for (const range of highlight) {
        ranges += 1;
        if (range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected) bad += 1;
      }
    });
    return { ranges, bad, ownInBody: document.body ? document.body.querySelectorAll('[data-contexte]').length : 0 };
  });
}

function topActors(annotations: PageAnnotations, count: number): string[] {
  return [...annotations.actors]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((actor) => `${actor.name} (${actor.kind}${actor.known ? '' : ', unknown'}) ×${actor.mentions.length}`);
}

/** Messages in `withExtension` beyond those in `without`, counted as multisets. */
function extraMessages(withExtension: string[], without: string[]): string[] {
  const remaining = new Map<string, number>();
  for (const message of without) remaining.set(message, (remaining.get(message) ?? 0) + 1);
  const extra: string[] = [];
  for (const message of withExtension) {
    const left = remaining.get(message) ?? 0;
    if (left > 0) remaining.set(message, left - 1);
    else extra.push(message);
  }
  return extra;
}

function readerableHint(folder: string): boolean | null {
  const file = join(folder, 'expected-metadata.json');
  if (!existsSync(file)) return null;
  const value = (JSON.parse(readFileSync(file, 'utf8')) as { readerable?: unknown }).readerable;
  return typeof value === 'boolean' ? value : null;
}

async function checkPage(
  name: string,
  folder: string,
  server: StaticServer,
  extension: ExtensionBrowser,
  plain: BrowserContext,
  log: { blocked: string[]; fromWorkers: string[] },
): Promise<PageReport> {
  const path = `/${encodeURIComponent(name)}/source.html`;
  server.route(path, readFileSync(join(folder, 'source.html'), 'utf8'));
  const url = `${server.origin}${path}`;

  const without = await visit(plain, url);
  await without.page.waitForTimeout(PLAIN_WAIT_MS);
  await without.page.close();

  const blockedBefore = log.blocked.length;
  const workersBefore = log.fromWorkers.length;
  const withExtension = await visit(extension.context, url);
  const page = withExtension.page;
  const annotated = await waitUntilAnnotated(extension, page, DETECT_WAIT_MS);
  const idleRuns = annotated ? await countRuns(page, IDLE_MS) : 0;
  const timings = annotated ? await sendToTab(extension.serviceWorker, page, { type: 'contexte:get-timings' }).catch(() => null) : null;
  const annotations = await sendToTab(extension.serviceWorker, page, { type: 'contexte:get-annotations' }).catch(() => null);
  const health = await rangeHealth(page).catch(() => ({ ranges: 0, bad: 0, ownInBody: 0 }));
  await page.close();
  const extraPageErrors = extraMessages(withExtension.pageErrors, without.pageErrors);

  return {
    name,
    readerable: readerableHint(folder),
    isArticle: annotations?.isArticle === true,
    timings,
    actors: annotations?.actors.length ?? 0,
    dates: annotations?.dates.length ?? 0,
    ranges: health.ranges,
    topActors: annotations ? topActors(annotations, 3) : [],
    extraPageErrors,
    sharedPageErrors: withExtension.pageErrors.length - extraPageErrors.length,
    extensionErrors: withExtension.extensionErrors,
    // The extension's service worker is the only worker in that browser.
    extensionRequests: [...withExtension.extensionRequests, ...log.fromWorkers.slice(workersBefore)],
    blockedRequests: log.blocked.length - blockedBefore,
    idleRuns,
    badRanges: health.bad,
    ownElementsInBody: health.ownInBody,
    navigationError: withExtension.navigationError ?? without.navigationError,
  };
}

function table(reports: PageReport[]): string {
  const header = ['page', 'readerable', 'article', 'total ms', 'recognize ms', 'chars', 'actors', 'dates', 'ranges', 'idle runs',
    'stray', 'page errors (ext only / both)', 'ext errors', 'ext requests', 'blocked', 'top actors'];
  const rows = reports.map((r) => [
    r.name,
    r.readerable === null ? '?' : r.readerable ? 'yes' : 'no',
    `${r.isArticle ? 'yes' : 'no'}${r.readerable !== null && r.readerable !== r.isArticle ? ' ≠' : ''}`,
    r.timings ? String(Math.round(r.timings.total)) : '–',
    r.timings ? String(Math.round(r.timings.recognize)) : '–',
    r.timings ? String(r.timings.textLength) : '–',
    String(r.actors),
    String(r.dates),
    String(r.ranges),
    String(r.idleRuns),
    String(r.badRanges + r.ownElementsInBody),
    `${r.extraPageErrors.length} / ${r.sharedPageErrors}`,
    String(r.extensionErrors.length),
    String(r.extensionRequests.length),
    String(r.blockedRequests),
    r.topActors.join('; '),
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const { dir, only, json } = parseArgs(process.argv.slice(2));
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumInstallHint);
  if (!existsSync('.output/chrome-mv3/manifest.json')) throw new Error('Build the extension first: npm run build');
  const names = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')) && (!only || only.has(name)))
    .sort();

  // An empty root: only the routed pages are served, so their relative links get 404s locally.
  const server = await startStaticServer(mkdtempSync(join(tmpdir(), 'contexte-real-pages-')));
  const extension = await launchWithExtension({ locale: 'en-US' });
  const plain = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'contexte-plain-')), {
    executablePath,
    headless: false,
    args: ['--headless=new', ...quietChromiumFlags],
    viewport: { width: 1280, height: 900 },
  });
  const log = { blocked: [] as string[], fromWorkers: [] as string[] };
  await blockNonLocal(extension.context, server.origin, log.blocked);
  await blockNonLocal(plain, server.origin, []);
  extension.context.on('request', (request) => {
    if (request.serviceWorker() && !request.url().startsWith('chrome-extension:')) log.fromWorkers.push(request.url());
  });

  const reports: PageReport[] = [];
  try {
    for (const name of names) {
      process.stderr.write(`${name}… `);
      const report = await checkPage(name, join(dir, name), server, extension, plain, log);
      process.stderr.write(`${report.isArticle ? 'article' : 'not an article'}\n`);
      reports.push(report);
    }
  } finally {
    await extension.close();
    await plain.close();
    await server.close();
  }

  console.log(table(reports));
  const problems = reports.filter(
    (r) => r.extraPageErrors.length || r.extensionErrors.length || r.extensionRequests.length || r.badRanges || r.ownElementsInBody || r.navigationError,
  );
  for (const r of problems) {
    console.log(`\n${r.name}:`);
    if (r.navigationError) console.log(`  navigation: ${r.navigationError}`);
    for (const message of r.extraPageErrors) console.log(`  page error only with the extension: ${message}`);
    for (const message of r.extensionErrors) console.log(`  extension: ${message}`);
    for (const request of r.extensionRequests) console.log(`  extension request: ${request}`);
    if (r.badRanges) console.log(`  ${r.badRanges} collapsed or detached ranges`);
    if (r.ownElementsInBody) console.log(`  ${r.ownElementsInBody} of our elements inside <body>`);
  }
  const disagreements = reports.filter((r) => r.readerable !== null && r.readerable !== r.isArticle).map((r) => r.name);
  console.log(`\n${reports.length} pages; detection differs from Readability's hint on: ${disagreements.join(', ') || 'none'}`);
  if (json) writeFileSync(json, `${JSON.stringify(reports, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
