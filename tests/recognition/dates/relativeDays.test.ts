import { describe, it } from 'vitest';
import { MONDAY, WEDNESDAY, date, expectDates, expectNoDates } from './helpers';

describe('days named relative to publication, in French (Monday 2023-12-11)', () => {
  it('reads today, yesterday, the day before, tomorrow and the day after', () => {
    const text = 'Il l’a annoncé aujourd’hui, après une réunion hier et une autre avant-hier ; suite demain ou après-demain.';
    expectDates(text, 'fr', MONDAY, [
      date('aujourd’hui', '2023-12-11', 'day', '2023-12-11', '2023-12-11', 'le jour de la publication'),
      date('hier', '2023-12-10', 'day', '2023-12-10', '2023-12-10', '1 jour avant la publication'),
      date('avant-hier', '2023-12-09', 'day', '2023-12-09', '2023-12-09', '2 jours avant la publication'),
      date('demain', '2023-12-12', 'day', '2023-12-12', '2023-12-12', '1 jour après la publication'),
      date('après-demain', '2023-12-13', 'day', '2023-12-13', '2023-12-13', '2 jours après la publication'),
    ]);
  });

  it('reads "il y a" with days, weeks, months and years, at the granularity written', () => {
    const text = 'Il y a deux jours, il y a trois semaines, il y a deux mois, il y a trois ans.';
    expectDates(text, 'fr', MONDAY, [
      date('Il y a deux jours', '2023-12-09', 'day', '2023-12-09', '2023-12-09', '2 jours avant la publication'),
      date('il y a trois semaines', '2023-11-20', 'day', '2023-11-20', '2023-11-20', '21 jours avant la publication'),
      date('il y a deux mois', '2023-10', 'month', '2023-10-01', '2023-10-31', '2 mois avant la publication'),
      date('il y a trois ans', '2020', 'year', '2020-01-01', '2020-12-31', '3 ans avant la publication'),
    ]);
  });

  it('keeps the part of the day in the span, and reads "dans deux jours"', () => {
    expectDates('Hier soir, ce matin et cette nuit ; le vote aura lieu dans deux jours.', 'fr', MONDAY, [
      date('Hier soir', '2023-12-10', 'day', '2023-12-10', '2023-12-10', '1 jour avant la publication'),
      date('ce matin', '2023-12-11', 'day', '2023-12-11', '2023-12-11', 'le jour de la publication'),
      date('cette nuit', '2023-12-11', 'day', '2023-12-11', '2023-12-11', 'le jour de la publication'),
      date('dans deux jours', '2023-12-13', 'day', '2023-12-13', '2023-12-13', '2 jours après la publication'),
    ]);
  });

  it('does not read vague or event-relative days', () => {
    expectNoDates('Il y a quelques jours, la veille de l’attaque, le lendemain du vote, maintenant.', 'fr');
  });
});

describe('days named relative to publication, in English (Wednesday 2024-03-13)', () => {
  it('reads today, yesterday, the day before yesterday, tomorrow, last night', () => {
    const text = 'It was announced today, after a meeting yesterday and one the day before yesterday; more tomorrow. Last night too.';
    expectDates(text, 'en', WEDNESDAY, [
      date('today', '2024-03-13', 'day', '2024-03-13', '2024-03-13', 'on the day of publication'),
      date('yesterday', '2024-03-12', 'day', '2024-03-12', '2024-03-12', '1 day before publication'),
      date('day before yesterday', '2024-03-11', 'day', '2024-03-11', '2024-03-11', '2 days before publication'),
      date('tomorrow', '2024-03-14', 'day', '2024-03-14', '2024-03-14', '1 day after publication'),
      date('Last night', '2024-03-12', 'day', '2024-03-12', '2024-03-12', '1 day before publication'),
    ]);
  });

  it('reads "ago" with days, weeks and months, and the part of the day', () => {
    const text = 'Two days ago, three weeks ago, two months ago, and yesterday morning.';
    expectDates(text, 'en', WEDNESDAY, [
      date('Two days ago', '2024-03-11', 'day', '2024-03-11', '2024-03-11', '2 days before publication'),
      date('three weeks ago', '2024-02-21', 'day', '2024-02-21', '2024-02-21', '21 days before publication'),
      date('two months ago', '2024-01', 'month', '2024-01-01', '2024-01-31', '2 months before publication'),
      date('yesterday morning', '2024-03-12', 'day', '2024-03-12', '2024-03-12', '1 day before publication'),
    ]);
  });

  it('does not read vague or event-relative days', () => {
    expectNoDates('A few days ago, several years ago, two days later, three days before the vote, now.', 'en', WEDNESDAY);
  });
});
