import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listArticles } from '../../storage/articles';
import { buildJsonExport, exportAllNotesJson, exportNotesJson } from '../../storage/export';
import { applyImport, parseImport, planImport } from '../../storage/import';
import type { ImportPlan, ParsedImport, ParsedImportFile } from '../../storage/import';
import { getNote, listAllNotes, restoreNote } from '../../storage/notes';
import { MAX_BODY_LENGTH } from '../../storage/schema';
import type { Article, ContexteDB, Note } from '../../storage/schema';
import { generateNotes } from './generate-notes';
import { DAY, freshDB, makeNote, T0, withFailingWrites } from './helpers';

const A = 'https://news.example.org/2023/12/11/drone-attacks-bases';

function parsedOk(parsed: ParsedImport): ParsedImportFile {
  if (!parsed.ok) throw new Error(`expected a readable file, got ${parsed.error.message}`);
  return parsed;
}

async function seed(db: ContexteDB, notes: Note[], articles: Article[]): Promise<void> {
  for (const note of notes) await restoreNote(db, note);
  const tx = db.transaction('articles', 'readwrite');
  await Promise.all([...articles.map((a) => tx.store.put(a)), tx.done]);
}

async function snapshot(db: ContexteDB) {
  return { notes: await listAllNotes(db), articles: await listArticles(db) };
}

describe('round trip', () => {
  it('export → import into a fresh database gives the same notes and articles', async () => {
    const { notes, articles } = generateNotes(400, 11);
    const source = await freshDB();
    await seed(source, notes, articles.filter((a) => notes.some((n) => n.articleKey === a.key)));
    const text = await exportAllNotesJson(source, T0);

    const target = await freshDB();
    const parsed = parsedOk(parseImport(text));
    expect(parsed.problems).toEqual([]);
    const plan = await planImport(target, parsed);
    expect(plan.counts).toEqual({ new: 400, 'duplicate-identical': 0, 'duplicate-changed': 0, invalid: 0 });
    const result = await applyImport(target, plan, { onConflict: 'skip' });
    expect(result).toMatchObject({ added: 400, replaced: 0, skipped: 0 });

    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect(await exportAllNotesJson(target, T0)).toBe(text);
  });

  it('importing the same file again changes nothing', async () => {
    const note = makeNote({ id: 'n1', articleKey: A });
    const db = await freshDB();
    await restoreNote(db, note);
    const plan = await planImport(db, parsedOk(parseImport(exportNotesJson([note], [], T0))));
    expect(plan.rows.map((r) => r.status)).toEqual(['duplicate-identical']);
    const result = await applyImport(db, plan, { onConflict: 'replace' });
    expect(result).toMatchObject({ added: 0, replaced: 0, skipped: 1, written: [] });
    expect(await listAllNotes(db)).toEqual([note]);
  });
});

describe('files that cannot be read', () => {
  it('reports malformed JSON with its position', () => {
    const parsed = parseImport('{\n  "format": "contexte-notes",\n  "version": 1\n  "notes": []\n}');
    expect(parsed).toEqual({
      ok: false,
      error: {
        kind: 'malformed-json',
        message: "The file is not valid JSON: unexpected character '\"' at line 4, column 3.",
        position: 49,
        line: 4,
        column: 3,
      },
    });
  });

  it('reports an empty file', () => {
    expect(parseImport('  \n')).toMatchObject({ ok: false, error: { kind: 'malformed-json', message: 'The file is empty.' } });
  });

  it('reads a file that starts with a byte-order mark', () => {
    const text = `\uFEFF${exportNotesJson([makeNote()], [], T0)}`;
    expect(parsedOk(parseImport(text)).notes).toHaveLength(1);
  });

  it.each([
    ['a list', '[]'],
    ['another format', '{"format": "hypothesis-export", "version": 1, "notes": []}'],
    ['no format', '{"version": 1, "notes": []}'],
  ])('refuses %s as not a Contexte file', (_label, text) => {
    expect(parseImport(text)).toMatchObject({ ok: false, error: { kind: 'wrong-format' } });
  });

  it('refuses a newer format version with a clear message', () => {
    const parsed = parseImport('{"format": "contexte-notes", "version": 3, "notes": []}');
    expect(parsed).toEqual({
      ok: false,
      error: {
        kind: 'unsupported-version',
        version: 3,
        message:
          'This file was made by a newer version of Contexte (format version 3); this version reads format version 1. Update Contexte, then import it again.',
      },
    });
  });

  it.each(['"1"', '0', '1.5', 'null'])('refuses the version %s', (version) => {
    expect(parseImport(`{"format": "contexte-notes", "version": ${version}, "notes": []}`)).toMatchObject({
      ok: false,
      error: { kind: 'unsupported-version' },
    });
  });

  it('refuses a file without a list of notes', () => {
    expect(parseImport('{"format": "contexte-notes", "version": 1}')).toMatchObject({ ok: false, error: { kind: 'bad-structure' } });
    expect(parseImport('{"format": "contexte-notes", "version": 1, "notes": [], "articles": {}}')).toMatchObject({
      ok: false,
      error: { kind: 'bad-structure' },
    });
  });
});

