// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NotesApp, type NotesApi } from '../../../components/notes/notes-app';
import type { ImportPlanSummary, NoteDraft, StoredNote } from '../../../messaging/protocol';
import { article, catalogue, clickButton, fill, FakeFailure, FakeNoteStore, settle } from './fixtures';

let container: HTMLElement;

interface Options {
  count?: number;
  initialText?: string;
  plan?: ImportPlanSummary;
}

function mount(options: Options = {}) {
  const store = new FakeNoteStore(options.count ?? 30);
  const api = {
    query: vi.fn(store.query),
    facets: vi.fn(store.facets),
    saveNote: vi.fn(async (draft: NoteDraft): Promise<StoredNote> => {
      const before = store.notes.find((note) => note.id === draft.id)!;
      const saved = { ...before, body: draft.body, tags: draft.tags, updatedAt: before.updatedAt + 60_000 };
      store.notes = store.notes.map((note) => (note.id === saved.id ? saved : note));
      return saved;
    }),
    deleteNote: vi.fn(async (id: string) => {
      const note = store.notes.find((candidate) => candidate.id === id)!;
      store.notes = store.notes.filter((candidate) => candidate.id !== id);
      return note;
    }),
    restoreNote: vi.fn(async (note: StoredNote) => {
      store.notes = [...store.notes, note];
      return note;
    }),
    reveal: vi.fn(async () => undefined),
    exportNotes: vi.fn(async (format: 'json' | 'markdown') => ({
      filename: `contexte-notes.${format === 'json' ? 'json' : 'md'}`,
      mimeType: format === 'json' ? 'application/json' : 'text/markdown',
      text: '{}',
    })),
    planImport: vi.fn(
      async (): Promise<ImportPlanSummary> =>
        options.plan ?? { planId: 'plan-1', fatal: null, newCount: 2, identicalCount: 1, changedCount: 0, problems: [] },
    ),
    applyImport: vi.fn(async () => ({ added: 2, replaced: 0, skipped: 0 })),
    download: vi.fn(),
  } satisfies NotesApi;
  container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(
      <NotesApp t={catalogue('en')} uiLang="en" api={api} initialText={options.initialText} estimatedRowHeight={100} fallbackViewportHeight={600} />,
      container,
    );
  });
  return { api, store };
}

afterEach(() => {
  vi.useRealTimers();
  render(null, container);
  container.remove();
});

const rows = () => [...container.querySelectorAll<HTMLElement>('[data-testid="note-row"]')];
const rowIndices = () => rows().map((row) => Number(row.dataset.index));
const total = () => container.querySelector('[data-testid="notes-total"]')!.textContent;
const lastQuery = (api: { query: { mock: { calls: unknown[][] } } }) => api.query.mock.calls.at(-1)![0];

async function nextFrames() {
  await act(async () => {
    await new Promise((done) => requestAnimationFrame(() => done(undefined)));
  });
  await settle();
}

