/**
 * One annotation session per page: annotate when the background says so, keep the
 * highlights and the in-page UI in step with the page, and answer the tab messages.
 * Everything it attaches is released through one AbortController.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageAnnotations } from '../../recognition/types';
import type { Recognition } from '../../recognition/pipeline';
import { composeAnnotations, readArticle } from '../../page/read-article';
import type { TextMap } from '../../page/text-map';
import { applyHighlights } from '../../page/highlight';
import { findArticleRoot } from '../../page/article-root';
import { watchForChanges } from '../../page/observe';
import { mountOverlay, type Overlay } from '../../page/overlay/index';
import { callBackground } from '../../messaging/client';
import { isTabMessage, type AnnotationTimings, type ArticleRef, type DetectTiming } from '../../messaging/protocol';
import { browserTranslate, uiLangOf, type I18nApi } from '../../components/shared/browser-i18n';
import { highlightGroups, countRanges } from './highlights';

interface SessionState {
  annotated: { annotations: PageAnnotations; map: TextMap | null } | null;
  timings: AnnotationTimings | null;
  overlay: Overlay | null;
  clearHighlights: (() => void) | null;
  stopped: boolean;
}

/** Starts listening for the background's messages; annotation begins on `contexte:annotate`. */
export function startAnnotatorSession(ctx: ContentScriptContext): void {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const i18n = browser.i18n as unknown as I18nApi;
  const uiLang = uiLangOf(i18n);
  const t = browserTranslate(i18n);
  const state: SessionState = { annotated: null, timings: null, overlay: null, clearHighlights: null, stopped: false };

  /** Bumped by every run, so the answer of a run overtaken by a newer one is dropped. */
  let generation = 0;

  /**
   * Annotates the page: reads the article here, has the background recognise its text, then
   * highlights. `force` skips article detection: the reader asked for this page (popup, context
   * menu, a note to reveal), or the detector already said yes. Null when overtaken or failed.
   */
  const run = async (detect: DetectTiming | null, force: boolean): Promise<AnnotationTimings | null> => {
    const mine = ++generation;
    const reading = readArticle(document, { url: location.href, today: new Date(), force });
    const recognizeStart = performance.now();
    let found: Recognition | null = null;
    if (reading.request) {
      try {
        found = await callBackground({ type: 'contexte:recognize', request: reading.request, uiLang });
      } catch {
        return null; // The background is restarting; the next change or the popup runs again.
      }
    }
    const recognizeEnd = performance.now();
    if (mine !== generation || state.stopped) return null;
    const annotations = composeAnnotations(reading, found);
    const groups = reading.map ? highlightGroups(annotations, reading.map) : {};
    state.clearHighlights?.();
    state.clearHighlights = applyHighlights(groups, window);
    const highlightEnd = performance.now();
    state.annotated = { annotations, map: reading.map };
    if (!reading.map) {
      // Navigated to a page that is not an article (a front page): nothing to show any more.
      state.overlay?.destroy();
      state.overlay = null;
    } else if (state.overlay) {
      state.overlay.update(annotations, reading.map);
    } else {
      state.overlay = mountOverlay({
        ctx,
        doc: document,
        win: window,
        annotations,
        map: reading.map,
        t,
        uiLang,
        // The session knows the article best (canonical URL, publication date), as of now.
        saveNote: (draft) =>
          callBackground({ type: 'notes:save', draft: { ...draft, article: articleRef(currentAnnotations(state)) } }),
        signal: controller.signal,
      });
    }
    const started = detect?.start ?? recognizeStart - reading.timings.extract;
    const timings: AnnotationTimings = {
      detect: detect?.duration ?? reading.timings.detect,
      extract: reading.timings.extract,
      recognize: recognizeEnd - recognizeStart,
      highlight: highlightEnd - recognizeEnd,
      total: highlightEnd - started,
      textLength: reading.map?.text.length ?? 0,
      ranges: countRanges(groups),
    };
    state.timings = timings;
    if (annotations.isArticle) recordVisit(annotations);
    return timings;
  };

  const stop = () => {
    state.stopped = true;
    controller.abort();
    state.overlay?.destroy();
    state.overlay = null;
    state.clearHighlights?.();
    state.clearHighlights = null;
  };
  controller.signal.addEventListener('abort', () => state.clearHighlights?.());

  let forced = false;
  // The article root can be replaced (single-page navigation): watch whichever root is current.
  let watched: { root: Element; stop: AbortController } | null = null;
  const watchRoot = () => {
    const root = findArticleRoot(document);
    if (watched?.root === root) return;
    watched?.stop.abort();
    const stop = new AbortController();
    controller.signal.addEventListener('abort', () => stop.abort());
    watched = { root, stop };
    watchForChanges(root, (reason) => {
      if (state.stopped) return;
      // A reader's request holds for this page only; after navigating, detection decides again.
      if (reason === 'navigation') forced = false;
      void run(null, forced).then(watchRoot);
    }, { signal: stop.signal });
  };

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (isTabMessage(message, 'contexte:annotate')) {
      if (state.stopped) return undefined;
      // No detector timing means the reader asked for this page rather than the detector.
      forced = message.detect === null;
      return run(message.detect, true).then((timings) => {
        watchRoot();
        return timings;
      });
    }
    if (isTabMessage(message, 'contexte:ping')) return Promise.resolve({ annotated: !state.stopped && state.annotated !== null });
    if (isTabMessage(message, 'contexte:get-annotations')) return Promise.resolve(currentAnnotations(state));
    if (isTabMessage(message, 'contexte:get-timings')) return Promise.resolve(state.timings);
    if (isTabMessage(message, 'contexte:get-article-ref')) return Promise.resolve(articleRef(currentAnnotations(state)));
    if (isTabMessage(message, 'contexte:open-list')) {
      state.overlay?.openList();
      return Promise.resolve(null);
    }
    if (isTabMessage(message, 'contexte:note-selection')) {
      state.overlay?.noteOnSelection();
      return Promise.resolve(null);
    }
    if (isTabMessage(message, 'contexte:reveal-note')) {
      return Promise.resolve({ found: state.overlay?.reveal(message.note) ?? false });
    }
    if (isTabMessage(message, 'contexte:stop')) {
      stop();
      return Promise.resolve(null);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  controller.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}

function currentAnnotations(state: SessionState): PageAnnotations {
  if (state.annotated && !state.stopped) return state.annotated.annotations;
  return {
    url: location.href,
    isArticle: state.annotated?.annotations.isArticle ?? false,
    lang: document.documentElement.lang || null,
    title: document.title || null,
    publishedAt: null,
    actors: [],
    dates: [],
  };
}

function articleRef(annotations: PageAnnotations): ArticleRef {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? null;
  return { url: annotations.url, canonicalUrl: canonical, title: annotations.title, publishedAt: annotations.publishedAt };
}

/** Tells the background what was met on this article; a failure only loses the history row. */
function recordVisit(annotations: PageAnnotations): void {
  const dates = new Map<string, { value: string; text: string; count: number }>();
  for (const date of annotations.dates) {
    const seen = dates.get(date.value);
    if (seen) seen.count++;
    else dates.set(date.value, { value: date.value, text: date.text, count: 1 });
  }
  callBackground({
    type: 'contexte:record-visit',
    visit: {
      article: articleRef(annotations),
      actors: annotations.actors.map((actor) => ({ id: actor.id, name: actor.name, kind: actor.kind, count: actor.mentions.length })),
      dates: [...dates.values()],
    },
  }).catch(() => undefined);
}
