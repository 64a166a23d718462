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
  /**
   * A small number standing for the note inside the index: postings and filters hold slots, not
   * ids, because sets of small integers are several times faster to build and probe than sets
   * of strings. Freed slots are reused.
   */
  slot: number;
  /** The note's distinct words, to remove its postings and to check a prefix on few candidates. */
  words: string[];
}

type Slots = Set<number>;

/** What a search step yields: a set of slots (a `Set`, or a `SlotMask` for large unions). */
interface SlotSet {
  readonly size: number;
  has(slot: number): boolean;
  [Symbol.iterator](): Iterator<number>;
}

/** A set of slots as one byte per slot: cheaper than a `Set` to fill and probe when large. */
class SlotMask implements SlotSet {
  private readonly bits: Uint8Array;
  size = 0;

  constructor(slotCount: number) {
    this.bits = new Uint8Array(slotCount);
  }

  add(slot: number): void {
    if (this.bits[slot] === 0) {
      this.bits[slot] = 1;
      this.size += 1;
    }
  }

  has(slot: number): boolean {
    return this.bits[slot] === 1;
  }

  *[Symbol.iterator](): Iterator<number> {
    for (let slot = 0; slot < this.bits.length; slot += 1) if (this.bits[slot] === 1) yield slot;
  }
}

/** Marks "no text or set filter": every note matches. */
const ALL = Symbol('all notes');
const EMPTY: SlotSet = new Set<number>();

function addTo(map: Map<string, Slots>, key: string, slot: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(slot);
}

