/**
 * The extension never breaks a page, checked in real Chromium with the built extension
 * (`npm run build` first) against the same Chromium without it: a page that mutates itself and
 * listens to its own events sees exactly the same events, mutations, DOM and layout; nothing is
 * highlighted inside fields or editable regions and typing there is untouched; pages that are
 * not articles are left alone; and no request leaves 127.0.0.1. Figures go to
 * `test-output/robustness/figures.json` (git-ignored) for the report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { quietChromiumFlags, type ExtensionBrowser } from '../../scripts/lib/launch-chromium';
import { findChromium } from '../../scripts/lib/find-chromium';
import { getAnnotations, highlightSizes, sendToTab, waitForAnnotation } from '../../scripts/lib/extension-driver';
import {
  QUIET_MS,
  errorsOf,
  highlightedRanges,
  noProblems,
  openRecorded,
  requestsLeavingLocalhost,
  useExtensionSetup,
  waitForLazyParagraphs,
  type Problems,
} from './harness';

const e2e = useExtensionSetup('test-output/robustness');
const { figures } = e2e;
let extension: ExtensionBrowser;
/** The same Chromium, same flags and viewport, without the extension. */
let plain: BrowserContext;

beforeAll(async () => {
  extension = await e2e.launch();
  plain = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'contexte-plain-')), {
    executablePath: findChromium() ?? undefined,
    headless: false,
    args: ['--headless=new', ...quietChromiumFlags],
    viewport: { width: 1280, height: 900 },
  });
  e2e.watchRequests(plain);
});

afterAll(async () => {
  await plain?.close();
});

// ---- The mutating page ------------------------------------------------------------------------

const QUESTION = 'Will the January salaries be paid before Nowruz?';

interface MutatingSnapshot {
  calls: Record<string, number>;
  records: Record<string, Record<string, number>>;
  bodyHtml: string;
  rootChildren: string[];
  rects: string[];
  pageSize: number[];
  question: string;
  focused: string;
}

/**
 * Loads `mutating.html`, lets its script add its paragraphs, then clicks its link, its photo,
 * "Continue reading", "Show reactions" and "Dismiss", types a question, and takes a snapshot
 * once all is quiet.
 */
async function playMutatingScenario(context: BrowserContext): Promise<{ page: Page; problems: Problems; snapshot: MutatingSnapshot }> {
  const { page, problems } = await openRecorded(context, `${e2e.server.origin}/pages/mutating.html`);
  await waitForLazyParagraphs(page);
  await page.waitForTimeout(QUIET_MS);
  await page.click('#source-link');
  await page.click('#photo');
  await page.click('#continue-reading');
  await page.click('#show-reactions');
  await page.click('#dismiss-update');
  await page.click('#reader-question');
  await page.keyboard.type(QUESTION, { delay: 25 });
  await page.waitForTimeout(QUIET_MS);
  const snapshot = await page.evaluate((): MutatingSnapshot => {
    const w = window as unknown as { __calls: Record<string, number>; __records: Record<string, Record<string, number>> };
    const story = document.getElementById('story') as HTMLElement;
    return {
      calls: { ...w.__calls },
      records: JSON.parse(JSON.stringify(w.__records)) as Record<string, Record<string, number>>,
      bodyHtml: document.body.innerHTML,
      rootChildren: Array.from(document.documentElement.children, (element) => element.localName),
      // Document coordinates of every element of the article.
      rects: Array.from(story.querySelectorAll('*'), (element) => {
        const rect = element.getBoundingClientRect();
        return `${element.localName}${element.id ? `#${element.id}` : ''} ${rect.left},${rect.top + window.scrollY},${rect.width}x${rect.height}`;
      }),
      pageSize: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
      question: (document.getElementById('reader-question') as HTMLInputElement).value,
      focused: document.activeElement?.id ?? '',
    };
  });
  return { page, problems, snapshot };
}

