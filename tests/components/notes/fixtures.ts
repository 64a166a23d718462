/**
 * Test fixtures shared by the popup and notes page tests: the real message catalogues, notes
 * made to order, and an in-memory stand-in for the background's note query.
 */
import { act } from 'preact/test-utils';
import type { NoteFacets, NoteQuery, NoteQueryResult, StoredNote } from '../../../messaging/protocol';
import type { Article } from '../../../storage/schema';

export { catalogue } from '../../helpers/catalogue';

/** 2023-12-11 09:00 UTC: a fixed Monday, so no test depends on today. */
export const BASE_TIME = Date.UTC(2023, 11, 11, 9, 0, 0);
const HOUR = 3_600_000;

export function article(index: number): Article {
  return {
    key: `https://news.example/article-${index}`,
    url: `https://news.example/article-${index}`,
    canonicalUrl: null,
    title: `Article number ${index}`,
    site: 'news.example',
    publishedAt: '2023-12-11',
    firstSeen: BASE_TIME,
    lastSeen: BASE_TIME,
  };
}

/** Note `index`: one hour apart, ten articles, a tag every third note, an actor every fifth. */
export function makeNote(index: number, overrides: Partial<StoredNote> = {}): StoredNote {
  return {
    id: `note-${index}`,
    articleKey: article(index % 10).key,
    body: `Body of note ${index}`,
    tags: index % 3 === 0 ? ['iraq'] : [],
    createdAt: BASE_TIME + index * HOUR,
    updatedAt: BASE_TIME + index * HOUR,
    target:
      index % 5 === 0
        ? { kind: 'actor', actorId: 'hadi-al-amiri', name: 'Hadi al-Amiri', actorKind: 'person' }
        : { kind: 'article' },
    ...overrides,
  };
}

/** An in-memory `notes:query` and `notes:facets`, recording every query it answers. */
export class FakeNoteStore {
  readonly queries: NoteQuery[] = [];
  notes: StoredNote[];

  constructor(count: number) {
    this.notes = Array.from({ length: count }, (_, index) => makeNote(index));
  }

  query = async (query: NoteQuery): Promise<NoteQueryResult> => {
    this.queries.push(query);
    const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    let matching = this.notes.filter(
      (note) =>
        words.every((word) => note.body.toLowerCase().includes(word)) &&
        (!query.articleKey || note.articleKey === query.articleKey) &&
        (!query.actorId || (note.target.kind === 'actor' && note.target.actorId === query.actorId)) &&
        (query.tags ?? []).every((tag) => note.tags.includes(tag)) &&
        note.createdAt >= (query.createdFrom ?? -Infinity) &&
        note.createdAt <= (query.createdTo ?? Infinity),
    );
    matching = [...matching].sort((a, b) => (query.sort === 'oldest' ? a.createdAt - b.createdAt : b.createdAt - a.createdAt));
    const offset = query.offset ?? 0;
    const page = matching.slice(offset, offset + (query.limit ?? matching.length));
    const articles: Record<string, Article> = {};
    for (const note of page) {
      const index = Number(note.articleKey.split('-').pop());
      articles[note.articleKey] = article(index);
    }
    return { total: matching.length, notes: page, articles };
  };

  /** An in-memory `notes:facets`. */
  facets = async (): Promise<NoteFacets> => ({
    articles: Array.from({ length: 10 }, (_, index) => ({ key: article(index).key, title: article(index).title, count: 1 })),
    actors: [{ id: 'hadi-al-amiri', name: 'Hadi al-Amiri', count: 2 }],
    tags: [{ tag: 'iraq', count: 3 }],
  });
}

/** Lets pending promises and effects run. */
export async function settle(rounds = 3): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await act(async () => {
      await new Promise((done) => setTimeout(done, 0));
    });
  }
}

/** Sets a field's value and fires `input` (and `change` for selects and dates), as a reader would. */
export function fill(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Clicks the button whose text is `label` inside `root`. */
export function clickButton(root: ParentNode, label: string): void {
  const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === label);
  if (!button) throw new Error(`No button "${label}" in ${[...root.querySelectorAll('button')].map((b) => b.textContent).join(' | ')}`);
  act(() => button.click());
}

/** A failure as `callBackground` throws it. */
export class FakeFailure extends Error {
  constructor(readonly code: string) {
    super(`failed: ${code}`);
  }
}
