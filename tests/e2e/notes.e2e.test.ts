/**
 * The notes page in real Chromium with the built extension (`npm run build` first): search,
 * edit in place, delete with Undo, open in article; a JSON export imported into a fresh profile
 * gives back the same notes, and a malformed file changes nothing; ten thousand notes paint
 * their first rows at once with only a few rows in the DOM. Screenshots go to
 * `test-output/notes/` (git-ignored).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ImportPlanSummary, NoteDraft, NoteQueryResult, StoredNote } from '../../messaging/protocol';
import type { Article, Note } from '../../storage/schema';
import { exportNotesJson } from '../../storage/export';
import type { ExtensionBrowser } from '../../scripts/lib/launch-chromium';
import { poll, sendFromPage as send, useExtensionSetup } from './harness';

const screenshots = 'test-output/notes';
const e2e = useExtensionSetup(screenshots);

function draft(url: string, body: string, extra: Partial<NoteDraft> = {}): NoteDraft {
  return { article: { url, canonicalUrl: null, title: null, publishedAt: null }, body, tags: [], target: { kind: 'article' }, ...extra };
}

/** Three notes on two fixture articles: on an article, on an actor, on a quoted passage. */
async function seed(page: Page): Promise<void> {
  const french = `${e2e.server.origin}/articles/demo-fr.html`;
  const english = `${e2e.server.origin}/articles/demo-en.html`;
  await send(page, {
    type: 'notes:save',
    draft: draft(french, 'Vérifier la chronologie des tirs sur la Ligne bleue.', {
      article: { url: french, canonicalUrl: null, title: 'Liban-Sud : le Hezbollah maintient la pression', publishedAt: '2024-01-16' },
      tags: ['liban'],
    }),
  });
  await send(page, {
    type: 'notes:save',
    draft: draft(english, 'Who funds **this** group?\n- check the UN reports', {
      tags: ['funding', 'hezbollah'],
      target: { kind: 'actor', actorId: 'hezbollah', name: 'Hezbollah', actorKind: 'organization' },
    }),
  });
  await send(page, {
    type: 'notes:save',
    draft: draft(english, 'Compare with the 2006 ceasefire.', {
      target: { kind: 'quote', quote: { exact: 'the Blue Line', prefix: 'along ', suffix: ' since', start: 100, end: 113 } },
    }),
  });
}

async function queryAll(page: Page): Promise<NoteQueryResult> {
  return send<NoteQueryResult>(page, { type: 'notes:query', query: { sort: 'oldest', offset: 0, limit: 100_000 } });
}

/** What must survive an export and an import. */
function comparable(notes: StoredNote[]) {
  return notes.map(({ id, articleKey, body, tags, createdAt, updatedAt, target }) => ({ id, articleKey, body, tags, createdAt, updatedAt, target }));
}

async function openNotesPage(browser: ExtensionBrowser, query = ''): Promise<Page> {
  const page = await browser.openExtensionPage(`notes.html${query}`);
  await page.waitForSelector('[data-testid="notes-total"][data-total]');
  return page;
}

const total = (page: Page) => page.locator('[data-testid="notes-total"]').getAttribute('data-total').then(Number);
const bodies = (page: Page) => page.locator('[data-testid="note-row"] .cx-note-body').allInnerTexts();
const row = (page: Page, text: string) => page.locator('[data-testid="note-row"]', { hasText: text });

