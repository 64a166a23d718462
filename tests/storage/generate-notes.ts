/**
 * A deterministic generator of realistic reading notes (French and English, every kind of
 * target, tags, Markdown, a long tail of rare words), for search tests and for
 * `scripts/bench-notes.ts`. The same seed always gives the same notes.
 */
import type { ActorKind } from '../../recognition/types';
import type { Article, Note, NoteTarget } from '../../storage/schema';

/** Small seeded PRNG (xorshift32); good enough to spread test data, not for anything else. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

const ACTORS: { id: string; name: string; kind: ActorKind }[] = [
  { id: 'state-irq', name: 'Irak', kind: 'state' },
  { id: 'state-irn', name: 'Iran', kind: 'state' },
  { id: 'state-usa', name: 'États-Unis', kind: 'state' },
  { id: 'state-syr', name: 'Syria', kind: 'state' },
  { id: 'kataib-hezbollah', name: 'Kataib Hezbollah', kind: 'organization' },
  { id: 'popular-mobilization-forces', name: 'Popular Mobilization Forces', kind: 'organization' },
  { id: 'hadi-al-amiri', name: 'Hadi al-Amiri', kind: 'person' },
  { id: 'qassem-soleimani', name: 'Qassem Soleimani', kind: 'person' },
  { id: 'abu-mahdi-al-muhandis', name: 'Abu Mahdi al-Muhandis', kind: 'person' },
  { id: 'place-baghdad', name: 'Bagdad', kind: 'place' },
  { id: 'place-erbil', name: 'Erbil', kind: 'place' },
  { id: 'place-gaza', name: 'Gaza', kind: 'place' },
];

const SITES = ['journal.example.fr', 'news.example.org', 'daily.example.com', 'revue.example.net', 'agence.example.fr'];

const TITLE_PARTS: Record<'fr' | 'en', [string[], string[], string[]]> = {
  fr: [
    ['Frappe', 'Négociations', 'Élections', 'Manifestations', 'Tensions', 'Accord', 'Attaque', 'Crise'],
    ['à Bagdad', 'au Kurdistan', 'dans le Golfe', 'à la frontière syrienne', 'au Parlement', 'à Erbil'],
    [': ce que l’on sait', ': les réactions', ', le récit d’une nuit', ': l’analyse', ''],
  ],
  en: [
    ['Strike', 'Talks', 'Elections', 'Protests', 'Tensions', 'Deal', 'Attack', 'Crisis'],
    ['in Baghdad', 'in Kurdistan', 'in the Gulf', 'on the Syrian border', 'in Parliament', 'in Erbil'],
    [': what we know', ': the reactions', ', the story of one night', ': analysis', ''],
  ],
};

const SENTENCES = [
  'Vérifier le chiffre avancé par le ministère.',
  'Comparer avec la dépêche de l’après-midi.',
  'Le porte-parole contredit la version officielle.',
  'À relire : le paragraphe sur la chronologie des événements.',
  'Source anonyme, à recouper avant de citer.',
  'Les milices démentent toute implication.',
  'Compare with the earlier report from the same agency.',
  'The casualty figures differ from the government statement.',
  'Useful background on how the armed groups are funded.',
  'Check whether the timeline matches the official briefing.',
  'Quote this in the explainer on deterrence.',
  'The map in the article is out of date.',
  '**Important** : la date de l’attaque est contestée.',
  '- point à vérifier\n- second point',
  'Rappeler le contexte de l’accord de 2015.',
  'Good sourcing; two named officials.',
];

const TAGS = ['à vérifier', 'chronologie', 'sources', 'milices', 'diplomatie', 'explainer', 'figures', 'élections', 'kurdistan', 'golfe', 'to read', 'quote'];

const QUOTES = [
  'une escalade maîtrisée',
  'the attack was not authorised by the government',
  'les forces américaines resteront dans le pays',
  'a de-escalation is still possible',
  'le Parlement a voté une résolution non contraignante',
  'the strike targeted a weapons depot',
];

const DATES: { value: string; text: string }[] = [
  { value: '2020-01-03', text: '3 janvier 2020' },
  { value: '2023-12-08', text: 'last Friday' },
  { value: '2014/2017', text: 'entre 2014 et 2017' },
  { value: '2023-10', text: 'mi-octobre' },
  { value: '2019', text: 'fin 2019' },
];

const SYLLABLES = ['ka', 'ta', 'mi', 'ro', 'su', 'ne', 'la', 'dri', 'vo', 'zen', 'qa', 'hu', 'bel', 'tor', 'an', 'is'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A rare word (a name, a place, jargon): the long tail that makes vocabularies large. */
function rareWord(random: () => number): string {
  const length = 2 + Math.floor(random() * 3);
  let word = '';
  for (let i = 0; i < length; i += 1) word += pick(random, SYLLABLES);
  return word;
}

