/**
 * Article keys: one key per article however the reader reached it (shared link with tracking
 * parameters, a `#comments` anchor, or the canonical address the page declares).
 */

/** Query parameters that only say where a click came from. `utm_*` is matched by prefix. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'igshid',
  'mc_cid',
  'mc_eid',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

function paramName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * Normalises an address: drops the hash, tracking parameters and an empty `?`, and lower-cases
 * the host (the URL parser does). Anything that is not an absolute URL is returned trimmed.
 */
export function normaliseUrl(address: string): string {
  const trimmed = address.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  url.hash = '';
  // Filter the raw pairs rather than re-serialising, so kept parameters keep their encoding.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(paramName(pair)));
  url.search = kept.join('&');
  return url.toString();
}

/** Host name without a leading `www.`; empty for addresses without one. */
export function siteOf(address: string): string {
  try {
    return new URL(address).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function isWebUrl(address: string): boolean {
  try {
    const { protocol } = new URL(address);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The key of an article: its canonical URL when the page declares a usable one, else its URL. */
export function articleKeyFor(meta: { url: string; canonicalUrl?: string | null }): string {
  const canonical = meta.canonicalUrl?.trim();
  if (canonical && isWebUrl(canonical)) return normaliseUrl(canonical);
  return normaliseUrl(meta.url);
}
