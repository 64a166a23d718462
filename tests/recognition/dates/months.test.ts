import { describe, it } from 'vitest';
import { MONDAY, NEW_YEAR, WEDNESDAY, date, expectDates, expectNoDates, nth } from './helpers';

describe('months and days of a month, in French (Monday 2023-12-11)', () => {
  it('reads a month without a year as the most recent on or before publication', () => {
    expectDates('En octobre, en décembre, en janvier.', 'fr', MONDAY, [
      date('octobre', '2023-10', 'month', '2023-10-01', '2023-10-31', '2 mois avant la publication'),
      date('décembre', '2023-12', 'month', '2023-12-01', '2023-12-31', '10 jours avant la publication'),
      date('janvier', '2023-01', 'month', '2023-01-01', '2023-01-31', '11 mois avant la publication'),
    ]);
  });

  it('reads "prochain" as after publication and "dernier" as strictly before', () => {
    expectDates('En janvier prochain, puis en décembre dernier et en octobre dernier.', 'fr', MONDAY, [
      date('janvier prochain', '2024-01', 'month', '2024-01-01', '2024-01-31', '21 jours après la publication'),
      date('décembre dernier', '2022-12', 'month', '2022-12-01', '2022-12-31', '12 mois avant la publication'),
      date('octobre dernier', '2023-10', 'month', '2023-10-01', '2023-10-31', '2 mois avant la publication'),
    ]);
  });

  it('reads months with a year, and days without the article before them', () => {
    expectDates('En mars 2003, en octobre 2019, le 5 janvier 2020 et le 1er mai 2021.', 'fr', MONDAY, [
      date('mars 2003', '2003-03', 'month', '2003-03-01', '2003-03-31', '20 ans avant la publication'),
      date('octobre 2019', '2019-10', 'month', '2019-10-01', '2019-10-31', '4 ans avant la publication'),
      date('5 janvier 2020', '2020-01-05', 'day', '2020-01-05', '2020-01-05', '3 ans avant la publication'),
      date('1er mai 2021', '2021-05-01', 'day', '2021-05-01', '2021-05-01', '2 ans avant la publication'),
    ]);
  });

  it('places a day without a year on or before publication, unless "prochain" follows', () => {
    const text = 'Le 7 octobre, le 25 décembre, le 5 janvier dernier, le 5 janvier prochain.';
    expectDates(text, 'fr', MONDAY, [
      date('7 octobre', '2023-10-07', 'day', '2023-10-07', '2023-10-07', '2 mois avant la publication'),
      date('25 décembre', '2022-12-25', 'day', '2022-12-25', '2022-12-25', '11 mois avant la publication'),
      date('5 janvier dernier', '2023-01-05', 'day', '2023-01-05', '2023-01-05', '11 mois avant la publication'),
      date('5 janvier prochain', '2024-01-05', 'day', '2024-01-05', '2024-01-05', '25 jours après la publication'),
    ]);
  });

  it('finds a leap year for 29 February', () => {
    expectDates('Le 29 février, rien.', 'fr', MONDAY, [
      date('29 février', '2020-02-29', 'day', '2020-02-29', '2020-02-29', '3 ans avant la publication'),
    ]);
  });

  it('crosses the year boundary (Wednesday 2024-01-03)', () => {
    expectDates('En décembre, le 28 décembre, en janvier.', 'fr', NEW_YEAR, [
      date('décembre', '2023-12', 'month', '2023-12-01', '2023-12-31', '33 jours avant la publication'),
      date('28 décembre', '2023-12-28', 'day', '2023-12-28', '2023-12-28', '6 jours avant la publication'),
      date('janvier', '2024-01', 'month', '2024-01-01', '2024-01-31', '2 jours avant la publication'),
    ]);
  });

  it('reads a month in a sentence about the future as the one to come (Monday 2024-05-13)', () => {
    const text = 'Le Conseil se réunira début juin ; il s’était réuni début juin et en mars.';
    expectDates(text, 'fr', '2024-05-13', [
      date('début juin', '2024-06', 'month', '2024-06-01', '2024-06-10', '19 jours après la publication', nth(text, 'début', 1)),
      date('début juin', '2023-06', 'month', '2023-06-01', '2023-06-10', '11 mois avant la publication', nth(text, 'début', 2)),
      date('mars', '2024-03', 'month', '2024-03-01', '2024-03-31', '2 mois avant la publication'),
    ]);
  });

  it('does not take the planet for March', () => {
    expectNoDates('Une sonde partira vers Mars.', 'fr');
  });
});

