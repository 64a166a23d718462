/**
 * In-memory search over notes. Built once from the database, then kept current with `upsert`,
 * `remove` and `upsertArticle` as notes change, so a query never scans note bodies: each word
 * maps to the ids of the notes containing it (postings), and the sorted vocabulary answers the
 * prefix of the word being typed with a binary search.
 */
import type { Article, Note } from './schema';
import { endsInWord, foldText, tokenize } from './text';
import { normaliseTags } from './validate';

export type NoteSort = 'newest' | 'oldest' | 'edited' | 'article';

export interface NoteQuery {
  /**
   * Words to find in the body, tags, quoted text, actor name, date text and article title.
   * Every word must match; the last one matches as a prefix while the reader is typing it
   * (the text does not end with a space). Accents and case are ignored.
   */
  text?: string;
  articleKey?: string;
  /** Notes whose target is this actor. */
  actorId?: string;
  /** Notes carrying every one of these tags. */
  tags?: string[];
  /** Inclusive range on `createdAt`, in milliseconds. */
  createdFrom?: number;
  createdTo?: number;
  /** Default 'newest'. 'article' groups by article title (A→Z), newest first within one. */
  sort?: NoteSort;
  offset?: number;
  limit?: number;
}

export interface NoteSearchResult {
  /** The page of notes asked for (`offset`, `limit`). */
  notes: Note[];
  /** How many notes match in all. */
  total: number;
}

export interface TagCount {
  tag: string;
  count: number;
}

export interface ActorCount {
  id: string;
  name: string;
  count: number;
}

export interface ArticleCount {
  key: string;
  title: string | null;
  count: number;
}

/** What the filters of the notes page offer: every article, actor and tag that has notes. */
export interface NoteFacets {
  articles: ArticleCount[];
  actors: ActorCount[];
  tags: TagCount[];
}

interface IndexedNote {
  note: Note;
  /** The note's distinct words, to remove its postings and to check a prefix on few candidates. */
  words: string[];
}

/** Marks "no text or set filter": every note matches. */
const ALL = Symbol('all notes');
const EMPTY: ReadonlySet<string> = new Set();

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}

function removeFrom(map: Map<string, Set<string>>, key: string, id: string): boolean {
  const set = map.get(key);
  if (!set) return false;
  set.delete(id);
  if (set.size > 0) return false;
  map.delete(key);
  return true;
}

