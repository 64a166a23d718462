import { describe, it } from 'vitest';
import { MONDAY, NEW_YEAR, WEDNESDAY, date, expectDates } from './helpers';

describe('ranges of days and months, in French (Monday 2023-12-11)', () => {
  it('reads "du … au …" and "entre le … et le …", the opening word included', () => {
    expectDates('Du 7 au 9 octobre 2023, puis entre le 7 et le 9 octobre.', 'fr', MONDAY, [
      date('Du 7 au 9 octobre 2023', '2023-10-07/2023-10-09', 'interval', '2023-10-07', '2023-10-09', '2 mois avant la publication'),
      date('entre le 7 et le 9 octobre', '2023-10-07/2023-10-09', 'interval', '2023-10-07', '2023-10-09', '2 mois avant la publication'),
    ]);
  });

  it('reads two consecutive days as a range, two distant days as separate', () => {
    expectDates('Les 7 et 8 octobre ; les 3 et 17 octobre.', 'fr', MONDAY, [
      date('7 et 8 octobre', '2023-10-07/2023-10-08', 'interval', '2023-10-07', '2023-10-08', '2 mois avant la publication'),
      date('17 octobre', '2023-10-17', 'day', '2023-10-17', '2023-10-17', '55 jours avant la publication'),
    ]);
  });

  it('reads ranges of months and across months, a missing year taken from the other side', () => {
    const text = 'De janvier à mars 2020, du 5 janvier au 9 février 2020, entre octobre 2022 et mars 2023, d’octobre à décembre.';
    expectDates(text, 'fr', MONDAY, [
      date('De janvier à mars 2020', '2020-01/2020-03', 'interval', '2020-01-01', '2020-03-31', '3 ans avant la publication'),
      date('du 5 janvier au 9 février 2020', '2020-01-05/2020-02-09', 'interval', '2020-01-05', '2020-02-09', '3 ans avant la publication'),
      date('entre octobre 2022 et mars 2023', '2022-10/2023-03', 'interval', '2022-10-01', '2023-03-31', '14 mois avant la publication'),
      date('d’octobre à décembre', '2023-10/2023-12', 'interval', '2023-10-01', '2023-12-31', '2 mois avant la publication'),
    ]);
  });

  it('places a range without a year by its start, across the new year (Wednesday 2024-01-03)', () => {
    expectDates('Du 20 décembre au 5 janvier, du 28 au 30 décembre.', 'fr', NEW_YEAR, [
      date('Du 20 décembre au 5 janvier', '2023-12-20/2024-01-05', 'interval', '2023-12-20', '2024-01-05', '14 jours avant la publication'),
      date('du 28 au 30 décembre', '2023-12-28/2023-12-30', 'interval', '2023-12-28', '2023-12-30', '6 jours avant la publication'),
    ]);
  });
});

describe('ranges of days and months, in English (Wednesday 2024-03-13)', () => {
  it('reads "from … to …", "between … and …", a dash, and consecutive days', () => {
    const text = 'From October 7 to 9, 2023; between October 7 and 9; October 7-9; October 7 and 8; 7 and 8 October.';
    expectDates(text, 'en', WEDNESDAY, [
      date('From October 7 to 9, 2023', '2023-10-07/2023-10-09', 'interval', '2023-10-07', '2023-10-09', '5 months before publication'),
      date('between October 7 and 9', '2023-10-07/2023-10-09', 'interval', '2023-10-07', '2023-10-09', '5 months before publication'),
      date('October 7-9', '2023-10-07/2023-10-09', 'interval', '2023-10-07', '2023-10-09', '5 months before publication'),
      date('October 7 and 8', '2023-10-07/2023-10-08', 'interval', '2023-10-07', '2023-10-08', '5 months before publication'),
      date('7 and 8 October', '2023-10-07/2023-10-08', 'interval', '2023-10-07', '2023-10-08', '5 months before publication'),
    ]);
  });

  it('reads a range of days written with their weekdays', () => {
    expectDates('From Monday, Dec. 4, to Friday, Dec. 8, talks went on.', 'en', MONDAY, [
      date('From Monday, Dec. 4, to Friday, Dec. 8', '2023-12-04/2023-12-08', 'interval', '2023-12-04', '2023-12-08', '7 days before publication'),
    ]);
  });

  it('reads abbreviated months in a range of days', () => {
    expectDates('Between Jan. 1 and 15 it rained; Oct. 7 and 8.', 'en', WEDNESDAY, [
      date('Between Jan. 1 and 15', '2024-01-01/2024-01-15', 'interval', '2024-01-01', '2024-01-15', '2 months before publication'),
      date('Oct. 7 and 8', '2023-10-07/2023-10-08', 'interval', '2023-10-07', '2023-10-08', '5 months before publication'),
    ]);
  });

  it('reads ranges of months, a missing year taken from the other side', () => {
    expectDates('From January to March 2020, and between October 2022 and March 2023.', 'en', WEDNESDAY, [
      date('From January to March 2020', '2020-01/2020-03', 'interval', '2020-01-01', '2020-03-31', '4 years before publication'),
      date('between October 2022 and March 2023', '2022-10/2023-03', 'interval', '2022-10-01', '2023-03-31', '17 months before publication'),
    ]);
  });

  it('reads a date relative to another date, which chrono merges', () => {
    expectDates('A week after October 7, the talks resumed.', 'en', WEDNESDAY, [
      date('A week after October 7', '2023-10-14', 'day', '2023-10-14', '2023-10-14', '4 months before publication'),
    ]);
  });
});
