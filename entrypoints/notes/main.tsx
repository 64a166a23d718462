/**
 * The notes page's wiring: every action goes to the background, which keeps the notes and their
 * search index; `?q=` in the address pre-fills the search.
 */
// First import, so the first query leaves before the rest of the page's code is evaluated.
import { initialText, queryNotes } from './first-query';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { callBackground } from '../../messaging/client';
import { NotesApp, type NotesApi } from '../../components/notes/notes-app';
import { downloadText } from '../../components/notes/download';
import { browserTranslate, uiLangOf, type I18nApi } from '../../components/shared/browser-i18n';
import '../../components/shared/base.css';
import '../../components/notes/notes.css';

const api: NotesApi = {
  query: queryNotes,
  facets: () => callBackground({ type: 'notes:facets' }),
  saveNote: (draft) => callBackground({ type: 'notes:save', draft }),
  deleteNote: (id) => callBackground({ type: 'notes:delete', id }),
  restoreNote: (note) => callBackground({ type: 'notes:restore', note }),
  reveal: async (noteId) => {
    await callBackground({ type: 'notes:reveal', target: { noteId } });
  },
  exportNotes: (format, query) => callBackground({ type: 'notes:export', format, ...(query ? { query } : {}) }),
  planImport: (text) => callBackground({ type: 'notes:plan-import', text }),
  applyImport: (planId, onConflict) => callBackground({ type: 'notes:apply-import', planId, onConflict }),
  download: (file) => downloadText(file),
};

const i18n = browser.i18n as unknown as I18nApi;
const t = browserTranslate(i18n);
document.documentElement.lang = i18n.getUILanguage();
document.title = t('notes_page_title');
render(<NotesApp t={t} uiLang={uiLangOf(i18n)} api={api} initialText={initialText} />, document.getElementById('app')!);
