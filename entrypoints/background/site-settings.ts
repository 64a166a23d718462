/**
 * Per-site pause, kept in `storage.local` (a handful of host names, read on every detected
 * article, so IndexedDB would be overkill). The list is read once and then kept in memory, in
 * step with storage, so that injecting the annotator does not wait for a storage read each time.
 */
import { browser } from 'wxt/browser';

const key = 'pausedHosts';

export interface SiteSettings {
  /** Whether the reader paused Contexte on `host`. */
  isPaused(host: string): Promise<boolean>;
  /** Pauses or resumes Contexte on `host`; returns the new state. */
  setPaused(host: string, paused: boolean): Promise<boolean>;
}

/** The part of `browser.storage` used here. */
interface Storage {
  local: Pick<typeof browser.storage.local, 'get' | 'set'>;
  onChanged: Pick<typeof browser.storage.onChanged, 'addListener'>;
}

async function readPausedHosts(storage: Storage): Promise<Set<string>> {
  const stored = (await storage.local.get(key)) as Record<string, unknown>;
  const hosts = stored[key];
  return new Set(Array.isArray(hosts) ? hosts.filter((host): host is string => typeof host === 'string') : []);
}

/** The reader's paused sites, over `storage` (the extension's, or a fake one in tests). */
export function createSiteSettings(storage: Storage = browser.storage): SiteSettings {
  let cached: Promise<Set<string>> | null = null;
  const pausedHosts = (): Promise<Set<string>> => {
    if (!cached) {
      const reading = readPausedHosts(storage);
      cached = reading;
      // A failed read is tried again next time rather than remembered.
      reading.catch(() => {
        if (cached === reading) cached = null;
      });
    }
    return cached;
  };
  // Whoever changes the list (this background, another window's, a sync), the next read sees it.
  storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && key in changes) cached = null;
  });

  return {
    async isPaused(host) {
      return (await pausedHosts()).has(host);
    },
    async setPaused(host, paused) {
      const hosts = new Set(await readPausedHosts(storage));
      if (paused) hosts.add(host);
      else hosts.delete(host);
      await storage.local.set({ [key]: [...hosts].sort() });
      cached = Promise.resolve(hosts);
      return paused;
    },
  };
}
