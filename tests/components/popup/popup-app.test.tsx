// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupApp, type PopupApi } from '../../../components/popup/popup-app';
import type { ArticleRef, PageAnnotations, StoredNote } from '../../../messaging/protocol';
import type { ActorAnnotation } from '../../../recognition/types';
import { lastFridayResolved } from '../../helpers/dates';
import { catalogue, clickButton, fill, FakeFailure, makeNote, settle } from '../notes/fixtures';

const URL_ = 'https://news.example/2023/12/11/iraq-strikes?utm_source=feed';

function actor(id: string, name: string, kind: ActorAnnotation['kind'], mentions: number): ActorAnnotation {
  return {
    id,
    name,
    kind,
    known: true,
    mentions: Array.from({ length: mentions }, (_, index) => ({ text: name, start: index * 100, end: index * 100 + name.length })),
  };
}

const articlePage: PageAnnotations = {
  url: URL_,
  isArticle: true,
  lang: 'fr',
  title: 'Frappes en Irak : Bagdad proteste',
  publishedAt: '2023-12-11',
  actors: [
    actor('hadi-al-amiri', 'Hadi al-Amiri', 'person', 3),
    actor('mohammed-shia-al-sudani', 'Mohammed Shia al-Sudani', 'person', 1),
    actor('kataib-hezbollah', 'Kataib Hezbollah', 'organization', 2),
    actor('iraq', 'Irak', 'state', 4),
    actor('baghdad', 'Bagdad', 'place', 1),
  ],
  dates: [
    {
      text: 'vendredi dernier',
      start: 50,
      end: 66,
      ...lastFridayResolved,
    },
    {
      text: 'en 2014',
      start: 120,
      end: 127,
      value: '2014',
      granularity: 'year',
      first: '2014-01-01',
      last: '2014-12-31',
      daysFromReference: -3631,
      phrase: '9 years before publication',
    },
  ],
};

const notArticle: PageAnnotations = { ...articlePage, isArticle: false, publishedAt: null, actors: [], dates: [] };

const canonical: ArticleRef = {
  url: URL_,
  canonicalUrl: 'https://news.example/2023/12/11/iraq-strikes',
  title: articlePage.title,
  publishedAt: '2023-12-11',
};

interface Setup {
  annotations?: PageAnnotations | Error;
  paused?: boolean;
  notes?: StoredNote[];
  tabUrl?: string | null;
}

let container: HTMLElement;

function mount(setup: Setup = {}, lang: 'en' | 'fr' = 'en') {
  let notes = [...(setup.notes ?? [])];
  let annotations = setup.annotations ?? articlePage;
  const api = {
    getAnnotations: vi.fn(async () => {
      if (annotations instanceof Error) throw annotations;
      return annotations;
    }),
    getArticleRef: vi.fn(async () => canonical),
    getSitePaused: vi.fn(async () => setup.paused ?? false),
    setSitePaused: vi.fn(async (_host: string, paused: boolean) => paused),
    stopTab: vi.fn(async () => undefined),
    annotateTab: vi.fn(async () => {
      annotations = articlePage;
      return true;
    }),
    openList: vi.fn(async () => undefined),
    openNotesPage: vi.fn(async () => undefined),
    listNotes: vi.fn(async () => [...notes]),
    saveNote: vi.fn(async (draft: Parameters<PopupApi['saveNote']>[0]): Promise<StoredNote> => {
      const existing = notes.find((note) => note.id === draft.id);
      const saved: StoredNote = {
        id: draft.id ?? `new-${notes.length}`,
        articleKey: canonical.canonicalUrl!,
        body: draft.body,
        tags: draft.tags,
        createdAt: existing?.createdAt ?? Date.UTC(2023, 11, 12),
        updatedAt: Date.UTC(2023, 11, 13),
        target: draft.target,
      };
      notes = [saved, ...notes.filter((note) => note.id !== saved.id)];
      return saved;
    }),
    deleteNote: vi.fn(async (id: string) => {
      const note = notes.find((candidate) => candidate.id === id)!;
      notes = notes.filter((candidate) => candidate.id !== id);
      return note;
    }),
    restoreNote: vi.fn(async (note: StoredNote) => {
      notes = [...notes, note];
      return note;
    }),
    closePopup: vi.fn(),
  } satisfies PopupApi;
  container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(<PopupApp t={catalogue(lang)} uiLang={lang} tabUrl={setup.tabUrl === undefined ? URL_ : setup.tabUrl} api={api} />, container);
  });
  return api;
}

