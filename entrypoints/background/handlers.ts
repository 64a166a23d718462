/**
 * What the background does for each message. Every handler returns a plain value or throws;
 * `answer` turns the outcome into an `Outcome` so errors keep their code across the boundary.
 */
import { browser } from 'wxt/browser';
import type {
  BackgroundMessage,
  BackgroundResponse,
  BackgroundType,
  ImportPlanSummary,
  NoteDraft,
  NoteQuery,
  NoteQueryResult,
  Outcome,
  ProtocolError,
} from '../../messaging/protocol';
import { StorageError } from '../../storage/errors';
import { deleteNote, getNote, listNotesForArticle, restoreNote, saveNote } from '../../storage/notes';
import { getArticle, recordArticleVisit } from '../../storage/articles';
import { exportNotesJson, exportNotesMarkdown, readEverything } from '../../storage/export';
import { applyImport, parseImport, planImport, type ImportPlan } from '../../storage/import';
import type { NoteIndex } from '../../storage/query';
import { articleKeyFor, normaliseUrl } from '../../storage/urls';
import type { Article, ContexteDB, Note } from '../../storage/schema';
import { uiLangOf, type I18nApi } from '../../components/shared/browser-i18n';
import { bundledMatcher, isBundledMatcherBuilt, matcherForText, prepareMatchers, recognize } from '../../recognition/pipeline';
import { referenceDateOf } from '../../recognition/context';
import { packRecognition } from '../../messaging/packed-recognition';
import type { NotesService } from './notes-service';
import { epochNow, injectAnnotator, injectPendingOverlay } from './inject';
import { createSiteSettings, type SiteSettings } from './site-settings';
import { revealNote } from './reveal';

type Handlers = {
  [K in BackgroundType]: (message: BackgroundMessage<K>, sender: { tab?: { id?: number; url?: string } }) => Promise<BackgroundResponse<K>>;
};

/** Notes written at once beyond which the search index is rebuilt rather than updated. */
const REBUILD_AFTER_WRITES = 500;

/** A failed build is met again by the next query, which starts a new one: no update to make. */
function ignoreFailedBuild(): void {}

/** Import plans waiting for the reader's confirmation, by id (at most a few at a time). */
const pendingPlans = new Map<string, ImportPlan>();

/**
 * How long the background waits, after recognising an article with a matcher of its own, before
 * building the whole matcher for the articles to come: long enough for the page's next requests
 * (its UI, its visit) to be answered first, which the build would hold back.
 */
const MATCHER_BUILD_DELAY_MS = 1_000;
let matcherBuild: ReturnType<typeof setTimeout> | undefined;

function scheduleMatcherBuild(): void {
  matcherBuild ??= setTimeout(bundledMatcher, MATCHER_BUILD_DELAY_MS);
}

