/**
 * Runs on every http(s) page, so it stays tiny: decide whether the page is an article and, if
 * so, ask the background to inject the annotator. Non-article pages pay for one cheap check.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '../page/detect-article';
import {
  isTabMessage,
  type AnnotationTimings,
  type ArticleRef,
  type BackgroundMessage,
  type BackgroundResponse,
  type Outcome,
  type PageAnnotations,
} from '../messaging/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    /** How long the last check took, and whether it found an article (null: not checked yet). */
    let last: { duration: number; isArticle: boolean } | null = null;
    // Once the annotator runs, it answers for the page; until then the detector does.
    let annotatorStarted = false;
    // The background is asked once per page (again only after it declined): so it can inject the
    // annotator without first asking the page whether one runs already, a round trip through a
    // page that may still be busy loading.
    let requested = false;

    const check = () => {
      const start = performance.now();
      const { isArticle } = detectArticle(document);
      const duration = performance.now() - start;
      last = { duration, isArticle };
      if (isArticle && !requested) {
        requested = true;
        // Sent directly rather than through the messaging client: its error wrapping is not needed
        // for a fire-and-forget call, and every byte here is loaded on every page.
        const detected: BackgroundMessage<'contexte:article-detected'> = { type: 'contexte:article-detected', detect: { start, duration } };
        browser.runtime.sendMessage(detected).then(
          (outcome: Outcome<BackgroundResponse<'contexte:article-detected'>> | undefined) => {
            // Not injected (the site is paused): nothing runs here, so a later navigation may ask again.
            if (outcome?.ok && !outcome.value.injected) requested = false;
          },
          () => {
            // The background may be restarting; the reader can still annotate from the popup.
          },
        );
      }
    };

    // Answers go through `sendResponse`, which every browser supports natively, so the detector
    // works with or without the promise-based polyfill.
    browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      if (isTabMessage(message, 'contexte:annotate')) annotatorStarted = true;
      if (annotatorStarted) return;
      if (isTabMessage(message, 'contexte:get-article-ref')) {
        const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href || null;
        const ref: ArticleRef = { url: location.href, canonicalUrl: canonical, title: document.title || null, publishedAt: null };
        sendResponse(ref);
      } else if (isTabMessage(message, 'contexte:get-annotations')) {
        const empty: PageAnnotations = {
          url: location.href,
          isArticle: false,
          lang: document.documentElement.lang || null,
          title: document.title || null,
          publishedAt: null,
          actors: [],
          dates: [],
        };
        sendResponse(empty);
      } else if (isTabMessage(message, 'contexte:get-timings') && last && !last.isArticle) {
        // On a page that is not an article, the check is the whole run (the benchmark reads it);
        // on an article the annotator answers with the full timings.
        const timings: AnnotationTimings = {
          detect: last.duration,
          extract: 0,
          recognize: 0,
          highlight: 0,
          total: last.duration,
          textLength: 0,
          ranges: 0,
        };
        sendResponse(timings);
      }
    });

    check();
    // Single-page sites swap content without a page load, often after a fetch: after each
    // navigation, look again whenever the page settles, for a few seconds, until an article shows.
    let settle: MutationObserver | null = null;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (annotatorStarted || requested) return;
      settle?.disconnect();
      const giveUpAt = performance.now() + 10_000;
      let timer = 0;
      const recheck = () => {
        if (!annotatorStarted && !requested && performance.now() < giveUpAt) check();
        if (annotatorStarted || requested || performance.now() >= giveUpAt) settle?.disconnect();
      };
      settle = new MutationObserver(() => {
        clearTimeout(timer);
        timer = ctx.setTimeout(recheck, 400);
      });
      settle.observe(document.body, { childList: true, subtree: true });
      timer = ctx.setTimeout(recheck, 400);
      ctx.setTimeout(() => settle?.disconnect(), 10_500);
    });
    ctx.onInvalidated(() => settle?.disconnect());
  },
});
