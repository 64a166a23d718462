/**
 * Importing a JSON export in three steps, so a bad file never changes anything:
 * 1. `parseImport(text)` reads and checks the file, writing nothing: a file that cannot be read
 *    at all is refused with a reason; rows with problems are listed and left out; valid rows kept.
 * 2. `planImport(db, parsed)` compares the valid notes with the database by id: new, identical,
 *    or changed. Still nothing is written; the UI shows the plan to the reader.
 * 3. `applyImport(db, plan, { onConflict })`, once the reader confirms, writes in one
 *    transaction: everything or, if anything fails, nothing.
 */
import { StorageError, withStorageErrors } from './errors';
import { EXPORT_FORMAT, EXPORT_VERSION, importArticle, importNote } from './format';
import type { ImportedNote } from './format';
import { findJsonSyntaxProblem } from './json-position';
import type { Article, ContexteDB, Note } from './schema';
import { runInTransaction } from './transaction';
import { siteOf } from './urls';
import { checkNote } from './validate';

/** Why a whole file was refused. `message` is ready to show; `kind` lets the UI word it itself. */
export type ImportFailure =
  | { kind: 'malformed-json'; message: string; position: number; line: number; column: number }
  | { kind: 'wrong-format'; message: string }
  | { kind: 'unsupported-version'; message: string; version: unknown }
  | { kind: 'bad-structure'; message: string };

/** A row left out of the import, and why. `index` is its position in its list in the file. */
export interface RowProblem {
  section: 'notes' | 'articles';
  index: number;
  id?: string;
  problem: string;
}

export interface ParsedImportFile {
  ok: true;
  /** When the file says it was exported; null if it does not say clearly. */
  exportedAt: string | null;
  notes: ImportedNote[];
  articles: Article[];
  problems: RowProblem[];
}

export type ParsedImport = ParsedImportFile | { ok: false; error: ImportFailure };

function refuse(error: ImportFailure): ParsedImport {
  return { ok: false, error };
}

function idOf(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const id = (row as Record<string, unknown>).id ?? (row as Record<string, unknown>).key;
  return typeof id === 'string' ? id : undefined;
}

/** Reads and checks an export file. Never writes. */
export function parseImport(text: string): ParsedImport {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.trim() === '') {
    return refuse({ kind: 'malformed-json', message: 'The file is empty.', position: 0, line: 1, column: 1 });
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    const where = findJsonSyntaxProblem(source) ?? { position: 0, line: 1, column: 1, reason: 'it is not valid JSON' };
    return refuse({
      kind: 'malformed-json',
      message: `The file is not valid JSON: ${where.reason} at line ${where.line}, column ${where.column}.`,
      position: where.position,
      line: where.line,
      column: where.column,
    });
  }

  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as Record<string, unknown>).format !== EXPORT_FORMAT) {
    return refuse({ kind: 'wrong-format', message: 'This is not a Contexte notes file (its "format" is not "contexte-notes").' });
  }
  const file = data as Record<string, unknown>;
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse({ kind: 'unsupported-version', version, message: 'The file has no valid format version.' });
  }
  if (version > EXPORT_VERSION) {
    return refuse({
      kind: 'unsupported-version',
      version,
      message: `This file was made by a newer version of Contexte (format version ${version}); this version reads format version ${EXPORT_VERSION}. Update Contexte, then import it again.`,
    });
  }
  if (!Array.isArray(file.notes)) return refuse({ kind: 'bad-structure', message: 'The file has no list of notes.' });
  if (file.articles !== undefined && !Array.isArray(file.articles)) {
    return refuse({ kind: 'bad-structure', message: 'The file’s "articles" is not a list.' });
  }

  const problems: RowProblem[] = [];
  const articles = new Map<string, Article>();
  ((file.articles as unknown[] | undefined) ?? []).forEach((row, index) => {
    const article = importArticle(row);
    if (!article.ok) problems.push({ section: 'articles', index, id: idOf(row), problem: article.problem });
    else if (articles.has(article.value.key)) {
      problems.push({ section: 'articles', index, id: article.value.key, problem: 'this article appears twice in the file; the first is kept' });
    } else articles.set(article.value.key, article.value);
  });

  const notes = new Map<string, ImportedNote>();
  file.notes.forEach((row, index) => {
    const imported = importNote(row);
    if (!imported.ok) problems.push({ section: 'notes', index, id: idOf(row), problem: imported.problem });
    else if (notes.has(imported.value.note.id)) {
      problems.push({ section: 'notes', index, id: imported.value.note.id, problem: 'this note appears twice in the file; the first is kept' });
    } else notes.set(imported.value.note.id, imported.value);
  });

  const exportedAt = typeof file.exportedAt === 'string' && !Number.isNaN(Date.parse(file.exportedAt)) ? file.exportedAt : null;
  return { ok: true, exportedAt, notes: [...notes.values()], articles: [...articles.values()], problems };
}

export type ImportRowStatus = 'new' | 'duplicate-identical' | 'duplicate-changed';

export interface ImportRow extends ImportedNote {
  status: ImportRowStatus;
  /** The note as it is in the database, for duplicates. */
  existing?: Note;
}

export interface ImportPlan {
  exportedAt: string | null;
  rows: ImportRow[];
  articles: Article[];
  problems: RowProblem[];
  counts: Record<ImportRowStatus | 'invalid', number>;
}

