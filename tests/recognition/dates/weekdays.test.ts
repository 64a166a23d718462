import { describe, it } from 'vitest';
import { MONDAY, NEW_YEAR, WEDNESDAY, date, expectDates, expectNoDates } from './helpers';

describe('weekdays in French (Monday 2023-12-11)', () => {
  it('reads a bare weekday as the one on or before publication', () => {
    expectDates('Le ministre a parlé mercredi, puis lundi.', 'fr', MONDAY, [
      date('mercredi', '2023-12-06', 'day', '2023-12-06', '2023-12-06', '5 jours avant la publication'),
      date('lundi', '2023-12-11', 'day', '2023-12-11', '2023-12-11', 'le jour de la publication'),
    ]);
  });

  it('reads "dernier" as strictly before, "prochain" as after, "ce" as this week', () => {
    const text = 'Vendredi dernier, lundi dernier, vendredi prochain et ce mercredi.';
    expectDates(text, 'fr', MONDAY, [
      date('Vendredi dernier', '2023-12-08', 'day', '2023-12-08', '2023-12-08', '3 jours avant la publication'),
      date('lundi dernier', '2023-12-04', 'day', '2023-12-04', '2023-12-04', '7 jours avant la publication'),
      date('vendredi prochain', '2023-12-15', 'day', '2023-12-15', '2023-12-15', '4 jours après la publication'),
      date('ce mercredi', '2023-12-13', 'day', '2023-12-13', '2023-12-13', '2 jours après la publication'),
    ]);
  });

  it('keeps the part of the day or the time, and merges a weekday with its date', () => {
    const text = 'Samedi soir, dimanche à 14 heures, puis mardi 5 décembre.';
    expectDates(text, 'fr', MONDAY, [
      date('Samedi soir', '2023-12-09', 'day', '2023-12-09', '2023-12-09', '2 jours avant la publication'),
      date('dimanche à 14 heures', '2023-12-10', 'day', '2023-12-10', '2023-12-10', '1 jour avant la publication'),
      date('mardi 5 décembre', '2023-12-05', 'day', '2023-12-05', '2023-12-05', '6 jours avant la publication'),
    ]);
  });

  it('crosses the year boundary (Wednesday 2024-01-03)', () => {
    expectDates('Vendredi dernier, à Bagdad.', 'fr', NEW_YEAR, [
      date('Vendredi dernier', '2023-12-29', 'day', '2023-12-29', '2023-12-29', '5 jours avant la publication'),
    ]);
  });

  it('does not read habits, weekdays relative to an event, or abbreviations that are words', () => {
    expectNoDates('Chaque lundi, tous les lundis, le lundi suivant, le jeudi d’après, la mer Rouge, un jeu.', 'fr');
  });
});

describe('weekdays in English (Wednesday 2024-03-13)', () => {
  it('reads a bare weekday as the one on or before publication, without "on"', () => {
    expectDates('He spoke on Wednesday, on Monday and on Thursday.', 'en', WEDNESDAY, [
      date('Wednesday', '2024-03-13', 'day', '2024-03-13', '2024-03-13', 'on the day of publication'),
      date('Monday', '2024-03-11', 'day', '2024-03-11', '2024-03-11', '2 days before publication'),
      date('Thursday', '2024-03-07', 'day', '2024-03-07', '2024-03-07', '6 days before publication'),
    ]);
  });

  it('reads "last" as strictly before, "next" as after, "this" as this week', () => {
    expectDates('Last Friday, last Wednesday, next Monday and this Friday.', 'en', WEDNESDAY, [
      date('Last Friday', '2024-03-08', 'day', '2024-03-08', '2024-03-08', '5 days before publication'),
      date('last Wednesday', '2024-03-06', 'day', '2024-03-06', '2024-03-06', '7 days before publication'),
      date('next Monday', '2024-03-18', 'day', '2024-03-18', '2024-03-18', '5 days after publication'),
      date('this Friday', '2024-03-15', 'day', '2024-03-15', '2024-03-15', '2 days after publication'),
    ]);
  });

  it('keeps the part of the day or the time, and merges a weekday with its date', () => {
    expectDates('Saturday night, on Friday at 3 p.m., and Tuesday, March 12.', 'en', WEDNESDAY, [
      date('Saturday night', '2024-03-09', 'day', '2024-03-09', '2024-03-09', '4 days before publication'),
      date('Friday at 3 p.m.', '2024-03-08', 'day', '2024-03-08', '2024-03-08', '5 days before publication'),
      date('Tuesday, March 12', '2024-03-12', 'day', '2024-03-12', '2024-03-12', '1 day before publication'),
    ]);
  });

  it('does not read habits, weekdays relative to an event, or abbreviations that are words', () => {
    expectNoDates('Every Monday, the following Friday, he sat down, the Sun reported, they wed.', 'en', WEDNESDAY);
  });
});
