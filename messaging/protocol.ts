/**
 * Every message exchanged between the content scripts, the background and the extension pages,
 * declared once. A message is `{ type, ...payload }`; its answer is an `Outcome` so that errors
 * (a full disk, a closed database, a bad import) cross the messaging boundary with their code
 * instead of becoming an opaque rejected promise.
 */
import type { PageAnnotations, SupportedLang } from '../recognition/types';
import type { PackedRecognition } from './packed-recognition';
import type { RecognitionRequest } from '../page/read-article';
import type { ActorKind } from '../recognition/types';
import type { Article, Note, NoteTarget } from '../storage/schema';
import type { NoteFacets, NoteQuery, NoteSort } from '../storage/query';

export type { PageAnnotations };

/** A note as stored, plus the article it belongs to (for lists across articles). */
export type StoredNote = Note;

/** The article a note or a visit is about, as the page describes it. */
export interface ArticleRef {
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  publishedAt: string | null;
}

/** What the reader typed; `id` is set when editing an existing note. */
export interface NoteDraft {
  id?: string;
  article: ArticleRef;
  body: string;
  tags: string[];
  target: NoteTarget;
}

/** What the annotator saw on an article, for "where else was this actor met". */
export interface ArticleVisit {
  article: ArticleRef;
  actors: { id: string; name: string; kind: ActorKind; count: number }[];
  dates: { value: string; text: string; count: number }[];
}

/** A query of the notes page, answered by the background's note index (see `storage/query.ts`). */
export type { NoteQuery, NoteSort };

export interface NoteQueryResult {
  total: number;
  notes: StoredNote[];
  /** Articles of the returned notes, by key. */
  articles: Record<string, Article>;
}

/** What the filters offer: every article, actor and tag that has notes. */
export type { NoteFacets };

export type ExportFormat = 'json' | 'markdown';

/** What an import would do, before the reader confirms. */
export interface ImportPlanSummary {
  planId: string;
  /** Whole-file problem (malformed JSON, unknown format or version): nothing can be imported. */
  fatal: string | null;
  newCount: number;
  identicalCount: number;
  changedCount: number;
  problems: { index: number; id?: string; problem: string }[];
}

/** A message that carries nothing besides its type. */
export type NoPayload = Record<never, never>;

/** A failure that the UI can explain to the reader. */
export interface ProtocolError {
  code: 'quota' | 'closed' | 'invalid' | 'not-found' | 'unavailable' | 'internal';
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

/** Timings of one annotation run, in milliseconds, for the benchmark and diagnostics. */
export interface AnnotationTimings {
  detect: number;
  extract: number;
  recognize: number;
  highlight: number;
  total: number;
  textLength: number;
  ranges: number;
  /**
   * The way from the detector to the annotator, on a run the detector started: its message
   * reaching the background, the background's checks (paused site, already annotated), and the
   * annotator's injection until its code runs (CSS and script loaded, compiled, started).
   */
  delivery?: { toBackground: number; checks: number; inject: number };
  /** Of `recognize`, the time the background's recogniser took (the rest is carrying the text and the answer). */
  recognizer?: number;
}

/**
 * When the background handled a detected article, in milliseconds since the epoch
 * (`performance.timeOrigin + performance.now()`), so the page can place them on its own clock.
 */
export interface DeliveryStamps {
  /** `contexte:article-detected` arrived. */
  receivedAt: number;
  /** The checks were done and the injection began. */
  injectingAt: number;
}

/** When the detector ran in the page, so the annotator can report the whole run. */
export interface DetectTiming {
  /** `performance.now()` in the page when the detector started. */
  start: number;
  /** How long detection took, in milliseconds. */
  duration: number;
}

/** Where a note should take the reader back to, when it is opened from the notes page. */
export interface RevealTarget {
  noteId: string;
}

/** Messages answered by the background (sent with `browser.runtime.sendMessage`). */
export interface BackgroundProtocol {
  /** The detector found an article in the sending tab: inject the annotator unless paused. */
  'contexte:article-detected': { request: { detect: DetectTiming }; response: { injected: boolean } };
  /** The popup asks to annotate a tab that was not detected as an article. */
  'contexte:annotate-tab': { request: { tabId: number }; response: { injected: boolean } };
  /**
   * Recognise the actors and dates of an article's text. The recogniser (knowledge base,
   * matcher, date parsers) lives in the background, built once and kept warm between pages, so
   * article pages load only their DOM code and their main thread is never blocked by it. The
   * answer is packed (see packed-recognition.ts): the page unpacks it against the text it sent.
   */
  'contexte:recognize': { request: { request: RecognitionRequest; uiLang: SupportedLang }; response: PackedRecognition & { recognizerMs: number } };
  /** Whether Contexte is paused on a site (host name). */
  'contexte:get-site-paused': { request: { host: string }; response: { paused: boolean } };
  'contexte:set-site-paused': { request: { host: string; paused: boolean }; response: { paused: boolean } };
  /** The annotator records the article and what was met on it. */
  'contexte:record-visit': { request: { visit: ArticleVisit }; response: { articleKey: string } };
  /** Open the full notes page in a tab. */
  'contexte:open-notes-page': { request: { search?: string }; response: null };

