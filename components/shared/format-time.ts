/** Dates and times of notes (creation, last edit) in the reader's language and time zone. */
import type { UiLang } from '../page-ui/i18n';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "12 Dec 2023, 14:05" / "12 déc. 2023, 14:05". */
export function formatTimestamp(epochMs: number, uiLang: UiLang, timeZone?: string): string {
  const key = `${uiLang}|${timeZone ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(uiLang, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    formatters.set(key, format);
  }
  return format.format(new Date(epochMs));
}

/** "12 December 2023" for an ISO publication date, or the text itself when it is not a date. */
export function formatPublication(iso: string, uiLang: UiLang, timeZone?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  // A bare day has no time zone: show that day wherever the reader is.
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(uiLang, { dateStyle: 'long', timeZone: dayOnly ? 'UTC' : timeZone }).format(new Date(time));
}