describe('partly invalid files', () => {
  const good = makeNote({ id: 'good', articleKey: A, body: 'Fine.', tags: ['ok'] });
  const file = buildJsonExport([good], [], T0) as unknown as { notes: unknown[]; articles: unknown[] };
  const valid = file.notes[0] as Record<string, unknown>;
  const target = valid.target as Record<string, unknown>;
  file.notes.push(
    { ...valid, id: undefined },
    { ...valid, id: 'bad-created', created: 'yesterday' },
    { ...valid, id: 'bad-body', bodyValue: 42 },
    { ...valid, id: 'too-long', bodyValue: 'x'.repeat(MAX_BODY_LENGTH + 1) },
    { ...valid, id: 'bad-target', target: { ...target, kind: 'paragraph' } },
    { ...valid, id: 'no-source', target: { kind: 'article' } },
    { ...valid, id: 'bad-actor', target: { ...target, kind: 'actor', actor: { id: 'x', name: 'X', kind: 'group' } } },
    { ...valid, id: 'bad-quote', target: { ...target, kind: 'quote', selector: [{ type: 'TextPositionSelector', start: 1, end: 2 }] } },
    { ...valid, id: 'bad-tags', tags: 'iran' },
    'not an object',
    { ...valid, bodyValue: 'same id again' },
    { ...valid, id: 'quote-no-position', target: { source: A, kind: 'quote', selector: { type: 'TextQuoteSelector', exact: 'only text' } } },
  );
  file.articles.push(
    { key: A, url: A, canonicalUrl: null, title: 'Drone attacks on bases', site: 'news.example.org', publishedAt: null, firstSeen: '2024-01-15T09:30:00.000Z', lastSeen: '2024-01-15T09:30:00.000Z' },
    { key: 'https://x.example/', url: 'https://x.example/', firstSeen: 'soon', lastSeen: 'later' },
  );
  const text = JSON.stringify(file);

  it('lists each bad row with its position, id and problem, and keeps the valid rows', () => {
    const parsed = parsedOk(parseImport(text));
    expect(parsed.notes.map((n) => n.note.id)).toEqual(['good', 'quote-no-position']);
    expect(parsed.notes[1]?.note.target).toEqual({ kind: 'quote', quote: { exact: 'only text', prefix: '', suffix: '', start: 0, end: 0 } });
    expect(parsed.problems).toEqual([
      { section: 'articles', index: 1, id: 'https://x.example/', problem: 'firstSeen and lastSeen must be ISO 8601 date-times' },
      { section: 'notes', index: 1, id: undefined, problem: 'note needs an id' },
      { section: 'notes', index: 2, id: 'bad-created', problem: 'created must be an ISO 8601 date-time' },
      { section: 'notes', index: 3, id: 'bad-body', problem: 'bodyValue must be a string' },
      { section: 'notes', index: 4, id: 'too-long', problem: `body is ${MAX_BODY_LENGTH + 1} characters long; the limit is ${MAX_BODY_LENGTH}` },
      { section: 'notes', index: 5, id: 'bad-target', problem: 'target kind must be article, actor, date or quote' },
      { section: 'notes', index: 6, id: 'no-source', problem: 'target needs a source (the article address)' },
      { section: 'notes', index: 7, id: 'bad-actor', problem: 'actor target needs actorKind person, organization, state or place' },
      { section: 'notes', index: 8, id: 'bad-quote', problem: 'quote target needs a TextQuoteSelector' },
      { section: 'notes', index: 9, id: 'bad-tags', problem: 'tags must be a list of strings' },
      { section: 'notes', index: 10, id: undefined, problem: 'note must be an object' },
      { section: 'notes', index: 11, id: 'good', problem: 'this note appears twice in the file; the first is kept' },
    ]);
  });

  it('writes nothing while parsing and planning, then only the valid rows', async () => {
    const db = await freshDB();
    const plan = await planImport(db, parsedOk(parseImport(text)));
    expect(plan.counts).toEqual({ new: 2, 'duplicate-identical': 0, 'duplicate-changed': 0, invalid: 12 });
    expect(await listAllNotes(db)).toEqual([]);
    expect(await listArticles(db)).toEqual([]);

    await applyImport(db, plan, { onConflict: 'skip' });
    expect((await listAllNotes(db)).map((n) => n.id).sort()).toEqual(['good', 'quote-no-position']);
    expect((await listArticles(db)).map((a) => [a.key, a.title])).toEqual([[A, 'Drone attacks on bases']]);
  });
});

