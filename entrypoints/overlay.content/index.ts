/**
 * The in-page UI (hover cards, keyboard list, note editor), injected by the background once the
 * recogniser has answered the annotator, whose highlights never wait for it. It only hands `mountOverlay` to the
 * annotator's session (see overlay-link.ts), which mounts it with the page's annotations.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountOverlay } from '../../page/overlay/index';
import { provideOverlay } from '../annotator.content/overlay-link';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main() {
    provideOverlay(mountOverlay);
  },
});
