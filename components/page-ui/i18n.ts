/**
 * Localisation for the in-page UI. Components receive a `Translate` function instead of calling
 * `browser.i18n` themselves, so they render the same in tests and in the extension.
 */

/** Languages the interface is written in. */
export type UiLang = 'en' | 'fr';

/**
 * Looks up a message by key, with `$1`…`$9` substitutions, like `browser.i18n.getMessage`.
 * Returns an empty string for an unknown key (as the browser does).
 */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** One entry of a `messages.json` file. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/**
 * Builds a `Translate` over a parsed `messages.json`, resolving named placeholders and `$n`
 * substitutions the way the extension i18n API does. Used by tests and by pages that load a
 * catalogue themselves.
 */
export function createTranslate(messages: Record<string, MessageEntry>): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
    );
    const numbered = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
        const content = placeholders.get(name.toLowerCase());
        return content === undefined ? whole : numbered(content);
      })
      .replace(/\$\$/g, '$');
  };
}

/**
 * The message for `key`, or `fallback` when the catalogue has none (optional keys such as the
 * localised names of knowledge-base types). A translator that echoes unknown keys counts as none.
 */
export function translateOr(t: Translate, key: string, fallback: string, substitutions?: string | string[]): string {
  const message = t(key, substitutions);
  return message && message !== key ? message : fallback;
}

/** Chooses between the `_one` and `_other` forms of a counted message, by the UI language's rules. */
export function plural(t: Translate, uiLang: UiLang, key: string, count: number): string {
  const form = new Intl.PluralRules(uiLang).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, String(count));
}
