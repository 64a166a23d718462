/**
 * The extension pages' `Translate` and UI language, from an i18n API shaped like
 * `browser.i18n` (passed in, so this module does not reach for globals).
 */
import type { Translate, UiLang } from '../page-ui/i18n';

export interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/** Looks messages up in the extension's catalogue; an unknown key shows itself, to be noticed. */
export function browserTranslate(i18n: I18nApi): Translate {
  return (key, substitutions) => i18n.getMessage(key, substitutions) || key;
}

/** 'fr' for any French UI, else 'en' (the languages the interface is written in). */
export function uiLangOf(i18n: I18nApi): UiLang {
  return i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