describe('NotesApp list', () => {
  it('renders only the rows in view for 10 000 notes, fetching one page first', async () => {
    const { api } = mount({ count: 10_000 });
    await settle();
    expect(total()).toBe('10,000 notes');
    // 600 px of 100 px rows, plus 4 rows of overscan below (none above the top).
    expect(rows()).toHaveLength(10);
    expect(rowIndices()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(api.query).toHaveBeenCalledTimes(1);
    expect(api.query).toHaveBeenCalledWith({ sort: 'newest', offset: 0, limit: 50 });
    const spacer = container.querySelector<HTMLElement>('.vlist-spacer')!;
    expect(spacer.style.height).toBe('1000000px');
    expect(rows()[0]!.textContent).toContain('Body of note 9999');
    expect(rows()[0]!.getAttribute('aria-setsize')).toBe('10000');
  });

  it('asks for the filters once the first rows are in, and again after a search', async () => {
    const { api } = mount({ count: 300 });
    await settle();
    expect(api.facets).toHaveBeenCalledTimes(1);
    expect(api.query.mock.invocationCallOrder[0]!).toBeLessThan(api.facets.mock.invocationCallOrder[0]!);
    const articleOptions = () => container.querySelectorAll('#notes-filter-article option').length;
    expect(articleOptions()).toBe(11);
    fill(container.querySelector<HTMLSelectElement>('#notes-sort')!, 'oldest');
    await settle();
    expect(api.facets).toHaveBeenCalledTimes(2);
    // Scrolling to more rows needs no new facets.
    const list = container.querySelector<HTMLElement>('[data-testid="notes-list"]')!;
    act(() => {
      list.scrollTop = 20_000;
      list.dispatchEvent(new Event('scroll'));
    });
    await nextFrames();
    expect(api.query.mock.calls.length).toBeGreaterThan(2);
    expect(api.facets).toHaveBeenCalledTimes(2);
  });

  it('fetches and renders the rows scrolled to, and only those', async () => {
    const { api } = mount({ count: 10_000 });
    await settle();
    const list = container.querySelector<HTMLElement>('[data-testid="notes-list"]')!;
    act(() => {
      list.scrollTop = 500_000;
      list.dispatchEvent(new Event('scroll'));
    });
    await nextFrames();
    expect(rowIndices()).toEqual([4996, 4997, 4998, 4999, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009]);
    expect(api.query).toHaveBeenCalledWith(expect.objectContaining({ offset: 4950, limit: 50 }));
    expect(api.query).toHaveBeenCalledWith(expect.objectContaining({ offset: 5000, limit: 50 }));
    expect(api.query).toHaveBeenCalledTimes(3);
    expect(rows().every((row) => row.dataset.loading === undefined)).toBe(true);
    expect(container.querySelector('[data-index="5000"]')!.textContent).toContain('Body of note 4999');
  });

  it('pre-fills the search from the page address', async () => {
    const { api } = mount({ count: 100, initialText: 'note 42' });
    await settle();
    expect(api.query).toHaveBeenCalledWith({ sort: 'newest', text: 'note 42', offset: 0, limit: 50 });
    expect(container.querySelector<HTMLInputElement>('[data-testid="notes-search"]')!.value).toBe('note 42');
    expect(total()).toBe('1 note matches');
  });

  it('searches 150 ms after the last keystroke, not at every one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { api } = mount({ count: 100 });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(api.query).toHaveBeenCalledTimes(1);
    const search = container.querySelector<HTMLInputElement>('[data-testid="notes-search"]')!;
    fill(search, 'n');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    fill(search, 'no');
    fill(search, 'note 7');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(149);
    });
    expect(api.query).toHaveBeenCalledTimes(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(api.query).toHaveBeenCalledTimes(2);
    expect(lastQuery(api)).toEqual({ sort: 'newest', text: 'note 7', offset: 0, limit: 50 });
    expect(total()).toBe('19 notes match');
  });

  it('composes every filter into one query, and clears them', async () => {
    const { api } = mount({ count: 300 });
    await settle();
    fill(container.querySelector<HTMLSelectElement>('#notes-filter-article')!, article(5).key);
    await settle();
    fill(container.querySelector<HTMLSelectElement>('#notes-filter-actor')!, 'hadi-al-amiri');
    await settle();
    fill(container.querySelector<HTMLSelectElement>('#notes-filter-tag')!, 'iraq');
    await settle();
    fill(container.querySelector<HTMLInputElement>('#notes-filter-from')!, '2023-12-12');
    await settle();
    fill(container.querySelector<HTMLInputElement>('#notes-filter-to')!, '2023-12-20');
    await settle();
    fill(container.querySelector<HTMLSelectElement>('#notes-sort')!, 'oldest');
    await settle();
    expect(lastQuery(api)).toEqual({
      sort: 'oldest',
      articleKey: article(5).key,
      actorId: 'hadi-al-amiri',
      tags: ['iraq'],
      createdFrom: new Date(2023, 11, 12).getTime(),
      createdTo: new Date(2023, 11, 21).getTime() - 1,
      offset: 0,
      limit: 50,
    });
    clickButton(container.querySelector('.notes-filters')!, 'Clear filters');
    await settle();
    expect(lastQuery(api)).toEqual({ sort: 'oldest', offset: 0, limit: 50 });
    expect(total()).toBe('300 notes');
  });

  it('says when nothing matches and when there are no notes at all', async () => {
    mount({ count: 0 });
    await settle();
    expect(container.querySelector('[data-testid="notes-empty"]')!.textContent).toContain('No notes yet.');
    expect(rows()).toHaveLength(0);
    render(null, container);
    container.remove();
    mount({ count: 10, initialText: 'nowhere' });
    await settle();
    expect(container.querySelector('[data-testid="notes-empty"]')!.textContent).toContain('No note matches these filters.');
  });
});

