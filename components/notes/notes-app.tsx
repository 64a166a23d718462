/**
 * The full notes page: every note across articles, searched as the reader types and narrowed by
 * article, actor, tag and creation days, in a windowed list that fetches pages of results as it
 * scrolls. Notes are edited in place, deleted with Undo and opened in their article; the notes
 * shown (or all) are exported, and a JSON export is imported after the reader has seen the plan.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleRef, ExportFormat, ImportPlanSummary, NoteDraft, NoteFacets, NoteQuery, NoteQueryResult, StoredNote } from '../../messaging/protocol';
import type { Article } from '../../storage/schema';
import { siteOf } from '../../storage/urls';
import type { Translate, UiLang } from '../page-ui/i18n';
import { countText } from '../shared/count';
import { NoteItem } from '../shared/note-item';
import { UndoToast, type ToastMessage } from '../shared/undo-toast';
import { failureMessage } from '../shared/failure';
import { formatPublication } from '../shared/format-time';
import { FilterBar } from './filter-bar';
import { isFiltered, noFilters, toQuery, type NoteFilters } from './filters';
import { ImportPanel, type ImportState } from './import-panel';
import { DEFAULT_PAGE_SIZE, PagedNotes } from './paged-notes';
import { VirtualList } from './virtual-list';
import type { RowRange } from './window-range';

export interface ExportedFile {
  filename: string;
  mimeType: string;
  text: string;
}

/** What the notes page may do; `main.tsx` sends each call to the background. */
export interface NotesApi {
  query(query: NoteQuery): Promise<NoteQueryResult>;
  /** What the filters offer (every article, actor and tag that has notes). */
  facets(): Promise<NoteFacets>;
  saveNote(draft: NoteDraft): Promise<StoredNote>;
  deleteNote(id: string): Promise<StoredNote>;
  restoreNote(note: StoredNote): Promise<StoredNote>;
  /** Opens the note's article and shows the note there. */
  reveal(noteId: string): Promise<void>;
  /** Exports the notes matching `query`, or every note without one. */
  exportNotes(format: ExportFormat, query?: NoteQuery): Promise<ExportedFile>;
  planImport(text: string): Promise<ImportPlanSummary>;
  applyImport(planId: string, onConflict: 'skip' | 'replace'): Promise<{ added: number; replaced: number; skipped: number }>;
  /** Hands a file to the reader (a download). */
  download(file: ExportedFile): void;
}

export interface NotesAppProps {
  t: Translate;
  uiLang: UiLang;
  api: NotesApi;
  /** Search text to start with (`?q=` in the page address). */
  initialText?: string;
  /** Notes fetched per request. */
  pageSize?: number;
  /** Pause after the last keystroke before searching. */
  searchDelayMs?: number;
  estimatedRowHeight?: number;
  /** Viewport height assumed before the list can measure itself. */
  fallbackViewportHeight?: number;
}

type ExportScope = 'all' | 'filtered';

/** The article a note is saved under when edited here: the stored row, or its key as address. */
function articleRefOf(note: StoredNote, article: Article | undefined): ArticleRef {
  return {
    url: article?.url ?? note.articleKey,
    canonicalUrl: article?.canonicalUrl ?? null,
    title: article?.title ?? null,
    publishedAt: article?.publishedAt ?? null,
  };
}