/** First position in sorted `words` whose word is ≥ `word`. */
function lowerBound(words: string[], word: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position in `notes` (sorted by `compare`) where `note` belongs. */
function sortedPosition(notes: Note[], note: Note, compare: (a: Note, b: Note) => number): number {
  let lo = 0;
  let hi = notes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(notes[mid] as Note, note) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Text of a note that search looks at, besides the article title. */
function searchableText(note: Note): string {
  const parts = [note.body, ...note.tags];
  const { target } = note;
  if (target.kind === 'actor') parts.push(target.name);
  else if (target.kind === 'date') parts.push(target.text, target.value);
  else if (target.kind === 'quote') parts.push(target.quote.exact);
  return parts.join('\n');
}

export class NoteIndex {
  private readonly notes = new Map<string, IndexedNote>();
  private readonly postings = new Map<string, Set<string>>();
  /** Every word with postings, in code-unit order, so a prefix is one contiguous range. */
  private vocabulary: string[] = [];
  private readonly byArticle = new Map<string, Set<string>>();
  private readonly byActor = new Map<string, Set<string>>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly articles = new Map<string, Article>();
  /** While building in bulk the vocabulary is sorted once at the end instead of word by word. */
  private bulk = false;
  /**
   * Every note in each sort order asked for so far, made on demand, then kept in order as notes
   * change (a binary search and one splice per edit instead of a new sort).
   */
  private readonly sortedCache = new Map<NoteSort, { compare: (a: Note, b: Note) => number; notes: Note[] }>();

  constructor(notes: Iterable<Note> = [], articles: Iterable<Article> = []) {
    for (const article of articles) this.articles.set(article.key, article);
    this.bulk = true;
    for (const note of notes) this.upsert(note);
    this.bulk = false;
    this.vocabulary = [...this.postings.keys()].sort();
  }

  get size(): number {
    return this.notes.size;
  }

  get(id: string): Note | undefined {
    return this.notes.get(id)?.note;
  }

  /** Adds a note, or replaces the indexed version of it. */
  upsert(note: Note): void {
    this.remove(note.id);
    for (const { compare, notes } of this.sortedCache.values()) {
      notes.splice(sortedPosition(notes, note, compare), 0, note);
    }
    const title = this.articles.get(note.articleKey)?.title ?? '';
    const words = [...new Set(tokenize(`${searchableText(note)}\n${title}`))];
    this.notes.set(note.id, { note, words });
    for (const word of words) {
      if (!this.postings.has(word) && !this.bulk) {
        this.vocabulary.splice(lowerBound(this.vocabulary, word), 0, word);
      }
      addTo(this.postings, word, note.id);
    }
    addTo(this.byArticle, note.articleKey, note.id);
    if (note.target.kind === 'actor') addTo(this.byActor, note.target.actorId, note.id);
    for (const tag of note.tags) addTo(this.byTag, tag, note.id);
  }

  /** Forgets a note; unknown ids are ignored. */
  remove(id: string): void {
    const indexed = this.notes.get(id);
    if (!indexed) return;
    this.notes.delete(id);
    const { note, words } = indexed;
    for (const { compare, notes } of this.sortedCache.values()) {
      const at = sortedPosition(notes, note, compare);
      if (notes[at] === note) notes.splice(at, 1);
    }
    for (const word of words) {
      if (removeFrom(this.postings, word, id) && !this.bulk) {
        const at = lowerBound(this.vocabulary, word);
        if (this.vocabulary[at] === word) this.vocabulary.splice(at, 1);
      }
    }
    removeFrom(this.byArticle, note.articleKey, id);
    if (note.target.kind === 'actor') removeFrom(this.byActor, note.target.actorId, id);
    for (const tag of note.tags) removeFrom(this.byTag, tag, id);
  }

  /** Records an article's metadata; its notes are re-indexed when the title changed. */
  upsertArticle(article: Article): void {
    const before = this.articles.get(article.key);
    this.articles.set(article.key, article);
    if (before?.title === article.title) return;
    // Titles decide the 'article' order; simpler to re-sort on demand than to move notes.
    this.sortedCache.clear();
    for (const id of [...(this.byArticle.get(article.key) ?? [])]) {
      const indexed = this.notes.get(id);
      if (indexed) this.upsert(indexed.note);
    }
  }

  /** Tags in use, most used first (then A→Z). */
  listTags(): TagCount[] {
    return [...this.byTag]
      .map(([tag, ids]) => ({ tag, count: ids.size }))
      .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  }

  /** Actors that notes are about, most noted first (then by name). */
  listActors(): ActorCount[] {
    const counts: ActorCount[] = [];
    for (const [id, ids] of this.byActor) {
      const first = this.notes.get(ids.values().next().value as string)?.note.target;
      const name = first?.kind === 'actor' ? first.name : id;
      counts.push({ id, name, count: ids.size });
    }
    return counts.sort((a, b) => b.count - a.count || foldText(a.name).localeCompare(foldText(b.name)));
  }

  /** Articles that have notes, in title order (A→Z, untitled last). */
  listArticles(): ArticleCount[] {
    return [...this.byArticle]
      .map(([key, ids]) => ({ key, title: this.articles.get(key)?.title ?? null, count: ids.size, sortKey: articleSortKey(this.articles.get(key), key) }))
      .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
      .map(({ key, title, count }) => ({ key, title, count }));
  }

  /** The article row the index knows for a key. */
  getArticle(key: string): Article | undefined {
    return this.articles.get(key);
  }

  /** Every facet at once, for the notes page filters. */
  facets(): NoteFacets {
    return { articles: this.listArticles(), actors: this.listActors(), tags: this.listTags() };
  }

  /** Notes matching every criterion of the query, sorted and paged. */
  search(query: NoteQuery = {}): NoteSearchResult {
    const matched = this.matchingIds(query);
    const sort = query.sort ?? 'newest';
    const from = query.createdFrom ?? -Infinity;
    const to = query.createdTo ?? Infinity;
    const inRange = (note: Note) => note.createdAt >= from && note.createdAt <= to;
    const offset = query.offset ?? 0;
    const end = query.limit === undefined ? Infinity : offset + query.limit;

    // Few matches: sort just them. Many: walk the cached sorted list of all notes and keep the
    // matching ones, which costs one set lookup per note instead of a sort.
    if (matched !== ALL && matched.size * Math.log2(matched.size + 1) < this.notes.size) {
      const notes: Note[] = [];
      for (const id of matched) {
        const note = this.notes.get(id)?.note;
        if (note && inRange(note)) notes.push(note);
      }
      notes.sort(this.comparator(sort));
      return { notes: notes.slice(offset, end), total: notes.length };
    }
    const ordered = this.sorted(sort);
    if (matched === ALL && query.createdFrom === undefined && query.createdTo === undefined) {
      return { notes: ordered.slice(offset, end), total: ordered.length };
    }
    const page: Note[] = [];
    let total = 0;
    for (const note of ordered) {
      if ((matched === ALL || matched.has(note.id)) && inRange(note)) {
        if (total >= offset && total < end) page.push(note);
        total += 1;
      }
    }
    return { notes: page, total };
  }

  /** All notes in `sort` order, from the cache when nothing changed since the last sort. */
  private sorted(sort: NoteSort): Note[] {
    let cached = this.sortedCache.get(sort);
    if (!cached) {
      const compare = this.comparator(sort);
      cached = { compare, notes: [...this.notes.values()].map((indexed) => indexed.note).sort(compare) };
      this.sortedCache.set(sort, cached);
    }
    return cached.notes;
  }

  /** Ids satisfying the text and set filters (not yet the date range); `ALL` when unfiltered. */
  private matchingIds(query: NoteQuery): ReadonlySet<string> | typeof ALL {
    const text = query.text ?? '';
    const words = tokenize(text);
    const prefix = endsInWord(text) ? words.pop() : undefined;

    const required: ReadonlySet<string>[] = [];
    for (const word of new Set(words)) required.push(this.postings.get(word) ?? EMPTY);
    if (query.articleKey !== undefined) required.push(this.byArticle.get(query.articleKey) ?? EMPTY);
    if (query.actorId !== undefined) required.push(this.byActor.get(query.actorId) ?? EMPTY);
    if (query.tags?.length) {
      const tags = normaliseTags(query.tags);
      for (const tag of tags.ok ? tags.value : []) required.push(this.byTag.get(tag) ?? EMPTY);
    }
    if (prefix !== undefined) required.push(this.prefixMatches(prefix, required));
    if (required.length === 0) return ALL;
    required.sort((a, b) => a.size - b.size);
    const [smallest, ...others] = required as [ReadonlySet<string>, ...ReadonlySet<string>[]];
    if (others.length === 0 || smallest.size === 0) return smallest;
    const result = new Set<string>();
    for (const id of smallest) if (others.every((set) => set.has(id))) result.add(id);
    return result;
  }

  /**
   * Notes having a word that starts with `prefix`: either the union of the postings of every
   * such word, or, when the other criteria already leave few candidates, those candidates
   * whose own words have the prefix; whichever touches fewer entries.
   */
  private prefixMatches(prefix: string, others: ReadonlySet<string>[]): ReadonlySet<string> {
    const start = lowerBound(this.vocabulary, prefix);
    let end = start;
    let postingCount = 0;
    while (end < this.vocabulary.length && (this.vocabulary[end] as string).startsWith(prefix)) {
      postingCount += this.postings.get(this.vocabulary[end] as string)?.size ?? 0;
      end += 1;
    }
    const fewest = others.reduce<ReadonlySet<string> | undefined>((min, set) => (!min || set.size < min.size ? set : min), undefined);
    if (fewest && fewest.size * 8 < postingCount) {
      const result = new Set<string>();
      for (const id of fewest) {
        if (this.notes.get(id)?.words.some((word) => word.startsWith(prefix))) result.add(id);
      }
      return result;
    }
    if (end - start === 1) return this.postings.get(this.vocabulary[start] as string) ?? EMPTY;
    const union = new Set<string>();
    for (let i = start; i < end; i += 1) {
      for (const id of this.postings.get(this.vocabulary[i] as string) ?? EMPTY) union.add(id);
    }
    return union;
  }

  private comparator(sort: NoteSort): (a: Note, b: Note) => number {
    const byId = (a: Note, b: Note) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    switch (sort) {
      case 'oldest':
        return (a, b) => a.createdAt - b.createdAt || byId(a, b);
      case 'edited':
        return (a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt || byId(a, b);
      case 'article': {
        const keys = new Map<string, string>();
        const keyOf = (articleKey: string) => {
          let key = keys.get(articleKey);
          if (key === undefined) {
            key = articleSortKey(this.articles.get(articleKey), articleKey);
            keys.set(articleKey, key);
          }
          return key;
        };
        return (a, b) => {
          const ka = keyOf(a.articleKey);
          const kb = keyOf(b.articleKey);
          return ka < kb ? -1 : ka > kb ? 1 : b.createdAt - a.createdAt || byId(a, b);
        };
      }
      case 'newest':
      default:
        return (a, b) => b.createdAt - a.createdAt || byId(a, b);
    }
  }
}

/**
 * How articles sort by title: folded title (articles without one sort after, by address), then
 * the key so two articles with the same title never interleave.
 */
export function articleSortKey(article: Article | undefined, articleKey: string): string {
  const title = article?.title?.trim();
  return title ? `0${foldText(title)}\u0000${articleKey}` : `1${articleKey}`;
}

/** Builds the search index from every note and article (e.g. at startup). */
export function buildNoteIndex(notes: Iterable<Note>, articles: Iterable<Article> = []): NoteIndex {
  return new NoteIndex(notes, articles);
}
