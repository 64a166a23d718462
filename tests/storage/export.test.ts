import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildJsonExport, exportAllNotesJson, exportNotesJson, exportNotesMarkdown } from '../../storage/export';
import { restoreNote } from '../../storage/notes';
import type { Article, Note } from '../../storage/schema';
import { DAY, freshDB, makeNote, MINUTE, T0 } from './helpers';

const A = 'https://journal.example.fr/international/2020/01/05/frappe-aeroport-bagdad';
const B = 'https://news.example.org/2023/12/11/drone-attacks-bases';
const ORPHAN = 'https://revue.example.net/analyses/elections-legislatives';

const ARTICLES: Article[] = [
  {
    key: A,
    url: `${A}?utm_source=x`,
    canonicalUrl: A,
    title: 'Frappe à l’aéroport de Bagdad',
    site: 'journal.example.fr',
    publishedAt: '2020-01-05T08:00:00+01:00',
    firstSeen: T0,
    lastSeen: T0 + DAY,
  },
  { key: B, url: B, canonicalUrl: null, title: 'Drone attacks on bases', site: 'news.example.org', publishedAt: null, firstSeen: T0, lastSeen: T0 },
  { key: 'https://unused.example.com/x', url: 'https://unused.example.com/x', canonicalUrl: null, title: 'Unused', site: 'unused.example.com', publishedAt: null, firstSeen: T0, lastSeen: T0 },
];

const NOTES: Note[] = [
  makeNote({ id: 'q1', articleKey: B, body: 'Check the **Pentagon** briefing.', tags: ['figures'], createdAt: T0 + 2 * MINUTE, updatedAt: T0 + DAY, target: { kind: 'quote', quote: { exact: 'a de-escalation\nis still possible', prefix: 'said that ', suffix: '.', start: 410, end: 443 } } }),
  makeNote({ id: 'a1', articleKey: A, body: 'Relire la réaction du Parlement.', tags: ['à vérifier', 'irak'], createdAt: T0, updatedAt: T0 }),
  makeNote({ id: 'p1', articleKey: A, body: '', createdAt: T0 + MINUTE, updatedAt: T0 + MINUTE, target: { kind: 'actor', actorId: 'qassem-soleimani', name: 'Qassem Soleimani', actorKind: 'person' } }),
  makeNote({ id: 'd1', articleKey: ORPHAN, body: 'Date contestée.', createdAt: T0 + 3 * MINUTE, updatedAt: T0 + 3 * MINUTE, target: { kind: 'date', value: '2021-10-10', text: '10 octobre' } }),
];

const EXPORTED_AT = T0 + 2 * DAY;