export interface GeneratedNotes {
  articles: Article[];
  notes: Note[];
}

/** `count` notes over about `count / 12` articles, created between 2020 and the end of 2024. */
export function generateNotes(count: number, seed = 1): GeneratedNotes {
  const random = seededRandom(seed);
  const start = Date.UTC(2020, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  const articleCount = Math.max(1, Math.round(count / 12));

  const articles: Article[] = [];
  for (let i = 0; i < articleCount; i += 1) {
    const lang = random() < 0.5 ? 'fr' : 'en';
    const [what, where, angle] = TITLE_PARTS[lang];
    const site = pick(random, SITES);
    const firstSeen = start + Math.floor(random() * span);
    const key = `https://${site}/${lang === 'fr' ? 'international' : 'world'}/article-${i}`;
    articles.push({
      key,
      url: key,
      canonicalUrl: random() < 0.7 ? key : null,
      title: random() < 0.95 ? `${pick(random, what)} ${pick(random, where)}${pick(random, angle)}` : null,
      site,
      publishedAt: new Date(firstSeen - 3_600_000).toISOString(),
      firstSeen,
      lastSeen: firstSeen + Math.floor(random() * 30 * 86_400_000),
    });
  }

  const notes: Note[] = [];
  for (let i = 0; i < count; i += 1) {
    const article = pick(random, articles);
    const roll = random();
    let target: NoteTarget;
    if (roll < 0.4) target = { kind: 'article' };
    else if (roll < 0.65) {
      const exact = pick(random, QUOTES);
      const startAt = Math.floor(random() * 5000);
      target = { kind: 'quote', quote: { exact, prefix: 'selon lui, ', suffix: ', a-t-il', start: startAt, end: startAt + exact.length } };
    } else if (roll < 0.85) {
      const actor = pick(random, ACTORS);
      target = { kind: 'actor', actorId: actor.id, name: actor.name, actorKind: actor.kind };
    } else target = { kind: 'date', ...pick(random, DATES) };

    const sentences: string[] = [];
    const sentenceCount = 1 + Math.floor(random() * 5);
    for (let s = 0; s < sentenceCount; s += 1) sentences.push(pick(random, SENTENCES));
    const rare = Array.from({ length: Math.floor(random() * 4) }, () => rareWord(random));
    const tags = Array.from({ length: Math.floor(random() * 3) }, () => pick(random, TAGS));
    const createdAt = Math.max(article.firstSeen, start + Math.floor(random() * span));
    notes.push({
      id: `note-${String(i).padStart(6, '0')}`,
      articleKey: article.key,
      body: [...sentences, rare.join(' ')].join(' ').trim(),
      tags: [...new Set(tags)],
      createdAt,
      updatedAt: random() < 0.3 ? createdAt + Math.floor(random() * 10 * 86_400_000) : createdAt,
      target,
    });
  }
  // Real notes reach the index from IndexedDB, i.e. through a structured clone; cloning here
  // gives the same kind of strings (built-up strings hash more slowly, which would skew timings).
  return structuredClone({ articles, notes });
}
