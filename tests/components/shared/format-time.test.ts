import { describe, expect, it } from 'vitest';
import { formatPublication, formatTimestamp } from '../../../components/shared/format-time';

describe('formatTimestamp', () => {
  it('writes the time of a note in the reader’s language and zone', () => {
    const at = Date.UTC(2023, 11, 12, 14, 5);
    expect(formatTimestamp(at, 'en', 'UTC')).toBe('Dec 12, 2023, 2:05 PM');
    expect(formatTimestamp(at, 'fr', 'UTC')).toBe('12 déc. 2023, 14:05');
    expect(formatTimestamp(at, 'fr', 'Asia/Baghdad')).toBe('12 déc. 2023, 17:05');
  });
});

describe('formatPublication', () => {
  it('shows a bare day as that day in any zone, and a moment in the reader’s zone', () => {
    expect(formatPublication('2023-12-11', 'en', 'America/Los_Angeles')).toBe('December 11, 2023');
    expect(formatPublication('2023-12-11', 'fr', 'Asia/Tokyo')).toBe('11 décembre 2023');
    expect(formatPublication('2023-12-11T23:30:00Z', 'en', 'Asia/Baghdad')).toBe('December 12, 2023');
  });

  it('gives back text that is not a date as it is', () => {
    expect(formatPublication('last spring', 'en')).toBe('last spring');
  });
});