describe('duplicates and conflicts', () => {
  const ours = makeNote({ id: 'n1', articleKey: A, body: 'Our version.', createdAt: T0, updatedAt: T0 + DAY });
  const theirs = { ...ours, body: 'Their version.', updatedAt: T0 + 2 * DAY };
  const fresh = makeNote({ id: 'n2', articleKey: A, body: 'New one.' });
  const text = exportNotesJson([theirs, fresh], [], T0 + 3 * DAY);

  it('classifies new and changed notes, and keeps ours on skip', async () => {
    const db = await freshDB();
    await restoreNote(db, ours);
    const plan = await planImport(db, parsedOk(parseImport(text)));
    expect(plan.rows.map((r) => [r.note.id, r.status])).toEqual([
      ['n1', 'duplicate-changed'],
      ['n2', 'new'],
    ]);
    expect(plan.rows[0]?.existing).toEqual(ours);
    const result = await applyImport(db, plan, { onConflict: 'skip' });
    expect(result).toMatchObject({ added: 1, replaced: 0, skipped: 1 });
    expect(await getNote(db, 'n1')).toEqual(ours);
    expect(await getNote(db, 'n2')).toEqual(fresh);
  });

  it('takes theirs on replace', async () => {
    const db = await freshDB();
    await restoreNote(db, ours);
    const plan = await planImport(db, parsedOk(parseImport(text)));
    const result = await applyImport(db, plan, { onConflict: 'replace' });
    expect(result).toMatchObject({ added: 1, replaced: 1, skipped: 0 });
    expect(result.written.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(await getNote(db, 'n1')).toEqual(theirs);
  });

  it('creates an article row for notes whose article neither side knew, and merges known ones', async () => {
    const db = await freshDB();
    const known: Article = { key: A, url: A, canonicalUrl: null, title: null, site: 'news.example.org', publishedAt: null, firstSeen: T0, lastSeen: T0 };
    await seed(db, [], [known]);
    const other = 'https://journal.example.fr/idees/2022/09/30/tribune-diplomatie';
    const importedArticle: Article = { ...known, title: 'Drone attacks on bases', firstSeen: T0 - DAY, lastSeen: T0 - DAY };
    const plan = await planImport(
      db,
      parsedOk(parseImport(exportNotesJson([fresh, makeNote({ id: 'n3', articleKey: other, createdAt: T0 + DAY })], [importedArticle], T0))),
    );
    await applyImport(db, plan, { onConflict: 'skip' });
    const articles = await listArticles(db);
    expect(articles.find((a) => a.key === A)).toEqual({ ...known, title: 'Drone attacks on bases', firstSeen: T0 - DAY });
    expect(articles.find((a) => a.key === other)).toEqual({
      key: other,
      url: other,
      canonicalUrl: null,
      title: null,
      site: 'journal.example.fr',
      publishedAt: null,
      firstSeen: T0 + DAY,
      lastSeen: T0 + DAY,
    });
  });
});

describe('a failed import changes nothing', () => {
  it('rolls back every write when the disk fills up halfway', async () => {
    const { notes, articles } = generateNotes(50, 5);
    const db = await freshDB();
    const before = makeNote({ id: 'kept', articleKey: A });
    await restoreNote(db, before);
    const plan = await planImport(db, parsedOk(parseImport(exportNotesJson(notes, articles, T0))));
    const full = withFailingWrites(db, new DOMException('Quota exceeded', 'QuotaExceededError'), 20);
    await expect(applyImport(full, plan, { onConflict: 'replace' })).rejects.toMatchObject({ name: 'StorageError', code: 'quota' });
    expect(await listAllNotes(db)).toEqual([before]);
    expect(await listArticles(db)).toEqual([]);
  });

  it('refuses a plan that was altered after planning, writing nothing', async () => {
    const db = await freshDB();
    const plan = await planImport(db, parsedOk(parseImport(exportNotesJson([makeNote({ id: 'a' }), makeNote({ id: 'b' })], [], T0))));
    const altered: ImportPlan = { ...plan, rows: plan.rows.map((row, i) => (i === 1 ? { ...row, note: { ...row.note, body: 'x'.repeat(MAX_BODY_LENGTH + 1) } } : row)) };
    await expect(applyImport(db, altered, { onConflict: 'skip' })).rejects.toMatchObject({ code: 'invalid' });
    expect(await listAllNotes(db)).toEqual([]);
  });
});