async function chooseFile(page: Page, name: string, text: string) {
  await page.locator('[data-testid="import-file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

describe('the notes page in Chromium', () => {
  it('searches, edits in place, deletes with Undo, and opens a note in its article', async () => {
    const browser = await e2e.launch();
    const setup = await browser.openExtensionPage('popup.html');
    await seed(setup);
    const page = await openNotesPage(browser);
    expect(await total(page)).toBe(3);
    expect(await row(page, 'Who funds').locator('.cx-target').innerText()).toBe('Note on Hezbollah');
    expect(await row(page, 'Who funds').locator('.cx-note-body strong').innerText()).toBe('this');
    expect(await row(page, 'Compare with').locator('blockquote').innerText()).toBe('the Blue Line');
    await page.screenshot({ path: `${screenshots}/list.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${screenshots}/list-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByTestId('notes-search').fill('chrono');
    await poll(() => bodies(page)).toEqual(['Vérifier la chronologie des tirs sur la Ligne bleue.']);
    await page.getByTestId('notes-search').fill('');
    await poll(() => total(page)).toBe(3);
    await page.selectOption('#notes-filter-tag', 'hezbollah');
    await poll(() => total(page)).toBe(1);
    expect(await page.locator('[data-testid="note-row"] .cx-note-body li').allInnerTexts()).toEqual(['check the UN reports']);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await poll(() => total(page)).toBe(3);

    // By key: once in the editor, the row's text is in a textarea, where `hasText` does not look.
    const key = await row(page, 'Vérifier la chronologie').getAttribute('data-key');
    const target = page.locator(`[data-testid="note-row"][data-key="${key}"]`);
    await target.locator('[data-action="edit"]').click();
    await target.locator('textarea').fill('Chronologie vérifiée avec la FINUL.');
    await target.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => row(page, 'Chronologie vérifiée').locator('.cx-note-body').count()).toBe(1);
    await page.reload();
    await poll(() => row(page, 'Chronologie vérifiée').count()).toBe(1);

    await row(page, 'Compare with').locator('[data-action="delete"]').click();
    await poll(() => total(page)).toBe(2);
    await expect(page.locator('[data-testid="toast"]').innerText()).resolves.toContain('Note deleted.');
    await page.getByRole('button', { name: 'Undo' }).click();
    await poll(() => total(page)).toBe(3);
    await row(page, 'Compare with').locator('[data-action="delete"]').click();
    await poll(() => total(page)).toBe(2);
    await page.reload();
    await poll(() => total(page)).toBe(2);
    expect((await queryAll(page)).notes.map((note) => note.body)).not.toContain('Compare with the 2006 ceasefire.');

    const [article] = await Promise.all([
      browser.context.waitForEvent('page'),
      row(page, 'Chronologie vérifiée').locator('[data-action="reveal"]').click(),
    ]);
    await article.waitForLoadState();
    expect(article.url()).toBe(`${e2e.server.origin}/articles/demo-fr.html`);
  });

  it('exports JSON, imports it into a fresh profile note for note, and refuses a malformed file without changing anything', async () => {
    const source = await e2e.launch();
    const setup = await source.openExtensionPage('popup.html');
    await seed(setup);
    const page = await openNotesPage(source);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^contexte-notes-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported).notes).toHaveLength(3);
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
    expect(readFileSync((await markdown.path())!, 'utf8')).toContain('Vérifier la chronologie des tirs sur la Ligne bleue.');
    const before = await queryAll(page);

    const fresh = await e2e.launch();
    const target = await openNotesPage(fresh);
    expect(await total(target)).toBe(0);
    await chooseFile(target, 'contexte-notes.json', exported);
    const panel = target.getByTestId('import-panel');
    await poll(() => panel.getAttribute('data-step')).toBe('planned');
    expect(await panel.getByTestId('import-counts').locator('li').allInnerTexts()).toEqual([
      '3 new notes',
      '0 notes already here, identical',
      '0 notes already here but different',
    ]);
    expect(await total(target)).toBe(0);
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await poll(() => panel.getByTestId('import-result').innerText()).toBe('Imported: 3 added, 0 replaced, 0 skipped.');
    await poll(() => total(target)).toBe(3);
    const after = await queryAll(target);
    expect(comparable(after.notes)).toEqual(comparable(before.notes));
    expect(Object.values(after.articles).map((article) => article.title).sort()).toEqual(
      Object.values(before.articles).map((article) => article.title).sort(),
    );

    // The same file again: everything is already here.
    await panel.getByRole('button', { name: 'Close' }).click();
    await chooseFile(target, 'contexte-notes.json', exported);
    await poll(() => target.getByTestId('import-counts').locator('li').first().innerText()).toBe('0 new notes');
    expect(await target.getByTestId('import-counts').locator('li').nth(1).innerText()).toBe('3 notes already here, identical');
    expect(await target.locator('[data-action="confirm-import"]').count()).toBe(0);
    await target.getByRole('button', { name: 'Close' }).click();

    await chooseFile(target, 'broken.json', exported.slice(0, Math.floor(exported.length / 2)));
    await poll(() => target.getByTestId('import-fatal').count()).toBe(1);
    expect(await target.getByTestId('import-fatal').innerText()).toMatch(/^This file cannot be imported: /);
    expect(await target.locator('[data-action="confirm-import"]').count()).toBe(0);
    await target.screenshot({ path: `${screenshots}/import-fatal.png` });
    await target.getByRole('button', { name: 'Close' }).click();
    expect(comparable((await queryAll(target)).notes)).toEqual(comparable(before.notes));
  });

  // Speed is the benchmark's business (`npm run bench`); this checks the windowing works at scale.
  it('shows 10 000 notes while keeping only a window of rows in the DOM', async () => {
    const browser = await e2e.launch();
    const setup = await browser.openExtensionPage('popup.html');
    const plan = await send<ImportPlanSummary>(setup, { type: 'notes:plan-import', text: tenThousandNotes() });
    expect(plan.newCount).toBe(10_000);
    await send(setup, { type: 'notes:apply-import', planId: plan.planId, onConflict: 'skip' });

    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/notes.html`);
    await page.waitForSelector('[data-testid="note-row"][data-key]');
    expect(await total(page)).toBe(10_000);
    const rendered = await page.locator('[data-testid="note-row"]').count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(40);

    await page.getByTestId('notes-list').evaluate((list) => {
      list.scrollTop = list.scrollHeight / 2;
    });
    await poll(() => page.locator('[data-testid="note-row"][data-key]').first().getAttribute('data-index').then(Number)).toBeGreaterThan(3_000);
    expect(await page.locator('[data-testid="note-row"]').count()).toBeLessThan(40);
    await page.screenshot({ path: `${screenshots}/ten-thousand.png` });

    await page.getByTestId('notes-search').fill('aiguille');
    await poll(() => total(page)).toBe(1);
    expect(await bodies(page)).toEqual(['The only aiguille in the haystack']);
  });
});

/** A JSON export of 10 000 notes on 200 articles, one of them findable by a word of its own. */
function tenThousandNotes(): string {
  const start = Date.UTC(2023, 0, 1);
  const articles: Article[] = Array.from({ length: 200 }, (_, index) => ({
    key: `https://news.example/story-${index}`,
    url: `https://news.example/story-${index}`,
    canonicalUrl: null,
    title: `Story ${index} on the regional crisis`,
    site: 'news.example',
    publishedAt: '2023-01-01',
    firstSeen: start,
    lastSeen: start,
  }));
  const notes: Note[] = Array.from({ length: 10_000 }, (_, index) => ({
    id: `bulk-${String(index).padStart(5, '0')}`,
    articleKey: articles[index % 200]!.key,
    body: index === 4_321 ? 'The only aiguille in the haystack' : `Reading note ${index} about ceasefire talks and the border`,
    tags: index % 4 === 0 ? ['border'] : [],
    createdAt: start + index * 60_000,
    updatedAt: start + index * 60_000,
    target: { kind: 'article' },
  }));
  return exportNotesJson(notes, articles, Date.UTC(2024, 0, 1));
}
