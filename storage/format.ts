/**
 * The JSON exchange format (`storage/FORMAT.md` documents it for readers): types and the
 * conversions between stored records and exported rows, both ways. Reading a row checks it
 * completely and says in one sentence what is wrong.
 */
import type { Article, Note, NoteTarget } from './schema';
import { normaliseUrl, siteOf } from './urls';
import { checkNote } from './validate';
import type { Checked } from './validate';

export const EXPORT_FORMAT = 'contexte-notes';
/** The newest format version this code writes and reads. */
export const EXPORT_VERSION = 1;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where a note points, after the Web Annotation model: `source` is the article's address. */
export type ExportedTarget =
  | { source: string; kind: 'article' }
  | { source: string; kind: 'actor'; actor: { id: string; name: string; kind: string } }
  | { source: string; kind: 'date'; date: { value: string; text: string } }
  | { source: string; kind: 'quote'; selector: [TextQuoteSelector, TextPositionSelector] };

export interface ExportedNote {
  id: string;
  type: 'Annotation';
  /** ISO 8601 instants. */
  created: string;
  modified: string;
  articleKey: string;
  /** The note text (Markdown allowed): Web Annotation's `bodyValue`. */
  bodyValue: string;
  tags: string[];
  target: ExportedTarget;
}

export interface ExportedArticle {
  key: string;
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  site: string;
  publishedAt: string | null;
  firstSeen: string;
  lastSeen: string;
}

export interface ExportFileV1 {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  articles: ExportedArticle[];
  notes: ExportedNote[];
}

const iso = (time: number) => new Date(time).toISOString();

/** The address a note's target points at: the article's canonical URL, else its URL, else the key. */
export function sourceOf(articleKey: string, article: Article | undefined): string {
  return article?.canonicalUrl ?? article?.url ?? articleKey;
}

export function exportTarget(target: NoteTarget, source: string): ExportedTarget {
  switch (target.kind) {
    case 'article':
      return { source, kind: 'article' };
    case 'actor':
      return { source, kind: 'actor', actor: { id: target.actorId, name: target.name, kind: target.actorKind } };
    case 'date':
      return { source, kind: 'date', date: { value: target.value, text: target.text } };
    case 'quote': {
      const { exact, prefix, suffix, start, end } = target.quote;
      return {
        source,
        kind: 'quote',
        selector: [
          { type: 'TextQuoteSelector', exact, prefix, suffix },
          { type: 'TextPositionSelector', start, end },
        ],
      };
    }
  }
}

export function exportNote(note: Note, article: Article | undefined): ExportedNote {
  return {
    id: note.id,
    type: 'Annotation',
    created: iso(note.createdAt),
    modified: iso(note.updatedAt),
    articleKey: note.articleKey,
    bodyValue: note.body,
    tags: note.tags,
    target: exportTarget(note.target, sourceOf(note.articleKey, article)),
  };
}

export function exportArticle(article: Article): ExportedArticle {
  return {
    key: article.key,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    site: article.site,
    publishedAt: article.publishedAt,
    firstSeen: iso(article.firstSeen),
    lastSeen: iso(article.lastSeen),
  };
}

// Reading rows back --------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Milliseconds of an ISO 8601 date-time with a time zone, or null. */
function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    return null;
  }
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

function nullableString(value: unknown): value is string | null | undefined {
  return value === undefined || value === null || typeof value === 'string';
}

/** A note read back from the file, with the address its target points at. */
export interface ImportedNote {
  note: Note;
  source: string;
}

