import { afterEach, describe, expect, it } from 'vitest';
import { findDates } from '../../../recognition/dates/index';
import { ENGLISH_ARTICLE, FRENCH_ARTICLE } from './newsText';
import { MONDAY, date, datesIn, expectDates, referenceOf } from './helpers';

describe('findDates', () => {
  it('finds nothing for a language it has no rules for', () => {
    expect(findDates('Am 5. Januar 2020, gestern.', { lang: null, referenceDate: referenceOf(MONDAY), uiLang: 'en' })).toEqual([]);
  });

  it('returns sorted, non-overlapping spans that are exactly the article text', () => {
    for (const [text, lang] of [
      [FRENCH_ARTICLE, 'fr'],
      [ENGLISH_ARTICLE, 'en'],
    ] as const) {
      const found = datesIn(text, lang, MONDAY);
      expect(found.length).toBeGreaterThan(10);
      found.forEach((annotation, index) => {
        expect(text.slice(annotation.start, annotation.end)).toBe(annotation.text);
        expect(annotation.text).toBe(annotation.text.trim());
        if (index > 0) expect(annotation.start).toBeGreaterThanOrEqual(found[index - 1]!.end);
      });
    }
  });

  it('takes the UTC calendar day of the reference instant as the publication day', () => {
    // 23:30 in New York on the 11th is already the 12th in UTC.
    const found = findDates('Hier, à Bagdad.', { lang: 'fr', referenceDate: new Date('2023-12-11T23:30:00-05:00'), uiLang: 'fr' });
    expect(found.map((annotation) => [annotation.value, annotation.phrase])).toEqual([
      ['2023-12-11', '1 jour avant la publication'],
    ]);
  });

  describe('in any time zone of the machine', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it('gives the same dates', () => {
      const text = 'Vendredi dernier, il y a deux jours, le 5 janvier 2020, la semaine dernière, en octobre.';
      process.env.TZ = 'UTC';
      const inUtc = datesIn(text, 'fr', MONDAY);
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Tehran']) {
        process.env.TZ = zone;
        expect(datesIn(text, 'fr', MONDAY)).toEqual(inUtc);
      }
      expect(inUtc).toHaveLength(5);
    });
  });

  it('finds dates far into a long text, at the right offsets', () => {
    const filler = 'Les discussions se poursuivent entre les différentes parties, selon des sources concordantes. ';
    const text = `${filler.repeat(2000)}Le 5 janvier 2020, à Bagdad.\n${filler.repeat(2000)}Hier soir.`;
    expectDates(text, 'fr', MONDAY, [
      date('5 janvier 2020', '2020-01-05', 'day', '2020-01-05', '2020-01-05', '3 ans avant la publication'),
      date('Hier soir', '2023-12-10', 'day', '2023-12-10', '2023-12-10', '1 jour avant la publication'),
    ]);
  });

  it('reads the future only in the date’s own clause, never across passages or sentences', () => {
    const filler = 'The talks went on between the parties, according to the same sources. '.repeat(20);
    const text = `The council will meet soon. ${filler}\nOn 18 May, Gantz spoke. They will vote. On 1 June, he resigned.`;
    expectDates(text, 'en', '2024-06-09', [
      date('18 May', '2024-05-18', 'day', '2024-05-18', '2024-05-18', '22 days before publication'),
      date('1 June', '2024-06-01', 'day', '2024-06-01', '2024-06-01', '8 days before publication'),
    ]);
  });

  it('reads a date right at a line break or at either end of the text', () => {
    expectDates('2014-2017\nEn 2014', 'fr', MONDAY, [
      date('2014-2017', '2014/2017', 'interval', '2014-01-01', '2017-12-31', '9 ans avant la publication'),
      date('2014', '2014', 'year', '2014-01-01', '2014-12-31', '9 ans avant la publication', 13),
    ]);
  });
});
