/**
 * Per-site pause, kept in `storage.local` (a handful of host names, read on every detected
 * article, so IndexedDB would be overkill).
 */
import { browser } from 'wxt/browser';

const key = 'pausedHosts';

async function readPausedHosts(): Promise<string[]> {
  const stored = (await browser.storage.local.get(key)) as Record<string, unknown>;
  const hosts = stored[key];
  return Array.isArray(hosts) ? hosts.filter((host): host is string => typeof host === 'string') : [];
}

/** Whether the reader paused Contexte on `host`. */
export async function isSitePaused(host: string): Promise<boolean> {
  return (await readPausedHosts()).includes(host);
}

/** Pauses or resumes Contexte on `host`; returns the new state. */
export async function setSitePaused(host: string, paused: boolean): Promise<boolean> {
  const hosts = new Set(await readPausedHosts());
  if (paused) hosts.add(host);
  else hosts.delete(host);
  await browser.storage.local.set({ [key]: [...hosts].sort() });
  return paused;
}
