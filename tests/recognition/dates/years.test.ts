import { describe, it } from 'vitest';
import { MONDAY, WEDNESDAY, date, expectDates, expectNoDates, nth } from './helpers';

describe('years in context, in French (Monday 2023-12-11)', () => {
  it('reads a year after a temporal word, without that word', () => {
    expectDates('En 2014, depuis 2003, jusqu’en 2011 et l’année 2016.', 'fr', MONDAY, [
      date('2014', '2014', 'year', '2014-01-01', '2014-12-31', '9 ans avant la publication'),
      date('2003', '2003', 'year', '2003-01-01', '2003-12-31', '20 ans avant la publication'),
      date('2011', '2011', 'year', '2011-01-01', '2011-12-31', '12 ans avant la publication'),
      date('2016', '2016', 'year', '2016-01-01', '2016-12-31', '7 ans avant la publication'),
    ]);
  });

  it('reads a year after "de" only when an event noun comes first', () => {
    const text = 'L’invasion de 2003 puis l’invasion américaine de 2003.';
    expectDates(text, 'fr', MONDAY, [
      date('2003', '2003', 'year', '2003-01-01', '2003-12-31', '20 ans avant la publication', nth(text, '2003', 1)),
      date('2003', '2003', 'year', '2003-01-01', '2003-12-31', '20 ans avant la publication', nth(text, '2003', 2)),
    ]);
  });

  it('lends the context to the years listed after the first', () => {
    expectDates('En 2014, 2015 et 2016.', 'fr', MONDAY, [
      date('2014', '2014', 'year', '2014-01-01', '2014-12-31', '9 ans avant la publication'),
      date('2015', '2015', 'year', '2015-01-01', '2015-12-31', '8 ans avant la publication'),
      date('2016', '2016', 'year', '2016-01-01', '2016-12-31', '7 ans avant la publication'),
    ]);
  });

  it('does not read counts, nor numbers outside 1900–2100, nor years without context', () => {
    expectNoDates(
      'Environ 2500 conseillers, plus de 2000 soldats, une hausse de 2014 points, en 1848, en 2150, 2014 personnes.',
      'fr',
    );
  });
});

describe('years in context, in English (Wednesday 2024-03-13)', () => {
  it('reads a year after a temporal word, before an event noun, or after one', () => {
    const text = 'In 2013, since 2003, until 2011, the 2003 invasion, the 1991 Gulf War, the elections of 2018, the year 2000.';
    expectDates(text, 'en', WEDNESDAY, [
      date('2013', '2013', 'year', '2013-01-01', '2013-12-31', '11 years before publication'),
      date('2003', '2003', 'year', '2003-01-01', '2003-12-31', '21 years before publication', nth(text, '2003', 1)),
      date('2011', '2011', 'year', '2011-01-01', '2011-12-31', '13 years before publication'),
      date('2003', '2003', 'year', '2003-01-01', '2003-12-31', '21 years before publication', nth(text, '2003', 2)),
      date('1991', '1991', 'year', '1991-01-01', '1991-12-31', '33 years before publication'),
      date('2018', '2018', 'year', '2018-01-01', '2018-12-31', '6 years before publication'),
      date('2000', '2000', 'year', '2000-01-01', '2000-12-31', '24 years before publication'),
    ]);
  });

  it('lends the context to the years listed after the first', () => {
    expectDates('In 2014, 2015 and 2016.', 'en', WEDNESDAY, [
      date('2014', '2014', 'year', '2014-01-01', '2014-12-31', '10 years before publication'),
      date('2015', '2015', 'year', '2015-01-01', '2015-12-31', '9 years before publication'),
      date('2016', '2016', 'year', '2016-01-01', '2016-12-31', '8 years before publication'),
    ]);
  });

  it('does not read counts, nor numbers outside 1900–2100, nor years without context', () => {
    expectNoDates('About 1,000 troops, the 2000 soldiers, 2014 people, in 1848, by 2150, room 2019.', 'en', WEDNESDAY);
  });
});

describe('ranges of years and decades', () => {
  it('in French: "entre … et …", "de … à …", a dash, and the decades (Monday 2023-12-11)', () => {
    expectDates('Entre 2014 et 2017, de 2011 à 2013, 2014–2017, les années 1980 et les années 2000.', 'fr', MONDAY, [
      date('Entre 2014 et 2017', '2014/2017', 'interval', '2014-01-01', '2017-12-31', '9 ans avant la publication'),
      date('de 2011 à 2013', '2011/2013', 'interval', '2011-01-01', '2013-12-31', '12 ans avant la publication'),
      date('2014–2017', '2014/2017', 'interval', '2014-01-01', '2017-12-31', '9 ans avant la publication'),
      date('années 1980', '1980/1989', 'interval', '1980-01-01', '1989-12-31', '43 ans avant la publication'),
      date('années 2000', '2000/2009', 'interval', '2000-01-01', '2009-12-31', '23 ans avant la publication'),
    ]);
  });

  it('reads a range whose second year keeps two digits, after a dash only', () => {
    expectDates('En 2019-20, la saison 2014-15.', 'fr', MONDAY, [
      date('2019-20', '2019/2020', 'interval', '2019-01-01', '2020-12-31', '4 ans avant la publication'),
      date('2014-15', '2014/2015', 'interval', '2014-01-01', '2015-12-31', '9 ans avant la publication'),
    ]);
    expectNoDates('Entre 2000 et 20 morts.', 'fr');
  });

  it('in French, a two-digit decade', () => {
    expectDates('Dans les années 80.', 'fr', MONDAY, [
      date('années 80', '1980/1989', 'interval', '1980-01-01', '1989-12-31', '43 ans avant la publication'),
    ]);
  });

  it('in English: "between … and …", "from … to …", a dash, and the decades (Wednesday 2024-03-13)', () => {
    expectDates('Between 2011 and 2013, from 2011 to 2013, 2014-2017, the 1980s and the ’90s.', 'en', WEDNESDAY, [
      date('Between 2011 and 2013', '2011/2013', 'interval', '2011-01-01', '2013-12-31', '13 years before publication'),
      date('from 2011 to 2013', '2011/2013', 'interval', '2011-01-01', '2013-12-31', '13 years before publication'),
      date('2014-2017', '2014/2017', 'interval', '2014-01-01', '2017-12-31', '10 years before publication'),
      date('1980s', '1980/1989', 'interval', '1980-01-01', '1989-12-31', '44 years before publication'),
      date('’90s', '1990/1999', 'interval', '1990-01-01', '1999-12-31', '34 years before publication'),
    ]);
  });

  it('reads a range of years without an opening word', () => {
    expectDates('Le budget couvre les années 2023 à 2025.', 'fr', MONDAY, [
      date('2023 à 2025', '2023/2025', 'interval', '2023-01-01', '2025-12-31', '11 mois avant la publication'),
    ]);
    expectDates('The budget covers the years 2023 to 2025.', 'en', WEDNESDAY, [
      date('2023 to 2025', '2023/2025', 'interval', '2023-01-01', '2025-12-31', '14 months before publication'),
    ]);
  });

  it('does not read counts or ages as ranges or decades', () => {
    expectNoDates('Entre 2000 et 2050 combattants, de 1950 à 2000 morts.', 'fr');
    expectNoDates('Between 2000 and 2050 fighters, people in their 80s.', 'en', WEDNESDAY);
  });
});
