/**
 * Exporting notes: JSON (the documented exchange format, see FORMAT.md) and Markdown (for
 * reading and pasting elsewhere). Both take the notes to export, so the UI can export
 * everything or the result of a search; both are deterministic for the same input.
 */
import { withStorageErrors } from './errors';
import { EXPORT_FORMAT, EXPORT_VERSION, exportArticle, exportNote } from './format';
import type { ExportFileV1 } from './format';
import { articleSortKey } from './query';
import type { Article, ContexteDB, Note } from './schema';

function byCreationThenId(a: Note, b: Note): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Groups notes by article, articles in title order (A→Z, untitled last), notes oldest first. */
function groupByArticle(notes: Note[], articles: Iterable<Article>): { key: string; article?: Article; notes: Note[] }[] {
  const byKey = new Map<string, Article>();
  for (const article of articles) byKey.set(article.key, article);
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    const group = groups.get(note.articleKey);
    if (group) group.push(note);
    else groups.set(note.articleKey, [note]);
  }
  return [...groups]
    .map(([key, group]) => ({ key, article: byKey.get(key), notes: group.sort(byCreationThenId), sortKey: articleSortKey(byKey.get(key), key) }))
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
    .map(({ key, article, notes: group }) => ({ key, article, notes: group }));
}

/**
 * The JSON export of `notes`, with the rows of the articles they belong to (articles without
 * an exported note are left out). Notes oldest first, articles by key.
 */
export function buildJsonExport(notes: Note[], articles: Iterable<Article>, exportedAt: number): ExportFileV1 {
  const byKey = new Map<string, Article>();
  for (const article of articles) byKey.set(article.key, article);
  const used = [...new Set(notes.map((note) => note.articleKey))].sort();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    articles: used.flatMap((key) => {
      const article = byKey.get(key);
      return article ? [exportArticle(article)] : [];
    }),
    notes: [...notes].sort(byCreationThenId).map((note) => exportNote(note, byKey.get(note.articleKey))),
  };
}

/** The JSON export as text, indented for people who open it. */
export function exportNotesJson(notes: Note[], articles: Iterable<Article>, exportedAt: number): string {
  return `${JSON.stringify(buildJsonExport(notes, articles, exportedAt), null, 2)}\n`;
}

/** Every note and article, read in one transaction so the export is a consistent snapshot. */
export function readEverything(db: ContexteDB): Promise<{ notes: Note[]; articles: Article[] }> {
  return withStorageErrors(async () => {
    const tx = db.transaction(['notes', 'articles']);
    const [notes, articles] = await Promise.all([tx.objectStore('notes').getAll(), tx.objectStore('articles').getAll()]);
    return { notes, articles };
  });
}

/** The JSON export of the whole database. */
export async function exportAllNotesJson(db: ContexteDB, exportedAt: number = Date.now()): Promise<string> {
  const { notes, articles } = await readEverything(db);
  return exportNotesJson(notes, articles, exportedAt);
}

// Markdown ----------------------------------------------------------------------------------

export type ExportLang = 'fr' | 'en';

const LABELS = {
  en: {
    heading: 'Contexte — notes',
    colon: ': ',
    exported: 'Exported',
    notes: (n: number) => (n === 1 ? '1 note' : `${n} notes`),
    articles: (n: number) => (n === 1 ? '1 article' : `${n} articles`),
    published: 'published',
    quote: 'Quote',
    article: 'On the article',
    actor: 'Actor',
    date: 'Date',
    tags: 'Tags',
    created: 'Created',
    edited: 'edited',
    kinds: { person: 'person', organization: 'organisation', state: 'state', place: 'place' },
  },
  fr: {
    heading: 'Contexte — notes',
    colon: ' : ',
    exported: 'Exporté le',
    notes: (n: number) => (n <= 1 ? `${n} note` : `${n} notes`),
    articles: (n: number) => (n <= 1 ? `${n} article` : `${n} articles`),
    published: 'publié le',
    quote: 'Citation',
    article: 'Sur l’article',
    actor: 'Acteur',
    date: 'Date',
    tags: 'Étiquettes',
    created: 'Créée le',
    edited: 'modifiée le',
    kinds: { person: 'personne', organization: 'organisation', state: 'État', place: 'lieu' },
  },
} as const;

export interface MarkdownOptions {
  lang?: ExportLang;
  exportedAt: number;
}

/** `2024-01-15 09:30 UTC`: the same text wherever the export is made. */
function formatTime(time: number): string {
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** One line of heading text: no line breaks, no leading `#`. */
function headingText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '');
}

function noteHeading(note: Note, labels: (typeof LABELS)[ExportLang]): string {
  const { target } = note;
  switch (target.kind) {
    case 'article':
      return labels.article;
    case 'quote':
      return labels.quote;
    case 'actor':
      return `${labels.actor}${labels.colon}${headingText(target.name)} (${labels.kinds[target.actorKind]})`;
    case 'date':
      return `${labels.date}${labels.colon}${headingText(target.text)} (${target.value})`;
  }
}

function noteBlock(note: Note, labels: (typeof LABELS)[ExportLang]): string[] {
  const lines = [`### ${noteHeading(note, labels)}`, ''];
  if (note.target.kind === 'quote') {
    lines.push(...note.target.quote.exact.split('\n').map((line) => `> ${line}`.trimEnd()), '');
  }
  if (note.body.trim() !== '') lines.push(note.body.trim(), '');
  const facts: string[] = [];
  if (note.tags.length > 0) facts.push(`${labels.tags}${labels.colon}${note.tags.join(', ')}`);
  facts.push(`${labels.created} ${formatTime(note.createdAt)}`);
  if (note.updatedAt !== note.createdAt) facts.push(`${labels.edited} ${formatTime(note.updatedAt)}`);
  lines.push(`*${facts.join(' · ')}*`, '');
  return lines;
}

/**
 * The notes as a Markdown document: one section per article (title as heading, address,
 * site and publication date), then each note with what it is about (a quote as a blockquote,
 * the actor or date named), its text, tags and dates.
 */
export function exportNotesMarkdown(notes: Note[], articles: Iterable<Article>, options: MarkdownOptions): string {
  const labels = LABELS[options.lang ?? 'en'];
  const groups = groupByArticle(notes, articles);
  const lines = [
    `# ${labels.heading}`,
    '',
    `${labels.exported} ${formatTime(options.exportedAt)} · ${labels.notes(notes.length)} · ${labels.articles(groups.length)}`,
    '',
  ];
  for (const { key, article, notes: group } of groups) {
    const address = article?.canonicalUrl ?? article?.url ?? key;
    lines.push(`## ${headingText(article?.title ?? '') || address}`, '', `<${address}>`);
    const about = [article?.site, article?.publishedAt ? `${labels.published} ${article.publishedAt.slice(0, 10)}` : '']
      .filter(Boolean)
      .join(' · ');
    if (about) lines.push(about);
    lines.push('');
    for (const note of group) lines.push(...noteBlock(note, labels));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
