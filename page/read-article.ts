/**
 * The DOM half of annotation: decide whether the page is an article, take the article's own
 * text, read its metadata, and settle the language and the reference day that recognition
 * needs. Nothing here loads the recogniser, so the annotator can send the text to the
 * background (where the recogniser stays warm) and get the actors and dates back.
 */
import type { PageAnnotations, SupportedLang } from '../recognition/types';
import type { Recognition } from '../recognition/pipeline';
import { detectLanguage } from '../recognition/lang';
import { referenceDateOf } from '../recognition/context';
import { detectArticle } from './detect-article';
import { findArticleRoot } from './article-root';
import { buildTextMap, type TextMap } from './text-map';
import { readMetadata, type PageMetadata } from './metadata';

export interface ReadOptions {
  url: string;
  /** Used as the reference date when the page gives no publication date. */
  today: Date;
  /** Read the page even when it does not look like an article (the reader asked for it). */
  force?: boolean;
  /** Clock for the timings; `performance.now` by default. */
  now?: () => number;
}

/** What recognition needs to know besides the text. */
export interface RecognitionRequest {
  text: string;
  lang: SupportedLang | null;
  /** The publication's calendar day (or today's), `YYYY-MM-DD`. */
  referenceDay: string;
}

export interface ArticleReading {
  url: string;
  isArticle: boolean;
  metadata: PageMetadata;
  /** Null when the page is not an article. */
  map: TextMap | null;
  request: RecognitionRequest | null;
  referenceIsToday: boolean;
  timings: { detect: number; extract: number };
}

/** Reads `doc`. A page that is not an article gets `isArticle: false` and no text. */
export function readArticle(doc: Document, options: ReadOptions): ArticleReading {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const isArticle = options.force === true || detectArticle(doc).isArticle;
  const t1 = now();
  const metadata = readMetadata(doc);
  if (!isArticle) {
    return { url: options.url, isArticle, metadata, map: null, request: null, referenceIsToday: false, timings: { detect: t1 - t0, extract: 0 } };
  }
  const map = buildTextMap(findArticleRoot(doc));
  const published = metadata.publishedAt ? publicationDay(metadata.publishedAt) : null;
  const request: RecognitionRequest = {
    text: map.text,
    lang: detectLanguage(map.text, metadata.lang),
    referenceDay: published ?? localDay(options.today),
  };
  const t2 = now();
  return { url: options.url, isArticle, metadata, map, request, referenceIsToday: published === null, timings: { detect: t1 - t0, extract: t2 - t1 } };
}

/** The page's annotations, from its reading and what recognition found in its text. */
export function composeAnnotations(reading: ArticleReading, found: Recognition | null): PageAnnotations {
  const { metadata } = reading;
  return {
    url: reading.url,
    isArticle: reading.isArticle,
    lang: reading.request?.lang ?? metadata.lang,
    title: metadata.title,
    publishedAt: metadata.publishedAt,
    ...(reading.isArticle ? { referenceIsToday: reading.referenceIsToday } : {}),
    actors: found?.actors ?? [],
    dates: found?.dates ?? [],
  };
}

/**
 * The calendar day the article was published on, as the newsroom wrote it: "2023-12-11T00:30+01:00"
 * is the 11th, even though it is still the 10th in UTC.
 */
function publicationDay(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  return Number.isNaN(referenceDateOf(match[0]).getTime()) ? null : match[0];
}

/** The reader's current calendar day. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
