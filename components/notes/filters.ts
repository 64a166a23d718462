/** The notes page's filters as the reader sets them, and the query they make. */
import type { NoteQuery, NoteSort } from '../../messaging/protocol';

export interface NoteFilters {
  text: string;
  articleKey: string;
  actorId: string;
  tag: string;
  /** `YYYY-MM-DD` from a date field, or '' for no bound. */
  from: string;
  to: string;
  sort: NoteSort;
}

export const noFilters: NoteFilters = { text: '', articleKey: '', actorId: '', tag: '', from: '', to: '', sort: 'newest' };

export const sortOrders: readonly NoteSort[] = ['newest', 'oldest', 'edited', 'article'];

/** Local midnight of a `YYYY-MM-DD` day, `days` days later; null when the text is not a day. */
function localDay(day: string, days = 0): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days).getTime();
}

/** The query for these filters: only the fields set, dates as whole local days (both ends included). */
export function toQuery(filters: NoteFilters): NoteQuery {
  const query: NoteQuery = { sort: filters.sort };
  const text = filters.text.trim() === '' ? '' : filters.text;
  if (text) query.text = text;
  if (filters.articleKey) query.articleKey = filters.articleKey;
  if (filters.actorId) query.actorId = filters.actorId;
  if (filters.tag) query.tags = [filters.tag];
  const from = localDay(filters.from);
  const nextDay = localDay(filters.to, 1);
  if (from !== null) query.createdFrom = from;
  if (nextDay !== null) query.createdTo = nextDay - 1;
  return query;
}

/** Whether anything narrows the list (the sort order does not). */
export function isFiltered(filters: NoteFilters): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.articleKey !== '' ||
    filters.actorId !== '' ||
    filters.tag !== '' ||
    filters.from !== '' ||
    filters.to !== ''
  );
}
