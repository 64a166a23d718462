/**
 * Articles and what the reader met on them (actors and dates), recorded at each visit so a later
 * view can show where else an actor or a date was met.
 */
import type { ActorKind, PageAnnotations } from '../recognition/types';
import { StorageError, withStorageErrors } from './errors';
import type { ActorEncounter, Article, ContexteDB, DateEncounter } from './schema';
import { runInTransaction } from './transaction';
import { articleKeyFor, normaliseUrl, siteOf } from './urls';
import { isActorKind, isCount, isNonEmptyString } from './validate';

/** What the page says about itself. */
export interface ArticleMeta {
  url: string;
  canonicalUrl?: string | null;
  title?: string | null;
  publishedAt?: string | null;
}

/** The actors and dates recognised on the page, reduced to what is kept. */
export interface VisitSummary {
  actors: { id: string; name: string; kind: ActorKind; count: number }[];
  dates: { value: string; text: string; count: number }[];
}

/** Reduces recognition output to a visit summary: one entry per actor and per date value. */
export function summariseAnnotations(page: Pick<PageAnnotations, 'actors' | 'dates'>): VisitSummary {
  const dates = new Map<string, { value: string; text: string; count: number }>();
  for (const date of page.dates) {
    const known = dates.get(date.value);
    if (known) known.count += 1;
    else dates.set(date.value, { value: date.value, text: date.text, count: 1 });
  }
  return {
    actors: page.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      count: actor.mentions.length,
    })),
    dates: [...dates.values()],
  };
}

/** The text, trimmed, or null when there is none. */
function present(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/** What is wrong with a summary (it comes from a content script), or null. */
function summaryProblem(summary: VisitSummary): string | null {
  if (!Array.isArray(summary?.actors) || !Array.isArray(summary?.dates)) return 'actors and dates must be lists';
  for (const actor of summary.actors) {
    if (!isNonEmptyString(actor?.id) || typeof actor.name !== 'string' || !isActorKind(actor.kind) || !isCount(actor.count)) {
      return 'each actor needs an id, a name, a kind and a count';
    }
  }
  for (const date of summary.dates) {
    if (!isNonEmptyString(date?.value) || typeof date.text !== 'string' || !isCount(date.count)) {
      return 'each date needs a value, its text and a count';
    }
  }
  return null;
}

/** Merges entries that share an id (or a date value), adding their counts. */
function mergeById<T extends { count: number }>(items: T[], keyOf: (item: T) => string): Map<string, T> {
  const merged = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    const known = merged.get(key);
    merged.set(key, known ? { ...known, count: known.count + item.count } : { ...item });
  }
  return merged;
}

/**
 * Records a visit in one transaction: creates or updates the article row (`firstSeen` kept,
 * `lastSeen` = now, newer metadata wins over older, missing metadata keeps the old) and replaces
 * the article's actor and date encounters with those of this visit.
 *
 * When the page declares a canonical URL and notes were kept under its plain URL before (v1
 * notes, or visits before the canonical link was read), those notes and that article row move to
 * the canonical key, so an article never splits in two.
 */
export function recordArticleVisit(
  db: ContexteDB,
  meta: ArticleMeta,
  summary: VisitSummary,
  now: number = Date.now(),
): Promise<Article> {
  return withStorageErrors(async () => {
    if (typeof meta.url !== 'string' || meta.url.trim() === '') {
      throw new StorageError('invalid', 'The visit was not recorded: the page has no address.');
    }
    const problem = summaryProblem(summary);
    if (problem) throw new StorageError('invalid', `The visit was not recorded: ${problem}.`);
    const key = articleKeyFor(meta);
    const plainKey = normaliseUrl(meta.url);
    const tx = openVisitTx(db);
    return runInTransaction(tx, async () => {
      const articles = tx.objectStore('articles');
      let previous = await articles.get(key);
      if (plainKey !== key) {
        const alias = await articles.get(plainKey);
        if (alias) {
          await moveArticle(tx, plainKey, key);
          previous = previous ? mergeArticles(previous, alias) : { ...alias, key };
        }
      }
      const article: Article = {
        key,
        url: meta.url,
        canonicalUrl: present(meta.canonicalUrl) ?? previous?.canonicalUrl ?? null,
        title: present(meta.title) ?? previous?.title ?? null,
        site: siteOf(key) || siteOf(meta.url) || previous?.site || '',
        publishedAt: present(meta.publishedAt) ?? previous?.publishedAt ?? null,
        firstSeen: previous ? Math.min(previous.firstSeen, now) : now,
        lastSeen: previous ? Math.max(previous.lastSeen, now) : now,
      };
      await articles.put(article);

      const actors = mergeById(summary.actors, (actor) => actor.id);
      const encounters = tx.objectStore('encounters');
      for (const old of await encounters.index('by-article').getAllKeys(key)) {
        if (!actors.has(old[1])) await encounters.delete(old);
      }
      for (const actor of actors.values()) {
        const row: ActorEncounter = {
          articleKey: key,
          actorId: actor.id,
          name: actor.name,
          kind: actor.kind,
          count: actor.count,
          lastSeen: now,
        };
        await encounters.put(row);
      }

      const dates = mergeById(summary.dates, (date) => date.value);
      const dateStore = tx.objectStore('dateEncounters');
      for (const old of await dateStore.index('by-article').getAllKeys(key)) {
        if (!dates.has(old[1])) await dateStore.delete(old);
      }
      for (const date of dates.values()) {
        const row: DateEncounter = { articleKey: key, value: date.value, text: date.text, count: date.count, lastSeen: now };
        await dateStore.put(row);
      }
      return article;
    });
  });
}

