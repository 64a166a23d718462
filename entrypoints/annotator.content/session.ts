/**
 * One annotation session per page: annotate as soon as injected, keep the highlights and the
 * in-page UI in step with the page, and answer the tab messages. The UI's code comes in its own
 * script, which the highlights never wait for (see overlay-link.ts). Everything the session
 * attaches is released through one AbortController.
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
import type { Overlay } from '../../page/overlay/index';
import { callBackground } from '../../messaging/client';
import { answerMessages, type MessageEvent } from '../../messaging/answer';
import { unpackRecognition } from '../../messaging/packed-recognition';
import { isTabMessage, type AnnotationTimings, type ArticleRef, type TabMessage } from '../../messaging/protocol';
import { browserTranslate, uiLangOf, type I18nApi } from '../../components/shared/browser-i18n';
import { highlightGroups, countRanges } from './highlights';
import { awaitOverlayScript, type MountOverlay } from './overlay-link';

interface SessionState {
  annotated: { annotations: PageAnnotations; map: TextMap | null } | null;
  /** Timings of the last run, once known (the first run's wait for `contexte:annotate`). */
  timings: AnnotationTimings | null;
  overlay: Overlay | null;
  clearHighlights: (() => void) | null;
  stopped: boolean;
}

/** Annotates the page now, then follows its changes and answers the tab messages. */
export function startAnnotatorSession(ctx: ContentScriptContext): void {
  const startedAt = performance.now();
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
  const run = async (force: boolean): Promise<RunMarks | null> => {
    const mine = ++generation;
    const reading = readArticle(document, { url: location.href, today: new Date(), force });
    const recognizeStart = performance.now();
    let found: Recognition | null = null;
    let recognizer: number | undefined;
    if (reading.request) {
      try {
        const packed = await callBackground({ type: 'contexte:recognize', request: reading.request, uiLang });
        found = unpackRecognition(packed, reading.request.text);
        recognizer = packed.recognizerMs;
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
    showOverlay();
    const marks: RunMarks = {
      start: recognizeStart - reading.timings.extract - reading.timings.detect,
      detect: reading.timings.detect,
      extract: reading.timings.extract,
      recognize: recognizeEnd - recognizeStart,
      ...(recognizer === undefined ? {} : { recognizer }),
      highlightEnd,
      textLength: reading.map?.text.length ?? 0,
      ranges: countRanges(groups),
    };
    if (annotations.isArticle) recordVisit(annotations);
    return marks;
  };

  let mount: MountOverlay | null = null;
  /** Brings the in-page UI in step with the last run: mounted (once its script is here), updated or removed. */
  const showOverlay = () => {
    const annotated = state.annotated;
    if (state.stopped || !annotated) return;
    if (!annotated.map) {
      // Navigated to a page that is not an article (a front page): nothing to show any more.
      state.overlay?.destroy();
      state.overlay = null;
    } else if (state.overlay) {
      state.overlay.update(annotated.annotations, annotated.map);
    } else if (mount) {
      state.overlay = mount({
        ctx,
        doc: document,
        win: window,
        annotations: annotated.annotations,
        map: annotated.map,
        t,
        uiLang,
        // The session knows the article best (canonical URL, publication date), as of now.
        saveNote: (draft) =>
          callBackground({ type: 'notes:save', draft: { ...draft, article: articleRef(currentAnnotations(state)) } }),
        signal: controller.signal,
      });
    }
  };
  const overlayScript = awaitOverlayScript().then((provided) => {
    mount = provided;
    showOverlay();
  });
  /** Annotated, and the UI is up where there is an article to show it on. */
  const isReady = () => !state.stopped && state.annotated !== null && (state.overlay !== null || state.annotated.map === null);
  /** The UI once it is up; null on a page that is not an article or not annotated. */
  const overlayWhenUp = async (): Promise<Overlay | null> => {
    await firstRun;
    if (!state.overlay && state.annotated?.map && !state.stopped) await overlayScript;
    return state.overlay;
  };

  // The background injected this script because an article is to be annotated: start now rather
  // than after its `contexte:annotate` message, which only says who asked.
  let annotateMessage: TabMessage<'contexte:annotate'> | null = null;
  const firstRun = run(true).then((marks) => {
    if (marks && annotateMessage) state.timings = timingsOf(marks, annotateMessage, startedAt);
    if (!state.stopped) watchRoot();
    return marks;
  });

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
      void run(forced).then((marks) => {
        if (marks) state.timings = timingsOf(marks, null, startedAt);
        watchRoot();
      });
    }, { signal: stop.signal });
  };

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (isTabMessage(message, 'contexte:annotate')) {
      if (state.stopped || annotateMessage) return undefined;
      // No detector timing means the reader asked for this page rather than the detector.
      forced = message.detect === null;
      annotateMessage = message;
      return firstRun.then((marks) => {
        if (marks) state.timings = timingsOf(marks, message, startedAt);
        return state.timings;
      });
    }
    if (isTabMessage(message, 'contexte:ping')) return Promise.resolve({ annotated: isReady() });
    if (isTabMessage(message, 'contexte:get-annotations')) return Promise.resolve(currentAnnotations(state));
    // Timings once the page is ready, so that whoever waits for them can then use the cards.
    if (isTabMessage(message, 'contexte:get-timings')) return Promise.resolve(isReady() ? state.timings : null);
    if (isTabMessage(message, 'contexte:get-article-ref')) return Promise.resolve(articleRef(currentAnnotations(state)));
    if (isTabMessage(message, 'contexte:open-list')) {
      return overlayWhenUp().then((overlay) => {
        overlay?.openList();
        return null;
      });
    }
    if (isTabMessage(message, 'contexte:note-selection')) {
      return overlayWhenUp().then((overlay) => {
        overlay?.noteOnSelection();
        return null;
      });
    }
    if (isTabMessage(message, 'contexte:reveal-note')) {
      return overlayWhenUp().then((overlay) => ({ found: overlay?.reveal(message.note) ?? false }));
    }
    if (isTabMessage(message, 'contexte:stop')) {
      stop();
      return Promise.resolve(null);
    }
    return undefined;
  };
  const stopAnswering = answerMessages(browser.runtime.onMessage as unknown as MessageEvent, onMessage);
  controller.signal.addEventListener('abort', stopAnswering);
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

