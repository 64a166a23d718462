import { describe, expect, it } from 'vitest';
import { buildNoteIndex } from '../../storage/query';
import type { NoteQuery, NoteSort } from '../../storage/query';
import type { Article, Note } from '../../storage/schema';
import { endsInWord, foldText, tokenize } from '../../storage/text';
import { generateNotes } from './generate-notes';
import { DAY, makeNote, T0 } from './helpers';

const A = 'https://journal.example.fr/international/2020/01/05/frappe-aeroport-bagdad';
const B = 'https://news.example.org/2023/12/11/drone-attacks-bases';
const C = 'https://revue.example.net/analyses/elections-legislatives';

const ARTICLES: Article[] = [
  { key: A, url: A, canonicalUrl: null, title: 'Frappe à l’aéroport de Bagdad', site: 'journal.example.fr', publishedAt: null, firstSeen: T0, lastSeen: T0 },
  { key: B, url: B, canonicalUrl: null, title: 'Drone attacks on bases', site: 'news.example.org', publishedAt: null, firstSeen: T0, lastSeen: T0 },
  { key: C, url: C, canonicalUrl: null, title: null, site: 'revue.example.net', publishedAt: null, firstSeen: T0, lastSeen: T0 },
];

const NOTES: Note[] = [
  makeNote({ id: 'n1', articleKey: A, body: 'Réaction de Téhéran : démenti officiel.', tags: ['iran', 'à vérifier'], createdAt: T0, updatedAt: T0 + 5 * DAY }),
  makeNote({ id: 'n2', articleKey: A, body: 'Le bilan diffère.', createdAt: T0 + DAY, updatedAt: T0 + DAY, target: { kind: 'actor', actorId: 'qassem-soleimani', name: 'Qassem Soleimani', actorKind: 'person' } }),
  makeNote({ id: 'n3', articleKey: B, body: 'Check the Pentagon briefing.', tags: ['figures'], createdAt: T0 + 2 * DAY, updatedAt: T0 + 2 * DAY, target: { kind: 'quote', quote: { exact: 'une escalade maîtrisée', prefix: '', suffix: '', start: 10, end: 32 } } }),
  makeNote({ id: 'n4', articleKey: B, body: 'Iranian proxies named here; l’Iran dément.', tags: ['iran'], createdAt: T0 + 3 * DAY, updatedAt: T0 + 3 * DAY, target: { kind: 'date', value: '2023-12-08', text: 'last Friday' } }),
  makeNote({ id: 'n5', articleKey: C, body: 'ŒUVRE collective ; résultats par province.', createdAt: T0 + 4 * DAY, updatedAt: T0 + 4 * DAY }),
];

const ids = (notes: Note[]) => notes.map((n) => n.id);

describe('text folding', () => {
  it('ignores accents, case and ligatures and splits on apostrophes and hyphens', () => {
    expect(foldText('TÉHÉRAN Œuvre Straße')).toBe('teheran oeuvre strasse');
    expect(tokenize('l’Iran, d\'Abu Mahdi al-Muhandis (2020)')).toEqual(['l', 'iran', 'd', 'abu', 'mahdi', 'al', 'muhandis', '2020']);
    expect(tokenize('«\u00a0Escalade\u00a0» — maîtrisée… العراق')).toEqual(['escalade', 'maitrisee', 'العراق']);
    expect(endsInWord('iran')).toBe(true);
    expect(endsInWord('iran ')).toBe(false);
  });
});

