import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSiteSettings } from '../../../entrypoints/background/site-settings';

describe('createSiteSettings', () => {
  // `browser` is WXT's fake browser in unit tests: a fresh storage for each test.
  beforeEach(() => fakeBrowser.reset());

  it('pauses and resumes a site, and keeps the list in storage', async () => {
    const sites = createSiteSettings();
    expect(await sites.isPaused('news.example.org')).toBe(false);
    expect(await sites.setPaused('news.example.org', true)).toBe(true);
    expect(await sites.isPaused('news.example.org')).toBe(true);
    expect(await sites.isPaused('other.example.org')).toBe(false);
    expect(await fakeBrowser.storage.local.get('pausedHosts')).toEqual({ pausedHosts: ['news.example.org'] });
    await sites.setPaused('news.example.org', false);
    expect(await sites.isPaused('news.example.org')).toBe(false);
    // A second instance (the background woken again) reads what the first one wrote.
    await sites.setPaused('b.example.org', true);
    expect(await createSiteSettings().isPaused('b.example.org')).toBe(true);
  });

  it('reads storage once for any number of checks', async () => {
    await fakeBrowser.storage.local.set({ pausedHosts: ['news.example.org'] });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const sites = createSiteSettings();
    const answers = await Promise.all([sites.isPaused('news.example.org'), sites.isPaused('a.example.org'), sites.isPaused('news.example.org')]);
    expect(answers).toEqual([true, false, true]);
    expect(await sites.isPaused('news.example.org')).toBe(true);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('sees a change written to storage by someone else', async () => {
    const sites = createSiteSettings();
    expect(await sites.isPaused('news.example.org')).toBe(false);
    await fakeBrowser.storage.local.set({ pausedHosts: ['news.example.org'] });
    expect(await sites.isPaused('news.example.org')).toBe(true);
  });

  it('ignores a stored value that is not a list of host names', async () => {
    await fakeBrowser.storage.local.set({ pausedHosts: 'news.example.org' });
    expect(await createSiteSettings().isPaused('news.example.org')).toBe(false);
  });
});