/** Same note, field by field (tags in order, target deeply). */
export function sameNote(a: Note, b: Note): boolean {
  return (
    a.id === b.id &&
    a.articleKey === b.articleKey &&
    a.body === b.body &&
    a.createdAt === b.createdAt &&
    a.updatedAt === b.updatedAt &&
    JSON.stringify(a.tags) === JSON.stringify(b.tags) &&
    JSON.stringify(a.target) === JSON.stringify(b.target)
  );
}

/** Classifies each valid note against the database. Reads only. */
export function planImport(db: ContexteDB, parsed: ParsedImportFile): Promise<ImportPlan> {
  return withStorageErrors(async () => {
    const tx = db.transaction('notes');
    const existing = await Promise.all(parsed.notes.map(({ note }) => tx.store.get(note.id)));
    const rows = parsed.notes.map((imported, i): ImportRow => {
      const current = existing[i];
      if (!current) return { ...imported, status: 'new' };
      return { ...imported, status: sameNote(current, imported.note) ? 'duplicate-identical' : 'duplicate-changed', existing: current };
    });
    const counts = { new: 0, 'duplicate-identical': 0, 'duplicate-changed': 0, invalid: parsed.problems.length };
    for (const row of rows) counts[row.status] += 1;
    return { exportedAt: parsed.exportedAt, rows, articles: parsed.articles, problems: parsed.problems, counts };
  });
}

export interface ApplyOptions {
  /** What to do with a note that exists with different content: keep ours, or take the file's. */
  onConflict: 'skip' | 'replace';
}

export interface ImportResult {
  added: number;
  replaced: number;
  /** Identical notes, and changed ones kept as they were under 'skip'. */
  skipped: number;
  /** Every note written, for the search index to take in. */
  written: Note[];
  /** Every article row written or updated. */
  articles: Article[];
}

function mergeArticle(existing: Article, imported: Article): Article {
  return {
    ...existing,
    canonicalUrl: existing.canonicalUrl ?? imported.canonicalUrl,
    title: existing.title ?? imported.title,
    publishedAt: existing.publishedAt ?? imported.publishedAt,
    site: existing.site || imported.site,
    firstSeen: Math.min(existing.firstSeen, imported.firstSeen),
    lastSeen: Math.max(existing.lastSeen, imported.lastSeen),
  };
}

/** An article row for notes whose article neither the file nor the database describes. */
function articleFromNotes(key: string, source: string, notes: Note[]): Article {
  const times = notes.map((note) => note.createdAt);
  return {
    key,
    url: source,
    canonicalUrl: null,
    title: null,
    site: siteOf(source) || siteOf(key),
    publishedAt: null,
    firstSeen: Math.min(...times),
    lastSeen: Math.max(...times),
  };
}

/**
 * Writes the plan in one transaction. Each note is compared again with what is stored now (the
 * database may have changed since the plan), so the outcome follows the rule whatever happened
 * in between. Articles are merged: known metadata is kept, gaps are filled. If any write fails,
 * nothing is written. Throws `StorageError` ('invalid' for a tampered plan, 'quota', 'closed').
 */
export function applyImport(db: ContexteDB, plan: ImportPlan, options: ApplyOptions): Promise<ImportResult> {
  return withStorageErrors(async () => {
    for (const row of plan.rows) {
      const checked = checkNote(row.note);
      if (!checked.ok) throw new StorageError('invalid', `Nothing was imported: note ${row.note.id}: ${checked.problem}.`);
    }
    const tx = db.transaction(['notes', 'articles'], 'readwrite');
    return runInTransaction(tx, async () => {
      const notes = tx.objectStore('notes');
      const result: ImportResult = { added: 0, replaced: 0, skipped: 0, written: [], articles: [] };
      for (const row of plan.rows) {
        const current = await notes.get(row.note.id);
        if (current && (sameNote(current, row.note) || options.onConflict === 'skip')) {
          result.skipped += 1;
          continue;
        }
        await notes.put(row.note);
        result.written.push(row.note);
        if (current) result.replaced += 1;
        else result.added += 1;
      }

      const articles = tx.objectStore('articles');
      const planned = new Map(plan.articles.map((article) => [article.key, article]));
      const writtenByArticle = new Map<string, { source: string; notes: Note[] }>();
      const writtenIds = new Set(result.written.map((note) => note.id));
      for (const row of plan.rows) {
        if (!writtenIds.has(row.note.id)) continue;
        const group = writtenByArticle.get(row.note.articleKey);
        if (group) group.notes.push(row.note);
        else writtenByArticle.set(row.note.articleKey, { source: row.source, notes: [row.note] });
      }
      const keys = new Set([...planned.keys(), ...writtenByArticle.keys()]);
      for (const key of [...keys].sort()) {
        const existing = await articles.get(key);
        const imported = planned.get(key);
        let next: Article | undefined;
        if (existing && imported) next = mergeArticle(existing, imported);
        else if (imported) next = imported;
        else if (!existing) {
          const group = writtenByArticle.get(key);
          if (group) next = articleFromNotes(key, group.source, group.notes);
        }
        if (next && JSON.stringify(next) !== JSON.stringify(existing)) {
          await articles.put(next);
          result.articles.push(next);
        }
      }
      return result;
    });
  });
}
