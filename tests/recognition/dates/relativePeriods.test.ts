import { describe, it } from 'vitest';
import { MONDAY, NEW_YEAR, date, expectDates, expectNoDates } from './helpers';

describe('weeks, months and years relative to publication, in French (Monday 2023-12-11)', () => {
  it('reads weeks as ISO weeks', () => {
    expectDates('La semaine dernière, cette semaine et la semaine prochaine.', 'fr', MONDAY, [
      date('semaine dernière', '2023-W49', 'week', '2023-12-04', '2023-12-10', '7 jours avant la publication'),
      date('cette semaine', '2023-W50', 'week', '2023-12-11', '2023-12-17', 'le jour de la publication'),
      date('semaine prochaine', '2023-W51', 'week', '2023-12-18', '2023-12-24', '7 jours après la publication'),
    ]);
  });

  it('reads months and years', () => {
    const text = 'Le mois dernier, ce mois-ci, l’année dernière, l’an passé, cette année, l’année prochaine.';
    expectDates(text, 'fr', MONDAY, [
      date('mois dernier', '2023-11', 'month', '2023-11-01', '2023-11-30', '40 jours avant la publication'),
      date('ce mois-ci', '2023-12', 'month', '2023-12-01', '2023-12-31', '10 jours avant la publication'),
      date('année dernière', '2022', 'year', '2022-01-01', '2022-12-31', '23 mois avant la publication'),
      date('an passé', '2022', 'year', '2022-01-01', '2022-12-31', '23 mois avant la publication'),
      date('cette année', '2023', 'year', '2023-01-01', '2023-12-31', '11 mois avant la publication'),
      date('année prochaine', '2024', 'year', '2024-01-01', '2024-12-31', '21 jours après la publication'),
    ]);
  });

  it('reads the week before a new year as week 53 (Wednesday 2021-01-06)', () => {
    expectDates('La semaine dernière.', 'fr', '2021-01-06', [
      date('semaine dernière', '2020-W53', 'week', '2020-12-28', '2021-01-03', '9 jours avant la publication'),
    ]);
  });

  it('does not read vague stretches of time', () => {
    expectNoDates('Ces dernières années, au cours des dernières années, les mois derniers, la dernière semaine.', 'fr');
  });
});

describe('weeks, months and years relative to publication, in English (Wednesday 2024-01-03)', () => {
  it('reads last, this and next, across the year boundary', () => {
    const text = 'Last week, this week, next week, last month, this month, last year and next year.';
    expectDates(text, 'en', NEW_YEAR, [
      date('Last week', '2023-W52', 'week', '2023-12-25', '2023-12-31', '9 days before publication'),
      date('this week', '2024-W01', 'week', '2024-01-01', '2024-01-07', '2 days before publication'),
      date('next week', '2024-W02', 'week', '2024-01-08', '2024-01-14', '5 days after publication'),
      date('last month', '2023-12', 'month', '2023-12-01', '2023-12-31', '33 days before publication'),
      date('this month', '2024-01', 'month', '2024-01-01', '2024-01-31', '2 days before publication'),
      date('last year', '2023', 'year', '2023-01-01', '2023-12-31', '12 months before publication'),
      date('next year', '2025', 'year', '2025-01-01', '2025-12-31', '11 months after publication'),
    ]);
  });

  it('reads "this past week" as last week', () => {
    expectDates('Talks resumed this past week.', 'en', NEW_YEAR, [
      date('this past week', '2023-W52', 'week', '2023-12-25', '2023-12-31', '9 days before publication'),
    ]);
  });

  it('does not read vague stretches of time', () => {
    expectNoDates('Over the past year, in the last week, during the last year, in recent years.', 'en', NEW_YEAR);
  });
});