describe('a page that mutates itself and listens to its own events', () => {
  it('sees the same events, mutations, DOM and layout with the extension as without it', async () => {
    const withExtension = await playMutatingScenario(extension.context);
    const timings = await sendToTab(extension.serviceWorker, withExtension.page, { type: 'contexte:get-timings' });
    const highlighted = await highlightedRanges(withExtension.page);
    const without = await playMutatingScenario(plain);

    // The extension did run on this page (otherwise the comparison proves nothing).
    expect(timings?.ranges).toBeGreaterThan(20);
    expect(highlighted.some((range) => range.text === 'Nechirvan Barzani')).toBe(true);

    const typed = QUESTION.length;
    const expectedCalls = {
      storyClick: 6, linkClick: 1, dismissClick: 1, continueClick: 1, reactionsClick: 1,
      photoPointerDown: 1, photoPointerUp: 1, photoClick: 1,
      questionInput: typed, questionKeydown: typed, documentKeydown: typed, windowErrors: 0,
    };
    expect(without.snapshot.calls).toEqual(expectedCalls);
    expect(withExtension.snapshot.calls).toEqual(expectedCalls);
    expect(withExtension.snapshot.question).toBe(QUESTION);
    expect(withExtension.snapshot.focused).toBe('reader-question');

    // The page's own MutationObservers saw exactly its own mutations.
    expect(withExtension.snapshot.records).toEqual(without.snapshot.records);
    expect(withExtension.snapshot.records.story!.childList).toBeGreaterThanOrEqual(12);

    // Nothing was inserted into, or changed in, the page's body; the UI host sits after <body>.
    expect(withExtension.snapshot.bodyHtml).toBe(without.snapshot.bodyHtml);
    expect(without.snapshot.rootChildren).toEqual(['head', 'body']);
    expect(withExtension.snapshot.rootChildren.slice(0, 2)).toEqual(['head', 'body']);

    // No layout shift: every element of the article at the same place and size.
    expect(withExtension.snapshot.rects).toEqual(without.snapshot.rects);
    expect(withExtension.snapshot.pageSize).toEqual(without.snapshot.pageSize);

    expect(without.problems).toEqual(noProblems);
    expect(withExtension.problems).toEqual(noProblems);

    figures.mutating = {
      calls: withExtension.snapshot.calls,
      records: withExtension.snapshot.records,
      comparedRects: withExtension.snapshot.rects.length,
      rootChildrenWithExtension: withExtension.snapshot.rootChildren,
      lastRun: timings,
      highlightedRanges: highlighted.length,
    };
    await withExtension.page.close();
    await without.page.close();
  });
});

// ---- Fields and editable regions --------------------------------------------------------------

const NAMES_IN_FIELDS = ['Nabih Berri', 'Samir Geagea', 'Gebran Bassil', 'Najib Mikati', 'Michel Aoun'];

/** What the reader types, field by field; every string names actors and dates. */
const TYPING = [
  { selector: '#pseudo', replace: true, text: 'Rania, lectrice à Beyrouth' },
  { selector: '#comment', replace: true, text: 'Nabih Berri a levé la séance le 14 juin 2023, après le départ du Hezbollah.' },
  { selector: '#quiz-answer', replace: true, text: 'Michel Aoun, le 31 octobre 2022' },
  { selector: '#quiz-why', replace: false, text: ' Il a succédé à Hassan Diab.' },
  { selector: '#draft', replace: false, text: ' Samir Geagea refuse toute séance sans second tour depuis mars 2023.' },
  { selector: '#plain-draft', replace: false, text: ' Gebran Bassil répond à Najib Mikati le 16 juin 2023.' },
] as const;

/** The text of each field: `value` for controls, `textContent` for editable regions. */
function fieldTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate((selectors) => {
    const texts: Record<string, string> = {};
    for (const selector of selectors) {
      const element = document.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement | HTMLElement;
      // Typing a space at the end of editable text may store a no-break space.
      texts[selector] = 'value' in element ? element.value : (element.textContent ?? '').replace(/\u00a0/g, ' ');
    }
    return texts;
  }, TYPING.map((field) => field.selector));
}

/** Types each field's text like a reader: click, select all or go to the end, type key by key. */
async function typeInFields(page: Page, delayMs: number): Promise<void> {
  for (const field of TYPING) {
    await page.click(field.selector);
    await page.keyboard.press(field.replace ? 'Control+A' : 'Control+End');
    await page.keyboard.type(field.text, { delay: delayMs });
  }
}

