/** The extension's real message catalogues, for tests of components that show text. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTranslate, type MessageEntry, type Translate } from '../../components/page-ui/i18n';

/** The extension's own catalogue for `lang`, as `browser.i18n` would serve it. */
export function catalogue(lang: 'en' | 'fr'): Translate {
  const path = resolve(__dirname, `../../public/_locales/${lang}/messages.json`);
  return createTranslate(JSON.parse(readFileSync(path, 'utf8')) as Record<string, MessageEntry>);
}
