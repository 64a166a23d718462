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
  const published = metadata.publishedAt ? new Date(metadata.publishedAt) : null;
  const referenceDate = published && !Number.isNaN(published.getTime()) ? published : options.today;
  const found = recognize(map.text, { lang, referenceDate, uiLang: options.uiLang }, options.matcher);
  const t3 = now();
  return {
    annotations: {
      ...base,
      lang: lang ?? metadata.lang,
      referenceIsToday: referenceDate === options.today,
      actors: found.actors,
      dates: found.dates,
    },
    map,
    timings: { detect: t1 - t0, extract: t2 - t1, recognize: t3 - t2 },
  };
}
