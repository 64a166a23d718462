/**
 * The results of one notes query, fetched a page at a time as the list asks for rows: the first
 * page paints without waiting for the rest, and rows scrolled to later are loaded then. Each
 * page is asked for once, however often the list asks.
 */
import type { NoteQueryResult, StoredNote } from '../../messaging/protocol';
import type { Article } from '../../storage/schema';

/** Notes asked for at a time; the first page is what the notes page shows first. */
export const DEFAULT_PAGE_SIZE = 50;

/** Asks the background for `limit` notes from `offset` of the current query. */
export type FetchPage = (offset: number, limit: number) => Promise<NoteQueryResult>;

export class PagedNotes {
  /** Notes matching the query; null until the first page arrives. */
  total: number | null = null;
  /** The last failure, until a page loads again. */
  error: unknown = null;
  /** Articles of the loaded notes, by key. */
  readonly articles = new Map<string, Article>();
  private readonly pages = new Map<number, StoredNote[]>();
  private readonly pending = new Map<number, Promise<void>>();

  constructor(
    private readonly fetchPage: FetchPage,
    readonly pageSize: number,
    private readonly onChange: () => void = () => undefined,
  ) {}

  /** The note at `index`, or undefined while its page is not loaded. */
  at(index: number): StoredNote | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Index of a loaded note, or -1. */
  indexOf(id: string): number {
    for (const [page, notes] of this.pages) {
      const at = notes.findIndex((note) => note.id === id);
      if (at >= 0) return page * this.pageSize + at;
    }
    return -1;
  }

  /** Loads the pages holding rows `start` to `end - 1` that are neither loaded nor on their way. */
  ensure(start: number, end: number): Promise<void> {
    const first = Math.floor(Math.max(0, start) / this.pageSize);
    const last = Math.floor(Math.max(start, end - 1) / this.pageSize);
    const loads: Promise<void>[] = [];
    for (let page = first; page <= last; page++) {
      if (page > 0 && this.total !== null && page * this.pageSize >= this.total) break;
      loads.push(this.load(page));
    }
    return Promise.all(loads).then(() => undefined);
  }

  /** Puts an edited note in place of its older version, if it is loaded. */
  replace(note: StoredNote): void {
    for (const notes of this.pages.values()) {
      const at = notes.findIndex((other) => other.id === note.id);
      if (at >= 0) {
        notes[at] = note;
        this.onChange();
        return;
      }
    }
  }

  private load(page: number): Promise<void> {
    if (this.pages.has(page)) return Promise.resolve();
    const waiting = this.pending.get(page);
    if (waiting) return waiting;
    const promise = this.fetchPage(page * this.pageSize, this.pageSize)
      .then(
        (result) => {
          this.total = result.total;
          for (const [key, article] of Object.entries(result.articles)) this.articles.set(key, article);
          this.pages.set(page, result.notes);
          this.error = null;
        },
        (error: unknown) => {
          this.error = error;
        },
      )
      .finally(() => {
        this.pending.delete(page);
        this.onChange();
      });
    this.pending.set(page, promise);
    return promise;
  }
}
