/**
 * Pages that change after load, in real Chromium with the built extension (`npm run build`
 * first): lazily added paragraphs are annotated, edited text is highlighted again, ranges of
 * removed text go, single-page navigation brings the new story's actors and drops the old ones
 * within bounded time, and the annotator goes quiet afterwards. Figures (latencies, CPU) go to
 * `test-output/dynamic/figures.json` (git-ignored) for the report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/launch-chromium';
import { getAnnotations, highlightSizes, sendToTab, waitForAnnotation } from '../../scripts/lib/extension-driver';
import type { PageAnnotations } from '../../recognition/types';
import {
  QUIET_MS,
  errorsOf,
  highlightedRanges,
  openRecorded,
  requestsLeavingLocalhost,
  useExtensionSetup,
  waitForLazyParagraphs,
  type HighlightedRange,
} from './harness';

/** The longest a change may wait for its annotation: the watcher's max wait (5 s) plus a run. */
const REANNOTATE_BOUND_MS = 6_000;

const e2e = useExtensionSetup('test-output/dynamic');
const { figures } = e2e;
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await e2e.launch();
});

/** Opens a fixture page with the page's and the extension's errors recorded. */
function open(path: string) {
  return openRecorded(browser.context, `${e2e.server.origin}${path}`);
}

/** Every range of the kind and date highlights (not the focus highlight). */
async function mentionRanges(page: Page): Promise<HighlightedRange[]> {
  return (await highlightedRanges(page)).filter((range) => range.name !== 'contexte-active');
}

/** The text of every mention and date the annotator reports, sorted. */
function mentionTexts(annotations: PageAnnotations): string[] {
  return [...annotations.actors.flatMap((actor) => actor.mentions.map((mention) => mention.text)), ...annotations.dates.map((date) => date.text)].sort();
}

