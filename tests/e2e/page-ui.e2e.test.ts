/**
 * The in-page UI in real Chromium with the built extension (`npm run build` first): hover cards
 * for actors and dates, the keyboard list, notes from a card and from a selection, and a hostile
 * page that restyles everything and carries markup-looking text. Screenshots go to
 * `test-output/page-ui/` (git-ignored) for a human look.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/launch-chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { getAnnotations, pointOfMention, sendToTab, waitForAnnotation } from '../../scripts/lib/extension-driver';
import type { ActorAnnotation, DateAnnotation, PageAnnotations } from '../../recognition/types';
import type { Outcome, StoredNote, TabMessage } from '../../messaging/protocol';

const screenshots = 'test-output/page-ui';
const openList = { type: 'contexte:open-list' } as TabMessage<'contexte:open-list'>;

let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  server = await startStaticServer('tests/fixtures');
  browser = await launchWithExtension({ locale: 'en-US' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

let opened = 0;

/**
 * Opens a fixture page and waits until the annotator has highlighted it. Each page gets its own
 * address (a query string), because tab messages find their tab by address.
 */
async function openAnnotated(path: string, inBrowser: ExtensionBrowser = browser): Promise<{ page: Page; annotations: PageAnnotations }> {
  const page = await inBrowser.context.newPage();
  opened += 1;
  await page.goto(`${server.origin}${path}?page=${opened}`);
  await waitForAnnotation(inBrowser.serviceWorker, page);
  // The overlay is mounted with the highlights; its host appears in the same task.
  await page.waitForSelector('[data-contexte]', { state: 'attached' });
  return { page, annotations: await getAnnotations(inBrowser.serviceWorker, page) };
}

/** The visible card (Playwright's CSS engine pierces open shadow roots). */
const card = (page: Page) => page.locator('.cx-card-layer:not([hidden]) .cx-card');

async function waitForCardGone(page: Page) {
  await page.waitForFunction(() => {
    const layer = document.querySelector('[data-contexte]')?.shadowRoot?.querySelector('.cx-card-layer');
    return !layer || (layer as HTMLElement).hidden;
  });
}

/** Describes the focused element, looking into our shadow root. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const inner = document.querySelector('[data-contexte]')?.shadowRoot?.activeElement;
    const element = inner ?? document.activeElement;
    if (!element) return 'none';
    return `${inner ? 'ui:' : 'page:'}${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}${element.id ? `#${element.id}` : ''}`;
  });
}

/** Text of the range highlighted as active (the mention whose card is open), if any. */
function activeHighlight(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('contexte-active');
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
}

/** Waits until the active highlight (the card's mention, or a revealed passage) is on screen: scrolling is smooth. */
async function waitForActiveInView(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('contexte-active');
      const range = highlight ? [...highlight][0] : undefined;
      const rect = range?.getBoundingClientRect();
      return rect ? rect.top >= 0 && rect.bottom <= window.innerHeight : false;
    },
    undefined,
    { timeout: 5000 },
  );
  // One more frame so the card follows the passage.
  await page.waitForTimeout(100);
}

/** The page's layout, to check the UI shifted nothing. */
function layout(page: Page): Promise<string> {
  return page.evaluate(() => {
    const heading = document.querySelector('h1')?.getBoundingClientRect();
    return JSON.stringify({
      height: document.documentElement.scrollHeight,
      bodyChildren: document.body.childElementCount,
      heading: heading ? [heading.left, heading.top + window.scrollY, heading.width] : null,
    });
  });
}

function knownPerson(annotations: PageAnnotations): ActorAnnotation {
  const actor = annotations.actors.find((candidate) => candidate.known && candidate.kind === 'person' && candidate.mentions.length > 1) ??
    annotations.actors.find((candidate) => candidate.known);
  if (!actor) throw new Error('the fixture has no known actor');
  return actor;
}

/** Viewport point of the `n`-th (0-based, document order) highlighted mention reading `text`. */
async function pointOfNth(page: Page, text: string, n: number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([wanted, index]) => {
      const ranges: Range[] = [];
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((highlight, name) => {
        if (name === 'contexte-active') return;
        for (const range of highlight) if (range.toString() === wanted) ranges.push(range);
      });
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[index];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 };
    },
    [text, n] as const,
  );
  if (!point) throw new Error(`No highlighted mention number ${n} reads "${text}"`);
  return point;
}