describe('NoteIndex search', () => {
  const index = buildNoteIndex(NOTES, ARTICLES);
  const search = (query: NoteQuery) => ids(index.search(query).notes);

  it('finds words accent- and case-insensitively', () => {
    expect(search({ text: 'TEHERAN' })).toEqual(['n1']);
    expect(search({ text: 'oeuvre ' })).toEqual(['n5']);
  });

  it('matches the last word as a prefix while it is being typed, other words whole', () => {
    expect(search({ text: 'ira' })).toEqual(['n4', 'n1']);
    expect(search({ text: 'iran' })).toEqual(['n4', 'n1']);
    expect(search({ text: 'iran ' })).toEqual(['n4', 'n1']);
    expect(search({ text: 'irani' })).toEqual(['n4']);
    expect(search({ text: 'ira proxies' })).toEqual([]);
    expect(search({ text: 'proxies ira' })).toEqual(['n4']);
  });

  it('requires every word', () => {
    expect(search({ text: 'dementi officiel' })).toEqual(['n1']);
    expect(search({ text: 'dementi pentagon' })).toEqual([]);
  });

  it('searches tags, quoted text, actor names, date text and article titles', () => {
    expect(search({ text: 'vérifier' })).toEqual(['n1']);
    expect(search({ text: 'escalade maitrisee' })).toEqual(['n3']);
    expect(search({ text: 'soleiman' })).toEqual(['n2']);
    expect(search({ text: 'last friday' })).toEqual(['n4']);
    expect(search({ text: 'aeroport bagdad' })).toEqual(['n2', 'n1']);
    expect(search({ text: 'drone' })).toEqual(['n4', 'n3']);
  });

  it('filters by article, actor, tag and creation date range', () => {
    expect(search({ articleKey: B })).toEqual(['n4', 'n3']);
    expect(search({ actorId: 'qassem-soleimani' })).toEqual(['n2']);
    expect(search({ tags: ['Iran '] })).toEqual(['n4', 'n1']);
    expect(search({ tags: ['iran', 'à vérifier'] })).toEqual(['n1']);
    expect(search({ createdFrom: T0 + DAY, createdTo: T0 + 3 * DAY })).toEqual(['n4', 'n3', 'n2']);
    expect(search({ text: 'iran', articleKey: A })).toEqual(['n1']);
    expect(search({ articleKey: 'https://elsewhere.example/' })).toEqual([]);
    expect(search({ tags: ['unknown'] })).toEqual([]);
  });

  it.each<[NoteSort, string[]]>([
    ['newest', ['n5', 'n4', 'n3', 'n2', 'n1']],
    ['oldest', ['n1', 'n2', 'n3', 'n4', 'n5']],
    ['edited', ['n1', 'n5', 'n4', 'n3', 'n2']],
    // "Drone attacks…" < "Frappe à l’aéroport…"; the untitled article comes last.
    ['article', ['n4', 'n3', 'n2', 'n1', 'n5']],
  ])('sorts %s', (sort, expected) => {
    expect(search({ sort })).toEqual(expected);
  });

  it('pages results and reports the total', () => {
    const page = index.search({ sort: 'oldest', offset: 1, limit: 2 });
    expect(ids(page.notes)).toEqual(['n2', 'n3']);
    expect(page.total).toBe(5);
  });

  it('lists the tags, actors and articles in use', () => {
    expect(index.listTags()).toEqual([
      { tag: 'iran', count: 2 },
      { tag: 'figures', count: 1 },
      { tag: 'à vérifier', count: 1 },
    ]);
    expect(index.listActors()).toEqual([{ id: 'qassem-soleimani', name: 'Qassem Soleimani', count: 1 }]);
    expect(index.listArticles()).toEqual([
      { key: B, title: 'Drone attacks on bases', count: 2 },
      { key: A, title: 'Frappe à l’aéroport de Bagdad', count: 2 },
      { key: C, title: null, count: 1 },
    ]);
    expect(index.facets()).toEqual({ articles: index.listArticles(), actors: index.listActors(), tags: index.listTags() });
  });
});