/** Removes `slot` under `key`; true when that left the key with nothing. */
function removeFrom(map: Map<string, Slots>, key: string, slot: number): boolean {
  const set = map.get(key);
  if (!set) return false;
  set.delete(slot);
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

type Compare = (a: Note, b: Note) => number;

/** First position in `entries` (sorted by `compare` on their notes) where `entry` belongs. */
function sortedPosition(entries: IndexedNote[], entry: IndexedNote, compare: Compare): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare((entries[mid] as IndexedNote).note, entry.note) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The page `[offset, end)` of the notes of `ordered` that are in `matched` (all when null) and
 * were created within `[from, to]`, and how many there are in all. A plain loop, kept apart so
 * it stays simple for the JIT: it runs over every note on broad searches.
 */
function walkSorted(
  ordered: IndexedNote[],
  matched: SlotSet | null,
  from: number,
  to: number,
  offset: number,
  end: number,
): NoteSearchResult {
  const notes: Note[] = [];
  let total = 0;
  for (let i = 0; i < ordered.length; i += 1) {
    const entry = ordered[i] as IndexedNote;
    if (matched !== null && !matched.has(entry.slot)) continue;
    const created = entry.note.createdAt;
    if (created < from || created > to) continue;
    if (total >= offset && total < end) notes.push(entry.note);
    total += 1;
  }
  return { notes, total };
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
  private readonly byId = new Map<string, IndexedNote>();
  /** Indexed notes by slot; `undefined` where a slot is free. */
  private readonly bySlot: (IndexedNote | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly postings = new Map<string, Slots>();
  /** Every word with postings, in code-unit order, so a prefix is one contiguous range. */
  private vocabulary: string[] = [];
  private readonly byArticle = new Map<string, Slots>();
  private readonly byActor = new Map<string, Slots>();
  private readonly byTag = new Map<string, Slots>();
  private readonly articles = new Map<string, Article>();
  /**
   * While adding in bulk, new words wait here and are merged into the vocabulary once at the
   * end instead of being spliced in word by word; null outside bulk adds.
   */
  private newWords: string[] | null = null;
  /** The facets as last computed; dropped by every change, so repeated asks cost nothing. */
  private cachedFacets: NoteFacets | null = null;
  /**
   * Every note in each sort order asked for so far, made on demand, then kept in order as notes
   * change (a binary search and one splice per edit instead of a new sort).
   */
  private readonly sortedCache = new Map<NoteSort, { compare: Compare; entries: IndexedNote[] }>();

  constructor(notes: Iterable<Note> = [], articles: Iterable<Article> = []) {
    for (const article of articles) this.articles.set(article.key, article);
    this.addAll(notes);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Note | undefined {
    return this.byId.get(id)?.note;
  }

  /**
   * Adds (or replaces) many notes: the words they bring are sorted once and merged into the
   * vocabulary, which is much cheaper than keeping it sorted note by note.
   */
  addAll(notes: Iterable<Note>): void {
    const newWords: string[] = [];
    this.newWords = newWords;
    try {
      for (const note of notes) this.upsert(note);
    } finally {
      this.newWords = null;
      // A word may have come and gone (or come twice) during the add: keep those still in use, once.
      const added = [...new Set(newWords)].filter((word) => this.postings.has(word)).sort();
      this.vocabulary = mergeSorted(this.vocabulary, added);
    }
  }

  /** Adds a note, or replaces the indexed version of it. */
  upsert(note: Note): void {
    this.remove(note.id);
    this.cachedFacets = null;
    const title = this.articles.get(note.articleKey)?.title ?? '';
    const words = [...new Set(tokenize(`${searchableText(note)}\n${title}`))];
    const slot = this.freeSlots.pop() ?? this.bySlot.length;
    const entry: IndexedNote = { note, slot, words };
    this.byId.set(note.id, entry);
    this.bySlot[slot] = entry;
    for (const word of words) {
      if (!this.postings.has(word)) {
        if (this.newWords) this.newWords.push(word);
        else this.vocabulary.splice(lowerBound(this.vocabulary, word), 0, word);
      }
      addTo(this.postings, word, slot);
    }
    addTo(this.byArticle, note.articleKey, slot);
    if (note.target.kind === 'actor') addTo(this.byActor, note.target.actorId, slot);
    for (const tag of note.tags) addTo(this.byTag, tag, slot);
    for (const { compare, entries } of this.sortedCache.values()) {
      entries.splice(sortedPosition(entries, entry, compare), 0, entry);
    }
  }

  /** Forgets a note; unknown ids are ignored. */
  remove(id: string): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    const { note, slot, words } = entry;
    this.cachedFacets = null;
    for (const { compare, entries } of this.sortedCache.values()) {
      const at = sortedPosition(entries, entry, compare);
      if (entries[at] === entry) entries.splice(at, 1);
    }
    for (const word of words) {
      // A word added during the current bulk add is not in the vocabulary yet: nothing to splice.
      if (removeFrom(this.postings, word, slot)) {
        const at = lowerBound(this.vocabulary, word);
        if (this.vocabulary[at] === word) this.vocabulary.splice(at, 1);
      }
    }
    removeFrom(this.byArticle, note.articleKey, slot);
    if (note.target.kind === 'actor') removeFrom(this.byActor, note.target.actorId, slot);
    for (const tag of note.tags) removeFrom(this.byTag, tag, slot);
    this.byId.delete(id);
    this.bySlot[slot] = undefined;
    this.freeSlots.push(slot);
  }

  /** Records an article's metadata; its notes are re-indexed when the title changed. */
  upsertArticle(article: Article): void {
    const before = this.articles.get(article.key);
    this.articles.set(article.key, article);
    if (before?.title === article.title) return;
    this.cachedFacets = null;
    // Titles decide the 'article' order; simpler to re-sort on demand than to move notes.
    this.sortedCache.clear();
    for (const slot of [...(this.byArticle.get(article.key) ?? [])]) {
      const entry = this.bySlot[slot];
      if (entry) this.upsert(entry.note);
    }
  }

  /** Tags in use, most used first (then A→Z). */
  listTags(): TagCount[] {
    return [...this.byTag]
      .map(([tag, slots]) => ({ tag, count: slots.size }))
      .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  }

  /** Actors that notes are about, most noted first (then by name). */
  listActors(): ActorCount[] {
    const counts: ActorCount[] = [];
    for (const [id, slots] of this.byActor) {
      const target = this.bySlot[slots.values().next().value as number]?.note.target;
      const name = target?.kind === 'actor' ? target.name : id;
      counts.push({ id, name, count: slots.size });
    }
    return counts.sort((a, b) => b.count - a.count || foldText(a.name).localeCompare(foldText(b.name)));
  }

  /** Articles that have notes, in title order (A→Z, untitled last). */
  listArticles(): ArticleCount[] {
    return [...this.byArticle]
      .map(([key, slots]) => ({
        key,
        title: this.articles.get(key)?.title ?? null,
        count: slots.size,
        sortKey: articleSortKey(this.articles.get(key), key),
      }))
      .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
      .map(({ key, title, count }) => ({ key, title, count }));
  }

  /** The article row the index knows for a key. */
  getArticle(key: string): Article | undefined {
    return this.articles.get(key);
  }

  /** Every facet at once, for the notes page filters (kept until the next change). */
  facets(): NoteFacets {
    this.cachedFacets ??= { articles: this.listArticles(), actors: this.listActors(), tags: this.listTags() };
    return this.cachedFacets;
  }

  /** Sorts the notes in `sort` order now, so the first search in that order does not wait for it. */
  prepareOrder(sort: NoteSort): void {
    this.sorted(sort);
  }

  /** Notes matching every criterion of the query, sorted and paged. */
  search(query: NoteQuery = {}): NoteSearchResult {
    const matched = this.matchingSlots(query);
    const sort = query.sort ?? 'newest';
    const from = query.createdFrom ?? -Infinity;
    const to = query.createdTo ?? Infinity;
    const offset = query.offset ?? 0;
    const end = query.limit === undefined ? Infinity : offset + query.limit;

    // Few matches: sort just them. Many: walk the kept sorted list of all notes and keep the
    // matching ones, which costs one set lookup per note instead of a sort.
    if (matched !== ALL && matched.size * Math.log2(matched.size + 1) < this.byId.size) {
      const notes: Note[] = [];
      for (const slot of matched) {
        const note = this.bySlot[slot]?.note;
        if (note && note.createdAt >= from && note.createdAt <= to) notes.push(note);
      }
      notes.sort(this.comparator(sort));
      return { notes: notes.slice(offset, end), total: notes.length };
    }
    const ordered = this.sorted(sort);
    if (matched === ALL && query.createdFrom === undefined && query.createdTo === undefined) {
      return { notes: ordered.slice(offset, end).map((entry) => entry.note), total: ordered.length };
    }
    return walkSorted(ordered, matched === ALL ? null : matched, from, to, offset, end);
  }

  /** All notes in `sort` order: sorted on first use, then kept in order by `upsert`/`remove`. */
  private sorted(sort: NoteSort): IndexedNote[] {
    let cached = this.sortedCache.get(sort);
    if (!cached) {
      const compare = this.comparator(sort);
      cached = { compare, entries: [...this.byId.values()].sort((a, b) => compare(a.note, b.note)) };
      this.sortedCache.set(sort, cached);
    }
    return cached.entries;
  }

  /** Slots satisfying the text and set filters (not yet the date range); `ALL` when unfiltered. */
  private matchingSlots(query: NoteQuery): SlotSet | typeof ALL {
    const text = query.text ?? '';
    const words = tokenize(text);
    const prefix = endsInWord(text) ? words.pop() : undefined;

    const required: SlotSet[] = [];
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
    const [smallest, ...others] = required as [SlotSet, ...SlotSet[]];
    if (others.length === 0 || smallest.size === 0) return smallest;
    const result = new SlotMask(this.bySlot.length);
    for (const slot of smallest) if (others.every((set) => set.has(slot))) result.add(slot);
    return result;
  }

  /**
   * Notes having a word that starts with `prefix`: either the union of the postings of every
   * such word, or, when the other criteria already leave few candidates, those candidates
   * whose own words have the prefix; whichever touches fewer entries.
   */
  private prefixMatches(prefix: string, others: SlotSet[]): SlotSet {
    const start = lowerBound(this.vocabulary, prefix);
    let end = start;
    let postingCount = 0;
    while (end < this.vocabulary.length && (this.vocabulary[end] as string).startsWith(prefix)) {
      postingCount += this.postings.get(this.vocabulary[end] as string)?.size ?? 0;
      end += 1;
    }
    const fewest = others.reduce<SlotSet | undefined>((min, set) => (!min || set.size < min.size ? set : min), undefined);
    if (fewest && fewest.size * 8 < postingCount) {
      const result = new Set<number>();
      for (const slot of fewest) {
        if (this.bySlot[slot]?.words.some((word) => word.startsWith(prefix))) result.add(slot);
      }
      return result;
    }
    if (end - start === 1) return this.postings.get(this.vocabulary[start] as string) ?? EMPTY;
    const union = new SlotMask(this.bySlot.length);
    for (let i = start; i < end; i += 1) {
      for (const slot of this.postings.get(this.vocabulary[i] as string) ?? EMPTY) union.add(slot);
    }
    return union;
  }

  private comparator(sort: NoteSort): Compare {
    switch (sort) {
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
      default:
        return TIME_ORDERS[sort];
    }
  }
}

/** The orders that depend on a note's own times only (not on its article). */
export type TimeSort = Exclude<NoteSort, 'article'>;

const byId = (a: Note, b: Note) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** How notes compare in each time order; ties (same millisecond) by id so the order is stable. */
export const TIME_ORDERS: Readonly<Record<TimeSort, Compare>> = {
  newest: (a, b) => b.createdAt - a.createdAt || byId(a, b),
  oldest: (a, b) => a.createdAt - b.createdAt || byId(a, b),
  edited: (a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt || byId(a, b),
};

/** Two sorted word lists as one sorted list. */
function mergeSorted(a: string[], b: string[]): string[] {
  if (b.length === 0) return a;
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push((a[i] as string) <= (b[j] as string) ? (a[i++] as string) : (b[j++] as string));
  while (i < a.length) merged.push(a[i++] as string);
  while (j < b.length) merged.push(b[j++] as string);
  return merged;
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
