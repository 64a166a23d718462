/**
 * The toolbar popup: what Contexte found on the current tab (article or not, title, publication
 * date, actors, dates), a note on the whole article, this article's notes (edit in place, delete
 * with Undo), and the per-site controls. Everything it does to the tab or the notes goes through
 * the `api` it is given, so it renders the same in tests and in the extension.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleRef, NoteDraft, PageAnnotations, StoredNote } from '../../messaging/protocol';
import type { Translate, UiLang } from '../page-ui/i18n';
import { NoteEditor } from '../page-ui/note-editor';
import { NoteItem } from '../shared/note-item';
import { UndoToast, type ToastMessage } from '../shared/undo-toast';
import { Alert } from '../shared/alert';
import { failureMessage } from '../shared/failure';
import { formatPublication } from '../shared/format-time';
import { ActorGroups, DateList } from './page-summary';

/** What the popup may do; `main.tsx` binds each call to the current tab and the background. */
export interface PopupApi {
  /** Rejects when no content script answers (browser pages, pages opened before installing). */
  getAnnotations(): Promise<PageAnnotations>;
  /** The article as the page declares it (canonical URL); may reject on older content scripts. */
  getArticleRef(): Promise<ArticleRef>;
  getSitePaused(host: string): Promise<boolean>;
  setSitePaused(host: string, paused: boolean): Promise<boolean>;
  /** Tells the tab to stop annotating now. */
  stopTab(): Promise<void>;
  /** Injects the annotator into a page that was not detected as an article. */
  annotateTab(): Promise<boolean>;
  openList(): Promise<void>;
  openNotesPage(): Promise<void>;
  listNotes(article: ArticleRef): Promise<StoredNote[]>;
  saveNote(draft: NoteDraft): Promise<StoredNote>;
  deleteNote(id: string): Promise<StoredNote>;
  restoreNote(note: StoredNote): Promise<StoredNote>;
  closePopup(): void;
}

export interface PopupAppProps {
  t: Translate;
  uiLang: UiLang;
  /** Address of the current tab; null when the browser does not show it to extensions. */
  tabUrl: string | null;
  api: PopupApi;
}

type PageState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | {
      kind: 'ready';
      host: string;
      annotations: PageAnnotations;
      article: ArticleRef;
      paused: boolean;
      /** The annotator ran on the page (detected as an article, or annotated on request). */
      annotated: boolean;
    };

type Busy = 'pause' | 'annotate' | 'list' | 'notes-page' | null;

/**
 * Host (with its port, as the background keys paused sites) of an http(s) address, or null for
 * browser pages, files and the like.
 */
export function webHost(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}

function articleFrom(annotations: PageAnnotations): ArticleRef {
  return { url: annotations.url, canonicalUrl: null, title: annotations.title, publishedAt: annotations.publishedAt };
}

const newestFirst = (a: StoredNote, b: StoredNote) => b.createdAt - a.createdAt;

