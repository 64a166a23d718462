/**
 * The popup in real Chromium with the built extension (`npm run build` first), opened as a page
 * for a given tab (`popup.html?tab=<id>`): what it shows on an article and elsewhere, a note
 * saved from it surviving a restart, the per-site pause, and two tabs saving at once.
 * Screenshots go to `test-output/popup/` (git-ignored) for a human look.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/launch-chromium';
import { highlightSizes, sendToTab, tabIdOf, waitForAnnotation } from '../../scripts/lib/extension-driver';
import type { NoteDraft, Outcome, StoredNote } from '../../messaging/protocol';
import { poll, sendFromPage, useExtensionSetup } from './harness';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const screenshots = 'test-output/popup';
const e2e = useExtensionSetup(screenshots);

/** Opens a fixture page; waits for the annotator when it is an article. */
async function openFixture(browser: ExtensionBrowser, path: string, annotated = true): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(e2e.server.origin + path);
  if (annotated) await waitForAnnotation(browser.serviceWorker, page);
  else await page.waitForTimeout(1_000);
  return page;
}

/** The popup for the tab showing `page`, opened as a page of popup size. */
async function openPopup(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser.serviceWorker, page.url());
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="popup-status"]');
  return popup;
}


const statusOf = (popup: Page) => popup.locator('[data-testid="popup-status"]').innerText();
const listedNotes = (popup: Page) => popup.locator('[data-testid="popup-notes"] .cx-note-body').allInnerTexts();

function listForArticle(page: Page, url: string): Promise<StoredNote[]> {
  return sendFromPage(page, { type: 'notes:list-for-article', url });
}

