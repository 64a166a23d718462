/**
 * Page metadata the annotator needs: title, language, publication date (the reference date
 * for relative dates), canonical URL and site name. Each field reads its sources in order of
 * reliability and takes the first usable value.
 */
import { articleNodes, isObject, readJsonLd, type JsonLdNode } from './json-ld';

export interface PageMetadata {
  title: string | null;
  lang: string | null;
  /** ISO 8601; keeps the page's UTC offset when it gives one (`2023-12-11T09:30:00+01:00`). */
  publishedAt: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
}

/** The standard publication-date metas, read before any `<time>` element. */
const STANDARD_DATE_METAS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
];

/** `<time>` elements that state the publication, inside the article or its header first. */
const TIME_SELECTORS = [
  'article time[pubdate]',
  'article time[itemprop~="datePublished"]',
  'header time[pubdate]',
  'header time[itemprop~="datePublished"]',
  'time[pubdate]',
  '[itemprop~="datePublished"][datetime]',
  '[itemprop~="datePublished"][content]',
];

/** Meta names CMSs use for the publication date. */
const CMS_DATE_METAS = [
  'meta[property="og:published_time"]',
  'meta[name="article:published_time"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="publish_date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DCTERMS.issued"]',
  'meta[name="dcterms.issued"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="datePublished"]',
  'meta[name="article.published"]',
  'meta[name="published_time"]',
  'meta[name="cXenseParse:recs:publishtime"]',
];

/**
 * Reads the page's metadata. Title: og:title, JSON-LD headline, `<h1>`, `document.title`.
 * Language: `<html lang>`, og:locale, Content-Language, JSON-LD inLanguage. Date: JSON-LD
 * datePublished, article:published_time and CMS meta names, `<time pubdate|itemprop>`.
 * Canonical: `link[rel=canonical]`, og:url. Site: og:site_name, JSON-LD publisher name.
 */
export function readMetadata(doc: Document = document): PageMetadata {
  const articles = articleNodes(readJsonLd(doc));
  return {
    title: readTitle(doc, articles),
    lang: readLang(doc, articles),
    publishedAt: readPublishedAt(doc, articles),
    canonicalUrl: readCanonical(doc),
    siteName: readSiteName(doc, articles),
  };
}

function readTitle(doc: Document, articles: JsonLdNode[]): string | null {
  return firstText([
    metaContent(doc, 'meta[property="og:title"]'),
    ...articles.map((a) => stringField(a, 'headline')),
    doc.querySelector('h1')?.textContent,
    doc.title,
  ]);
}

function readLang(doc: Document, articles: JsonLdNode[]): string | null {
  const lang = firstText([
    doc.documentElement.getAttribute('lang'),
    doc.documentElement.getAttribute('xml:lang'),
    metaContent(doc, 'meta[property="og:locale"]'),
    metaContent(doc, 'meta[http-equiv="content-language"], meta[http-equiv="Content-Language"]'),
    metaContent(doc, 'meta[name="language"]'),
    ...articles.map((a) => stringField(a, 'inLanguage')),
  ]);
  // og:locale writes fr_FR; Content-Language may list several ("fr, en").
  return lang ? (lang.split(',')[0] ?? lang).trim().replace('_', '-') : null;
}

function readPublishedAt(doc: Document, articles: JsonLdNode[]): string | null {
  const candidates: (() => string | null | undefined)[] = [
    ...articles.map((a) => () => stringField(a, 'datePublished')),
    ...STANDARD_DATE_METAS.map((selector) => () => metaContent(doc, selector)),
    ...TIME_SELECTORS.map((selector) => () => {
      const el = doc.querySelector(selector);
      return el && (el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
    }),
    ...CMS_DATE_METAS.map((selector) => () => metaContent(doc, selector)),
  ];
  for (const candidate of candidates) {
    const raw = candidate();
    const iso = raw ? normalizeDate(raw) : null;
    if (iso) return iso;
  }
  return null;
}

function readCanonical(doc: Document): string | null {
  const href = firstText([
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    metaContent(doc, 'meta[property="og:url"]'),
  ]);
  if (!href) return null;
  try {
    return new URL(href, doc.baseURI).href;
  } catch {
    return null;
  }
}

function readSiteName(doc: Document, articles: JsonLdNode[]): string | null {
  return firstText([
    metaContent(doc, 'meta[property="og:site_name"]'),
    ...articles.map((a) => {
      const publisher = a['publisher'];
      return isObject(publisher) ? stringField(publisher, 'name') : undefined;
    }),
    metaContent(doc, 'meta[name="application-name"]'),
  ]);
}

const ISO_LIKE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_NAME = /[a-z]{3}/i;
const HAS_TIME = /\d:\d\d/;
const HAS_ZONE = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\s*$)/i;

/**
 * A page date string as ISO 8601, or null when it is not a clear date. ISO forms keep their
 * offset (`+0100` becomes `+01:00`); "2023-12-11 09:30" becomes "2023-12-11T09:30";
 * `2023/12/11` and `20231211` become `2023-12-11`. Dates with month names ("Mon, 11 Dec 2023
 * 09:30:00 GMT", "December 11, 2023") go through `Date.parse`: with a zone they come out in
 * UTC, without one as local wall time. Day-first numeric forms ("11/12/2023") are ambiguous
 * and rejected.
 */
export function normalizeDate(raw: string): string | null {
  const value = raw.trim();
  const iso = ISO_LIKE.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    if (!validDay(Number(y), Number(mo), Number(d))) return null;
    let out = `${y}-${pad(mo)}-${pad(d)}`;
    if (h === undefined) return out;
    if (Number(h) > 23) return null;
    out += `T${pad(h)}:${mi}${s === undefined ? '' : `:${s}${frac ?? ''}`}`;
    if (zone === undefined) return out;
    if (/^(?:Z|UTC|GMT)$/i.test(zone)) return `${out}Z`;
    return `${out}${zone.slice(0, 3)}:${zone.slice(-2)}`;
  }
  const compact = COMPACT_DATE.exec(value);
  if (compact) {
    const [, y, mo, d] = compact;
    return validDay(Number(y), Number(mo), Number(d)) ? `${y}-${mo}-${d}` : null;
  }
  if (!MONTH_NAME.test(value) || !/\d{4}/.test(value)) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  if (HAS_TIME.test(value) && HAS_ZONE.test(value)) return date.toISOString().replace('.000Z', 'Z');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  if (!HAS_TIME.test(value)) return day;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: string | number | undefined): string {
  return String(value ?? '').padStart(2, '0');
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content') ?? null;
}

function stringField(node: JsonLdNode, key: string): string | undefined {
  const value = node[key];
  if (typeof value === 'string') return value;
  // Some publishers give an array of strings or a `{ "@value": … }` object.
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  if (isObject(value) && typeof value['@value'] === 'string') return value['@value'];
  return undefined;
}

function firstText(values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    const text = value?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return null;
}
