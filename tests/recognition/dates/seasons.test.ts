import { describe, it } from 'vitest';
import { MONDAY, WEDNESDAY, date, expectDates, expectNoDates, nth } from './helpers';

const FUTURE_TEXT = 'Au printemps, les combats ont repris ; des élections auront lieu au printemps. En hiver, il neige.';

describe('seasons in French (Monday 2023-12-11)', () => {
  it('reads "dernier" as the most recent completed season, without the article', () => {
    expectDates('L’automne dernier et l’hiver dernier.', 'fr', MONDAY, [
      date('automne dernier', '2023-09/2023-11', 'season', '2023-09-01', '2023-11-30', '3 mois avant la publication'),
      date('hiver dernier', '2022-12/2023-02', 'season', '2022-12-01', '2023-02-28', '12 mois avant la publication'),
    ]);
  });

  it('reads "cet" as the season under way or the nearer one, "prochain" as the next', () => {
    expectDates('Cet hiver, cet été, l’été prochain.', 'fr', MONDAY, [
      date('Cet hiver', '2023-12/2024-02', 'season', '2023-12-01', '2024-02-29', '10 jours avant la publication'),
      date('cet été', '2023-06/2023-08', 'season', '2023-06-01', '2023-08-31', '6 mois avant la publication'),
      date('été prochain', '2024-06/2024-08', 'season', '2024-06-01', '2024-08-31', '5 mois après la publication'),
    ]);
  });

  it('reads a season with its year (winter runs into the next year)', () => {
    expectDates('Au printemps 2011, l’été 2014 et l’hiver 2014.', 'fr', MONDAY, [
      date('printemps 2011', '2011-03/2011-05', 'season', '2011-03-01', '2011-05-31', '12 ans avant la publication'),
      date('été 2014', '2014-06/2014-08', 'season', '2014-06-01', '2014-08-31', '9 ans avant la publication'),
      date('hiver 2014', '2014-12/2015-02', 'season', '2014-12-01', '2015-02-28', '9 ans avant la publication'),
    ]);
  });

  it('reads a season alone after a preposition: the last one, or the next one in a sentence about the future', () => {
    expectDates(FUTURE_TEXT, 'fr', MONDAY, [
      date('printemps', '2023-03/2023-05', 'season', '2023-03-01', '2023-05-31', '9 mois avant la publication', nth(FUTURE_TEXT, 'printemps', 1)),
      date('printemps', '2024-03/2024-05', 'season', '2024-03-01', '2024-05-31', '2 mois après la publication', nth(FUTURE_TEXT, 'printemps', 2)),
      date('hiver', '2023-12/2024-02', 'season', '2023-12-01', '2024-02-29', '10 jours avant la publication'),
    ]);
  });

  it('does not read a season alone elsewhere, in a name, or the verb', () => {
    expectNoDates('Le printemps arabe, lors du printemps de Prague, un été indien, il a été blessé, l’hiver fut long.', 'fr');
  });
});

describe('seasons in English (Wednesday 2024-03-13)', () => {
  it('reads last, this and next', () => {
    expectDates('Last fall, last winter, this winter, this summer and next spring.', 'en', WEDNESDAY, [
      date('Last fall', '2023-09/2023-11', 'season', '2023-09-01', '2023-11-30', '6 months before publication'),
      date('last winter', '2023-12/2024-02', 'season', '2023-12-01', '2024-02-29', '3 months before publication'),
      date('this winter', '2023-12/2024-02', 'season', '2023-12-01', '2024-02-29', '3 months before publication'),
      date('this summer', '2024-06/2024-08', 'season', '2024-06-01', '2024-08-31', '2 months after publication'),
      date('next spring', '2025-03/2025-05', 'season', '2025-03-01', '2025-05-31', '11 months after publication'),
    ]);
  });

  it('reads a season with its year, "of" included', () => {
    expectDates('In the summer of 2014 and in fall 2015.', 'en', WEDNESDAY, [
      date('summer of 2014', '2014-06/2014-08', 'season', '2014-06-01', '2014-08-31', '9 years before publication'),
      date('fall 2015', '2015-09/2015-11', 'season', '2015-09-01', '2015-11-30', '8 years before publication'),
    ]);
  });

  it('reads a season alone after "in": the last one, or the next one in a sentence about the future', () => {
    expectDates('Fighting resumed in the summer. Elections are to be held in the autumn.', 'en', WEDNESDAY, [
      date('summer', '2023-06/2023-08', 'season', '2023-06-01', '2023-08-31', '9 months before publication'),
      date('autumn', '2024-09/2024-11', 'season', '2024-09-01', '2024-11-30', '5 months after publication'),
    ]);
  });

  it('does not read a season alone elsewhere, in a name, or the verb', () => {
    expectNoDates('The Arab Spring, prices fall, killed in the fall of Mosul, a summer camp.', 'en', WEDNESDAY);
  });
});
