/**
 * From a document to its `PageAnnotations`: find the article, take its own text, read its
 * metadata, and recognise actors and dates against its publication date. Shared by the
 * annotator content script, the `annotate` command-line tool and the golden evaluation.
 */
import type { PageAnnotations, SupportedLang } from '../recognition/types';
import { recognize } from '../recognition/pipeline';
import { detectLanguage } from '../recognition/lang';
import type { ActorMatcher } from '../recognition/actors/index';
import { detectArticle } from './detect-article';
import { findArticleRoot } from './article-root';
import { buildTextMap, type TextMap } from './text-map';
import { readMetadata } from './metadata';

export interface AnnotateOptions {
  url: string;
  uiLang: SupportedLang;
  /** Used as the reference date when the page gives no publication date. */
  today: Date;
  /** Annotate even when the page does not look like an article (the reader asked for it). */
  force?: boolean;
  matcher?: ActorMatcher;
  /** Clock for the timings; `performance.now` by default. */
  now?: () => number;
}

export interface AnnotatedDocument {
  annotations: PageAnnotations;
  map: TextMap | null;
  timings: { detect: number; extract: number; recognize: number };
}

/** Annotates `doc`. A page that is not an article gets `isArticle: false` and empty lists. */
export function annotateDocument(doc: Document, options: AnnotateOptions): AnnotatedDocument {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const isArticle = options.force === true || detectArticle(doc).isArticle;
  const t1 = now();
  const metadata = readMetadata(doc);
  const base: PageAnnotations = {
    url: options.url,
    isArticle,
    lang: metadata.lang,
    title: metadata.title,
    publishedAt: metadata.publishedAt,
    actors: [],
    dates: [],
  };
  if (!isArticle) {
    return { annotations: base, map: null, timings: { detect: t1 - t0, extract: 0, recognize: 0 } };
  }
  const map = buildTextMap(findArticleRoot(doc));
  const t2 = now();
  const lang = detectLanguage(map.text, metadata.lang);
  const published = metadata.publishedAt ? publicationDay(metadata.publishedAt) : null;
  const referenceDate = published ?? localDay(options.today);
  const found = recognize(map.text, { lang, referenceDate, uiLang: options.uiLang }, options.matcher);
  const t3 = now();
  return {
    annotations: {
      ...base,
      lang: lang ?? metadata.lang,
      referenceIsToday: published === null,
      actors: found.actors,
      dates: found.dates,
    },
    map,
    timings: { detect: t1 - t0, extract: t2 - t1, recognize: t3 - t2 },
  };
}

/**
 * The calendar day the article was published on, as the newsroom wrote it: "2023-12-11T00:30+01:00"
 * is the 11th, even though it is still the 10th in UTC. Noon UTC keeps day arithmetic safe.
 */
function publicationDay(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return Number.isNaN(day.getTime()) ? null : day;
}

/** The reader's current calendar day, at noon UTC. */
function localDay(date: Date): Date {
  return new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), 12));
}