/** What one run measured, on the page's clock (`performance.now()`). */
interface RunMarks {
  /** When the run began. */
  start: number;
  detect: number;
  extract: number;
  recognize: number;
  /** Of `recognize`, the background's recogniser; absent when nothing was recognised. */
  recognizer?: number;
  highlightEnd: number;
  textLength: number;
  ranges: number;
}

/**
 * A run's timings. The first run of a detected article counts from the detector's start, through
 * the background (`delivery`) and this script's injection up to `startedAt`, when it began.
 */
function timingsOf(marks: RunMarks, annotate: TabMessage<'contexte:annotate'> | null, startedAt: number): AnnotationTimings {
  const detect = annotate?.detect ?? null;
  const timings: AnnotationTimings = {
    detect: detect?.duration ?? marks.detect,
    extract: marks.extract,
    recognize: marks.recognize,
    highlight: marks.highlightEnd - (marks.start + marks.detect + marks.extract + marks.recognize),
    total: marks.highlightEnd - (detect?.start ?? marks.start),
    textLength: marks.textLength,
    ranges: marks.ranges,
  };
  if (marks.recognizer !== undefined) timings.recognizer = marks.recognizer;
  const stamps = annotate?.delivery;
  if (detect && stamps) {
    // The background's stamps are milliseconds since the epoch: move them onto the page's clock.
    const received = stamps.receivedAt - performance.timeOrigin;
    const injecting = stamps.injectingAt - performance.timeOrigin;
    timings.delivery = {
      toBackground: received - (detect.start + detect.duration),
      checks: injecting - received,
      inject: startedAt - injecting,
    };
  }
  return timings;
}