const status = () => container.querySelector('[data-testid="popup-status"]')?.textContent;
const noteBodies = () => [...container.querySelectorAll('.cx-note .cx-note-body')].map((body) => body.textContent);

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('PopupApp states', () => {
  it('shows an article: title, date, actors by kind with counts, dates, and its notes newest first', async () => {
    const api = mount({
      notes: [
        makeNote(1, { body: 'Older note', createdAt: Date.UTC(2023, 11, 1) }),
        makeNote(2, { body: 'Newer note', createdAt: Date.UTC(2023, 11, 5) }),
      ],
    });
    await settle();
    expect(status()).toBe('Article recognised');
    expect(container.querySelector('#popup-title')!.textContent).toBe('Frappes en Irak : Bagdad proteste');
    expect(container.querySelector('[data-testid="popup-published"]')!.textContent).toBe('Published December 11, 2023');
    const groups = [...container.querySelectorAll('.popup-group')].map((group) => ({
      kind: group.getAttribute('data-kind'),
      heading: group.querySelector('h3')!.textContent,
      items: [...group.querySelectorAll('li')].map((item) => item.textContent),
    }));
    expect(groups).toEqual([
      { kind: 'person', heading: 'People', items: ['Hadi al-Amiri3 mentions', 'Mohammed Shia al-Sudani1 mention'] },
      { kind: 'organization', heading: 'Organisations', items: ['Kataib Hezbollah2 mentions'] },
      { kind: 'state', heading: 'States', items: ['Irak4 mentions'] },
      { kind: 'place', heading: 'Places', items: ['Bagdad1 mention'] },
    ]);
    const dates = [...container.querySelectorAll('.popup-dates li')].map((item) => [
      item.querySelector('.popup-date-text')!.textContent,
      item.querySelector('.popup-date-value')!.textContent,
    ]);
    expect(dates).toEqual([
      ['vendredi dernier', 'Friday, December 8, 2023'],
      ['en 2014', '2014'],
    ]);
    expect(container.querySelector('.popup-date-days')).toBeNull();
    expect(noteBodies()).toEqual(['Newer note', 'Older note']);
    // The notes are those of the article as the page declares it (canonical address).
    expect(api.listNotes).toHaveBeenCalledWith(canonical);
    expect(api.getSitePaused).toHaveBeenCalledWith('news.example');
    expect(container.querySelector('[data-action="annotate"]')).toBeNull();
    expect(container.querySelector('[data-action="list"]')!.textContent).toContain('Alt+Shift+K');
  });

  it('adds the days a date covers when its words narrow it', async () => {
    const midOctober = { ...articlePage.dates[0]!, text: 'mi-octobre', value: '2023-10', granularity: 'month' as const, first: '2023-10-11', last: '2023-10-20' };
    mount({ annotations: { ...articlePage, dates: [midOctober] } });
    await settle();
    expect(container.querySelector('.popup-date-value')!.textContent).toBe('October 2023');
    expect(container.querySelector('.popup-date-days')!.textContent!.replace(/\s+/gu, ' ')).toBe(' (October 11 – 20, 2023)');
  });

  it('says when the page gives no publication date', async () => {
    mount({ annotations: { ...articlePage, publishedAt: null, referenceIsToday: true } });
    await settle();
    expect(container.querySelector('[data-testid="popup-published"]')!.textContent).toBe(
      'No publication date found: dates are resolved against today.',
    );
  });

  it('offers to annotate a page that was not detected as an article, then shows what it found', async () => {
    const api = mount({ annotations: notArticle });
    await settle();
    expect(status()).toBe('This page was not recognised as an article');
    expect(container.querySelector('[data-testid="popup-actors"]')).toBeNull();
    expect(container.querySelector('[data-action="list"]')).toBeNull();
    clickButton(container, 'Annotate this page');
    await settle();
    expect(api.annotateTab).toHaveBeenCalledTimes(1);
    expect(status()).toBe('Article recognised');
    expect(container.querySelectorAll('.popup-entities li')).toHaveLength(5);
  });

  it('says Contexte does not run where no content script answers', async () => {
    const api = mount({ annotations: new Error('Could not establish connection. Receiving end does not exist.') });
    await settle();
    expect(status()).toBe('Contexte does not run on this page.');
    expect(container.querySelector('textarea')).toBeNull();
    expect(container.querySelector('[data-action="pause"]')).toBeNull();
    expect(api.listNotes).not.toHaveBeenCalled();
  });

  it('does not even ask browser pages', async () => {
    const api = mount({ tabUrl: 'chrome://extensions/' });
    await settle();
    expect(status()).toBe('Contexte does not run on this page.');
    expect(api.getAnnotations).not.toHaveBeenCalled();
    clickButton(container, 'All notes');
    await settle();
    expect(api.openNotesPage).toHaveBeenCalledTimes(1);
    expect(api.closePopup).toHaveBeenCalledTimes(1);
  });

  it('shows a paused site with Resume, and resumes it', async () => {
    const api = mount({ annotations: notArticle, paused: true });
    await settle();
    expect(status()).toBe('Contexte is paused on this site');
    const button = container.querySelector<HTMLButtonElement>('[data-action="pause"]')!;
    expect(button.textContent).toBe('Resume on this site');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    act(() => button.click());
    await settle();
    expect(api.setSitePaused).toHaveBeenCalledWith('news.example', false);
    expect(api.stopTab).not.toHaveBeenCalled();
    expect(status()).toBe('This page was not recognised as an article');
  });

  it('pauses a site: saves the setting, stops the tab and clears what it showed', async () => {
    const api = mount();
    await settle();
    clickButton(container, 'Pause on this site');
    await settle();
    expect(api.setSitePaused).toHaveBeenCalledWith('news.example', true);
    expect(api.stopTab).toHaveBeenCalledTimes(1);
    expect(status()).toBe('Contexte is paused on this site');
    expect(container.querySelector('[data-testid="popup-actors"]')).toBeNull();
  });

  it('opens the keyboard list in the page and closes itself', async () => {
    const api = mount();
    await settle();
    act(() => container.querySelector<HTMLButtonElement>('[data-action="list"]')!.click());
    await settle();
    expect(api.openList).toHaveBeenCalledTimes(1);
    expect(api.closePopup).toHaveBeenCalledTimes(1);
  });

  it('speaks French with a French catalogue', async () => {
    mount({ annotations: { ...articlePage, publishedAt: null } }, 'fr');
    await settle();
    expect(status()).toBe('Article reconnu');
    expect(container.querySelector('[data-testid="popup-published"]')!.textContent).toBe(
      'Pas de date de publication trouvée\u00a0: les dates sont calculées à partir d’aujourd’hui.',
    );
    expect(container.querySelector('.popup-dates .popup-date-value')!.textContent).toBe('vendredi 8 décembre 2023');
  });
});