/** Selects a phrase of the article with a real mouse drag and returns its text. */
async function dragSelect(page: Page, phrase: string): Promise<void> {
  const box = await page.evaluate((wanted: string) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getBoundingClientRect();
      range.setStart(node, at + wanted.length - 1);
      range.setEnd(node, at + wanted.length);
      const last = range.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`"${phrase}" is not in the article`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** Notes of an article, asked of the background the way the popup asks. */
async function notesFor(url: string): Promise<StoredNote[]> {
  const extensionPage = await browser.openExtensionPage('popup.html');
  try {
    const outcome = (await extensionPage.evaluate(
      (articleUrl: string) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
          type: 'notes:list-for-article',
          url: articleUrl,
        }),
      url,
    )) as Outcome<StoredNote[]>;
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.value;
  } finally {
    await extensionPage.close();
  }
}

describe('hover cards', () => {
  it('shows an actor’s card on hover, without moving the page, and hides it when the pointer leaves', async () => {
    const { page, annotations } = await openAnnotated('/articles/demo-en.html');
    const actor = knownPerson(annotations);
    const point = await pointOfMention(page, actor.mentions[0]!.text);
    const before = await layout(page);
    await page.mouse.move(point.x, point.y);
    await card(page).waitFor({ state: 'visible' });
    const text = (await card(page).textContent()) ?? '';
    expect(text).toContain(actor.name);
    expect(text).toContain(`Mentioned ${actor.mentions.length} times in this article`);
    expect(text).toContain('Person');
    expect(text).toContain('Add note');
    expect(await card(page).getAttribute('role')).toBe('dialog');
    expect(await activeHighlight(page)).toEqual([actor.mentions[0]!.text]);
    expect(await layout(page)).toBe(before);
    // The card sits beside the mention, inside the viewport.
    const box = (await card(page).boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(Math.min(Math.abs(box.y - point.y), Math.abs(box.y + box.height - point.y))).toBeLessThan(60);
    await page.screenshot({ path: join(screenshots, 'card-actor-en.png') });

    // Into the card: it stays; then away from both: it goes.
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await card(page).isVisible()).toBe(true);
    await page.mouse.move(2, 2);
    await waitForCardGone(page);
    expect(await activeHighlight(page)).toEqual([]);
    await page.close();
  });

  it('shows a date’s card with the exact day, the phrase and its sentence', async () => {
    const { page, annotations } = await openAnnotated('/articles/demo-en.html');
    const date = annotations.dates.find((candidate) => candidate.granularity === 'day') as DateAnnotation;
    expect(date).toBeDefined();
    const point = await pointOfMention(page, date.text);
    await page.mouse.move(point.x, point.y);
    await card(page).waitFor({ state: 'visible' });
    const text = (await card(page).textContent()) ?? '';
    const [year, month, day] = date.value.split('-').map(Number) as [number, number, number];
    const expected = new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, day, 12)),
    );
    expect(text).toContain(expected);
    expect(text).toContain(date.phrase);
    expect(text).toContain('In the article');
    await page.screenshot({ path: join(screenshots, 'card-date-en.png') });
    await page.close();
  });
});

describe('the keyboard list', () => {
  it('opens on the tab message, moves with the arrows, opens a card with Enter and walks back with Escape', async () => {
    const { page, annotations } = await openAnnotated('/articles/demo-en.html');
    await page.bringToFront();
    await sendToTab(browser.serviceWorker, page, openList);
    const list = page.locator('.cx-list-layer:not([hidden]) [role="dialog"]');
    await list.waitFor({ state: 'visible' });
    expect(await focused(page)).toBe('ui:input.cx-input');
    expect(await page.locator('[role="option"]').count()).toBeGreaterThanOrEqual(annotations.actors.filter((a) => a.mentions.length > 0).length);
    await page.screenshot({ path: join(screenshots, 'list-en.png') });

    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('[role="option"][aria-selected="true"] > span:first-child').textContent();
    await page.keyboard.press('Enter');
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).locator('h2').textContent()).toBe(chosen);
    expect(await focused(page)).toBe('ui:div.cx-card');
    // The chosen mention is scrolled into view.
    await waitForActiveInView(page);
    await page.screenshot({ path: join(screenshots, 'list-card-en.png') });

    await page.keyboard.press('Escape');
    await waitForCardGone(page);
    expect(await focused(page)).toBe('ui:input.cx-input');
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
    expect(await focused(page)).toMatch(/^page:/);
    await page.close();
  });

  it('keeps a page’s own key handlers from seeing what is typed in the filter', async () => {
    const { page } = await openAnnotated('/articles/demo-en.html');
    await page.evaluate(() => {
      (window as unknown as { pageKeys: string[] }).pageKeys = [];
      document.addEventListener('keydown', (event) => (window as unknown as { pageKeys: string[] }).pageKeys.push(event.key));
    });
    await page.bringToFront();
    await sendToTab(browser.serviceWorker, page, openList);
    await page.locator('.cx-list-layer:not([hidden]) input').waitFor({ state: 'visible' });
    await page.keyboard.type('jk/');
    expect(await page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys)).toEqual([]);
    expect(await page.locator('.cx-list-layer input').inputValue()).toBe('jk/');
    await page.close();
  });
});

