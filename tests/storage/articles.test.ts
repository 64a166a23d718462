import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  getArticle,
  listArticles,
  listEncountersForActor,
  listEncountersForArticle,
  listEncountersForDate,
  recordArticleVisit,
  summariseAnnotations,
} from '../../storage/articles';
import type { VisitSummary } from '../../storage/articles';
import { listNotesForArticle, saveNote } from '../../storage/notes';
import type { ActorAnnotation, DateAnnotation } from '../../recognition/types';
import { DAY, freshDB, T0 } from './helpers';

const URL_A = 'https://news.example.org/2023/12/11/drone-attacks-bases?utm_source=newsletter#top';
const KEY_A = 'https://news.example.org/2023/12/11/drone-attacks-bases';

const SUMMARY: VisitSummary = {
  actors: [
    { id: 'kataib-hezbollah', name: 'Kataib Hezbollah', kind: 'organization', count: 3 },
    { id: 'state-usa', name: 'United States', kind: 'state', count: 5 },
  ],
  dates: [{ value: '2023-12-08', text: 'last Friday', count: 1 }],
};

describe('recordArticleVisit', () => {
  it('creates the article and its encounters on the first visit', async () => {
    const db = await freshDB();
    const article = await recordArticleVisit(
      db,
      { url: URL_A, title: 'Drone attacks on bases', publishedAt: '2023-12-11T08:00:00Z' },
      SUMMARY,
      T0,
    );
    expect(article).toEqual({
      key: KEY_A,
      url: URL_A,
      canonicalUrl: null,
      title: 'Drone attacks on bases',
      site: 'news.example.org',
      publishedAt: '2023-12-11T08:00:00Z',
      firstSeen: T0,
      lastSeen: T0,
    });
    expect(await getArticle(db, KEY_A)).toEqual(article);
    const met = await listEncountersForArticle(db, KEY_A);
    expect(met.actors.map((a) => [a.actorId, a.count])).toEqual([
      ['state-usa', 5],
      ['kataib-hezbollah', 3],
    ]);
    expect(met.dates).toEqual([{ articleKey: KEY_A, value: '2023-12-08', text: 'last Friday', count: 1, lastSeen: T0 }]);
  });

  it('on a later visit keeps firstSeen, keeps known metadata, and replaces the encounters', async () => {
    const db = await freshDB();
    await recordArticleVisit(db, { url: URL_A, title: 'Drone attacks on bases' }, SUMMARY, T0);
    const later = await recordArticleVisit(
      db,
      { url: KEY_A, title: null, publishedAt: '2023-12-11' },
      { actors: [{ id: 'state-usa', name: 'United States', kind: 'state', count: 6 }], dates: [] },
      T0 + DAY,
    );
    expect(later).toMatchObject({ title: 'Drone attacks on bases', publishedAt: '2023-12-11', firstSeen: T0, lastSeen: T0 + DAY });
    const met = await listEncountersForArticle(db, KEY_A);
    expect(met.actors.map((a) => [a.actorId, a.count, a.lastSeen])).toEqual([['state-usa', 6, T0 + DAY]]);
    expect(met.dates).toEqual([]);
    expect(await listArticles(db)).toHaveLength(1);
  });

  it('answers where else an actor or a date was met', async () => {
    const db = await freshDB();
    const other = 'https://journal.example.fr/international/2024/01/03/frappe';
    await recordArticleVisit(db, { url: URL_A }, SUMMARY, T0);
    await recordArticleVisit(
      db,
      { url: other },
      {
        actors: [{ id: 'kataib-hezbollah', name: 'Kataib Hezbollah', kind: 'organization', count: 1 }],
        dates: [{ value: '2023-12-08', text: 'vendredi 8 décembre', count: 2 }],
      },
      T0 + DAY,
    );
    expect((await listEncountersForActor(db, 'kataib-hezbollah')).map((e) => e.articleKey)).toEqual([other, KEY_A]);
    expect((await listEncountersForActor(db, 'state-usa')).map((e) => e.articleKey)).toEqual([KEY_A]);
    expect((await listEncountersForDate(db, '2023-12-08')).map((e) => [e.articleKey, e.text])).toEqual([
      [other, 'vendredi 8 décembre'],
      [KEY_A, 'last Friday'],
    ]);
    expect((await listArticles(db)).map((a) => a.key)).toEqual([other, KEY_A]);
  });

  it('moves notes kept under the plain URL to the canonical key once the page declares it', async () => {
    const db = await freshDB();
    const plain = 'https://m.example.org/story-123';
    await recordArticleVisit(db, { url: plain, title: 'Story' }, SUMMARY, T0);
    const note = await saveNote(db, { articleKey: plain, body: 'written before the canonical link was known' }, T0);

    const canonical = 'https://www.example.org/world/story-123';
    const article = await recordArticleVisit(db, { url: plain, canonicalUrl: canonical }, SUMMARY, T0 + DAY);
    expect(article).toMatchObject({ key: canonical, title: 'Story', canonicalUrl: canonical, firstSeen: T0, site: 'example.org' });
    expect(await getArticle(db, plain)).toBeNull();
    expect((await listNotesForArticle(db, canonical)).map((n) => n.id)).toEqual([note.id]);
    expect((await listEncountersForArticle(db, plain)).actors).toEqual([]);
    expect((await listEncountersForArticle(db, canonical)).actors).toHaveLength(2);
  });

  it('refuses a page without an address or a malformed summary, writing nothing', async () => {
    const db = await freshDB();
    await expect(recordArticleVisit(db, { url: '' }, SUMMARY)).rejects.toMatchObject({ code: 'invalid' });
    const badActor = { ...SUMMARY, actors: [{ id: 'x', name: 'X', kind: 'group', count: 1 }] } as unknown as VisitSummary;
    await expect(recordArticleVisit(db, { url: URL_A }, badActor)).rejects.toMatchObject({ code: 'invalid' });
    const badDate = { ...SUMMARY, dates: [{ value: '2023', text: '2023', count: -1 }] };
    await expect(recordArticleVisit(db, { url: URL_A }, badDate)).rejects.toMatchObject({ code: 'invalid' });
    expect(await listArticles(db)).toEqual([]);
  });

  it('adds up the counts of repeated entries', async () => {
    const db = await freshDB();
    await recordArticleVisit(
      db,
      { url: URL_A },
      { actors: [SUMMARY.actors[0]!, { ...SUMMARY.actors[0]!, count: 2 }], dates: [SUMMARY.dates[0]!, SUMMARY.dates[0]!] },
      T0,
    );
    const met = await listEncountersForArticle(db, KEY_A);
    expect(met.actors.map((a) => a.count)).toEqual([5]);
    expect(met.dates.map((d) => d.count)).toEqual([2]);
  });
});

describe('summariseAnnotations', () => {
  it('keeps one row per actor with its mention count, and one per date value', () => {
    const actor = (id: string, mentions: number): ActorAnnotation => ({
      id,
      name: id,
      kind: 'person',
      known: true,
      mentions: Array.from({ length: mentions }, (_, i) => ({ text: id, start: i * 10, end: i * 10 + 3 })),
    });
    const date = (value: string, text: string): DateAnnotation => ({
      text,
      start: 0,
      end: text.length,
      value,
      granularity: 'day',
      first: value,
      last: value,
      daysFromReference: -3,
      phrase: '3 days before publication',
    });
    expect(
      summariseAnnotations({
        actors: [actor('a', 2), actor('b', 1)],
        dates: [date('2023-12-08', 'vendredi dernier'), date('2023-12-08', '8 décembre'), date('2023', '2023')],
      }),
    ).toEqual({
      actors: [
        { id: 'a', name: 'a', kind: 'person', count: 2 },
        { id: 'b', name: 'b', kind: 'person', count: 1 },
      ],
      dates: [
        { value: '2023-12-08', text: 'vendredi dernier', count: 2 },
        { value: '2023', text: '2023', count: 1 },
      ],
    });
  });
});
