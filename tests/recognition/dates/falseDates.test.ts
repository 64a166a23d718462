import { describe, it } from 'vitest';
import { MONDAY, WEDNESDAY, date, expectDates, expectNoDates } from './helpers';

/** Each kind of false date the recogniser must not report, alone and next to a real date. */
describe('what is not a date, in French (Monday 2023-12-11)', () => {
  it.each([
    ['a duration', 'La guerre de huit ans a ruiné le pays ; après huit ans de guerre, pendant deux semaines, en deux ans, pour trois mois.'],
    ['a count', 'Environ 2500 conseillers, 80 attaques, plus de 80, plus de 2000 soldats, 1 000 hommes.'],
    ['"maintenant" as a verb, or "now"', 'Les États-Unis maintiennent environ 2500 conseillers ; maintenant, la situation change.'],
    ['a time alone', 'La réunion a commencé à 14 heures et s’est terminée vers 22h30.'],
    ['a vague expression', 'Au cours des dernières années, récemment, ces derniers mois, dans les prochains jours, autrefois.'],
    ['a date relative to another event', 'Deux jours après l’assassinat, trois jours plus tard, la veille du vote, le lendemain, le mardi suivant.'],
    ['a number that is not a year', 'Le chapitre 1848, en 2150, 24/7, 1/3 des voix, un score de 3-2, 7,5 % de hausse.'],
    ['a word that chrono abbreviates', 'La mer Rouge, un jeu de dupes, le sam et le dim.'],
  ])('is not %s', (_kind, text) => {
    expectNoDates(text, 'fr');
  });

  it('keeps the real date beside a false one', () => {
    expectDates('La guerre de huit ans a pris fin en 1988, deux jours après l’assassinat.', 'fr', MONDAY, [
      date('1988', '1988', 'year', '1988-01-01', '1988-12-31', '35 ans avant la publication'),
    ]);
  });
});

describe('what is not a date, in English (Wednesday 2024-03-13)', () => {
  it.each([
    ['a duration', 'A three-year war ended; for two years, within two weeks, in 20 years, over three months.'],
    ['a count', 'About 1,000 troops, 2,500 advisers, 80 attacks, more than 80, 2000 troops.'],
    ['"now"', 'Now the United States keeps about 2,500 troops there.'],
    ['a time alone', 'The meeting began at 2 p.m. and ended at 22:30.'],
    ['a vague expression', 'Recently, in recent years, over the past year, in the coming days, in the last few months.'],
    ['a date relative to another event', 'Two days later, a week after the strike, three days before the vote, the following Monday, the day before.'],
    ['a number that is not a year', 'Chapter 1848, by 2150, 24/7, 1/3 of the votes, a 7.5 magnitude quake, a 3-2 win.'],
    ['a word that chrono abbreviates', 'He sat down, the Sun reported, they wed; it may rain.'],
  ])('is not %s', (_kind, text) => {
    expectNoDates(text, 'en', WEDNESDAY);
  });

  it('keeps the real date beside a false one', () => {
    expectDates('The eight-year war ended in 1988; two days later, a truce held.', 'en', WEDNESDAY, [
      date('1988', '1988', 'year', '1988-01-01', '1988-12-31', '36 years before publication'),
    ]);
  });
});