describe('PopupApp notes', () => {
  it('saves a note on the whole article, confirms it and lists it', async () => {
    const api = mount();
    await settle();
    const textarea = container.querySelector<HTMLTextAreaElement>('.popup-section textarea')!;
    fill(textarea, 'Compare with the 2020 strike');
    fill(container.querySelector<HTMLInputElement>('.popup-section input[type="text"]')!, 'Irak, frappes');
    clickButton(container, 'Save');
    await settle();
    expect(api.saveNote).toHaveBeenCalledWith({
      article: canonical,
      body: 'Compare with the 2020 strike',
      tags: ['irak', 'frappes'],
      target: { kind: 'article' },
    });
    expect(container.querySelector('.cx-status')!.textContent).toBe('Saved');
    expect(noteBodies()).toEqual(['Compare with the 2020 strike']);
  });

  it('keeps the typed text and explains why when saving fails', async () => {
    const api = mount();
    await settle();
    api.saveNote.mockRejectedValueOnce(new FakeFailure('closed'));
    fill(container.querySelector<HTMLTextAreaElement>('textarea')!, 'Do not lose me');
    clickButton(container, 'Save');
    await settle();
    expect(container.querySelector('.cx-status')!.textContent).toContain('the notes database was closed');
    expect(container.querySelector<HTMLTextAreaElement>('textarea')!.value).toBe('Do not lose me');
    expect(noteBodies()).toEqual([]);
  });

  it('edits a note in place and shows the new text', async () => {
    const api = mount({ notes: [makeNote(1, { body: 'First thought', tags: ['draft'] })] });
    await settle();
    act(() => container.querySelector<HTMLButtonElement>('.cx-note [data-action="edit"]')!.click());
    const editor = container.querySelector('.cx-note textarea') as HTMLTextAreaElement;
    expect(editor.value).toBe('First thought');
    expect(container.querySelector<HTMLInputElement>('.cx-note input')!.value).toBe('draft');
    fill(editor, 'Second thought');
    clickButton(container.querySelector('.cx-note')!, 'Save');
    await settle();
    expect(api.saveNote).toHaveBeenCalledWith(expect.objectContaining({ id: 'note-1', body: 'Second thought', tags: ['draft'], target: { kind: 'article' } }));
    // "Saved" shows for a moment, then the note is shown again with its new text.
    await act(async () => {
      await new Promise((done) => setTimeout(done, 1300));
    });
    expect(container.querySelector('.cx-note textarea')).toBeNull();
    expect(noteBodies()).toEqual(['Second thought']);
    expect(document.activeElement?.getAttribute('data-action')).toBe('edit');
  });

  it('deletes a note and brings it back with Undo', async () => {
    const api = mount({ notes: [makeNote(1, { body: 'Keep me' }), makeNote(2, { body: 'Other' })] });
    await settle();
    const row = [...container.querySelectorAll('.cx-note')].find((note) => note.textContent?.includes('Keep me'))!;
    act(() => row.querySelector<HTMLButtonElement>('[data-action="delete"]')!.click());
    await settle();
    expect(api.deleteNote).toHaveBeenCalledWith('note-1');
    expect(noteBodies()).toEqual(['Other']);
    const toast = container.querySelector('[data-testid="toast"]')!;
    expect(toast.getAttribute('role')).toBe('status');
    expect(toast.textContent).toContain('Note deleted.');
    clickButton(toast, 'Undo');
    await settle();
    expect(api.restoreNote).toHaveBeenCalledWith(expect.objectContaining({ id: 'note-1', body: 'Keep me' }));
    expect(noteBodies().sort()).toEqual(['Keep me', 'Other']);
    expect(container.querySelector('.cx-toast')).toBeNull();
  });

  it('says so when a delete fails, and keeps the note', async () => {
    const api = mount({ notes: [makeNote(1, { body: 'Still here' })] });
    await settle();
    api.deleteNote.mockRejectedValueOnce(new FakeFailure('unavailable'));
    act(() => container.querySelector<HTMLButtonElement>('[data-action="delete"]')!.click());
    await settle();
    expect(noteBodies()).toEqual(['Still here']);
    expect(container.querySelector('.cx-toast')!.textContent).toContain('Contexte is not answering');
  });
});