describe('JSON export', () => {
  const file = buildJsonExport(NOTES, ARTICLES, EXPORTED_AT);

  it('writes the versioned envelope, the used articles only, notes oldest first', () => {
    expect(file.format).toBe('contexte-notes');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe('2024-01-17T09:30:00.000Z');
    expect(file.articles.map((a) => a.key)).toEqual([A, B]);
    expect(file.notes.map((n) => n.id)).toEqual(['a1', 'p1', 'q1', 'd1']);
    expect(file.articles[0]).toEqual({
      key: A,
      url: `${A}?utm_source=x`,
      canonicalUrl: A,
      title: 'Frappe à l’aéroport de Bagdad',
      site: 'journal.example.fr',
      publishedAt: '2020-01-05T08:00:00+01:00',
      firstSeen: '2024-01-15T09:30:00.000Z',
      lastSeen: '2024-01-16T09:30:00.000Z',
    });
  });

  it('shapes notes after Web Annotations, with quote selectors', () => {
    expect(file.notes.find((n) => n.id === 'q1')).toEqual({
      id: 'q1',
      type: 'Annotation',
      created: '2024-01-15T09:32:00.000Z',
      modified: '2024-01-16T09:30:00.000Z',
      articleKey: B,
      bodyValue: 'Check the **Pentagon** briefing.',
      tags: ['figures'],
      target: {
        source: B,
        kind: 'quote',
        selector: [
          { type: 'TextQuoteSelector', exact: 'a de-escalation\nis still possible', prefix: 'said that ', suffix: '.' },
          { type: 'TextPositionSelector', start: 410, end: 443 },
        ],
      },
    });
    expect(file.notes.find((n) => n.id === 'p1')?.target).toEqual({
      source: A,
      kind: 'actor',
      actor: { id: 'qassem-soleimani', name: 'Qassem Soleimani', kind: 'person' },
    });
    expect(file.notes.find((n) => n.id === 'd1')?.target).toEqual({ source: ORPHAN, kind: 'date', date: { value: '2021-10-10', text: '10 octobre' } });
  });

  it('gives the same text whatever the input order', () => {
    expect(exportNotesJson([...NOTES].reverse(), [...ARTICLES].reverse(), EXPORTED_AT)).toBe(exportNotesJson(NOTES, ARTICLES, EXPORTED_AT));
  });

  it('exports the whole database', async () => {
    const db = await freshDB();
    for (const note of NOTES) await restoreNote(db, note);
    const tx = db.transaction('articles', 'readwrite');
    await Promise.all([...ARTICLES.map((a) => tx.store.put(a)), tx.done]);
    expect(await exportAllNotesJson(db, EXPORTED_AT)).toBe(exportNotesJson(NOTES, ARTICLES, EXPORTED_AT));
  });
});

describe('Markdown export', () => {
  it('groups notes by article in title order and shows each target', () => {
    expect(exportNotesMarkdown(NOTES, ARTICLES, { exportedAt: EXPORTED_AT })).toBe(
      [
        '# Contexte — notes',
        '',
        'Exported 2024-01-17 09:30 UTC · 4 notes · 3 articles',
        '',
        '## Drone attacks on bases',
        '',
        `<${B}>`,
        'news.example.org',
        '',
        '### Quote',
        '',
        '> a de-escalation',
        '> is still possible',
        '',
        'Check the **Pentagon** briefing.',
        '',
        '*Tags: figures · Created 2024-01-15 09:32 UTC · edited 2024-01-16 09:30 UTC*',
        '',
        '## Frappe à l’aéroport de Bagdad',
        '',
        `<${A}>`,
        'journal.example.fr · published 2020-01-05',
        '',
        '### On the article',
        '',
        'Relire la réaction du Parlement.',
        '',
        '*Tags: à vérifier, irak · Created 2024-01-15 09:30 UTC*',
        '',
        '### Actor: Qassem Soleimani (person)',
        '',
        '*Created 2024-01-15 09:31 UTC*',
        '',
        `## ${ORPHAN}`,
        '',
        `<${ORPHAN}>`,
        '',
        '### Date: 10 octobre (2021-10-10)',
        '',
        'Date contestée.',
        '',
        '*Created 2024-01-15 09:33 UTC*',
        '',
      ].join('\n'),
    );
  });

  it('speaks French when asked, and does not depend on input order', () => {
    const fr = exportNotesMarkdown(NOTES, ARTICLES, { exportedAt: EXPORTED_AT, lang: 'fr' });
    expect(fr).toContain('Exporté le 2024-01-17 09:30 UTC · 4 notes · 3 articles');
    expect(fr).toContain('### Acteur : Qassem Soleimani (personne)');
    expect(fr).toContain('### Citation');
    expect(fr).toContain('*Étiquettes : figures · Créée le 2024-01-15 09:32 UTC · modifiée le 2024-01-16 09:30 UTC*');
    expect(fr).toContain('journal.example.fr · publié le 2020-01-05');
    expect(exportNotesMarkdown([...NOTES].reverse(), ARTICLES, { exportedAt: EXPORTED_AT, lang: 'fr' })).toBe(fr);
  });
});