describe('notes', () => {
  it('adds a note from an actor card', async () => {
    const { page, annotations } = await openAnnotated('/articles/demo-fr.html');
    const actor = knownPerson(annotations);
    const point = await pointOfMention(page, actor.mentions[0]!.text);
    await page.mouse.move(point.x, point.y);
    await card(page).waitFor({ state: 'visible' });
    await card(page).getByRole('button', { name: 'Add note' }).click();
    const textarea = card(page).locator('textarea');
    await textarea.waitFor({ state: 'visible' });
    expect(await focused(page)).toMatch(/^ui:textarea/);
    // The pointer wanders off while the reader types: the editor must stay.
    await page.mouse.move(2, 2);
    await page.keyboard.type('Compare with his 2018 statements.');
    await card(page).locator('input').fill('follow-up, Irak');
    await page.screenshot({ path: join(screenshots, 'card-editor-en.png') });
    await textarea.focus();
    await page.keyboard.press('Control+Enter');
    await card(page).getByText('Saved', { exact: true }).waitFor({ state: 'visible' });
    const notes = await notesFor(page.url());
    const note = notes.find((candidate) => candidate.body === 'Compare with his 2018 statements.');
    expect(note?.tags).toEqual(['follow-up', 'irak']);
    expect(note?.target).toEqual({ kind: 'actor', actorId: actor.id, name: actor.name, actorKind: actor.kind });
    await page.close();
  });

  it('adds a note on a selected passage', async () => {
    const { page } = await openAnnotated('/articles/demo-en.html');
    const phrase = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('article p')].find((p) => (p.textContent ?? '').length > 200);
      return (paragraph?.textContent ?? '').trim().split(/\s+/).slice(2, 7).join(' ');
    });
    await dragSelect(page, phrase);
    const button = page.locator('.cx-selection-layer:not([hidden]) button');
    await button.waitFor({ state: 'visible' });
    await page.screenshot({ path: join(screenshots, 'selection-button-en.png') });
    await button.click();
    const textarea = card(page).locator('textarea');
    await textarea.waitFor({ state: 'visible' });
    expect(await card(page).textContent()).toContain(phrase);
    await textarea.fill('Check this against the wire copy.');
    await page.screenshot({ path: join(screenshots, 'selection-editor-en.png') });
    await card(page).getByRole('button', { name: 'Save' }).click();
    await card(page).getByText('Saved', { exact: true }).waitFor({ state: 'visible' });
    const notes = await notesFor(page.url());
    const note = notes.find((candidate) => candidate.body === 'Check this against the wire copy.');
    expect(note?.target.kind).toBe('quote');
    if (note?.target.kind === 'quote') expect(note.target.quote.exact).toBe(phrase);
    // Once saved, the card closes by itself.
    await waitForCardGone(page);

    // Revealing the note (as the notes page does) scrolls back to the passage and shows it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const reveal = { type: 'contexte:reveal-note', note: note! } as TabMessage<'contexte:reveal-note'>;
    expect(await sendToTab(browser.serviceWorker, page, reveal)).toEqual({ found: true });
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).textContent()).toContain('Check this against the wire copy.');
    expect(await activeHighlight(page)).toEqual([phrase]);
    await waitForActiveInView(page);
    await page.screenshot({ path: join(screenshots, 'reveal-en.png') });
    await page.close();
  });
});

