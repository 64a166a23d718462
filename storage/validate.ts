/**
 * Validation shared by saving, restoring and importing notes. Checks return a clean copy (no
 * stray fields) or one sentence saying what is wrong, for the reader to see.
 */
import type { ActorKind } from '../recognition/types';
import { MAX_BODY_LENGTH } from './schema';
import type { Note, NoteTarget, QuoteSelector } from './schema';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Longest tag accepted, after trimming. */
export const MAX_TAG_LENGTH = 100;

const ACTOR_KINDS: ReadonlySet<string> = new Set<ActorKind>(['person', 'organization', 'state', 'place']);

export function isActorKind(value: unknown): value is ActorKind {
  return typeof value === 'string' && ACTOR_KINDS.has(value);
}

/** A count of mentions: a whole number, zero or more. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function ok<T>(value: T): Checked<T> {
  return { ok: true, value };
}

function fail<T>(problem: string): Checked<T> {
  return { ok: false, problem };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Tags as stored: trimmed, inner spaces collapsed, lower-cased, NFC, empty ones dropped,
 * duplicates removed (first occurrence kept).
 */
export function normaliseTags(tags: unknown): Checked<string[]> {
  if (tags === undefined) return ok([]);
  if (!Array.isArray(tags)) return fail('tags must be a list of strings');
  const seen = new Set<string>();
  for (const tag of tags) {
    if (typeof tag !== 'string') return fail('tags must be a list of strings');
    const clean = tag.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
    if (clean.length > MAX_TAG_LENGTH) return fail(`tag "${clean.slice(0, 30)}…" is longer than ${MAX_TAG_LENGTH} characters`);
    if (clean !== '') seen.add(clean);
  }
  return ok([...seen]);
}

export function checkBody(body: unknown): Checked<string> {
  if (typeof body !== 'string') return fail('body must be a string');
  if (body.length > MAX_BODY_LENGTH) {
    return fail(`body is ${body.length} characters long; the limit is ${MAX_BODY_LENGTH}`);
  }
  return ok(body);
}

export function checkQuote(quote: unknown): Checked<QuoteSelector> {
  if (!isRecord(quote)) return fail('quote target needs a quote selector');
  const { exact, prefix, suffix, start, end } = quote;
  if (!isNonEmptyString(exact)) return fail('quote needs the exact quoted text');
  if (typeof prefix !== 'string' || typeof suffix !== 'string') return fail('quote prefix and suffix must be strings');
  if (!isOffset(start) || !isOffset(end) || end < start) return fail('quote start and end must be offsets with start ≤ end');
  return ok({ exact, prefix, suffix, start, end });
}

/** Checks a note target and returns it without extra fields. */
export function checkTarget(target: unknown): Checked<NoteTarget> {
  if (!isRecord(target)) return fail('target must be an object');
  switch (target.kind) {
    case 'article':
      return ok({ kind: 'article' });
    case 'actor': {
      const { actorId, name, actorKind } = target;
      if (!isNonEmptyString(actorId)) return fail('actor target needs an actorId');
      if (!isNonEmptyString(name)) return fail('actor target needs a name');
      if (!isActorKind(actorKind)) return fail('actor target needs actorKind person, organization, state or place');
      return ok({ kind: 'actor', actorId, name, actorKind });
    }
    case 'date': {
      const { value, text } = target;
      if (!isNonEmptyString(value)) return fail('date target needs a value');
      if (typeof text !== 'string') return fail('date target needs the text as written');
      return ok({ kind: 'date', value, text });
    }
    case 'quote': {
      const quote = checkQuote(target.quote);
      return quote.ok ? ok({ kind: 'quote', quote: quote.value }) : quote;
    }
    default:
      return fail('target kind must be article, actor, date or quote');
  }
}

/** Checks a complete note (as restored or imported) and returns a clean copy. */
export function checkNote(note: unknown): Checked<Note> {
  if (!isRecord(note)) return fail('note must be an object');
  if (!isNonEmptyString(note.id)) return fail('note needs an id');
  if (!isNonEmptyString(note.articleKey)) return fail('note needs an articleKey');
  const body = checkBody(note.body);
  if (!body.ok) return body;
  const tags = normaliseTags(note.tags);
  if (!tags.ok) return tags;
  if (!isTime(note.createdAt)) return fail('createdAt must be a time in milliseconds');
  if (!isTime(note.updatedAt)) return fail('updatedAt must be a time in milliseconds');
  const target = checkTarget(note.target);
  if (!target.ok) return target;
  return ok({
    id: note.id,
    articleKey: note.articleKey,
    body: body.value,
    tags: tags.value,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
    target: target.value,
  });
}
