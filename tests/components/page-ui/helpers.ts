/** Shared fixtures of the in-page UI tests: the real message catalogues and a few annotations. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTranslate, type MessageEntry, type Translate } from '../../../components/page-ui/i18n';
import type { ActorAnnotation, DateAnnotation } from '../../../recognition/types';

/** The extension's own catalogue for `lang`, as `browser.i18n` would serve it. */
export function catalogue(lang: 'en' | 'fr'): Translate {
  const path = resolve(__dirname, `../../../public/_locales/${lang}/messages.json`);
  return createTranslate(JSON.parse(readFileSync(path, 'utf8')) as Record<string, MessageEntry>);
}

export const amiri: ActorAnnotation = {
  id: 'hadi-al-amiri',
  name: 'Hadi al-Amiri',
  kind: 'person',
  known: true,
  type: 'commander',
  description: 'Iraqi politician, leader of the Badr Organization.',
  aliases: ['al-Amiri', 'Hadi al-Ameri'],
  affiliations: [{ id: 'badr-organization', name: 'Badr Organization' }],
  wikipedia: 'https://en.wikipedia.org/wiki/Hadi_al-Amiri',
  articleSays: 'the leader of the Badr Organization',
  mentions: [
    { text: 'Hadi al-Amiri', start: 10, end: 23 },
    { text: 'al-Amiri', start: 120, end: 128 },
    { text: 'Amiri', start: 300, end: 305 },
  ],
};

export const stranger: ActorAnnotation = {
  id: 'unknown:jean dupuis-ferrand',
  name: 'Jean Dupuis-Ferrand',
  kind: 'person',
  known: false,
  mentions: [{ text: 'Jean Dupuis-Ferrand', start: 40, end: 59 }],
};

export const lastFriday: DateAnnotation = {
  text: 'vendredi dernier',
  start: 200,
  end: 216,
  value: '2023-12-08',
  granularity: 'day',
  first: '2023-12-08',
  last: '2023-12-08',
  daysFromReference: -3,
  phrase: '3 days before publication',
};

export const midOctober: DateAnnotation = {
  text: 'mid-October',
  start: 400,
  end: 411,
  value: '2023-10',
  granularity: 'month',
  first: '2023-10-11',
  last: '2023-10-20',
  daysFromReference: -61,
  phrase: '2 months before publication',
};
