/**
 * Runs on every http(s) page, so it stays tiny: decide whether the page is an article and, if
 * so, ask the background to inject the annotator. Non-article pages pay for one cheap check.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle, type ArticleVerdict } from '../page/detect-article';
import { callBackground } from '../messaging/client';
import { isTabMessage, type PageAnnotations } from '../messaging/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let verdict: ArticleVerdict = { isArticle: false, reason: 'not checked yet' };
    // Once the annotator runs, it answers for the page; until then the detector does.
    let annotatorStarted = false;

    const check = () => {
      const start = performance.now();
      verdict = detectArticle(document);
      const duration = performance.now() - start;
      if (verdict.isArticle) {
        callBackground({ type: 'contexte:article-detected', detect: { start, duration } }).catch(() => {
          // The background may be restarting; the reader can still annotate from the popup.
        });
      }
    };

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isTabMessage(message, 'contexte:annotate')) annotatorStarted = true;
      if (annotatorStarted || !isTabMessage(message, 'contexte:get-annotations')) return undefined;
      const empty: PageAnnotations = {
        url: location.href,
        isArticle: false,
        lang: document.documentElement.lang || null,
        title: document.title || null,
        publishedAt: null,
        actors: [],
        dates: [],
      };
      return Promise.resolve(empty);
    });

    check();
    // Single-page sites swap content without a page load: look again after each navigation.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (!annotatorStarted) ctx.setTimeout(check, 500);
    });
  },
});