describe('the popup in Chromium', () => {
  it('shows an article’s actors and dates, saves a note, and finds it again after a restart', async () => {
    const first = await e2e.launch();
    const article = await openFixture(first, '/articles/demo-fr.html');
    const popup = await openPopup(first, article);
    expect(await statusOf(popup)).toBe('Article recognised');
    expect(await popup.locator('#popup-title').innerText()).toContain('Hezbollah');
    const organisations = await popup.locator('.popup-group[data-kind="organization"] .popup-entity-name').allInnerTexts();
    expect(organisations[0]).toBe('Hezbollah');
    expect(await popup.locator('.popup-group[data-kind="state"] .popup-entity-name').allInnerTexts()).toContain('Liban');
    expect(await popup.locator('.popup-dates li').count()).toBeGreaterThan(5);
    expect(await popup.locator('[data-action="list"]').innerText()).toContain('Alt+Shift+K');
    await popup.screenshot({ path: `${screenshots}/article.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(31, 34, 39)');
    await popup.screenshot({ path: `${screenshots}/article-dark.png` });
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');

    await popup.locator('.popup-section textarea').first().fill('Vérifier la chronologie des tirs sur la Ligne bleue.');
    await popup.locator('.popup-section input[type="text"]').first().fill('Liban, FINUL');
    await popup.getByRole('button', { name: 'Save', exact: true }).first().click();
    await poll(() => listedNotes(popup)).toEqual(['Vérifier la chronologie des tirs sur la Ligne bleue.']);
    expect(await popup.locator('[data-testid="popup-notes"] .cx-tag').allInnerTexts()).toEqual(['liban', 'finul']);
    await first.close();

    const second = await e2e.launch({ profileDir: first.profileDir });
    const again = await openFixture(second, '/articles/demo-fr.html');
    const reopened = await openPopup(second, again);
    await poll(() => listedNotes(reopened)).toEqual(['Vérifier la chronologie des tirs sur la Ligne bleue.']);
  });

  it('edits a note in place and deletes it with Undo', async () => {
    const browser = await e2e.launch();
    const article = await openFixture(browser, '/articles/demo-en.html');
    const popup = await openPopup(browser, article);
    await popup.locator('.popup-section textarea').first().fill('First reading');
    await popup.getByRole('button', { name: 'Save', exact: true }).first().click();
    await poll(() => listedNotes(popup)).toEqual(['First reading']);

    await popup.locator('[data-testid="popup-notes"] [data-action="edit"]').click();
    await popup.locator('[data-testid="popup-notes"] textarea').fill('Second reading');
    await popup.locator('[data-testid="popup-notes"]').getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => listedNotes(popup)).toEqual(['Second reading']);
    expect((await listForArticle(popup, article.url())).map((note) => note.body)).toEqual(['Second reading']);

    await popup.locator('[data-testid="popup-notes"] [data-action="delete"]').click();
    await poll(() => popup.locator('[data-testid="popup-notes"]').count()).toBe(0);
    expect(await listForArticle(popup, article.url())).toEqual([]);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await poll(() => listedNotes(popup)).toEqual(['Second reading']);
    expect((await listForArticle(popup, article.url())).map((note) => note.body)).toEqual(['Second reading']);
  });

  it('offers to annotate a page that is not an article, and says where Contexte does not run', async () => {
    const browser = await e2e.launch();
    const front = await openFixture(browser, '/pages/section-front.html', false);
    const popup = await openPopup(browser, front);
    expect(await statusOf(popup)).toBe('This page was not recognised as an article');
    expect(await popup.locator('[data-testid="popup-actors"]').count()).toBe(0);
    await popup.getByRole('button', { name: 'Annotate this page' }).click();
    await poll(() => statusOf(popup)).toBe('Article recognised');
    expect(await popup.locator('[data-testid="popup-actors"]').count()).toBe(1);

    // A page that is not a web page (the only kind whose address an extension sees without the
    // "tabs" permission is its own).
    const notesPage = await browser.openExtensionPage('notes.html');
    const nowhere = await openPopup(browser, notesPage);
    expect(await statusOf(nowhere)).toBe('Contexte does not run on this page.');
    await nowhere.screenshot({ path: `${screenshots}/unavailable.png` });
  });

  it('pauses a site (the page is cleaned and stays unannotated after a reload) and resumes it', async () => {
    const browser = await e2e.launch();
    const article = await openFixture(browser, '/articles/demo-en.html');
    expect(Object.keys(await highlightSizes(article)).length).toBeGreaterThan(0);
    const popup = await openPopup(browser, article);
    await popup.getByRole('button', { name: 'Pause on this site' }).click();
    await poll(() => statusOf(popup)).toBe('Contexte is paused on this site');
    await poll(() => highlightSizes(article)).toEqual({});

    await article.reload();
    await article.waitForTimeout(1_500);
    // Only the detector runs: nobody answers for timings.
    expect((await sendToTab(browser.serviceWorker, article, { type: 'contexte:get-timings' }).catch(() => null)) ?? null).toBeNull();
    const paused = await openPopup(browser, article);
    expect(await statusOf(paused)).toBe('Contexte is paused on this site');
    await paused.screenshot({ path: `${screenshots}/paused.png` });
    await paused.getByRole('button', { name: 'Resume on this site' }).click();
    await poll(() => paused.locator('[data-action="pause"]').innerText()).toBe('Pause on this site');

    await article.reload();
    await waitForAnnotation(browser.serviceWorker, article);
  });

  it('loses nothing when two tabs save notes at once', async () => {
    const browser = await e2e.launch();
    const french = await openFixture(browser, '/articles/demo-fr.html');
    const english = await openFixture(browser, '/articles/demo-en.html');
    const popups = [await openPopup(browser, french), await openPopup(browser, english)];
    await popups[0]!.locator('.popup-section textarea').first().fill('Note from the French tab');
    await popups[1]!.locator('.popup-section textarea').first().fill('Note from the English tab');
    await Promise.all(popups.map((popup) => popup.getByRole('button', { name: 'Save', exact: true }).first().click()));
    await poll(() => listedNotes(popups[0]!)).toEqual(['Note from the French tab']);
    await poll(() => listedNotes(popups[1]!)).toEqual(['Note from the English tab']);

    // Then many saves from both pages interleaved.
    const burst = (popup: Page, url: string, label: string) =>
      popup.evaluate(
        async ({ address, name }) => {
          const saves = Array.from({ length: 25 }, (_, index) => {
            const draft: NoteDraft = {
              article: { url: address, canonicalUrl: null, title: null, publishedAt: null },
              body: `${name} ${index}`,
              tags: [],
              target: { kind: 'article' },
            };
            return chrome.runtime.sendMessage({ type: 'notes:save', draft }) as Promise<Outcome<StoredNote>>;
          });
          return (await Promise.all(saves)).filter((outcome) => outcome.ok).length;
        },
        { address: url, name: label },
      );
    const saved = await Promise.all([burst(popups[0]!, french.url(), 'fr'), burst(popups[1]!, english.url(), 'en')]);
    expect(saved).toEqual([25, 25]);
    expect(await listForArticle(popups[0]!, french.url())).toHaveLength(26);
    expect(await listForArticle(popups[1]!, english.url())).toHaveLength(26);
  });
});
