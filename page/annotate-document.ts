/**
 * From a document to its `PageAnnotations` in one synchronous call, recognising in-process.
 * Used where the recogniser is at hand: the `annotate` command-line tool and the golden
 * evaluation. The extension splits the same steps: the annotator reads the article
 * (`readArticle`) and the background recognises its text.
 */
import type { PageAnnotations, SupportedLang } from '../recognition/types';
import { recognize } from '../recognition/pipeline';
import type { ActorMatcher } from '../recognition/actors/index';
import { referenceDateOf } from '../recognition/context';
import { composeAnnotations, readArticle, type ReadOptions } from './read-article';
import type { TextMap } from './text-map';

export interface AnnotateOptions extends ReadOptions {
  uiLang: SupportedLang;
  matcher?: ActorMatcher;
}

export interface AnnotatedDocument {
  annotations: PageAnnotations;
  map: TextMap | null;
  timings: { detect: number; extract: number; recognize: number };
}

/** Annotates `doc`. A page that is not an article gets `isArticle: false` and empty lists. */
export function annotateDocument(doc: Document, options: AnnotateOptions): AnnotatedDocument {
  const now = options.now ?? (() => performance.now());
  const reading = readArticle(doc, options);
  const start = now();
  const found = reading.request
    ? recognize(
        reading.request.text,
        { lang: reading.request.lang, referenceDate: referenceDateOf(reading.request.referenceDay), uiLang: options.uiLang },
        options.matcher,
      )
    : null;
  return {
    annotations: composeAnnotations(reading, found),
    map: reading.map,
    timings: { ...reading.timings, recognize: now() - start },
  };
}