/** Polls `check` every 100 ms until it holds; returns how long that took, or throws after `timeoutMs`. */
async function timeUntil(page: Page, check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - start;
    if (Date.now() - start > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/** Highlights and annotations agree: one live, non-empty range per reported mention. */
async function expectConsistent(page: Page): Promise<void> {
  const ranges = await mentionRanges(page);
  expect(ranges.filter((range) => range.collapsed || !range.connected)).toEqual([]);
  expect(ranges.map((range) => range.text).sort()).toEqual(mentionTexts(await getAnnotations(browser.serviceWorker, page)));
}

const actorNames = async (page: Page) => (await getAnnotations(browser.serviceWorker, page)).actors.map((actor) => actor.name);
const highlightedTexts = async (page: Page) => (await mentionRanges(page)).map((range) => range.text);

// ---- A page that keeps changing ---------------------------------------------------------------

describe('a page that changes after load (mutating.html)', () => {
  it('annotates lazily added paragraphs, highlights edited text again and drops the ranges of removed text', async () => {
    const { page, problems } = await open('/pages/mutating.html');
    await waitForAnnotation(browser.serviceWorker, page);
    // "Duhok" and "Nechirvan Barzani" appear only in the first and third lazy paragraphs.
    const seenAt = async (name: string) =>
      (await page.waitForFunction((wanted: string) => {
        for (const [key, highlight] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
          if (!key.startsWith('contexte-')) continue;
          for (const range of highlight) if (range.toString() === wanted) return performance.now();
        }
        return false;
      }, name, { timeout: 20_000, polling: 50 })).jsonValue() as Promise<number>;
    const duhokSeen = await seenAt('Duhok');
    const nechirvanSeen = await seenAt('Nechirvan Barzani');
    const addedAt = await page.evaluate(() => (window as unknown as { __addedAt: number[] }).__addedAt.slice(0, 3));
    const latencies = { Duhok: Math.round(duhokSeen - addedAt[0]!), 'Nechirvan Barzani': Math.round(nechirvanSeen - addedAt[2]!) };
    expect(latencies.Duhok).toBeLessThan(REANNOTATE_BOUND_MS);
    expect(latencies['Nechirvan Barzani']).toBeLessThan(REANNOTATE_BOUND_MS);

    await waitForLazyParagraphs(page);
    await page.waitForTimeout(QUIET_MS);
    await expectConsistent(page);
    // The edited text node (its data was replaced, which collapses live ranges) is highlighted again.
    const ranges = await mentionRanges(page);
    expect(ranges.filter((range) => range.where === 'p-edit').map((range) => range.text)).toEqual(
      expect.arrayContaining(['Masrour Barzani', 'January', 'February']),
    );
    expect(ranges.filter((range) => range.where === 'live-update').map((range) => range.text)).toContain('Ammar al-Hakim');
    // Every lazy paragraph is in the last run's text.
    expect(await actorNames(page)).toEqual(expect.arrayContaining(['Nechirvan Barzani', 'Duhok', 'Ammar al-Hakim']));

    // Dismissing the update box removes the only mention of Ammar al-Hakim: its ranges collapse
    // at once (live ranges), and the next run drops the actor.
    await page.click('#dismiss-update');
    expect(await highlightedTexts(page)).not.toContain('Ammar al-Hakim');
    const dropMs = await timeUntil(page, async () => !(await actorNames(page)).includes('Ammar al-Hakim'), REANNOTATE_BOUND_MS, 'Ammar al-Hakim dropped');
    await page.waitForTimeout(500);
    await expectConsistent(page);
    expect(await highlightedTexts(page)).not.toContain('Ammar al-Hakim');
    expect(errorsOf(problems)).toEqual([]);
    figures.mutating = { highlightLatencyMs: latencies, removedActorDroppedMs: dropMs };
    await page.close();
  });

  it('keeps its work bounded on a page that never goes quiet: at most one run per 2 s', async () => {
    const { page, problems } = await open('/pages/mutating.html');
    await waitForAnnotation(browser.serviceWorker, page);
    await waitForLazyParagraphs(page);
    await page.waitForTimeout(QUIET_MS);
    // A "live" dateline rewritten every 100 ms for 10 s, and a counter of annotation runs (each
    // run registers new Highlight objects).
    await page.evaluate(() => {
      const w = window as unknown as { __runs: number; __ticks: number };
      const registry = (CSS as unknown as { highlights: Map<string, object> }).highlights;
      const dateline = (document.querySelector('.dateline') as HTMLElement).firstChild as Text;
      let last = registry.get('contexte-place');
      w.__runs = 0;
      w.__ticks = 0;
      const watcher = setInterval(() => {
        const now = registry.get('contexte-place');
        if (now !== last) w.__runs += 1;
        last = now;
      }, 50);
      const ticker = setInterval(() => {
        w.__ticks += 1;
        dateline.data = `Erbil · Thursday 14 March 2024 · live, updated ${w.__ticks} times`;
        if (w.__ticks === 100) {
          clearInterval(ticker);
          setTimeout(() => clearInterval(watcher), 3_000);
        }
      }, 100);
    });
    await page.waitForTimeout(13_500);
    const { runs, ticks } = await page.evaluate(() => {
      const w = window as unknown as { __runs: number; __ticks: number };
      return { runs: w.__runs, ticks: w.__ticks };
    });
    expect(ticks).toBe(100);
    // 10 s of changes plus the trailing run: the 2 s minimum interval allows at most 6 or 7.
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(runs).toBeLessThanOrEqual(7);
    expect(errorsOf(problems)).toEqual([]);
    figures.neverQuiet = { ticks, runs };
    await page.close();
  });

  for (const reveal of [
    { how: 'removing `hidden`', button: '#continue-reading', name: 'Qubad Talabani', bug: '' },
    {
      how: 'an inline style (display: none → block)',
      button: '#show-reactions',
      name: 'Hoshyar Zebari',
      bug: '',
    },
  ]) {
    it(`${reveal.bug}annotates a passage the page reveals by ${reveal.how}`, async () => {
      const { page, problems } = await open('/pages/mutating.html');
      await waitForAnnotation(browser.serviceWorker, page);
      await waitForLazyParagraphs(page);
      await page.waitForTimeout(QUIET_MS);
      expect(await highlightedTexts(page)).not.toContain(reveal.name);
      // The button only changes attributes: no node is added, no text edited.
      await page.click(reveal.button);
      const ms = await timeUntil(page, async () => (await highlightedTexts(page)).includes(reveal.name), REANNOTATE_BOUND_MS, `${reveal.name} highlighted`);
      await expectConsistent(page);
      expect(errorsOf(problems)).toEqual([]);
      figures[`revealedBy ${reveal.button}`] = ms;
      await page.close();
    });
  }
});

// ---- Single-page navigation -------------------------------------------------------------------

interface Step {
  /** What the reader does. */
  action: (page: Page) => Promise<unknown>;
  story: string;
  /** Actors of the new story that must be highlighted. */
  present: string[];
  /** Actors of the previous story that must be gone. */
  gone: string[];
  publishedAt: string;
}

const STEPS: Step[] = [
  {
    story: 'syria (new <article> element)',
    action: (page) => page.click('#nav-syria'),
    present: ['Bashar al-Assad', 'Ahmed al-Sharaa', 'Hayat Tahrir al-Sham'],
    gone: ['Naim Qassem', 'Nabih Berri', 'Hezbollah', 'Benjamin Netanyahu'],
    publishedAt: '2024-12-08',
  },
  {
    story: 'iran (same <article>, new content)',
    action: (page) => page.click('#nav-iran'),
    present: ['Masoud Pezeshkian', 'Saeed Jalili', 'Ali Khamenei'],
    gone: ['Bashar al-Assad', 'Ahmed al-Sharaa', 'Hayat Tahrir al-Sham'],
    publishedAt: '2024-07-06',
  },
  {
    story: 'back to syria (popstate, same <article>)',
    action: (page) => page.goBack(),
    present: ['Bashar al-Assad', 'Ahmed al-Sharaa'],
    gone: ['Masoud Pezeshkian', 'Saeed Jalili', 'Ali Khamenei'],
    publishedAt: '2024-12-08',
  },
];

describe('single-page navigation (spa.html)', () => {
  it('follows the reader from story to story: the new actors highlighted, the old ones gone, in bounded time', async () => {
    const { page, problems } = await open('/pages/spa.html');
    await waitForAnnotation(browser.serviceWorker, page);
    expect(await actorNames(page)).toEqual(expect.arrayContaining(['Naim Qassem', 'Nabih Berri', 'Hezbollah']));
    const latencies: Record<string, number> = {};
    for (const step of STEPS) {
      await step.action(page);
      latencies[step.story] = await timeUntil(
        page,
        async () => {
          const names = await actorNames(page);
          const texts = await highlightedTexts(page);
          return step.present.every((name) => names.includes(name) && texts.includes(name)) && !step.gone.some((name) => names.includes(name) || texts.includes(name));
        },
        REANNOTATE_BOUND_MS,
        step.story,
      );
      const annotations = await getAnnotations(browser.serviceWorker, page);
      expect(annotations.url).toBe(page.url());
      expect(annotations.publishedAt?.slice(0, 10)).toBe(step.publishedAt);
      await expectConsistent(page);
    }
    expect(await page.evaluate(() => (window as unknown as { __views: string[] }).__views)).toEqual(['lebanon', 'syria', 'iran', 'syria']);
    expect(errorsOf(problems)).toEqual([]);
    figures.spaNavigationMs = latencies;
    await page.close();
  });

  it('goes quiet after navigating: no annotation run and little CPU over 10 s of idle', async () => {
    const { page, problems } = await open('/pages/spa.html');
    await waitForAnnotation(browser.serviceWorker, page);
    await page.click('#nav-syria');
    await page.click('#nav-iran');
    await timeUntil(page, async () => (await actorNames(page)).includes('Masoud Pezeshkian'), REANNOTATE_BOUND_MS, 'iran story annotated');
    await page.waitForTimeout(QUIET_MS);

    const timingsBefore = await sendToTab(browser.serviceWorker, page, { type: 'contexte:get-timings' });
    // Each run registers new Highlight objects: count replacements seen from the page.
    await page.evaluate(() => {
      const w = window as unknown as { __runs: number };
      const registry = (CSS as unknown as { highlights: Map<string, object> }).highlights;
      let last = new Map(registry);
      w.__runs = 0;
      setInterval(() => {
        const now = new Map(registry);
        if (now.size !== last.size || [...now].some(([name, highlight]) => last.get(name) !== highlight)) w.__runs += 1;
        last = now;
      }, 100);
    });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpu = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
      return { script: value('ScriptDuration'), task: value('TaskDuration') };
    };
    const before = await cpu();
    await page.waitForTimeout(10_000);
    const after = await cpu();
    const runs = await page.evaluate(() => (window as unknown as { __runs: number }).__runs);
    const timingsAfter = await sendToTab(browser.serviceWorker, page, { type: 'contexte:get-timings' });

    const idle = { runs, scriptMs: Math.round((after.script - before.script) * 1000), taskMs: Math.round((after.task - before.task) * 1000) };
    figures.spaIdle = idle;
    expect(runs).toBe(0);
    expect(timingsAfter).toEqual(timingsBefore);
    // An idle page: well under 1 % of the 10 s on the main thread.
    expect(idle.scriptMs).toBeLessThan(100);
    expect(idle.taskMs).toBeLessThan(300);
    expect(errorsOf(problems)).toEqual([]);
    await page.close();
  });

  it('annotates a story the reader opens from the front page', async () => {
    const { page, problems } = await open('/pages/spa.html?view=home');
    await expect.poll(() => getAnnotations(browser.serviceWorker, page).catch(() => null), { timeout: 10_000 }).not.toBeNull();
    await page.waitForTimeout(1_500);
    expect((await getAnnotations(browser.serviceWorker, page)).isArticle).toBe(false);
    expect(await highlightSizes(page)).toEqual({});
    await page.click('article.teaser a[href="?view=lebanon"]');
    const ms = await timeUntil(page, async () => (await highlightedTexts(page)).includes('Naim Qassem'), 10_000, 'lebanon story annotated');
    const annotations = await getAnnotations(browser.serviceWorker, page);
    expect(annotations.isArticle).toBe(true);
    expect(annotations.actors.map((actor) => actor.name)).toEqual(expect.arrayContaining(['Naim Qassem', 'Hezbollah', 'Najib Mikati']));
    await expectConsistent(page);
    expect(errorsOf(problems)).toEqual([]);
    figures.spaFrontToStoryMs = ms;
    await page.close();
  });

  it('annotates a story that arrives after a slow fetch, well after the address changed', async () => {
    const { page, problems } = await open('/pages/spa.html?view=home');
    await expect.poll(() => getAnnotations(browser.serviceWorker, page).catch(() => null), { timeout: 10_000 }).not.toBeNull();
    await page.waitForTimeout(1_500);
    // The address changes at once; the story replaces a "Loading…" line 1.5 s later.
    await page.evaluate(() => (window as unknown as { __navigate(name: string, swap: string, delay: number): void }).__navigate('lebanon', 'element', 1_500));
    await page.waitForFunction(() => document.querySelector('h1') !== null);
    await timeUntil(page, async () => (await highlightedTexts(page)).includes('Naim Qassem'), 10_000, 'lebanon story annotated');
    expect(errorsOf(problems)).toEqual([]);
    await page.close();
  });

  it('drops the highlights when the reader goes from a story to the front page, and annotates the next story', async () => {
    const { page, problems } = await open('/pages/spa.html');
    await waitForAnnotation(browser.serviceWorker, page);
    await page.click('#nav-home');
    await page.waitForSelector('article.teaser');
    await page.waitForTimeout(QUIET_MS);
    const annotations = await getAnnotations(browser.serviceWorker, page);
    expect({ isArticle: annotations.isArticle, actors: annotations.actors.map((actor) => actor.name) }).toEqual({ isArticle: false, actors: [] });
    expect(await highlightedTexts(page)).toEqual([]);
    await page.click('article.teaser a[href="?view=syria"]');
    await timeUntil(page, async () => (await highlightedTexts(page)).includes('Ahmed al-Sharaa'), REANNOTATE_BOUND_MS, 'syria story annotated');
    await expectConsistent(page);
    expect(errorsOf(problems)).toEqual([]);
    await page.close();
  });

  it('follows a site that swaps in a whole new <body> on navigation, as Turbo Drive does', async () => {
    const { page, problems } = await open('/pages/spa.html');
    await waitForAnnotation(browser.serviceWorker, page);
    await page.evaluate(() => (window as unknown as { __navigate(name: string, swap: string, delay: number): void }).__navigate('iran', 'body', 0));
    const ms = await timeUntil(
      page,
      async () => {
        const texts = await highlightedTexts(page);
        return texts.includes('Masoud Pezeshkian') && !texts.includes('Naim Qassem') && (await actorNames(page)).includes('Saeed Jalili');
      },
      REANNOTATE_BOUND_MS,
      'iran story annotated in the new body',
    );
    await expectConsistent(page);
    expect(errorsOf(problems)).toEqual([]);
    figures.spaBodySwapMs = ms;
    await page.close();
  });
});

describe('network', () => {
  it('made no request outside 127.0.0.1 during the tests above', () => {
    expect(e2e.requested.length).toBeGreaterThan(0);
    expect(requestsLeavingLocalhost(e2e, browser.extensionId)).toEqual([]);
    expect(e2e.server.requests.filter((path) => !path.startsWith('/pages/'))).toEqual([]);
  });
});