  'notes:save': { request: { draft: NoteDraft }; response: StoredNote };
  /**
   * The notes of one article, newest first. `canonicalUrl` (from `contexte:get-article-ref`) lets
   * the background find the same article key the annotator saved under.
   */
  'notes:list-for-article': { request: { url: string; canonicalUrl?: string | null }; response: StoredNote[] };
  'notes:delete': { request: { id: string }; response: StoredNote };
  'notes:restore': { request: { note: StoredNote }; response: StoredNote };
  /** A page of the notes matching a query, and how many match in all. */
  'notes:query': { request: { query: NoteQuery }; response: NoteQueryResult };
  /**
   * The facets for the notes page's filters; apart from the query, so the first rows do not
   * wait for them (they need the whole search index) nor carry them on every page scrolled to.
   */
  'notes:facets': { request: NoPayload; response: NoteFacets };
  /**
   * Exports notes: those of `ids`, or those matching `query` (its `offset`, `limit` and `sort`
   * are ignored, so a large filtered set does not cross as a list of ids), or every note.
   */
  'notes:export': {
    request: { format: ExportFormat; ids?: string[]; query?: NoteQuery };
    response: { filename: string; mimeType: string; text: string };
  };
  'notes:plan-import': { request: { text: string }; response: ImportPlanSummary };
  'notes:apply-import': {
    request: { planId: string; onConflict: 'skip' | 'replace' };
    response: { added: number; replaced: number; skipped: number };
  };
  /** Open an article and, once annotated, scroll to a note's target. */
  'notes:reveal': { request: { target: RevealTarget }; response: null };
}

/** Messages answered by the content scripts of a tab (sent with `browser.tabs.sendMessage`). */
export interface TabProtocol {
  /**
   * Sent by the background right after injecting the annotator, which starts annotating as soon
   * as it runs: says whether the detector or the reader asked, with the detector's timings.
   * Answered once highlighted.
   */
  'contexte:annotate': { request: { detect: DetectTiming | null; delivery: DeliveryStamps | null }; response: AnnotationTimings };
  /** The page's annotations; `isArticle: false` and empty lists when it is not an article. */
  'contexte:get-annotations': { request: NoPayload; response: PageAnnotations };
  /**
   * Timings of the last annotation run. On a page found not to be an article the detector
   * answers with its check alone (everything else zero); null before any check.
   */
  'contexte:get-timings': { request: NoPayload; response: AnnotationTimings | null };
  /** Open the keyboard list of the article's actors and dates. */
  'contexte:open-list': { request: NoPayload; response: null };
  /** Stop annotating this page now (the site was paused). */
  'contexte:stop': { request: NoPayload; response: null };
  /** Open the note editor for the current text selection (context menu). */
  'contexte:note-selection': { request: NoPayload; response: null };
  /** Scroll to a note's target and show it. */
  'contexte:reveal-note': { request: { note: StoredNote }; response: { found: boolean } };
  /**
   * The article the page describes (address, canonical URL, title, publication date), answered
   * by the detector and the annotator, so the popup saves notes under the annotator's article key.
   */
  'contexte:get-article-ref': { request: NoPayload; response: ArticleRef };
  /** Answered by the annotator only: whether this page is already annotated. */
  'contexte:ping': { request: NoPayload; response: { annotated: boolean } };
}

export type BackgroundType = keyof BackgroundProtocol;
export type TabType = keyof TabProtocol;

export type BackgroundMessage<K extends BackgroundType = BackgroundType> = {
  [T in K]: { type: T } & BackgroundProtocol[T]['request'];
}[K];
export type TabMessage<K extends TabType = TabType> = {
  [T in K]: { type: T } & TabProtocol[T]['request'];
}[K];

export type BackgroundResponse<K extends BackgroundType> = BackgroundProtocol[K]['response'];
export type TabResponse<K extends TabType> = TabProtocol[K]['response'];

const backgroundTypes: ReadonlySet<string> = new Set<BackgroundType>([
  'contexte:article-detected',
  'contexte:recognize',
  'contexte:annotate-tab',
  'contexte:get-site-paused',
  'contexte:set-site-paused',
  'contexte:record-visit',
  'contexte:open-notes-page',
  'notes:save',
  'notes:list-for-article',
  'notes:delete',
  'notes:restore',
  'notes:query',
  'notes:facets',
  'notes:export',
  'notes:plan-import',
  'notes:apply-import',
  'notes:reveal',
]);

/** True when `message` is one of ours for the background (messages from elsewhere are ignored). */
export function isBackgroundMessage(message: unknown): message is BackgroundMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    backgroundTypes.has((message as { type?: unknown }).type as string)
  );
}

/** True when `message` has the given tab-message type. */
export function isTabMessage<K extends TabType>(message: unknown, type: K): message is TabMessage<K> {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}