describe('NotesApp rows', () => {
  it('shows the article, the target and the body of each note', async () => {
    mount({ count: 6 });
    await settle();
    const first = rows()[0]!;
    expect(first.querySelector('.notes-row-title')!.textContent).toBe('Article number 5');
    expect(first.querySelector('.notes-row-site')!.textContent).toContain('news.example');
    expect(first.querySelector('.cx-target')!.textContent).toBe('Note on Hadi al-Amiri');
    expect(first.querySelector('.cx-note-body')!.textContent).toBe('Body of note 5');
  });

  it('edits a note in place, then asks for the list again', async () => {
    const { api } = mount({ count: 5 });
    await settle();
    act(() => rows()[0]!.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click());
    const textarea = rows()[0]!.querySelector('textarea')!;
    expect(textarea.value).toBe('Body of note 4');
    fill(textarea, 'Rewritten');
    clickButton(rows()[0]!, 'Save');
    await settle();
    expect(api.saveNote).toHaveBeenCalledWith({
      id: 'note-4',
      article: { url: article(4).url, canonicalUrl: null, title: 'Article number 4', publishedAt: '2023-12-11' },
      body: 'Rewritten',
      tags: [],
      target: { kind: 'article' },
    });
    const queries = api.query.mock.calls.length;
    await act(async () => {
      await new Promise((done) => setTimeout(done, 1300));
    });
    await settle();
    expect(rows()[0]!.querySelector('textarea')).toBeNull();
    expect(rows()[0]!.querySelector('.cx-note-body')!.textContent).toBe('Rewritten');
    expect(api.query.mock.calls.length).toBeGreaterThan(queries);
  });

  it('deletes with Undo in a status toast, and Undo restores the note', async () => {
    const { api } = mount({ count: 5 });
    await settle();
    act(() => rows()[1]!.querySelector<HTMLButtonElement>('[data-action="delete"]')!.click());
    await settle();
    expect(api.deleteNote).toHaveBeenCalledWith('note-3');
    expect(total()).toBe('4 notes');
    expect(rows().map((row) => row.querySelector('.cx-note-body')!.textContent)).toEqual([
      'Body of note 4',
      'Body of note 2',
      'Body of note 1',
      'Body of note 0',
    ]);
    const toast = container.querySelector('[data-testid="toast"]')!;
    expect(toast.getAttribute('role')).toBe('status');
    clickButton(toast, 'Undo');
    await settle();
    expect(api.restoreNote).toHaveBeenCalledWith(expect.objectContaining({ id: 'note-3' }));
    expect(total()).toBe('5 notes');
  });

  it('opens a note in its article', async () => {
    const { api } = mount({ count: 3 });
    await settle();
    clickButton(rows()[2]!, 'Open in article');
    await settle();
    expect(api.reveal).toHaveBeenCalledWith('note-0');
  });

  it('explains a failed delete in the toast', async () => {
    const { api } = mount({ count: 3 });
    await settle();
    api.deleteNote.mockRejectedValueOnce(new FakeFailure('closed'));
    act(() => rows()[0]!.querySelector<HTMLButtonElement>('[data-action="delete"]')!.click());
    await settle();
    expect(container.querySelector('.cx-toast')!.getAttribute('data-tone')).toBe('error');
    expect(container.querySelector('.cx-toast')!.textContent).toContain('The notes database was closed');
    expect(total()).toBe('3 notes');
  });
});

