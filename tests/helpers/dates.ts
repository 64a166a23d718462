/** Resolved dates shared by the UI and overlay tests, whose articles are published on Monday 2023-12-11. */
import type { DateAnnotation } from '../../recognition/types';

/**
 * "vendredi dernier" / "Friday" in an article of Monday 2023-12-11: Friday 2023-12-08, three days
 * before publication. Tests add the text and offsets of their own article.
 */
export const lastFridayResolved: Omit<DateAnnotation, 'text' | 'start' | 'end'> = {
  value: '2023-12-08',
  granularity: 'day',
  first: '2023-12-08',
  last: '2023-12-08',
  daysFromReference: -3,
  phrase: '3 days before publication',
};
