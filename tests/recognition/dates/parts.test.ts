import { describe, it } from 'vitest';
import { LEAP_DAY, MONDAY, WEDNESDAY, date, expectDates } from './helpers';

describe('parts of a month', () => {
  it('in French: mi-, début, fin narrow the first and last days (Monday 2023-12-11)', () => {
    const text = 'Depuis la mi-octobre, début décembre, fin décembre, début d’octobre, fin décembre 2011.';
    expectDates(text, 'fr', MONDAY, [
      date('mi-octobre', '2023-10', 'month', '2023-10-11', '2023-10-20', '2 mois avant la publication'),
      date('début décembre', '2023-12', 'month', '2023-12-01', '2023-12-10', '10 jours avant la publication'),
      date('fin décembre', '2023-12', 'month', '2023-12-21', '2023-12-31', '10 jours après la publication'),
      date('début d’octobre', '2023-10', 'month', '2023-10-01', '2023-10-10', '2 mois avant la publication'),
      date('fin décembre 2011', '2011-12', 'month', '2011-12-21', '2011-12-31', '11 ans avant la publication'),
    ]);
  });

  it('ends late February on the 29th in a leap year', () => {
    expectDates('Fin février 2024.', 'fr', MONDAY, [
      date('Fin février 2024', '2024-02', 'month', '2024-02-21', '2024-02-29', '2 mois après la publication'),
    ]);
  });

  it('in English: mid-, early, late, the end of (Wednesday 2024-03-13)', () => {
    const text = 'Since mid-October, early December, late December 2023, and at the end of December.';
    expectDates(text, 'en', WEDNESDAY, [
      date('mid-October', '2023-10', 'month', '2023-10-11', '2023-10-20', '5 months before publication'),
      date('early December', '2023-12', 'month', '2023-12-01', '2023-12-10', '3 months before publication'),
      date('late December 2023', '2023-12', 'month', '2023-12-21', '2023-12-31', '2 months before publication'),
      date('end of December', '2023-12', 'month', '2023-12-21', '2023-12-31', '2 months before publication'),
    ]);
  });

  it('in English, late February of a leap year (Thursday 2024-02-29)', () => {
    expectDates('In late February, talks resumed.', 'en', LEAP_DAY, [
      date('late February', '2024-02', 'month', '2024-02-21', '2024-02-29', '8 days before publication'),
    ]);
  });
});

describe('parts of a year', () => {
  it('in French: début, mi-, fin narrow to January–April, May–August, September–December', () => {
    expectDates('Début 2020, mi-2021, fin 2019 et début de l’année 2022.', 'fr', MONDAY, [
      date('Début 2020', '2020', 'year', '2020-01-01', '2020-04-30', '3 ans avant la publication'),
      date('mi-2021', '2021', 'year', '2021-05-01', '2021-08-31', '2 ans avant la publication'),
      date('fin 2019', '2019', 'year', '2019-09-01', '2019-12-31', '4 ans avant la publication'),
      date('début de l’année 2022', '2022', 'year', '2022-01-01', '2022-04-30', '23 mois avant la publication'),
    ]);
  });

  it('in English: early, mid-, late, the beginning of', () => {
    expectDates('Early 2020, mid-2021, late 2019 and the beginning of 2022.', 'en', WEDNESDAY, [
      date('Early 2020', '2020', 'year', '2020-01-01', '2020-04-30', '4 years before publication'),
      date('mid-2021', '2021', 'year', '2021-05-01', '2021-08-31', '2 years before publication'),
      date('late 2019', '2019', 'year', '2019-09-01', '2019-12-31', '4 years before publication'),
      date('beginning of 2022', '2022', 'year', '2022-01-01', '2022-04-30', '2 years before publication'),
    ]);
  });
});