function importTarget(raw: Record<string, unknown>): Checked<unknown> {
  switch (raw.kind) {
    case 'article':
      return { ok: true, value: { kind: 'article' } };
    case 'actor': {
      if (!isRecord(raw.actor)) return { ok: false, problem: 'actor target needs an actor object' };
      const { id, name, kind } = raw.actor;
      return { ok: true, value: { kind: 'actor', actorId: id, name, actorKind: kind } };
    }
    case 'date': {
      if (!isRecord(raw.date)) return { ok: false, problem: 'date target needs a date object' };
      return { ok: true, value: { kind: 'date', value: raw.date.value, text: raw.date.text } };
    }
    case 'quote': {
      const selectors = Array.isArray(raw.selector) ? raw.selector : [raw.selector];
      const quote = selectors.find((s) => isRecord(s) && s.type === 'TextQuoteSelector') as Record<string, unknown> | undefined;
      const position = selectors.find((s) => isRecord(s) && s.type === 'TextPositionSelector') as
        | Record<string, unknown>
        | undefined;
      if (!quote) return { ok: false, problem: 'quote target needs a TextQuoteSelector' };
      return {
        ok: true,
        value: {
          kind: 'quote',
          quote: {
            exact: quote.exact,
            prefix: quote.prefix ?? '',
            suffix: quote.suffix ?? '',
            // Position is a hint for re-anchoring; files from other tools may leave it out.
            start: position ? position.start : 0,
            end: position ? position.end : 0,
          },
        },
      };
    }
    default:
      return { ok: false, problem: 'target kind must be article, actor, date or quote' };
  }
}

/** Reads one exported note, checking every field. */
export function importNote(raw: unknown): Checked<ImportedNote> {
  if (!isRecord(raw)) return { ok: false, problem: 'note must be an object' };
  if (!isRecord(raw.target)) return { ok: false, problem: 'note needs a target' };
  const source = raw.target.source;
  if (typeof source !== 'string' || source.trim() === '') return { ok: false, problem: 'target needs a source (the article address)' };
  const created = parseInstant(raw.created);
  if (created === null) return { ok: false, problem: 'created must be an ISO 8601 date-time' };
  const modified = raw.modified === undefined ? created : parseInstant(raw.modified);
  if (modified === null) return { ok: false, problem: 'modified must be an ISO 8601 date-time' };
  if (raw.bodyValue !== undefined && typeof raw.bodyValue !== 'string') return { ok: false, problem: 'bodyValue must be a string' };
  if (raw.articleKey !== undefined && typeof raw.articleKey !== 'string') return { ok: false, problem: 'articleKey must be a string' };
  const target = importTarget(raw.target);
  if (!target.ok) return target;
  const checked = checkNote({
    id: raw.id,
    articleKey: raw.articleKey ?? normaliseUrl(source),
    body: raw.bodyValue ?? '',
    tags: raw.tags ?? [],
    createdAt: created,
    updatedAt: modified,
    target: target.value,
  });
  return checked.ok ? { ok: true, value: { note: checked.value, source } } : checked;
}

/** Reads one exported article, checking every field. */
export function importArticle(raw: unknown): Checked<Article> {
  if (!isRecord(raw)) return { ok: false, problem: 'article must be an object' };
  const { url, canonicalUrl, title, publishedAt } = raw;
  if (typeof url !== 'string' || url.trim() === '') return { ok: false, problem: 'article needs a url' };
  if (raw.key !== undefined && (typeof raw.key !== 'string' || raw.key.trim() === '')) {
    return { ok: false, problem: 'article key must be a non-empty string' };
  }
  if (!nullableString(canonicalUrl) || !nullableString(title) || !nullableString(publishedAt)) {
    return { ok: false, problem: 'canonicalUrl, title and publishedAt must be strings or null' };
  }
  if (raw.site !== undefined && typeof raw.site !== 'string') return { ok: false, problem: 'site must be a string' };
  const firstSeen = parseInstant(raw.firstSeen);
  const lastSeen = parseInstant(raw.lastSeen);
  if (firstSeen === null || lastSeen === null) return { ok: false, problem: 'firstSeen and lastSeen must be ISO 8601 date-times' };
  return {
    ok: true,
    value: {
      key: (raw.key as string | undefined) ?? normaliseUrl(url),
      url,
      canonicalUrl: canonicalUrl ?? null,
      title: title ?? null,
      site: (raw.site as string | undefined) ?? siteOf(url),
      publishedAt: publishedAt ?? null,
      firstSeen,
      lastSeen,
    },
  };
}
