/**
 * Notes: create, edit, delete with undo, list. Every write is one put (or delete) of one note in
 * its own transaction, so two contexts writing different notes at once never lose either.
 */
import { StorageError, withStorageErrors } from './errors';
import type { ContexteDB, Note, NoteTarget } from './schema';
import { runInTransaction } from './transaction';
import { checkBody, checkNote, checkTarget, normaliseTags } from './validate';

/** What the UI sends to save a note. Without `id` a new note is created. */
export interface NoteInput {
  id?: string;
  articleKey: string;
  body: string;
  tags?: string[];
  /** Defaults to the article itself. */
  target?: NoteTarget;
}

function invalid(problem: string): StorageError {
  return new StorageError('invalid', `The note was not saved: ${problem}.`);
}

function checkInput(input: NoteInput): Pick<Note, 'articleKey' | 'body' | 'tags' | 'target'> {
  if (typeof input.articleKey !== 'string' || input.articleKey.trim() === '') throw invalid('it has no article');
  const body = checkBody(input.body);
  if (!body.ok) throw invalid(body.problem);
  const tags = normaliseTags(input.tags);
  if (!tags.ok) throw invalid(tags.problem);
  const target = checkTarget(input.target ?? { kind: 'article' });
  if (!target.ok) throw invalid(target.problem);
  return { articleKey: input.articleKey, body: body.value, tags: tags.value, target: target.value };
}

function sameContent(a: Pick<Note, 'articleKey' | 'body' | 'tags' | 'target'>, b: Note): boolean {
  return (
    a.articleKey === b.articleKey &&
    a.body === b.body &&
    JSON.stringify(a.tags) === JSON.stringify(b.tags) &&
    JSON.stringify(a.target) === JSON.stringify(b.target)
  );
}

/**
 * Creates a note (no `id`) or updates one (`id`), after validation: body at most 100 000
 * characters, tags trimmed/lower-cased/de-duplicated, target well formed. An update keeps
 * `createdAt`; saving unchanged content leaves `updatedAt` alone. Throws `StorageError`
 * ('invalid', 'not-found' when the note was deleted meanwhile, 'quota', 'closed').
 */
export function saveNote(db: ContexteDB, input: NoteInput, now: number = Date.now()): Promise<Note> {
  return withStorageErrors(async () => {
    const content = checkInput(input);
    const id = input.id;
    if (id === undefined) {
      const note: Note = { id: crypto.randomUUID(), ...content, createdAt: now, updatedAt: now };
      await db.add('notes', note);
      return note;
    }
    const tx = db.transaction('notes', 'readwrite');
    return runInTransaction(tx, async () => {
      const existing = await tx.store.get(id);
      if (!existing) {
        throw new StorageError('not-found', 'This note no longer exists; it may have been deleted elsewhere.');
      }
      if (sameContent(content, existing)) return existing;
      const note: Note = { ...existing, ...content, updatedAt: Math.max(now, existing.createdAt) };
      await tx.store.put(note);
      return note;
    });
  });
}

/** The note with this id, or null. */
export function getNote(db: ContexteDB, id: string): Promise<Note | null> {
  return withStorageErrors(async () => (await db.get('notes', id)) ?? null);
}

/** Deletes a note and returns it, so the UI can offer to undo with `restoreNote`. */
export function deleteNote(db: ContexteDB, id: string): Promise<Note> {
  return withStorageErrors(async () => {
    const tx = db.transaction('notes', 'readwrite');
    return runInTransaction(tx, async () => {
      const note = await tx.store.get(id);
      if (!note) throw new StorageError('not-found', 'This note no longer exists.');
      await tx.store.delete(id);
      return note;
    });
  });
}

/** Puts a deleted note back exactly as it was (undo). */
export function restoreNote(db: ContexteDB, note: Note): Promise<Note> {
  return withStorageErrors(async () => {
    const checked = checkNote(note);
    if (!checked.ok) throw invalid(checked.problem);
    await db.put('notes', checked.value);
    return checked.value;
  });
}

/** Newest first; ties (same millisecond) by id so the order is stable. */
export function compareNewestFirst(a: Note, b: Note): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The notes of one article, newest first. */
export function listNotesForArticle(db: ContexteDB, articleKey: string): Promise<Note[]> {
  return withStorageErrors(async () =>
    (await db.getAllFromIndex('notes', 'by-article', articleKey)).sort(compareNewestFirst),
  );
}

/** The notes written about one actor (actor targets), newest first, across all articles. */
export function listNotesForActor(db: ContexteDB, actorId: string): Promise<Note[]> {
  return withStorageErrors(async () =>
    (await db.getAllFromIndex('notes', 'by-actor', actorId)).sort(compareNewestFirst),
  );
}

/** Every note, newest first. */
export function listAllNotes(db: ContexteDB): Promise<Note[]> {
  return withStorageErrors(async () => (await db.getAll('notes')).sort(compareNewestFirst));
}
