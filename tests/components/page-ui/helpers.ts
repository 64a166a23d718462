/** Shared fixtures of the in-page UI tests: the real message catalogues and a few annotations. */
import type { ActorAnnotation, DateAnnotation } from '../../../recognition/types';
import { lastFridayResolved } from '../../helpers/dates';

export { catalogue } from '../../helpers/catalogue';

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
  ...lastFridayResolved,
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
