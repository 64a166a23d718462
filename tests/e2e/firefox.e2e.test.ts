/**
 * The Firefox build in Debian's firefox-esr, installed as a temporary add-on through WebDriver
 * BiDi: the content scripts annotate an article (highlights registered), leave a section front
 * alone, and the popup page opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/launch-firefox';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

let server: StaticServer;
let firefox: FirefoxWithExtension;

function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.forEach((highlight, name) => {
      sizes[name] = highlight.size;
    });
    return sizes;
  });
}

beforeAll(async () => {
  expect(existsSync('.output/firefox-mv2/manifest.json'), 'run `npm run build:firefox` first').toBe(true);
  server = await startStaticServer('tests/fixtures');
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the built extension in Firefox', () => {
  it('highlights the actors and dates of an article', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/articles/demo-fr.html`);
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, { timeout: 20_000 });
    const sizes = await highlightSizes(page);
    expect(sizes['contexte-person']).toBeGreaterThan(5);
    expect(sizes['contexte-organization']).toBeGreaterThan(5);
    expect(sizes['contexte-date']).toBeGreaterThan(5);
    await page.close();
  });

  it('shows an actor’s card when the pointer rests on a mention', async () => {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/articles/demo-en.html`);
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, { timeout: 20_000 });
    // The in-page UI is injected once the highlights are registered: wait for its host.
    await page.waitForSelector('contexte-ui', { timeout: 10_000 });
    const mention = await page.evaluate(() => {
      const person = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('contexte-person');
      const range = person ? [...person][0] : undefined;
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 4, y: rect.top + rect.height / 2, text: range.toString() };
    });
    expect(mention).not.toBeNull();
    await page.mouse.move(mention!.x, mention!.y);
    const card = await page.waitForFunction(
      () => document.querySelector('contexte-ui')?.shadowRoot?.querySelector('.cx-card-layer:not([hidden]) [role="dialog"]')?.textContent ?? false,
      { timeout: 10_000 },
    );
    const text = (await card.jsonValue()) as string;
    expect(text).toContain(mention!.text);
    expect(text).toContain('Person');
    await page.close();
  });

  it('does not annotate a section front', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/pages/section-front.html`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await highlightSizes(page)).toEqual({});
    await page.close();
  });

  it('opens the popup page', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    expect(await popup.evaluate(() => document.body.innerText)).toContain('Contexte');
    await popup.close();
  });
});
