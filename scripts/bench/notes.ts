/**
 * The notes figures: 10 000 generated notes imported through the background in one
 * `notes:apply-import`, then the notes page's first row, a full-text search and a JSON export of
 * everything, each timed from an extension page with `chrome.runtime.sendMessage`.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../lib/launch-chromium';
import type { Outcome } from '../../messaging/protocol';
import { exportNotesJson } from '../../storage/export';
import { generateNotes } from '../../tests/storage/generate-notes';
import { FIRST_ROW_PAGE } from './minimal-extension';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** A rendered note inside a loaded row of the notes page's windowed list. */
export const NOTE_ROW_SELECTOR = '[data-testid="note-row"]:not([data-loading]) .cx-note';

/** Searches typed into the notes page: a whole word, a word being typed, and three words. */
export const SEARCHES = ['kataib ', 'milic', 'compare with the'];

export interface NotesSamples {
  count: number;
  exportBytes: number;
  importMs: number;
  /** The first load of the notes page, which also builds the background's search index. */
  coldFirstRowMs: number;
  firstRowMs: number[];
  /** The same measure on the minimal extension's page whose one script adds a row (the floor). */
  floorFirstRowMs: number[];
  searchMs: number[];
  exportMs: number[];
  /** A trivial background message (`contexte:get-site-paused`): the messaging floor. */
  pingMs: number[];
}

/** Sends a background message from an extension page and times it there; throws on a failed outcome. */
async function timedMessage(page: Page, message: unknown): Promise<{ ms: number; value: unknown }> {
  const { ms, outcome } = await page.evaluate(async (body) => {
    const start = performance.now();
    const answer = (await chrome.runtime.sendMessage(body)) as Outcome<unknown>;
    return { ms: performance.now() - start, outcome: answer };
  }, message);
  if (!outcome.ok) throw new Error(`${(message as { type: string }).type} failed: ${outcome.error.message}`);
  return { ms, value: outcome.value };
}

/** Stores `count` generated notes through one import; returns the file size and import time. */
async function importNotes(page: Page, count: number): Promise<{ bytes: number; ms: number }> {
  const { notes, articles } = generateNotes(count, 1);
  const text = exportNotesJson(notes, articles, Date.UTC(2025, 0, 1));
  const plan = await timedMessage(page, { type: 'notes:plan-import', text });
  const { planId, fatal, newCount } = plan.value as { planId: string; fatal: string | null; newCount: number };
  if (fatal || newCount !== count) throw new Error(`Import plan: ${fatal ?? `${newCount} new notes instead of ${count}`}`);
  const applied = await timedMessage(page, { type: 'notes:apply-import', planId, onConflict: 'skip' });
  return { bytes: Buffer.byteLength(text), ms: plan.ms + applied.ms };
}

/**
 * Opens an extension page (the notes page by default) and returns the time from navigation start
 * to the first note row in the DOM (a MutationObserver installed before the page's own scripts run).
 */
async function notesPageFirstRow(extension: ExtensionBrowser, path = 'notes.html'): Promise<{ page: Page; ms: number }> {
  const page = await extension.context.newPage();
  await page.addInitScript((selector: string) => {
    const state = window as unknown as { __benchFirstRow?: number };
    const observer = new MutationObserver(() => {
      if (state.__benchFirstRow === undefined && document.querySelector(selector)) {
        state.__benchFirstRow = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  }, NOTE_ROW_SELECTOR);
  await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
  const handle = await page.waitForFunction(() => (window as unknown as { __benchFirstRow?: number }).__benchFirstRow, null, {
    timeout: 60_000,
  });
  return { page, ms: (await handle.jsonValue()) as number };
}

/**
 * Imports the notes, then measures the notes page, searches and exports `runs` times each; the
 * floor page of `minimal` (see minimal-extension.ts) is opened after each notes page.
 */
export async function measureNotes(extension: ExtensionBrowser, minimal: ExtensionBrowser, runs: number, count = 10_000): Promise<NotesSamples> {
  // An extension page that queries nothing, so the search index is first built by the notes page.
  const sender = await extension.context.newPage();
  await sender.goto(`chrome-extension://${extension.extensionId}/manifest.json`);
  const imported = await importNotes(sender, count);

  const cold = await notesPageFirstRow(extension);
  await cold.page.close();
  const firstRowMs: number[] = [];
  const floorFirstRowMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const loaded = await notesPageFirstRow(extension);
    firstRowMs.push(loaded.ms);
    await loaded.page.close();
    const floor = await notesPageFirstRow(minimal, FIRST_ROW_PAGE);
    floorFirstRowMs.push(floor.ms);
    await floor.page.close();
  }

  const notesPage = (await notesPageFirstRow(extension)).page;
  const searchMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const text of SEARCHES) {
      const { ms, value } = await timedMessage(notesPage, { type: 'notes:query', query: { text, offset: 0, limit: 50 } });
      if ((value as { total: number }).total === 0) throw new Error(`The search "${text}" found nothing to time`);
      searchMs.push(ms);
    }
  }
  const pingMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    pingMs.push((await timedMessage(notesPage, { type: 'contexte:get-site-paused', host: 'example.org' })).ms);
  }
  const exportMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { ms, value } = await timedMessage(notesPage, { type: 'notes:export', format: 'json' });
    const exported = JSON.parse((value as { text: string }).text) as { notes: unknown[] };
    if (exported.notes.length !== count) throw new Error(`Export held ${exported.notes.length} notes instead of ${count}`);
    exportMs.push(ms);
  }
  await notesPage.close();
  await sender.close();
  return { count, exportBytes: imported.bytes, importMs: imported.ms, coldFirstRowMs: cold.ms, firstRowMs, floorFirstRowMs, searchMs, exportMs, pingMs };
}