/** Every store a visit touches: notes too, because of the canonical-URL move. */
function openVisitTx(db: ContexteDB) {
  return db.transaction(['articles', 'notes', 'encounters', 'dateEncounters'], 'readwrite');
}

type VisitTx = ReturnType<typeof openVisitTx>;

/** Moves the notes of article `from` to `to` and drops `from`'s row and encounters. */
async function moveArticle(tx: VisitTx, from: string, to: string): Promise<void> {
  const notes = tx.objectStore('notes');
  for (const note of await notes.index('by-article').getAll(from)) {
    await notes.put({ ...note, articleKey: to });
  }
  const encounters = tx.objectStore('encounters');
  for (const old of await encounters.index('by-article').getAllKeys(from)) await encounters.delete(old);
  const dates = tx.objectStore('dateEncounters');
  for (const old of await dates.index('by-article').getAllKeys(from)) await dates.delete(old);
  await tx.objectStore('articles').delete(from);
}

function mergeArticles(kept: Article, other: Article): Article {
  return {
    ...kept,
    title: kept.title ?? other.title,
    publishedAt: kept.publishedAt ?? other.publishedAt,
    firstSeen: Math.min(kept.firstSeen, other.firstSeen),
    lastSeen: Math.max(kept.lastSeen, other.lastSeen),
  };
}

/** The article with this key, or null. */
export function getArticle(db: ContexteDB, key: string): Promise<Article | null> {
  return withStorageErrors(async () => (await db.get('articles', key)) ?? null);
}

/** Every article, most recently seen first. */
export function listArticles(db: ContexteDB): Promise<Article[]> {
  return withStorageErrors(async () => (await db.getAllFromIndex('articles', 'by-lastSeen')).reverse());
}

/** Where an actor was met: one row per article, most recent first. */
export function listEncountersForActor(db: ContexteDB, actorId: string): Promise<ActorEncounter[]> {
  return withStorageErrors(async () =>
    (await db.getAllFromIndex('encounters', 'by-actor', actorId)).sort((a, b) => b.lastSeen - a.lastSeen),
  );
}

/** Where a date (an exact ISO value) was met: one row per article, most recent first. */
export function listEncountersForDate(db: ContexteDB, value: string): Promise<DateEncounter[]> {
  return withStorageErrors(async () =>
    (await db.getAllFromIndex('dateEncounters', 'by-value', value)).sort((a, b) => b.lastSeen - a.lastSeen),
  );
}

/** What was met on one article at the last visit: actors by mentions, dates in time order. */
export function listEncountersForArticle(
  db: ContexteDB,
  articleKey: string,
): Promise<{ actors: ActorEncounter[]; dates: DateEncounter[] }> {
  return withStorageErrors(async () => {
    const tx = db.transaction(['encounters', 'dateEncounters']);
    const [actors, dates] = await Promise.all([
      tx.objectStore('encounters').index('by-article').getAll(articleKey),
      tx.objectStore('dateEncounters').index('by-article').getAll(articleKey),
    ]);
    return {
      actors: actors.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      dates: dates.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)),
    };
  });
}