describe('NoteIndex incremental updates', () => {
  it('gives facets that follow every change', () => {
    const index = buildNoteIndex(NOTES, ARTICLES);
    const fresh = () => ({ articles: index.listArticles(), actors: index.listActors(), tags: index.listTags() });
    expect(index.facets()).toEqual(fresh());
    index.upsert(makeNote({ id: 'n6', articleKey: C, body: 'New.', tags: ['figures'], createdAt: T0 + 9 * DAY }));
    expect(index.facets().tags[0]).toEqual({ tag: 'figures', count: 2 });
    expect(index.facets()).toEqual(fresh());
    index.remove('n2');
    expect(index.facets().actors).toEqual([]);
    index.upsertArticle({ ...ARTICLES[2]!, title: 'Élections législatives' });
    expect(index.facets().articles.map((article) => article.title)).toEqual(['Drone attacks on bases', 'Élections législatives', 'Frappe à l’aéroport de Bagdad']);
    expect(index.facets()).toEqual(fresh());
  });

  it('adds notes in bulk, replacing known ones, with a vocabulary that still finds prefixes', () => {
    const index = buildNoteIndex(NOTES.slice(0, 2), ARTICLES);
    index.addAll([
      makeNote({ id: 'n7', articleKey: B, body: 'Zeugma once', createdAt: T0 + 7 * DAY }),
      makeNote({ id: 'n7', articleKey: B, body: 'Zebra twice', createdAt: T0 + 7 * DAY }),
      { ...NOTES[0]!, body: 'Zenith instead.' },
      ...NOTES.slice(2),
    ]);
    expect(index.size).toBe(6);
    expect(ids(index.search({ text: 'ze' }).notes)).toEqual(['n7', 'n1']);
    expect(ids(index.search({ text: 'zeug' }).notes)).toEqual([]);
    expect(ids(index.search({ text: 'teheran' }).notes)).toEqual([]);
    expect(ids(index.search({ text: 'ira' }).notes)).toEqual(['n4', 'n1']);
    index.upsert(makeNote({ id: 'n8', articleKey: C, body: 'Zeal', createdAt: T0 + 8 * DAY }));
    expect(ids(index.search({ text: 'ze' }).notes)).toEqual(['n8', 'n7', 'n1']);
  });

  it('follows upserts, edits, removals and article title changes', () => {
    const index = buildNoteIndex(NOTES, ARTICLES);
    index.upsert(makeNote({ id: 'n6', articleKey: C, body: 'Zarqawi network', createdAt: T0 + 9 * DAY }));
    expect(ids(index.search({ text: 'zarq' }).notes)).toEqual(['n6']);

    index.upsert({ ...NOTES[0]!, body: 'Rewritten entirely.', tags: [] });
    expect(ids(index.search({ text: 'teheran' }).notes)).toEqual([]);
    expect(ids(index.search({ text: 'rewritten' }).notes)).toEqual(['n1']);
    expect(ids(index.search({ tags: ['iran'] }).notes)).toEqual(['n4']);

    index.remove('n6');
    index.remove('missing');
    expect(index.search({ text: 'zarq' }).total).toBe(0);
    expect(index.get('n6')).toBeUndefined();
    expect(index.size).toBe(5);

    index.upsertArticle({ ...ARTICLES[2]!, title: 'Législatives : résultats' });
    expect(ids(index.search({ text: 'legislatives' }).notes)).toEqual(['n5']);
    expect(ids(index.search({ sort: 'article' }).notes)).toEqual(['n4', 'n3', 'n2', 'n1', 'n5']);
  });
});

/** Words of each note object, so the full scans below stay affordable. */
const referenceWords = new WeakMap<Note, string[]>();

/** The obvious, slow way: scan every note. The index must agree with it. */
function referenceSearch(notes: Note[], articles: Article[], query: NoteQuery): string[] {
  const titles = new Map(articles.map((a) => [a.key, a.title ?? '']));
  const text = query.text ?? '';
  const words = tokenize(text);
  const prefix = endsInWord(text) ? words.pop() : undefined;
  const wordsOf = (note: Note) => {
    let known = referenceWords.get(note);
    if (!known) {
      const t = note.target;
      const extra = t.kind === 'actor' ? t.name : t.kind === 'date' ? `${t.text} ${t.value}` : t.kind === 'quote' ? t.quote.exact : '';
      known = tokenize([note.body, ...note.tags, extra, titles.get(note.articleKey) ?? ''].join(' '));
      referenceWords.set(note, known);
    }
    return known;
  };
  return notes
    .filter((note) => {
      const t = note.target;
      const noteWords = wordsOf(note);
      return (
        words.every((w) => noteWords.includes(w)) &&
        (prefix === undefined || noteWords.some((w) => w.startsWith(prefix))) &&
        (query.articleKey === undefined || note.articleKey === query.articleKey) &&
        (query.actorId === undefined || (t.kind === 'actor' && t.actorId === query.actorId)) &&
        (query.tags ?? []).every((tag) => note.tags.includes(tag)) &&
        note.createdAt >= (query.createdFrom ?? -Infinity) &&
        note.createdAt <= (query.createdTo ?? Infinity)
      );
    })
    .sort(referenceOrder(query.sort ?? 'newest', titles))
    .map((n) => n.id);
}

