/**
 * The annotator: injected by the background only into pages where an article was found
 * (`registration: 'runtime'`). It reads the article, gets its actors and dates from the
 * background's recogniser, and shows highlights and cards.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAnnotatorSession } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main(ctx) {
    startAnnotatorSession(ctx);
  },
});
