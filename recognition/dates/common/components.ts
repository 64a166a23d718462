import type { ParsedComponents, ParsingComponents } from 'chrono-node';
import { calendarDate, dayNumber } from './calendar';

/** The day number chrono components point at (known or implied fields). */
export function dayOfComponents(components: ParsedComponents): number {
  return dayNumber(components.get('year') ?? 0, components.get('month') ?? 1, components.get('day') ?? 1);
}

/**
 * Point components at a day without stating it, as chrono does for a bare weekday; its merging
 * rules ("mardi 5 décembre") rely on the day being implied.
 */
export function implyDay(components: ParsingComponents, day: number): ParsingComponents {
  const date = calendarDate(day);
  return components.imply('year', date.year).imply('month', date.month).imply('day', date.day);
}

export type Level = 'day' | 'month' | 'year';

/** Granularity chrono components are written at: the finest stated field (a weekday states a day). */
export function levelOf(components: ParsedComponents): Level | null {
  if (components.isCertain('day') || components.isCertain('weekday')) return 'day';
  if (components.isCertain('month')) return 'month';
  if (components.isCertain('year')) return 'year';
  return null;
}
