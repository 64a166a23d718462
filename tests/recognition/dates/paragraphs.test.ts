import { describe, it } from 'vitest';
import { MONDAY, WEDNESDAY, date, expectDates } from './helpers';
import { ENGLISH_PARAGRAPH, FRENCH_PARAGRAPH } from './newsText';

describe('a news paragraph', () => {
  it('in French: every date and nothing else (Monday 2023-12-11)', () => {
    expectDates(FRENCH_PARAGRAPH, 'fr', MONDAY, [
      date('vendredi dernier', '2023-12-08', 'day', '2023-12-08', '2023-12-08', '3 jours avant la publication'),
      date('mars 2003', '2003-03', 'month', '2003-03-01', '2003-03-31', '20 ans avant la publication'),
      date('mi-décembre 2011', '2011-12', 'month', '2011-12-11', '2011-12-20', '12 ans avant la publication'),
      date('2014', '2014', 'year', '2014-01-01', '2014-12-31', '9 ans avant la publication'),
      date('Entre 2014 et 2017', '2014/2017', 'interval', '2014-01-01', '2017-12-31', '9 ans avant la publication'),
      date('juillet 2017', '2017-07', 'month', '2017-07-01', '2017-07-31', '6 ans avant la publication'),
      date('3 janvier 2020', '2020-01-03', 'day', '2020-01-03', '2020-01-03', '3 ans avant la publication'),
      date('mi-octobre', '2023-10', 'month', '2023-10-11', '2023-10-20', '2 mois avant la publication'),
      date('Hier soir', '2023-12-10', 'day', '2023-12-10', '2023-12-10', '1 jour avant la publication'),
      date('années 1980', '1980/1989', 'interval', '1980-01-01', '1989-12-31', '43 ans avant la publication'),
    ]);
  });

  it('in English: every date and nothing else (Wednesday 2024-03-13)', () => {
    expectDates(ENGLISH_PARAGRAPH, 'en', WEDNESDAY, [
      date('last Friday', '2024-03-08', 'day', '2024-03-08', '2024-03-08', '5 days before publication'),
      date('March 2003', '2003-03', 'month', '2003-03-01', '2003-03-31', '21 years before publication'),
      date('mid-December 2011', '2011-12', 'month', '2011-12-11', '2011-12-20', '12 years before publication'),
      date('2014', '2014', 'year', '2014-01-01', '2014-12-31', '10 years before publication'),
      date('Between 2014 and 2017', '2014/2017', 'interval', '2014-01-01', '2017-12-31', '10 years before publication'),
      date('July 2017', '2017-07', 'month', '2017-07-01', '2017-07-31', '6 years before publication'),
      date('January 3, 2020', '2020-01-03', 'day', '2020-01-03', '2020-01-03', '4 years before publication'),
      date('mid-October', '2023-10', 'month', '2023-10-11', '2023-10-20', '5 months before publication'),
      date('Monday evening', '2024-03-11', 'day', '2024-03-11', '2024-03-11', '2 days before publication'),
      date('1980s', '1980/1989', 'interval', '1980-01-01', '1989-12-31', '44 years before publication'),
    ]);
  });

  it('phrases follow the reader’s language, not the article’s', () => {
    expectDates('Vendredi dernier, à Bagdad.', 'fr', MONDAY, [
      date('Vendredi dernier', '2023-12-08', 'day', '2023-12-08', '2023-12-08', '3 days before publication'),
    ], 'en');
  });
});