export function PopupApp({ t, uiLang, tabUrl, api }: PopupAppProps) {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [notes, setNotes] = useState<StoredNote[] | null>(null);
  const [notesError, setNotesError] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [busy, setBusy] = useState<Busy>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);

  const showToast = (text: string, extra: Partial<ToastMessage> = {}) =>
    setToast((previous) => ({ id: (previous?.id ?? 0) + 1, text, ...extra }));

  const reloadNotes = async (article: ArticleRef) => {
    try {
      setNotes([...(await api.listNotes(article))].sort(newestFirst));
      setNotesError(null);
    } catch (error) {
      setNotesError(failureMessage(t, error));
    }
  };

  const loadPage = async (): Promise<void> => {
    const host = webHost(tabUrl);
    if (!host) {
      setPage({ kind: 'unavailable' });
      return;
    }
    const [annotations, paused, declared] = await Promise.all([
      api.getAnnotations().catch(() => null),
      api.getSitePaused(host).catch(() => false),
      api.getArticleRef().catch(() => null),
    ]);
    if (!annotations) {
      setPage({ kind: 'unavailable' });
      return;
    }
    const article = declared ?? articleFrom(annotations);
    // The annotator answers `isArticle: true` (also when run on request), the detector false;
    // an annotator stopped by a pause still says true but has nothing left to show.
    const annotated = annotations.isArticle && (!paused || annotations.actors.length + annotations.dates.length > 0);
    setPage({ kind: 'ready', host, annotations, article, paused, annotated });
    await reloadNotes(article);
  };

  useEffect(() => {
    void loadPage();
  }, [tabUrl]);

  /** Runs one button's action, keeping the button busy and explaining a failure. */
  const run = async (which: Exclude<Busy, null>, action: () => Promise<void>) => {
    setBusy(which);
    setActionError(null);
    try {
      await action();
    } catch (error) {
      setActionError(failureMessage(t, error));
    } finally {
      setBusy(null);
    }
  };

  if (page.kind === 'loading') {
    return (
      <main class="popup" aria-busy="true">
        <PopupHeader t={t} />
        <p class="cx-muted">{t('common_loading')}</p>
      </main>
    );
  }

  const openNotesPage = () =>
    run('notes-page', async () => {
      await api.openNotesPage();
      api.closePopup();
    });
  // Offered whether or not Contexte runs on the tab.
  const allNotesButton = (
    <button type="button" class="cx-button" onClick={openNotesPage} disabled={busy !== null} data-action="all-notes">
      {t('popup_all_notes')}
    </button>
  );

  if (page.kind === 'unavailable') {
    return (
      <main class="popup" data-state="unavailable">
        <PopupHeader t={t} />
        <p class="popup-status" data-testid="popup-status">
          {t('popup_unavailable')}
        </p>
        <p class="cx-muted">{t('popup_unavailable_hint')}</p>
        <div class="cx-actions">{allNotesButton}</div>
        <Alert message={actionError} />
      </main>
    );
  }

  const { annotations, article, paused, annotated, host } = page;

  const togglePause = () =>
    run('pause', async () => {
      const nowPaused = await api.setSitePaused(host, !paused);
      if (nowPaused) {
        // The site setting is saved; a tab that does not answer has nothing to stop.
        await api.stopTab().catch(() => undefined);
        setPage({ ...page, paused: true, annotated: false, annotations: { ...annotations, actors: [], dates: [] } });
      } else {
        setPage({ ...page, paused: false });
      }
    });

  const annotate = () =>
    run('annotate', async () => {
      await api.annotateTab();
      const fresh = await api.getAnnotations();
      setPage({ ...page, annotations: fresh, annotated: fresh.isArticle });
    });

  const openList = () =>
    run('list', async () => {
      await api.openList();
      api.closePopup();
    });

  const saveArticleNote = async (body: string, tags: string[]) => {
    const saved = await api.saveNote({ article, body, tags, target: { kind: 'article' } });
    setNotes((previous) => [saved, ...(previous ?? []).filter((note) => note.id !== saved.id)]);
  };

  const saveEdit = (note: StoredNote) => async (body: string, tags: string[]) => {
    const saved = await api.saveNote({ id: note.id, article, body, tags, target: note.target });
    setNotes((previous) => (previous ?? []).map((other) => (other.id === saved.id ? saved : other)));
  };

  const remove = async (note: StoredNote) => {
    try {
      const deleted = await api.deleteNote(note.id);
      if (editingId === note.id) setEditingId(null);
      setNotes((previous) => (previous ?? []).filter((other) => other.id !== note.id));
      showToast(t('common_note_deleted'), {
        onUndo: () => {
          api
            .restoreNote(deleted)
            .then(() => reloadNotes(article))
            .catch((error: unknown) => showToast(failureMessage(t, error), { tone: 'error' }));
        },
      });
    } catch (error) {
      showToast(failureMessage(t, error), { tone: 'error' });
    }
  };

  const status = paused ? t('popup_status_paused') : annotated ? t('popup_status_article') : t('popup_status_not_article');
  const title = annotations.title ?? article.title ?? annotations.url;

  return (
    <main class="popup" data-state={paused ? 'paused' : annotated ? 'article' : 'not-article'}>
      <PopupHeader t={t} />
      <section class="popup-page" aria-labelledby="popup-title">
        <p class="popup-status" data-testid="popup-status" data-tone={paused ? 'paused' : annotated ? 'ok' : undefined}>
          {status}
        </p>
        <h2 id="popup-title" class="popup-title">
          {title}
        </h2>
        <p class="popup-site cx-muted">{host}</p>
        {annotated && (
          <p class="popup-published" data-testid="popup-published">
            {annotations.publishedAt
              ? t('common_published', formatPublication(annotations.publishedAt, uiLang))
              : t('popup_no_date')}
          </p>
        )}
      </section>

      <div class="cx-actions popup-controls">
        <button type="button" class="cx-button" onClick={togglePause} disabled={busy !== null} aria-pressed={paused} data-action="pause">
          {paused ? t('popup_resume') : t('popup_pause')}
        </button>
        {!annotated && (
          <button type="button" class="cx-button" onClick={annotate} disabled={busy !== null} data-action="annotate">
            {busy === 'annotate' ? t('popup_annotating') : t('popup_annotate')}
          </button>
        )}
        {annotated && (
          <button type="button" class="cx-button" onClick={openList} disabled={busy !== null} data-action="list">
            {t('popup_open_list')} <kbd>{t('popup_open_list_shortcut')}</kbd>
          </button>
        )}
        {allNotesButton}
      </div>
      <Alert message={actionError} />

      <section class="popup-section" aria-label={t('note_target_article')}>
        <NoteEditor
          key={editorKey}
          t={t}
          targetLabel={t('note_target_article')}
          onSave={saveArticleNote}
          onCancel={() => setEditorKey((key) => key + 1)}
          onSaved={() => setEditorKey((key) => key + 1)}
        />
      </section>

      <section class="popup-section" aria-labelledby="popup-notes-heading">
        <h2 id="popup-notes-heading">
          {t('popup_notes_heading')}
          {notes && notes.length > 0 && <span class="cx-muted"> ({notes.length})</span>}
        </h2>
        <Alert message={notesError} />
        {notes && notes.length === 0 && !notesError && <p class="cx-muted">{t('popup_no_notes')}</p>}
        {notes && notes.length > 0 && (
          <ul class="popup-notes" data-testid="popup-notes">
            {notes.map((note) => (
              <li key={note.id}>
                <NoteItem
                  note={note}
                  t={t}
                  uiLang={uiLang}
                  editing={editingId === note.id}
                  onEdit={() => setEditingId(note.id)}
                  onEditEnd={() => setEditingId((current) => (current === note.id ? null : current))}
                  onSave={saveEdit(note)}
                  onDelete={() => void remove(note)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      {annotated && (
        <>
          <section class="popup-section" aria-labelledby="popup-actors-heading" data-testid="popup-actors">
            <h2 id="popup-actors-heading">{t('popup_actors_heading')}</h2>
            <ActorGroups actors={annotations.actors} t={t} uiLang={uiLang} />
          </section>
          <section class="popup-section" aria-labelledby="popup-dates-heading" data-testid="popup-dates">
            <h2 id="popup-dates-heading">{t('popup_dates_heading')}</h2>
            <DateList dates={annotations.dates} t={t} uiLang={uiLang} />
          </section>
        </>
      )}
      <UndoToast t={t} toast={toast} onDismiss={() => setToast(null)} />
    </main>
  );
}

function PopupHeader({ t }: { t: Translate }) {
  return (
    <header class="popup-header">
      <h1>{t('extName')}</h1>
    </header>
  );
}
