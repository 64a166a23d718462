/**
 * One run on one page = a fresh load in the extension browser (Contexte's own figures) and a
 * fresh load of the same address in the plain browser (the baselines), one after the other so
 * neither disturbs the other.
 */
import type { AnnotationTimings, PageAnnotations } from '../../messaging/protocol';
import { getAnnotations, waitForAnnotation } from '../lib/extension-driver';
import { closePage, pageWithSession, type BenchBrowsers } from './browsers';
import { floorTextPass, runMarkJs, scriptDurationMs, startMetrics, usedHeapAfterGc } from './in-page';
import { measureHover, measureShowFloor, type HoverSample } from './hover';
import { startProfile, stopProfile, type CpuProfile } from './profile';

/** Time given to the detector (`document_idle`) before the script time is read. */
export const SETTLE_MS = 300;

export interface NonArticleRun {
  /** The detector's own check, timed in the page. */
  detectMs: number;
  /** Script time (thread CPU) of the page with the extension, and without. */
  scriptWithMs: number;
  scriptWithoutMs: number;
  floorMs: number;
}

/** Loads a page that is not an article in both browsers and reads the detector's cost. */
export async function measureNonArticleRun(browsers: BenchBrowsers, url: string): Promise<NonArticleRun> {
  const withExtension = await pageWithSession(browsers.extension.context);
  let detectMs: number;
  let scriptWithMs: number;
  try {
    await startMetrics(withExtension.cdp);
    await withExtension.page.goto(url);
    await withExtension.page.waitForTimeout(SETTLE_MS);
    // Read before asking for the timings: answering a message is script time too.
    scriptWithMs = await scriptDurationMs(withExtension.cdp);
    const timings = await waitForAnnotation(browsers.extension.serviceWorker, withExtension.page, 10_000);
    if (timings.ranges !== 0 || timings.recognize !== 0) throw new Error(`${url} was annotated: it should not look like an article`);
    detectMs = timings.detect;
  } finally {
    await closePage(withExtension.page);
  }
  const plain = await pageWithSession(browsers.plain.context);
  try {
    await startMetrics(plain.cdp);
    await plain.page.goto(url);
    await plain.page.waitForTimeout(SETTLE_MS);
    const scriptWithoutMs = await scriptDurationMs(plain.cdp);
    const floor = await floorTextPass(plain.page);
    return { detectMs, scriptWithMs, scriptWithoutMs, floorMs: floor.ms };
  } finally {
    await closePage(plain.page);
  }
}

export interface ArticleRunOptions {
  timeoutMs: number;
  markJs: boolean;
  heap: boolean;
  hover: boolean;
  /**
   * What an earlier run on the same page learnt from Contexte's annotations; without it the
   * annotations are read in this run.
   */
  known: PageFacts | null;
}

/** What mark.js is asked to mark and which mention is hovered, from Contexte's annotations. */
export interface PageFacts {
  terms: string[];
  hoverText: string | null;
}

export interface ArticleRun {
  timings: AnnotationTimings;
  /** Script time (thread CPU) of the page with the extension until annotated, and without. */
  scriptWithMs: number;
  scriptWithoutMs: number;
  facts: PageFacts;
  floorMs: number;
  floorChars: number;
  markJsMs: number | null;
  markJsMarks: number | null;
  heapWithBytes: number | null;
  heapWithoutBytes: number | null;
  hover: HoverSample | null;
  /** The hover figure's floor, in the browser without the extension (see `measureShowFloor`). */
  hoverFloorMs: number | null;
}

/** Loads an article in both browsers: Contexte's timings, then the floor and mark.js. */
export async function measureArticleRun(browsers: BenchBrowsers, url: string, options: ArticleRunOptions): Promise<ArticleRun> {
  const withExtension = await pageWithSession(browsers.extension.context);
  let timings: AnnotationTimings;
  let facts: PageFacts;
  let heapWithBytes: number | null = null;
  let hover: HoverSample | null = null;
  let scriptWithMs: number;
  try {
    await startMetrics(withExtension.cdp);
    await withExtension.page.goto(url, { timeout: options.timeoutMs });
    timings = await waitForAnnotation(browsers.extension.serviceWorker, withExtension.page, options.timeoutMs);
    // Includes answering the driver's polls (a fraction of a millisecond each, every 100 ms).
    scriptWithMs = await scriptDurationMs(withExtension.cdp);
    if (timings.ranges === 0) throw new Error(`${url} was not annotated as an article`);
    facts = options.known ?? pageFacts(await getAnnotations(browsers.extension.serviceWorker, withExtension.page));
    if (options.heap) heapWithBytes = await usedHeapAfterGc(withExtension.cdp);
    if (options.hover && facts.hoverText !== null) hover = await measureHover(withExtension.page, facts.hoverText);
  } finally {
    await closePage(withExtension.page);
  }

  const plain = await pageWithSession(browsers.plain.context);
  try {
    await startMetrics(plain.cdp);
    await plain.page.goto(url, { timeout: options.timeoutMs });
    const scriptWithoutMs = await scriptDurationMs(plain.cdp);
    const heapWithoutBytes = options.heap ? await usedHeapAfterGc(plain.cdp) : null;
    const floor = await floorTextPass(plain.page);
    const hoverFloorMs = options.hover ? await measureShowFloor(plain.page) : null;
    const mark = options.markJs ? await runMarkJs(plain.page, facts.terms, 'article') : null;
    return {
      timings,
      scriptWithMs,
      scriptWithoutMs,
      facts,
      floorMs: floor.ms,
      floorChars: floor.chars,
      markJsMs: mark?.ms ?? null,
      markJsMarks: mark?.marks ?? null,
      heapWithBytes,
      heapWithoutBytes,
      hover,
      hoverFloorMs,
    };
  } finally {
    await closePage(plain.page);
  }
}

/** The surface forms and the mention to hover, from a page's annotations. */
export function pageFacts(annotations: PageAnnotations): PageFacts {
  return { terms: surfaceForms(annotations), hoverText: mentionToHover(annotations) };
}

/** The distinct surface forms Contexte found: what mark.js is asked to mark. */
export function surfaceForms(annotations: PageAnnotations): string[] {
  const forms = new Set<string>();
  for (const actor of annotations.actors) for (const mention of actor.mentions) forms.add(mention.text);
  for (const date of annotations.dates) forms.add(date.text);
  return [...forms].sort();
}

/** The first mention of the actor with the most mentions: a word sure to be highlighted in the body. */
export function mentionToHover(annotations: PageAnnotations): string | null {
  const actor = [...annotations.actors].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  return actor?.mentions[0]?.text ?? null;
}

/**
 * Loads `url` with the extension under the CPU profiler, until annotated (or the detector
 * answered). A navigation that moved the page to another renderer process leaves the profile
 * without the extension's samples: such loads are retried.
 */
export async function profileLoad(browsers: BenchBrowsers, url: string, timeoutMs: number): Promise<{ profile: CpuProfile; timings: AnnotationTimings }> {
  for (let attempt = 1; ; attempt++) {
    const { page, cdp } = await pageWithSession(browsers.extension.context);
    try {
      await startProfile(cdp);
      await page.goto(`${url}${url.includes('?') ? '&' : '?'}attempt=${attempt}`, { timeout: timeoutMs });
      const timings = await waitForAnnotation(browsers.extension.serviceWorker, page, timeoutMs);
      const profile = await stopProfile(cdp);
      const sampledExtension = profile.nodes.some((node) => node.callFrame.url.startsWith('chrome-extension://'));
      if (sampledExtension || attempt === 3) return { profile, timings };
    } finally {
      await closePage(page);
    }
  }
}