export function NotesApp(props: NotesAppProps) {
  const { t, uiLang, api, pageSize = DEFAULT_PAGE_SIZE, searchDelayMs = 150, estimatedRowHeight = 160 } = props;
  const initialText = props.initialText ?? '';
  const [searchText, setSearchText] = useState(initialText);
  const [filters, setFilters] = useState<NoteFilters>({ ...noFilters, text: initialText });
  const [results, setResults] = useState<PagedNotes | null>(null);
  const [facets, setFacets] = useState<NoteFacets | null>(null);
  const [searching, setSearching] = useState(true);
  const [version, setVersion] = useState(0);
  const [resetKey, setResetKey] = useState(0);
  const [range, setRange] = useState<RowRange>({ start: 0, end: pageSize });
  const [editingId, setEditingId] = useState<string | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [exportScope, setExportScope] = useState<ExportScope>('filtered');
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const [importState, setImportState] = useState<ImportState | null>(null);
  const generation = useRef(0);
  const facetsAsked = useRef(0);
  const rangeRef = useRef(range);
  const root = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  /** After a delete, the row that takes the deleted one's place gets the focus. */
  const focusAfterRefresh = useRef<number | null>(null);

  const showToast = (text: string, extra: Partial<ToastMessage> = {}) =>
    setToast((previous) => ({ id: (previous?.id ?? 0) + 1, text, ...extra }));

  /**
   * Runs the query for the current filters. A new search starts at the top; a refresh after an
   * edit keeps the reader's place. The list shows the previous results until the new ones come.
   */
  const runQuery = (query: NoteQuery, keepPlace: boolean) => {
    const current = ++generation.current;
    setSearching(true);
    const next = new PagedNotes((offset, limit) => api.query({ ...query, offset, limit }), pageSize, () => setVersion((version) => version + 1));
    const wanted = keepPlace ? rangeRef.current : { start: 0, end: pageSize };
    void next.ensure(wanted.start, wanted.end).then(() => {
      if (current !== generation.current) return;
      setResults(next);
      setSearching(false);
      if (!keepPlace) setResetKey((key) => key + 1);
      loadFacets();
    });
  };

  /**
   * Asks for the filters' facets once the rows are in, so they never delay the rows; after
   * every search and refresh, as notes may have changed. Only the last answer is kept, and a
   * failure keeps the previous facets (the list shows its own errors).
   */
  const loadFacets = () => {
    const asked = ++facetsAsked.current;
    api.facets().then(
      (loaded) => {
        if (asked === facetsAsked.current) setFacets(loaded);
      },
      () => undefined,
    );
  };

  const refresh = () => runQuery(toQuery(filters), true);

  useEffect(() => {
    runQuery(toQuery(filters), false);
  }, [filters]);

  // The search follows the box after a pause in typing, not at every keystroke.
  useEffect(() => {
    if (searchText === filters.text) return undefined;
    const timer = setTimeout(() => setFilters((previous) => ({ ...previous, text: searchText })), searchDelayMs);
    return () => clearTimeout(timer);
  }, [searchText]);

  useEffect(() => {
    rangeRef.current = range;
    void results?.ensure(range.start, range.end);
  }, [results, range.start, range.end]);

  useLayoutEffect(() => {
    const index = focusAfterRefresh.current;
    if (index === null || !results) return;
    focusAfterRefresh.current = null;
    const total = results.total ?? 0;
    if (total === 0) return;
    const target = Math.min(index, total - 1);
    root.current?.querySelector<HTMLElement>(`[data-index="${target}"] [data-action="edit"]`)?.focus({ preventScroll: true });
  }, [results]);

  const filtered = isFiltered(filters);
  const total = results?.total ?? null;

  const saveEdit = (note: StoredNote) => async (body: string, tags: string[]) => {
    const saved = await api.saveNote({
      id: note.id,
      article: articleRefOf(note, results?.articles.get(note.articleKey)),
      body,
      tags,
      target: note.target,
    });
    results?.replace(saved);
  };

  const endEdit = (id: string) => {
    setEditingId((current) => (current === id ? null : current));
    // Order and facets may have changed (edit time, tags).
    refresh();
  };

  const remove = async (note: StoredNote, index: number) => {
    try {
      const deleted = await api.deleteNote(note.id);
      if (editingId === note.id) setEditingId(null);
      const hadFocus = root.current?.querySelector(`[data-index="${index}"]`)?.contains(document.activeElement) ?? false;
      if (hadFocus) focusAfterRefresh.current = index;
      refresh();
      showToast(t('common_note_deleted'), {
        onUndo: () => {
          api
            .restoreNote(deleted)
            .then(refresh)
            .catch((error: unknown) => showToast(failureMessage(t, error), { tone: 'error' }));
        },
      });
    } catch (error) {
      showToast(failureMessage(t, error), { tone: 'error' });
    }
  };

  const reveal = async (note: StoredNote) => {
    try {
      await api.reveal(note.id);
    } catch (error) {
      showToast(failureMessage(t, error), { tone: 'error' });
    }
  };

  const exportAs = async (format: ExportFormat) => {
    setExporting(format);
    try {
      const file = await api.exportNotes(format, exportScope === 'filtered' && filtered ? toQuery(filters) : undefined);
      api.download(file);
      showToast(t('notes_export_done', file.filename), { tone: 'ok' });
    } catch (error) {
      showToast(failureMessage(t, error), { tone: 'error' });
    } finally {
      setExporting(null);
    }
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const fileName = file.name;
    setImportState({ step: 'reading', fileName });
    try {
      const plan = await api.planImport(await file.text());
      setImportState({ step: 'planned', fileName, plan });
    } catch (error) {
      setImportState({ step: 'failed', fileName, message: failureMessage(t, error) });
    } finally {
      // Choosing the same file again must start over.
      input.value = '';
    }
  };

  const confirmImport = async (onConflict: 'skip' | 'replace') => {
    if (importState?.step !== 'planned') return;
    const { fileName, plan } = importState;
    setImportState({ step: 'applying', fileName, plan });
    try {
      const result = await api.applyImport(plan.planId, onConflict);
      setImportState({ step: 'done', fileName, result });
      refresh();
    } catch (error) {
      setImportState({ step: 'failed', fileName, message: failureMessage(t, error) });
    }
  };

  const closeImport = () => {
    setImportState(null);
    fileInput.current?.focus();
  };

  const renderRow = (index: number) => {
    const note = results?.at(index);
    if (!note) {
      return (
        <div class="notes-placeholder" aria-busy="true">
          {t('common_loading')}
        </div>
      );
    }
    const article = results?.articles.get(note.articleKey);
    return (
      <NoteItem
        note={note}
        t={t}
        uiLang={uiLang}
        header={<ArticleHeader t={t} uiLang={uiLang} article={article} articleKey={note.articleKey} />}
        actions={
          <button type="button" class="cx-button" onClick={() => void reveal(note)} data-action="reveal">
            {t('notes_open_in_article')}
          </button>
        }
        editing={editingId === note.id}
        onEdit={() => setEditingId(note.id)}
        onEditEnd={() => endEdit(note.id)}
        onSave={saveEdit(note)}
        onDelete={() => void remove(note, index)}
      />
    );
  };

  const editingIndex = editingId && results ? results.indexOf(editingId) : -1;
  // Row heights are looked up again when other notes arrive, not at every render.
  const dataVersion = useMemo(() => ({}), [results, version]);
  const error = results?.error ?? null;

  return (
    <div class="notes-page" ref={root}>
      <header class="notes-header">
        <h1>{t('notes_page_title')}</h1>
        <div class="notes-tools">
          <div class="notes-export" role="group" aria-label={t('notes_export_label')}>
            <label class="cx-visually-hidden" for="notes-export-scope">
              {t('notes_export_scope')}
            </label>
            <select id="notes-export-scope" class="cx-select" value={filtered ? exportScope : 'all'} onChange={(event) => setExportScope(event.currentTarget.value as ExportScope)}>
              <option value="all">{t('notes_export_all')}</option>
              <option value="filtered" disabled={!filtered}>
                {filtered && total !== null ? t('notes_export_filtered', String(total)) : t('notes_export_filtered_none')}
              </option>
            </select>
            <button type="button" class="cx-button" onClick={() => void exportAs('json')} disabled={exporting !== null} data-action="export-json">
              {exporting === 'json' ? t('notes_exporting') : t('notes_export_json')}
            </button>
            <button type="button" class="cx-button" onClick={() => void exportAs('markdown')} disabled={exporting !== null} data-action="export-markdown">
              {exporting === 'markdown' ? t('notes_exporting') : t('notes_export_markdown')}
            </button>
          </div>
          <label class="cx-button notes-import-button">
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              class="cx-visually-hidden"
              data-testid="import-file"
              disabled={importState !== null && importState.step !== 'done' && importState.step !== 'failed'}
              onChange={(event) => void onFile(event)}
            />
            {t('notes_import_button')}
          </label>
        </div>
      </header>

      <FilterBar
        t={t}
        searchText={searchText}
        filters={filters}
        facets={facets}
        filtered={filtered}
        onSearchInput={setSearchText}
        onChange={setFilters}
        onClear={() => {
          setSearchText('');
          setFilters({ ...noFilters, sort: filters.sort });
        }}
      />

      {importState && <ImportPanel t={t} uiLang={uiLang} state={importState} onConfirm={(choice) => void confirmImport(choice)} onCancel={closeImport} />}

      <p class="notes-summary" data-testid="notes-total" data-total={total ?? undefined} aria-busy={searching}>
        {total === null ? t('common_loading') : countText(t, uiLang, filtered ? 'notes_count_matching' : 'notes_count', total)}
        {searching && total !== null && <span class="cx-muted"> · {t('notes_searching')}</span>}
      </p>
      {error !== null && (
        <p class="cx-alert" role="alert">
          {failureMessage(t, error)}{' '}
          <button type="button" class="cx-button" onClick={refresh}>
            {t('common_retry')}
          </button>
        </p>
      )}
      {total === 0 && (
        <div class="notes-empty" data-testid="notes-empty">
          {filtered ? (
            <>
              <p>{t('notes_no_match')}</p>
              <button
                type="button"
                class="cx-button"
                onClick={() => {
                  setSearchText('');
                  setFilters({ ...noFilters, sort: filters.sort });
                }}
              >
                {t('notes_clear_filters')}
              </button>
            </>
          ) : (
            <p>{t('notes_none_yet')}</p>
          )}
        </div>
      )}
      <VirtualList
        count={total ?? 0}
        keyOf={(index) => results?.at(index)?.id ?? null}
        renderRow={renderRow}
        estimatedHeight={estimatedRowHeight}
        pinned={editingIndex >= 0 ? [editingIndex] : []}
        dataVersion={dataVersion}
        resetKey={resetKey}
        onRangeChange={setRange}
        fallbackViewportHeight={props.fallbackViewportHeight}
        label={t('notes_list_label')}
      />
      <UndoToast t={t} toast={toast} onDismiss={() => setToast(null)} />
    </div>
  );
}

interface ArticleHeaderProps {
  t: Translate;
  uiLang: UiLang;
  article: Article | undefined;
  articleKey: string;
}

function ArticleHeader({ t, uiLang, article, articleKey }: ArticleHeaderProps) {
  const site = article?.site || siteOf(articleKey);
  return (
    <header class="notes-row-article">
      <h2 class="notes-row-title">{article?.title ?? articleKey}</h2>
      <p class="notes-row-site cx-muted">
        {site}
        {article?.publishedAt && <> · {t('common_published', formatPublication(article.publishedAt, uiLang))}</>}
      </p>
    </header>
  );
}
