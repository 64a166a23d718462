/** Dates and times of notes (creation, last edit) in the reader's language and time zone. */
import type { UiLang } from '../page-ui/i18n';

/** Building an `Intl.DateTimeFormat` costs far more than formatting with one: one per style, language and zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: 'timestamp' | 'day', uiLang: UiLang, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${style}|${uiLang}|${timeZone ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = style === 'timestamp' ? { dateStyle: 'medium', timeStyle: 'short', timeZone } : { dateStyle: 'long', timeZone };
    format = new Intl.DateTimeFormat(uiLang, options);
    formatters.set(key, format);
  }
  return format;
}

/** "12 Dec 2023, 14:05" / "12 déc. 2023, 14:05". */
export function formatTimestamp(epochMs: number, uiLang: UiLang, timeZone?: string): string {
  return formatter('timestamp', uiLang, timeZone).format(new Date(epochMs));
}

/** "12 December 2023" for an ISO publication date, or the text itself when it is not a date. */
export function formatPublication(iso: string, uiLang: UiLang, timeZone?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  // A bare day has no time zone: show that day wherever the reader is.
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return formatter('day', uiLang, dayOnly ? 'UTC' : timeZone).format(new Date(time));
}
