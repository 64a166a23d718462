import { describe, expect, it } from 'vitest';
import { awaitOverlayScript, provideOverlay, type MountOverlay } from '../../entrypoints/annotator.content/overlay-link';

const fakeMount = (() => ({})) as unknown as MountOverlay;

describe('the link between the annotator and the overlay script', () => {
  it('hands the mount function to an annotator already waiting', async () => {
    const shared = {};
    const waiting = awaitOverlayScript(shared);
    provideOverlay(fakeMount, shared);
    await expect(waiting).resolves.toBe(fakeMount);
  });

  it('keeps the mount function for an annotator that runs after the overlay script', async () => {
    const shared = {};
    provideOverlay(fakeMount, shared);
    await expect(awaitOverlayScript(shared)).resolves.toBe(fakeMount);
  });

  it('leaves nothing waiting once handed over', async () => {
    const shared: Record<string, unknown> = {};
    const waiting = awaitOverlayScript(shared);
    provideOverlay(fakeMount, shared);
    await waiting;
    expect(Object.values(shared)).toEqual([fakeMount]);
  });
});
