/**
 * How the annotator gets the in-page UI without carrying it. The overlay (Preact, floating-ui,
 * the cards) is most of the annotator's weight and nothing of the highlights, so it lives in its
 * own script, injected once the recogniser has answered. Both scripts run in the extension's
 * isolated world and share its global object (the page cannot see it): the overlay script
 * leaves `mountOverlay` there, and calls the annotator back if it is already waiting. Either may
 * run first.
 */
import type { mountOverlay } from '../../page/overlay/index';

export type MountOverlay = typeof mountOverlay;

/** The two properties of the shared global the scripts meet at. */
const PROVIDED = '__contexteOverlay';
const WAITING = '__contexteOverlayWaiting';

interface LinkHolder {
  [PROVIDED]?: MountOverlay;
  [WAITING]?: (mount: MountOverlay) => void;
}

/** Annotator side: resolves with `mountOverlay` once the overlay script has run. */
export function awaitOverlayScript(holder: object = globalThis): Promise<MountOverlay> {
  const link = holder as LinkHolder;
  return new Promise((resolve) => {
    const provided = link[PROVIDED];
    if (provided) resolve(provided);
    else link[WAITING] = resolve;
  });
}

/** Overlay side: hands `mount` to the annotator, now if it waits, else whenever it asks. */
export function provideOverlay(mount: MountOverlay, holder: object = globalThis): void {
  const link = holder as LinkHolder;
  link[PROVIDED] = mount;
  const waiting = link[WAITING];
  delete link[WAITING];
  waiting?.(mount);
}