function referenceOrder(sort: NoteSort, titles: Map<string, string>): (a: Note, b: Note) => number {
  const byId = (a: Note, b: Note) => (a.id < b.id ? -1 : 1);
  const keys = new Map<string, string>();
  const articleKey = (note: Note) => {
    let key = keys.get(note.articleKey);
    if (key === undefined) {
      const title = titles.get(note.articleKey);
      key = title ? `0${foldText(title)}\u0000${note.articleKey}` : `1${note.articleKey}`;
      keys.set(note.articleKey, key);
    }
    return key;
  };
  switch (sort) {
    case 'oldest':
      return (a, b) => a.createdAt - b.createdAt || byId(a, b);
    case 'edited':
      return (a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt || byId(a, b);
    case 'article':
      return (a, b) => {
        const ka = articleKey(a);
        const kb = articleKey(b);
        return ka < kb ? -1 : ka > kb ? 1 : b.createdAt - a.createdAt || byId(a, b);
      };
    default:
      return (a, b) => b.createdAt - a.createdAt || byId(a, b);
  }
}

describe('NoteIndex on a generated set', () => {
  const { notes, articles } = generateNotes(3000, 7);
  const index = buildNoteIndex(notes, articles);
  const someArticle = notes[17]!.articleKey;
  const rare = notes.map((n) => n.body.split(' ').pop() ?? '').find((w) => /^[a-z]{7,}$/.test(w)) ?? 'none';
  const queries: NoteQuery[] = [
    { text: 'verifier' },
    { text: 'compare with' },
    { text: 'les milices d' },
    { text: 'k' },
    { text: 'kataib' },
    { text: 'bagdad frappe' },
    { text: 'escalade', tags: ['sources'] },
    { actorId: 'hadi-al-amiri' },
    { tags: ['to read', 'quote'] },
    { articleKey: someArticle },
    { text: 'the', createdFrom: Date.UTC(2022, 0, 1), createdTo: Date.UTC(2022, 5, 30) },
    { text: rare },
    { text: rare.slice(0, 4) },
    { text: `${rare} comp` },
    { text: 'nothingmatchesthis' },
  ];

  it.each(queries.map((q) => [JSON.stringify(q), q] as const))('agrees with a full scan for %s', (_label, query) => {
    const expected = referenceSearch(notes, articles, query);
    const result = index.search(query);
    expect(ids(result.notes)).toEqual(expected);
    expect(result.total).toBe(expected.length);
  });

  it('still agrees after many incremental changes', () => {
    const changed = buildNoteIndex(notes, articles);
    const current = new Map(notes.map((n) => [n.id, n]));
    for (let i = 0; i < 300; i += 1) {
      const note = notes[(i * 7919) % notes.length]!;
      if (i % 3 === 0) {
        changed.remove(note.id);
        current.delete(note.id);
      } else {
        const edited = { ...note, body: `${note.body} revised${i} kataib`, tags: i % 2 ? ['sources'] : [] };
        changed.upsert(edited);
        current.set(note.id, edited);
      }
    }
    for (const query of queries) {
      expect(ids(changed.search(query).notes), JSON.stringify(query)).toEqual(referenceSearch([...current.values()], articles, query));
    }
  }, 60_000);

  it('keeps every sort order right while notes change between searches', () => {
    const changed = buildNoteIndex(notes, articles);
    const current = new Map(notes.map((n) => [n.id, n]));
    const sorts: NoteSort[] = ['newest', 'oldest', 'edited', 'article'];
    for (let i = 0; i < 60; i += 1) {
      const note = notes[(i * 104_729) % notes.length]!;
      if (i % 4 === 0) {
        changed.remove(note.id);
        current.delete(note.id);
      } else {
        const moved = { ...note, createdAt: note.createdAt - i * 3_600_000, updatedAt: note.updatedAt + i * 60_000, articleKey: notes[i]!.articleKey };
        changed.upsert(moved);
        current.set(note.id, moved);
      }
      const query: NoteQuery = { sort: sorts[i % sorts.length], ...(i % 3 === 0 ? { text: 'the' } : {}) };
      expect(ids(changed.search(query).notes), `step ${i}`).toEqual(referenceSearch([...current.values()], articles, query));
    }
  }, 60_000);
});
