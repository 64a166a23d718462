/**
 * The walking skeleton in real Chromium with the built extension: the content scripts run on a
 * served article, the popup page opens, and a note saved from the popup page is still there
 * after the browser is closed and reopened on the same profile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { launchWithExtension } from '../../scripts/lib/launch-chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { getAnnotations, highlightSizes, tabIdOf, waitForAnnotation } from '../../scripts/lib/extension-driver';
import type { NoteDraft, Outcome, StoredNote } from '../../messaging/protocol';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

let server: StaticServer;

beforeAll(async () => {
  expect(existsSync('.output/chrome-mv3/manifest.json'), 'run `npm run build` first').toBe(true);
  server = await startStaticServer('tests/fixtures');
});
afterAll(async () => server?.close());

describe('the built extension in Chromium', () => {
  it('annotates an article and leaves a section front alone', async () => {
    const browser = await launchWithExtension();
    try {
      const article = await browser.context.newPage();
      await article.goto(`${server.origin}/articles/demo-en.html`);
      const timings = await waitForAnnotation(browser.serviceWorker, article);
      expect(timings.ranges).toBeGreaterThan(20);
      const annotations = await getAnnotations(browser.serviceWorker, article);
      expect(annotations.isArticle).toBe(true);
      expect(annotations.lang).toBe('en');
      expect(annotations.publishedAt).toMatch(/^2024-01-18/);
      expect(annotations.actors.length).toBeGreaterThan(10);
      expect(annotations.dates.length).toBeGreaterThan(5);
      const sizes = await highlightSizes(article);
      expect(sizes['contexte-person']).toBeGreaterThan(0);
      expect(sizes['contexte-date']).toBe(annotations.dates.length);

      const front = await browser.context.newPage();
      await front.goto(`${server.origin}/pages/section-front.html`);
      await front.waitForTimeout(1_500);
      const frontAnnotations = await getAnnotations(browser.serviceWorker, front);
      expect(frontAnnotations.isArticle).toBe(false);
      expect(frontAnnotations.actors).toEqual([]);
      expect(await highlightSizes(front)).toEqual({});
    } finally {
      await browser.close();
    }
  });

  it('keeps a note saved from the popup across a browser restart', async () => {
    const first = await launchWithExtension();
    const profileDir = first.profileDir;
    const articleUrl = `${server.origin}/articles/demo-fr.html`;
    let saved: StoredNote;
    try {
      const article = await first.context.newPage();
      await article.goto(articleUrl);
      await waitForAnnotation(first.serviceWorker, article);
      const tabId = await tabIdOf(first.serviceWorker, articleUrl);
      const popup = await first.openExtensionPage(`popup.html?tab=${tabId}`);
      await expect.poll(() => popup.locator('body').innerText()).toContain('Hezbollah');
      const draft: NoteDraft = {
        article: { url: articleUrl, canonicalUrl: null, title: null, publishedAt: null },
        body: 'Vérifier la chronologie des tirs sur la Ligne bleue.',
        tags: ['liban'],
        target: { kind: 'article' },
      };
      const outcome = (await popup.evaluate((body) => chrome.runtime.sendMessage({ type: 'notes:save', draft: body }), draft)) as Outcome<StoredNote>;
      expect(outcome.ok).toBe(true);
      saved = (outcome as { ok: true; value: StoredNote }).value;
    } finally {
      await first.close();
    }

    const second = await launchWithExtension({ profileDir });
    try {
      const popup = await second.openExtensionPage('popup.html');
      const listed = (await popup.evaluate(
        (url) => chrome.runtime.sendMessage({ type: 'notes:list-for-article', url }),
        articleUrl,
      )) as Outcome<StoredNote[]>;
      expect(listed).toEqual({ ok: true, value: [saved] });
    } finally {
      await second.close();
    }
  });
});
