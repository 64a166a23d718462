import { describe, expect, it } from 'vitest';
import { describeOffset } from '../../../recognition/dates/describe';

const reference = new Date('2023-12-11T12:00:00Z');

describe('describeOffset', () => {
  it('says so when the date is the publication day, whatever the time of publication', () => {
    expect(describeOffset('2023-12-11', reference, 'en')).toBe('on the day of publication');
    expect(describeOffset('2023-12-11', reference, 'fr')).toBe('le jour de la publication');
    expect(describeOffset('2023-12-11', new Date('2023-12-11T23:59:59Z'), 'en')).toBe('on the day of publication');
  });

  it('counts days under 60, singular and plural, before and after', () => {
    expect(describeOffset('2023-12-08', reference, 'en')).toBe('3 days before publication');
    expect(describeOffset('2023-12-08', reference, 'fr')).toBe('3 jours avant la publication');
    expect(describeOffset('2023-12-10', reference, 'en')).toBe('1 day before publication');
    expect(describeOffset('2023-12-10', reference, 'fr')).toBe('1 jour avant la publication');
    expect(describeOffset('2023-12-13', reference, 'en')).toBe('2 days after publication');
    expect(describeOffset('2023-12-13', reference, 'fr')).toBe('2 jours après la publication');
    expect(describeOffset('2023-10-13', reference, 'en')).toBe('59 days before publication');
  });

  it('counts whole months from 60 days to under 24 months', () => {
    expect(describeOffset('2023-10-12', reference, 'en')).toBe('1 month before publication');
    expect(describeOffset('2023-10-12', reference, 'fr')).toBe('1 mois avant la publication');
    expect(describeOffset('2023-10-01', reference, 'fr')).toBe('2 mois avant la publication');
    expect(describeOffset('2022-01-01', reference, 'en')).toBe('23 months before publication');
    expect(describeOffset('2024-02-21', reference, 'fr')).toBe('2 mois après la publication');
  });

  it('counts whole years from 24 months', () => {
    expect(describeOffset('2021-12-11', reference, 'en')).toBe('2 years before publication');
    expect(describeOffset('2021-12-11', reference, 'fr')).toBe('2 ans avant la publication');
    expect(describeOffset('2013-12-12', reference, 'en')).toBe('9 years before publication');
    expect(describeOffset('2003-01-01', reference, 'fr')).toBe('20 ans avant la publication');
    expect(describeOffset('2030-06-01', reference, 'en')).toBe('6 years after publication');
  });
});
