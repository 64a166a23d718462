/**
 * The annotator: injected by the background only into pages where an article was found
 * (`registration: 'runtime'`), because it carries the whole recogniser.
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
