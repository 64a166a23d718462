/**
 * The notes database: record types and the typed schema of every version.
 *
 * Version history (the ladder that applies it is in `db.ts`):
 * - v1 (walking skeleton): `notes { id, url, body, createdAt }`, index `by-url`.
 * - v2: notes carry an article key, tags, an edit time and a target (article, actor, date or
 *   quoted passage); new stores `articles`, `encounters` (actors met per article) and
 *   `dateEncounters` (dates met per article).
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { QuoteSelector } from '../page/anchor';
import type { ActorKind } from '../recognition/types';

export const DB_NAME = 'contexte';
export const DB_VERSION = 2;

/** Longest note body accepted, in UTF-16 code units. */
export const MAX_BODY_LENGTH = 100_000;

/**
 * A quoted passage as `page/anchor.ts` describes and re-finds it: the exact text, some context
 * on each side, and its offsets in the article text (a hint; the text wins when they disagree).
 */
export type { QuoteSelector };

/** What a note is about. */
export type NoteTarget =
  | { kind: 'article' }
  | { kind: 'actor'; actorId: string; name: string; actorKind: ActorKind }
  | { kind: 'date'; value: string; text: string }
  | { kind: 'quote'; quote: QuoteSelector };

export type NoteTargetKind = NoteTarget['kind'];

export interface Note {
  /** `crypto.randomUUID()` for notes made here; imported and migrated notes keep theirs. */
  id: string;
  /** `Article.key` of the article the note belongs to. */
  articleKey: string;
  /** Plain text; Markdown allowed. */
  body: string;
  /** Trimmed, lower-cased, de-duplicated. */
  tags: string[];
  createdAt: number;
  updatedAt: number;
  target: NoteTarget;
}

/** An article the reader visited or wrote about. */
export interface Article {
  /** Normalised URL (see `urls.ts`): canonical URL when known, no hash, no tracking parameters. */
  key: string;
  /** The address the reader last opened it at. */
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  /** Host name without a leading `www.`. */
  site: string;
  /** ISO 8601 publication date as the page gives it. */
  publishedAt: string | null;
  firstSeen: number;
  lastSeen: number;
}

/** An actor met on an article at the last visit: one row per (articleKey, actorId). */
export interface ActorEncounter {
  articleKey: string;
  actorId: string;
  name: string;
  kind: ActorKind;
  /** Mentions of the actor in the article at the last visit. */
  count: number;
  lastSeen: number;
}

/** A date met on an article at the last visit: one row per (articleKey, value). */
export interface DateEncounter {
  articleKey: string;
  /** ISO 8601 value at its granularity, as in `DateAnnotation.value`. */
  value: string;
  /** The first way the article wrote it. */
  text: string;
  count: number;
  lastSeen: number;
}

/** A note as the walking skeleton stored it. */
export interface NoteV1 {
  id: string;
  url: string;
  body: string;
  createdAt: number;
}

export interface ContexteDBv1 extends DBSchema {
  notes: {
    key: string;
    value: NoteV1;
    indexes: { 'by-url': string };
  };
}

export interface ContexteDBv2 extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: {
      'by-article': string;
      'by-updated': number;
      'by-created': number;
      /** multiEntry over `tags`. */
      'by-tag': string;
      /** On `target.actorId`: only actor notes appear in it. */
      'by-actor': string;
    };
  };
  articles: {
    key: string;
    value: Article;
    indexes: { 'by-site': string; 'by-lastSeen': number };
  };
  encounters: {
    key: [string, string];
    value: ActorEncounter;
    indexes: { 'by-actor': string; 'by-article': string };
  };
  dateEncounters: {
    key: [string, string];
    value: DateEncounter;
    indexes: { 'by-value': string; 'by-article': string };
  };
}

/** The current schema; every storage function takes an open database of this type. */
export type ContexteDB = IDBPDatabase<ContexteDBv2>;
