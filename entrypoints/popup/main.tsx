/**
 * The popup's wiring: find the tab it is about, bind the popup's actions to that tab and to the
 * background, and render it in the browser's UI language.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { callBackground, callTab } from '../../messaging/client';
import { PopupApp, type PopupApi } from '../../components/popup/popup-app';
import { browserTranslate, uiLangOf, type I18nApi } from '../../components/shared/browser-i18n';
import '../../components/shared/base.css';
import '../../components/popup/popup.css';

interface TargetTab {
  id: number | null;
  url: string | null;
}

async function findTab(): Promise<TargetTab> {
  // Test and debug hook: `popup.html?tab=<id>` shows the popup for that tab, so it can be opened as a page.
  const wanted = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(wanted) && wanted > 0) {
    const tab = await browser.tabs.get(wanted);
    return { id: tab.id ?? null, url: tab.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url ?? null };
}

function popupApi(tabId: number | null): PopupApi {
  const toTab = () => {
    if (tabId === null) throw new Error('No tab');
    return tabId;
  };
  return {
    getAnnotations: async () => callTab(toTab(), { type: 'contexte:get-annotations' }),
    getArticleRef: async () => callTab(toTab(), { type: 'contexte:get-article-ref' }),
    getSitePaused: async (host) => (await callBackground({ type: 'contexte:get-site-paused', host })).paused,
    setSitePaused: async (host, paused) => (await callBackground({ type: 'contexte:set-site-paused', host, paused })).paused,
    stopTab: async () => {
      await callTab(toTab(), { type: 'contexte:stop' });
    },
    annotateTab: async () => (await callBackground({ type: 'contexte:annotate-tab', tabId: toTab() })).injected,
    openList: async () => {
      await callTab(toTab(), { type: 'contexte:open-list' });
    },
    openNotesPage: async () => {
      await callBackground({ type: 'contexte:open-notes-page' });
    },
    listNotes: (article) => callBackground({ type: 'notes:list-for-article', url: article.url, canonicalUrl: article.canonicalUrl }),
    saveNote: (draft) => callBackground({ type: 'notes:save', draft }),
    deleteNote: (id) => callBackground({ type: 'notes:delete', id }),
    restoreNote: (note) => callBackground({ type: 'notes:restore', note }),
    closePopup: () => window.close(),
  };
}

async function main() {
  const i18n = browser.i18n as unknown as I18nApi;
  const t = browserTranslate(i18n);
  document.documentElement.lang = i18n.getUILanguage();
  document.title = t('extName');
  const tab = await findTab().catch((): TargetTab => ({ id: null, url: null }));
  render(<PopupApp t={t} uiLang={uiLangOf(i18n)} tabUrl={tab.url} api={popupApi(tab.id)} />, document.getElementById('app')!);
}

void main();