describe('a hostile page', () => {
  it('cannot hide, restyle or script the card, and its markup-looking text stays text', async () => {
    const dialogs: string[] = [];
    const { page, annotations } = await openAnnotated('/pages/hostile.html');
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const elementsBefore = await page.evaluate(() => document.querySelectorAll('img, script, iframe, b').length);
    const actor = annotations.actors.find((candidate) => candidate.id === 'hadi-al-amiri');
    expect(actor).toBeDefined();
    const point = await pointOfMention(page, actor!.mentions[0]!.text);
    await page.mouse.move(point.x, point.y);
    await card(page).waitFor({ state: 'visible' });

    const style = await page.evaluate(() => {
      const host = document.querySelector('[data-contexte]') as HTMLElement;
      const element = host.shadowRoot!.querySelector('.cx-card') as HTMLElement;
      const computed = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      const hostStyle = getComputedStyle(host);
      return {
        hostDisplay: hostStyle.display,
        hostPosition: hostStyle.position,
        hostVisibility: hostStyle.visibility,
        hostOpacity: hostStyle.opacity,
        display: computed.display,
        fontSize: computed.fontSize,
        color: computed.color,
        textTransform: computed.textTransform,
        width: rect.width,
        height: rect.height,
        top: rect.top,
        left: rect.left,
      };
    });
    expect(style).toMatchObject({
      hostDisplay: 'block',
      hostPosition: 'fixed',
      hostVisibility: 'visible',
      hostOpacity: '1',
      display: 'block',
      fontSize: '14px',
      textTransform: 'none',
    });
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.width).toBeGreaterThan(250);
    expect(style.width).toBeLessThan(420);
    expect(style.height).toBeGreaterThan(80);
    expect(style.height).toBeLessThan(600);
    expect(await card(page).textContent()).toContain('Hadi al-Amiri');
    await page.screenshot({ path: join(screenshots, 'hostile-card.png') });

    // The date in the comments paragraph: its card quotes a sentence full of markup, as text.
    await page.mouse.move(2, 2);
    await waitForCardGone(page);
    const datePoint = await pointOfNth(page, '5 January 2020', 1);
    await page.mouse.move(datePoint.x, datePoint.y);
    await card(page).waitFor({ state: 'visible' });
    const dateText = (await card(page).textContent()) ?? '';
    expect(dateText).toContain('Sunday, January 5, 2020');
    expect(dateText).toContain(`<img src=x onerror="alert('img')">`);
    expect(dateText).toContain(`<script>alert('script')</script>`);
    await page.screenshot({ path: join(screenshots, 'hostile-date-card.png') });
    const inside = await page.evaluate(() => {
      const shadow = document.querySelector('[data-contexte]')!.shadowRoot!;
      return {
        elements: shadow.querySelectorAll('img, script, iframe, b').length,
        fired: (window as unknown as { __hostileFired: string[] }).__hostileFired,
      };
    });
    expect(inside).toEqual({ elements: 0, fired: [] });
    expect(await page.evaluate(() => document.querySelectorAll('img, script, iframe, b').length)).toBe(elementsBefore);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('for a French reader', () => {
  let french: ExtensionBrowser;

  beforeAll(async () => {
    french = await launchWithExtension({ locale: 'fr' });
  });

  afterAll(async () => {
    await french?.close();
  });

  it('writes the cards in French', async () => {
    const { page, annotations } = await openAnnotated('/articles/demo-fr.html', french);
    const actor = knownPerson(annotations);
    const actorPoint = await pointOfMention(page, actor.mentions[0]!.text);
    await page.mouse.move(actorPoint.x, actorPoint.y);
    await card(page).waitFor({ state: 'visible' });
    const actorText = (await card(page).textContent()) ?? '';
    expect(actorText).toContain(actor.name);
    expect(actorText).toContain(`${actor.mentions.length} mentions dans cet article`);
    expect(actorText).toContain('Personne');
    expect(actorText).toContain('Ajouter une note');
    await page.screenshot({ path: join(screenshots, 'card-actor-fr.png') });

    await page.mouse.move(2, 2);
    await waitForCardGone(page);
    const date = annotations.dates.find((candidate) => candidate.granularity === 'day') as DateAnnotation;
    expect(date).toBeDefined();
    const point = await pointOfMention(page, date.text);
    await page.mouse.move(point.x, point.y);
    await card(page).waitFor({ state: 'visible' });
    const [year, month, day] = date.value.split('-').map(Number) as [number, number, number];
    const expected = new Intl.DateTimeFormat('fr', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, day, 12)),
    );
    const dateText = (await card(page).textContent()) ?? '';
    // Standing alone as the card's title, the date starts with a capital: "Dimanche 14 janvier 2024".
    expect(await card(page).locator('h2').textContent()).toBe(expected.charAt(0).toUpperCase() + expected.slice(1));
    expect(dateText).toContain(date.phrase);
    expect(dateText).toMatch(/la publication/);
    expect(dateText).toContain('Dans l’article');
    await page.screenshot({ path: join(screenshots, 'card-date-fr.png') });
    await page.close();
  });
});