describe('fields and editable regions', () => {
  it('highlights nothing inside inputs, textareas or editable regions, and typing there gives exactly what was typed', async () => {
    const { page, problems } = await openRecorded(extension.context, `${e2e.server.origin}/pages/forms.html`);
    await waitForAnnotation(extension.serviceWorker, page);
    const before = await fieldTexts(page);
    const ranges = await highlightedRanges(page);
    expect(ranges.length).toBeGreaterThan(10);
    expect(ranges.filter((range) => range.inField)).toEqual([]);
    // The names written in the fields are highlighted where the article itself says them.
    for (const name of NAMES_IN_FIELDS) expect(ranges.map((range) => range.text)).toContain(name);
    expect(await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift)).toBe(0);

    // Each annotation run registers new Highlight objects: count replacements seen from the page.
    await page.evaluate(() => {
      const w = window as unknown as { __runs: number };
      const registry = (CSS as unknown as { highlights: Map<string, object> }).highlights;
      let last = registry.get('contexte-person');
      w.__runs = 0;
      setInterval(() => {
        const now = registry.get('contexte-person');
        if (now !== last) w.__runs += 1;
        last = now;
      }, 50);
    });
    const typingStarted = Date.now();
    // Slow enough that the annotator would run again, several times, if typing triggered it.
    await typeInFields(page, 40);
    const typingMs = Date.now() - typingStarted;
    await page.waitForTimeout(QUIET_MS);

    const expected = Object.fromEntries(TYPING.map((field) => [field.selector, field.replace ? field.text : `${before[field.selector]}${field.text}`]));
    expect(await fieldTexts(page)).toEqual(expected);
    const calls = await page.evaluate(() => (window as unknown as { __calls: Record<string, number> }).__calls);
    const typed = TYPING.reduce((sum, field) => sum + field.text.length, 0);
    expect(calls.input).toBe(typed);

    // Typing in fields and editable regions is never annotated, so it costs no annotation run.
    const runs = await page.evaluate(() => (window as unknown as { __runs: number }).__runs);
    expect(runs).toBe(0);
    const after = await highlightedRanges(page);
    expect(after.filter((range) => range.inField)).toEqual([]);
    expect(after.every((range) => range.connected && !range.collapsed)).toBe(true);
    await page.click('#publish');
    expect(await page.evaluate(() => (window as unknown as { __calls: Record<string, number> }).__calls.submit)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift)).toBe(0);
    expect(problems).toEqual(noProblems);
    figures.forms = { highlightedRanges: ranges.length, typedCharacters: typed, typingMs, annotationRunsWhileTyping: runs };
    await page.close();
  });

  it('gives the same field values and the same key and input events with the extension as without it', async () => {
    const results: Record<string, string>[] = [];
    for (const context of [extension.context, plain]) {
      const { page, problems } = await openRecorded(context, `${e2e.server.origin}/pages/forms.html`);
      if (context === extension.context) await waitForAnnotation(extension.serviceWorker, page);
      await typeInFields(page, 10);
      await page.waitForTimeout(QUIET_MS);
      results.push(await page.evaluate(() => {
        const values: Record<string, string> = { calls: JSON.stringify((window as unknown as { __calls: unknown }).__calls) };
        for (const element of document.querySelectorAll<HTMLElement>('input, textarea, [contenteditable]')) {
          values[element.id] = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : element.innerHTML;
        }
        return values;
      }));
      expect(problems).toEqual(noProblems);
      await page.close();
    }
    expect(results[0]).toEqual(results[1]);
  });

  it('drops the highlights of a paragraph the page makes editable after load', async () => {
    const { page, problems } = await openRecorded(extension.context, `${e2e.server.origin}/pages/forms.html`);
    await waitForAnnotation(extension.serviceWorker, page);
    const inCorrection = async () => (await highlightedRanges(page)).filter((range) => range.where === 'p-correction').map((range) => range.text);
    expect(await inCorrection()).toContain('Najib Mikati');
    // "Proposer une correction" only sets contenteditable on the paragraph.
    await page.click('#suggest-edit');
    await page.waitForTimeout(QUIET_MS);
    expect(await page.getAttribute('#p-correction', 'contenteditable')).toBe('true');
    expect(await inCorrection()).toEqual([]);
    expect(problems).toEqual(noProblems);
    await page.close();
  });
});

// ---- Pages that are not articles --------------------------------------------------------------

describe('pages that are not articles', () => {
  for (const name of ['home', 'search', 'webapp']) {
    it(`leaves ${name}.html alone`, async () => {
      const { page, problems } = await openRecorded(extension.context, `${e2e.server.origin}/pages/${name}.html`);
      // The detector answers for the page once it has run.
      await expect.poll(() => getAnnotations(extension.serviceWorker, page).catch(() => null), { timeout: 10_000 }).not.toBeNull();
      await page.waitForTimeout(1_500);
      const annotations = await getAnnotations(extension.serviceWorker, page);
      expect(annotations.isArticle).toBe(false);
      expect(annotations.actors).toEqual([]);
      expect(annotations.dates).toEqual([]);
      expect(await highlightSizes(page)).toEqual({});
      // The annotator was never injected: no UI host, and nobody answers its ping.
      expect(await page.locator('[data-contexte]').count()).toBe(0);
      expect(await sendToTab(extension.serviceWorker, page, { type: 'contexte:ping' }).catch(() => null)).toBeFalsy();
      expect(errorsOf(problems)).toEqual([]);
      await page.close();
    });
  }
});

// ---- Network ----------------------------------------------------------------------------------

describe('network', () => {
  it('made no request outside 127.0.0.1 during the tests above', () => {
    expect(e2e.requested.length).toBeGreaterThan(0);
    expect(requestsLeavingLocalhost(e2e, extension.extensionId)).toEqual([]);
    // The server saw only fixture pages (and the browser's favicon probe).
    expect(e2e.server.requests.filter((path) => !path.startsWith('/pages/') && path !== '/favicon.ico')).toEqual([]);
    figures.requests = { total: e2e.requested.length, extensionResources: e2e.requested.filter((url) => url.startsWith('chrome-extension://')).length };
  });
});