describe('months and days of a month, in English (Wednesday 2024-03-13)', () => {
  it('reads months without a year, with last and next', () => {
    expectDates('In October, last October, next January, in May and in March.', 'en', WEDNESDAY, [
      date('October', '2023-10', 'month', '2023-10-01', '2023-10-31', '5 months before publication'),
      date('last October', '2023-10', 'month', '2023-10-01', '2023-10-31', '5 months before publication'),
      date('next January', '2025-01', 'month', '2025-01-01', '2025-01-31', '9 months after publication'),
      date('May', '2023-05', 'month', '2023-05-01', '2023-05-31', '10 months before publication'),
      date('March', '2024-03', 'month', '2024-03-01', '2024-03-31', '12 days before publication'),
    ]);
  });

  it('reads months with a year and days in both orders', () => {
    const text = 'October 2023, January 3, 2020, on 5 January 2020, Oct. 7 and the 7th of October.';
    expectDates(text, 'en', WEDNESDAY, [
      date('October 2023', '2023-10', 'month', '2023-10-01', '2023-10-31', '5 months before publication'),
      date('January 3, 2020', '2020-01-03', 'day', '2020-01-03', '2020-01-03', '4 years before publication'),
      date('5 January 2020', '2020-01-05', 'day', '2020-01-05', '2020-01-05', '4 years before publication'),
      date('Oct. 7', '2023-10-07', 'day', '2023-10-07', '2023-10-07', '5 months before publication'),
      date('7th of October', '2023-10-07', 'day', '2023-10-07', '2023-10-07', '5 months before publication'),
    ]);
  });

  it('places a day without a year on or before publication, in a leap year too (Thursday 2024-02-29)', () => {
    expectDates('On February 29 and on March 1.', 'en', '2024-02-29', [
      date('February 29', '2024-02-29', 'day', '2024-02-29', '2024-02-29', 'on the day of publication'),
      date('March 1', '2023-03-01', 'day', '2023-03-01', '2023-03-01', '11 months before publication'),
    ]);
  });

  it('reads a month or a day in a sentence about the future as the one to come', () => {
    const text = 'Talks resumed in April; she expected them to resume again in April.';
    expectDates(text, 'en', '2024-02-22', [
      date('April', '2023-04', 'month', '2023-04-01', '2023-04-30', '10 months before publication', nth(text, 'April', 1)),
      date('April', '2024-04', 'month', '2024-04-01', '2024-04-30', '39 days after publication', nth(text, 'April', 2)),
    ]);
    expectDates('They will need twice as much food by March.', 'en', '2024-01-18', [
      date('March', '2024-03', 'month', '2024-03-01', '2024-03-31', '43 days after publication'),
    ]);
    expectDates('He promised to bring them home by 1 September.', 'en', '2024-06-09', [
      date('1 September', '2024-09-01', 'day', '2024-09-01', '2024-09-01', '2 months after publication'),
    ]);
  });

  it('does not read a count after a day as its year', () => {
    expectDates('On October 7 40 hostages were taken.', 'en', WEDNESDAY, [
      date('October 7', '2023-10-07', 'day', '2023-10-07', '2023-10-07', '5 months before publication'),
    ]);
  });

  it('crosses the year boundary (Wednesday 2024-01-03)', () => {
    expectDates('On December 28.', 'en', NEW_YEAR, [
      date('December 28', '2023-12-28', 'day', '2023-12-28', '2023-12-28', '6 days before publication'),
    ]);
  });

  it('does not take the verb, the name or a lower-case word for a month', () => {
    expectNoDates('It may rain, said Theresa May, and protesters march in august company.', 'en', WEDNESDAY);
  });
});