describe('NotesApp export and import', () => {
  it('exports the filtered notes by query, or all of them, and downloads the file', async () => {
    const { api } = mount({ count: 40, initialText: 'note 1' });
    await settle();
    clickButton(container, 'Export JSON');
    await settle();
    expect(api.exportNotes).toHaveBeenCalledWith('json', { sort: 'newest', text: 'note 1' });
    expect(api.download).toHaveBeenCalledWith({ filename: 'contexte-notes.json', mimeType: 'application/json', text: '{}' });
    fill(container.querySelector<HTMLSelectElement>('#notes-export-scope')!, 'all');
    clickButton(container, 'Export Markdown');
    await settle();
    expect(api.exportNotes).toHaveBeenLastCalledWith('markdown', undefined);
    expect(container.querySelector('.cx-toast')!.textContent).toContain('contexte-notes.md');
  });

  async function chooseFile(text: string, name = 'notes.json') {
    const input = container.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
  }

  const panel = () => container.querySelector<HTMLElement>('[data-testid="import-panel"]');

  it('shows a fatal problem, offers nothing but Close, and writes nothing', async () => {
    const { api } = mount({
      plan: { planId: 'p', fatal: 'Malformed JSON at line 3, column 5', newCount: 0, identicalCount: 0, changedCount: 0, problems: [] },
    });
    await settle();
    await chooseFile('{ "notes": [ oops');
    expect(api.planImport).toHaveBeenCalledWith('{ "notes": [ oops');
    expect(panel()!.querySelector('[data-testid="import-fatal"]')!.textContent).toBe(
      'This file cannot be imported: Malformed JSON at line 3, column 5',
    );
    expect(panel()!.textContent).toContain('Nothing was changed.');
    expect(panel()!.querySelector('[data-action="confirm-import"]')).toBeNull();
    clickButton(panel()!, 'Close');
    expect(panel()).toBeNull();
    expect(api.applyImport).not.toHaveBeenCalled();
  });

  it('lists row problems and imports with the chosen handling of changed notes', async () => {
    const { api } = mount({
      plan: {
        planId: 'plan-7',
        fatal: null,
        newCount: 3,
        identicalCount: 1,
        changedCount: 2,
        problems: [
          { index: 4, id: 'n-5', problem: 'created must be an ISO 8601 date-time' },
          { index: 9, problem: 'note must be an object' },
        ],
      },
    });
    await settle();
    await chooseFile('{}');
    const counts = [...panel()!.querySelectorAll('[data-testid="import-counts"] li')].map((item) => item.textContent);
    expect(counts).toEqual([
      '3 new notes',
      '1 note already here, identical',
      '2 notes already here but different',
      '2 rows cannot be imported',
    ]);
    const problems = [...panel()!.querySelectorAll('[data-testid="import-problems"] tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    );
    expect(problems).toEqual([
      ['5', 'n-5', 'created must be an ISO 8601 date-time'],
      ['10', '—', 'note must be an object'],
    ]);
    expect(api.applyImport).not.toHaveBeenCalled();
    act(() => panel()!.querySelector<HTMLInputElement>('input[value="replace"]')!.click());
    const before = api.query.mock.calls.length;
    clickButton(panel()!, 'Import');
    await settle();
    expect(api.applyImport).toHaveBeenCalledWith('plan-7', 'replace');
    expect(panel()!.querySelector('[data-testid="import-result"]')!.textContent).toBe('Imported: 2 added, 0 replaced, 0 skipped.');
    expect(api.query.mock.calls.length).toBeGreaterThan(before);
  });

  it('cancels a planned import without writing anything', async () => {
    const { api } = mount();
    await settle();
    await chooseFile('{}');
    expect(panel()!.getAttribute('data-step')).toBe('planned');
    clickButton(panel()!, 'Cancel');
    expect(panel()).toBeNull();
    expect(api.applyImport).not.toHaveBeenCalled();
  });

  it('explains a failed apply and keeps the list as it was', async () => {
    const { api } = mount();
    await settle();
    api.applyImport.mockRejectedValueOnce(new FakeFailure('quota'));
    await chooseFile('{}');
    clickButton(panel()!, 'Import');
    await settle();
    expect(panel()!.querySelector('[role="alert"]')!.textContent).toContain('storage is full');
    expect(total()).toBe('30 notes');
  });
});