/** Builds the handler table over a notes service and the reader's paused sites. */
export function createHandlers(notes: NotesService, sites: SiteSettings = createSiteSettings()): Handlers {
  /**
   * Brings the index up to date after a write, once it is built. The writer does not wait for a
   * build in progress: the update is chained on it, so it lands before any later query is read.
   */
  const afterWrite = (written: Note[], removedIds: string[] = []): void => {
    // A large import is indexed again from the database a slice at a time, rather than in one
    // long run here that would hold every other message until it ends.
    if (written.length > REBUILD_AFTER_WRITES) {
      if (notes.builtIndex()) notes.rebuildIndex();
      return;
    }
    notes.builtIndex()?.then((index) => {
      for (const note of written) index.upsert(note);
      for (const id of removedIds) index.remove(id);
    }, ignoreFailedBuild);
  };
  const rememberArticle = (article: Article): void => {
    notes.builtIndex()?.then((index) => index.upsertArticle(article), ignoreFailedBuild);
  };
  const ensureArticle = async (db: ContexteDB, draft: NoteDraft): Promise<string> => {
    const key = articleKeyFor(draft.article);
    if (!(await getArticle(db, key))) {
      // A note on a page never visited by the annotator (a popup note on a non-article page).
      rememberArticle(await recordArticleVisit(db, draft.article, { actors: [], dates: [] }));
    }
    return key;
  };

  return {
    async 'contexte:article-detected'(message, sender) {
      const receivedAt = epochNow();
      const tab = sender.tab;
      if (tab?.id === undefined || !tab.url) return { injected: false };
      const injected = await injectAnnotator(tab.id, message.detect, {
        receivedAt,
        fromDetector: true,
        skipIf: sites.isPaused(new URL(tab.url).host),
        // Prepare the recogniser (if the background just woke up) while the page loads the annotator.
        whileInjecting: prepareMatchers,
      });
      return { injected };
    },
    async 'contexte:recognize'(message, sender) {
      const { text, lang, referenceDay } = message.request;
      const start = performance.now();
      // Until the whole matcher is built, each article gets one of its own, quicker to build.
      const found = recognize(text, { lang, referenceDate: referenceDateOf(referenceDay), uiLang: message.uiLang }, matcherForText(text));
      const packed = packRecognition(found);
      // Once this answer is on its way, so the page registers the highlights before the UI loads.
      if (sender.tab?.id !== undefined) setTimeout(injectPendingOverlay, 0, sender.tab.id);
      if (!isBundledMatcherBuilt()) scheduleMatcherBuild();
      // For the page's timings: how much of the round trip the recogniser took.
      return { ...packed, recognizerMs: performance.now() - start };
    },
    async 'contexte:annotate-tab'(message) {
      return { injected: await injectAnnotator(message.tabId, null) };
    },
    async 'contexte:get-site-paused'(message) {
      return { paused: await sites.isPaused(message.host) };
    },
    async 'contexte:set-site-paused'(message) {
      return { paused: await sites.setPaused(message.host, message.paused) };
    },
    async 'contexte:record-visit'(message) {
      const db = await notes.database();
      const article = await recordArticleVisit(db, message.visit.article, message.visit);
      // A canonical URL seen for the first time moves earlier notes to it: rebuild the index.
      if (article.key !== normaliseUrl(message.visit.article.url)) notes.rebuildIndex();
      else rememberArticle(article);
      return { articleKey: article.key };
    },
    async 'contexte:open-notes-page'(message) {
      const query = message.search ? `?q=${encodeURIComponent(message.search)}` : '';
      await browser.tabs.create({ url: `${browser.runtime.getURL('/notes.html' as never)}${query}` });
      return null;
    },
    async 'notes:save'(message) {
      const db = await notes.database();
      const articleKey = await ensureArticle(db, message.draft);
      const { id, body, tags, target } = message.draft;
      const note = await saveNote(db, { id, articleKey, body, tags, target });
      afterWrite([note]);
      return note;
    },
    async 'notes:list-for-article'(message) {
      const db = await notes.database();
      return listNotesForArticle(db, articleKeyFor({ url: message.url, canonicalUrl: message.canonicalUrl ?? null }));
    },
    async 'notes:delete'(message) {
      const note = await deleteNote(await notes.database(), message.id);
      afterWrite([], [note.id]);
      return note;
    },
    async 'notes:restore'(message) {
      const note = await restoreNote(await notes.database(), message.note);
      afterWrite([note]);
      return note;
    },
    async 'notes:query'(message) {
      // While the index is being built (the background just started), the notes page's first
      // rows are read from the database rather than waiting for the whole build.
      const ready = notes.readyIndex();
      const firstRows = ready ? null : await notes.readFirstRows(message.query);
      return firstRows ?? searchIndex(ready ?? (await notes.index()), message.query);
    },
    async 'notes:facets'() {
      return (await notes.index()).facets();
    },
    async 'notes:export'(message) {
      const db = await notes.database();
      const everything = await readEverything(db);
      const wanted = message.query
        ? new Set((await notes.index()).search({ ...message.query, offset: 0, limit: Number.MAX_SAFE_INTEGER }).notes.map((note) => note.id))
        : message.ids
          ? new Set(message.ids)
          : null;
      const selected = wanted ? everything.notes.filter((note) => wanted.has(note.id)) : everything.notes;
      const now = Date.now();
      const stamp = new Date(now).toISOString().slice(0, 10);
      if (message.format === 'markdown') {
        const lang = uiLangOf(browser.i18n as unknown as I18nApi);
        return {
          filename: `contexte-notes-${stamp}.md`,
          mimeType: 'text/markdown',
          text: exportNotesMarkdown(selected, everything.articles, { lang, exportedAt: now }),
        };
      }
      return { filename: `contexte-notes-${stamp}.json`, mimeType: 'application/json', text: exportNotesJson(selected, everything.articles, now) };
    },
    async 'notes:plan-import'(message) {
      const parsed = parseImport(message.text);
      const planId = crypto.randomUUID();
      if (!parsed.ok) {
        return { planId, fatal: parsed.error.message, newCount: 0, identicalCount: 0, changedCount: 0, problems: [] };
      }
      const plan = await planImport(await notes.database(), parsed);
      pendingPlans.clear();
      pendingPlans.set(planId, plan);
      const summary: ImportPlanSummary = {
        planId,
        fatal: null,
        newCount: plan.counts.new,
        identicalCount: plan.counts['duplicate-identical'],
        changedCount: plan.counts['duplicate-changed'],
        problems: plan.problems.map(({ section, index, id, problem }) => ({
          index,
          ...(id === undefined ? {} : { id }),
          problem: section === 'articles' ? `article ${index + 1}: ${problem}` : problem,
        })),
      };
      return summary;
    },
    async 'notes:apply-import'(message) {
      const plan = pendingPlans.get(message.planId);
      if (!plan) throw new StorageError('not-found', 'This import is no longer pending; choose the file again.');
      const result = await applyImport(await notes.database(), plan, { onConflict: message.onConflict });
      pendingPlans.delete(message.planId);
      afterWrite(result.written);
      for (const article of result.articles) rememberArticle(article);
      return { added: result.added, replaced: result.replaced, skipped: result.skipped };
    },
    async 'notes:reveal'(message) {
      const db = await notes.database();
      const note = await getNote(db, message.target.noteId);
      if (!note) throw new StorageError('not-found', 'This note no longer exists.');
      const article = await getArticle(db, note.articleKey);
      await revealNote(note, article?.url ?? note.articleKey);
      return null;
    },
  };
}

/** A page of the index's answer to `query`, with the articles of its notes. */
function searchIndex(index: NoteIndex, query: NoteQuery): NoteQueryResult {
  const { notes, total } = index.search(query);
  const articles: NoteQueryResult['articles'] = {};
  for (const note of notes) {
    const article = index.getArticle(note.articleKey);
    if (article) articles[note.articleKey] = article;
  }
  return { total, notes, articles };
}

/** Runs the handler for `message` and wraps its result or error in an `Outcome`. */
export async function answer<K extends BackgroundType>(
  handlers: Handlers,
  message: BackgroundMessage<K>,
  sender: { tab?: { id?: number; url?: string } },
): Promise<Outcome<BackgroundResponse<K>>> {
  try {
    const handler = handlers[message.type] as Handlers[K];
    return { ok: true, value: await handler(message, sender) };
  } catch (error) {
    return { ok: false, error: toProtocolError(error) };
  }
}

function toProtocolError(error: unknown): ProtocolError {
  if (error instanceof StorageError) {
    return { code: error.code === 'unknown' ? 'internal' : error.code, message: error.message };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
