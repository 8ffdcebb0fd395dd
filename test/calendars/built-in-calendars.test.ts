// The built-in calendars by code, their history, and the holidaysIn / isHoliday API.
import { describe, expect, it } from 'vitest';
import { holidayCalendar, holidaysIn, isHoliday } from '../../src/index';
import { refusal } from '../support/refusal';

const CODES = [
  'FR',
  'FR-57',
  'FR-67',
  'FR-68',
  'FR-MQ',
  'FR-GP',
  'FR-GF',
  'FR-RE',
  'FR-YT',
  'FR-MF',
  'FR-BL',
];

describe('holidayCalendar', () => {
  it.each(CODES)('knows %s', (code) => {
    const calendar = holidayCalendar(code);
    expect(calendar.id).toBe(code);
    expect(calendar.language).toBe('fr');
    expect(holidayCalendar(code)).toBe(calendar); // shared
  });

  it('accepts aliases and any letter case, answering the canonical calendar', () => {
    expect(holidayCalendar('fr-mq')).toBe(holidayCalendar('FR-MQ'));
    expect(holidayCalendar('FR-972')).toBe(holidayCalendar('FR-MQ'));
    expect(holidayCalendar('MQ')).toBe(holidayCalendar('FR-MQ'));
    expect(holidayCalendar('FR-974').id).toBe('FR-RE');
    expect(holidayCalendar('BL').id).toBe('FR-BL');
  });

  it.each(['FR-XX', 'FRA', 'DE', '', 'FR-MQ '])(
    'refuses the unknown code %j, never falling back to FR',
    (code) => {
      const error = refusal(() => holidayCalendar(code));
      expect(error.code).toBe('invalid_calendar');
      expect(error.path).toBe('code');
      expect(error.value).toBe(code);
      expect(error.message).toContain('FR-MQ');
    },
  );

  it('refuses a code that is not a string', () => {
    const error = refusal(() => holidayCalendar(972 as unknown as string));
    expect([error.code, error.path, error.value]).toEqual(['invalid_calendar', 'code', 972]);
  });
});

describe('the lists of 2026', () => {
  const list = (code: string) => holidaysIn(code, 2026).map((h) => `${h.date.slice(5)} ${h.name}`);
  const MAINLAND = [
    '01-01 Jour de l’an',
    '04-06 Lundi de Pâques',
    '05-01 Fête du Travail',
    '05-08 Victoire 1945',
    '05-14 Ascension',
    '05-25 Lundi de Pentecôte',
    '07-14 Fête nationale',
    '08-15 Assomption',
    '11-01 Toussaint',
    '11-11 Armistice 1918',
    '12-25 Noël',
  ];

  it('FR has the eleven days of Code du travail art. L3133-1', () => {
    expect(list('FR')).toEqual(MAINLAND);
  });

  it('FR-MQ adds Good Friday, 22 May and 21 July', () => {
    expect(list('FR-MQ')).toEqual(
      [
        ...MAINLAND,
        '04-03 Vendredi saint',
        '05-22 Abolition de l’esclavage',
        '07-21 Fête de Victor Schœlcher',
      ].sort(),
    );
  });

  it.each([
    ['FR-57', ['04-03 Vendredi saint', '12-26 Saint-Étienne']],
    ['FR-67', ['04-03 Vendredi saint', '12-26 Saint-Étienne']],
    ['FR-68', ['04-03 Vendredi saint', '12-26 Saint-Étienne']],
    [
      'FR-GP',
      ['04-03 Vendredi saint', '05-27 Abolition de l’esclavage', '07-21 Fête de Victor Schœlcher'],
    ],
    ['FR-GF', ['06-10 Abolition de l’esclavage']],
    ['FR-RE', ['12-20 Abolition de l’esclavage']],
    ['FR-YT', ['04-27 Abolition de l’esclavage']],
    ['FR-MF', ['05-28 Abolition de l’esclavage']],
    ['FR-BL', ['10-09 Abolition de l’esclavage']],
  ])('%s adds %j', (code, extra) => {
    expect(list(code)).toEqual([...MAINLAND, ...extra].sort());
  });
});

describe('history', () => {
  const has = (code: string, date: string) => isHoliday(code, date);

  it('8 May: 1953–1958, 1965, and from 1982', () => {
    const years = [1952, 1953, 1958, 1959, 1964, 1965, 1966, 1981, 1982, 2026];
    expect(years.map((y) => has('FR', `${y}-05-08`))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      false,
      false,
      true,
      true,
    ]);
  });

  it('Whit Monday: not a holiday in 2005–2007 (journée de solidarité)', () => {
    expect(has('FR', '2004-05-31')).toBe(true);
    expect(has('FR', '2005-05-16')).toBe(false);
    expect(has('FR', '2006-06-05')).toBe(false);
    expect(has('FR-MQ', '2007-05-28')).toBe(false);
    expect(has('FR', '2008-05-12')).toBe(true);
  });

  it('abolition days start after loi n° 83-550 and décret n° 83-1003 (November 1983)', () => {
    expect([has('FR-MQ', '1983-05-22'), has('FR-MQ', '1984-05-22')]).toEqual([false, true]);
    expect([has('FR-GP', '1983-05-27'), has('FR-GP', '1984-05-27')]).toEqual([false, true]);
    expect([has('FR-GF', '1983-06-10'), has('FR-GF', '1984-06-10')]).toEqual([false, true]);
    expect([has('FR-RE', '1982-12-20'), has('FR-RE', '1983-12-20')]).toEqual([false, true]);
    expect([has('FR-YT', '1983-04-27'), has('FR-YT', '1984-04-27')]).toEqual([false, true]);
  });

  it('Saint-Martin moves from 27 to 28 May in 2018; Saint-Barthélemy to 9 October in 2012', () => {
    expect([has('FR-MF', '2017-05-27'), has('FR-MF', '2017-05-28')]).toEqual([true, false]);
    expect([has('FR-MF', '2018-05-27'), has('FR-MF', '2018-05-28')]).toEqual([false, true]);
    expect([has('FR-BL', '2011-05-27'), has('FR-BL', '2011-10-09')]).toEqual([true, false]);
    expect([has('FR-BL', '2012-05-27'), has('FR-BL', '2012-10-09')]).toEqual([false, true]);
  });

  it('starts each mainland holiday with its founding text', () => {
    const keys = (year: number) => holidaysIn('FR', year).map((h) => h.key);
    expect(keys(1900)).toEqual([
      'new-year',
      'easter-monday',
      'ascension',
      'whit-monday',
      'national-day',
      'assumption',
      'all-saints',
      'christmas',
    ]);
    expect(keys(1930)).toContain('armistice-1918');
    expect(keys(1946)).not.toContain('labour-day');
    expect(keys(1947)).toContain('labour-day');
  });
});

describe('holidaysIn', () => {
  it('lists { date, name } in date order, for a code or a calendar object', () => {
    const list = holidaysIn(holidayCalendar('FR-RE'), 2026);
    expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
    expect(list.at(-2)).toEqual({
      date: '2026-12-20',
      name: 'Abolition de l’esclavage',
      key: 'abolition-of-slavery',
      names: { fr: 'Abolition de l’esclavage', en: 'Abolition of Slavery Day' },
    });
  });

  it('names in English on request', () => {
    expect(holidaysIn('FR-MQ', 2026, { language: 'en' }).map((h) => h.name)).toContain(
      'Victor Schœlcher Day',
    );
  });

  it('reads a foreign calendar object, sorts and checks its answers', () => {
    const foreign = {
      id: 'ACME',
      holidaysOf: (year: number) => [
        { date: `${year}-12-24`, name: 'Eve' },
        { date: `${year}-01-02`, name: 'Day 2' },
      ],
    };
    expect(holidaysIn(foreign, 2026).map((h) => h.date)).toEqual(['2026-01-02', '2026-12-24']);
    expect(isHoliday(foreign, '2026-12-24')).toBe(true);
    const wrongYear = { id: 'BAD', holidaysOf: () => [{ date: '2025-12-24', name: 'Eve' }] };
    const error = refusal(() => holidaysIn(wrongYear, 2026));
    expect([error.code, error.path, error.value]).toEqual([
      'invalid_calendar',
      'calendar.holidaysOf(2026)[0].date',
      '2025-12-24',
    ]);
    const notArray = { id: 'BAD', holidaysOf: () => 'none' };
    expect(refusal(() => holidaysIn(notArray as never, 2026)).code).toBe('invalid_calendar');
    const noName = { id: 'BAD', holidaysOf: () => [{ date: '2026-01-01' }] };
    expect(refusal(() => holidaysIn(noName as never, 2026)).path).toBe(
      'calendar.holidaysOf(2026)[0].name',
    );
  });

  it.each([
    [2026.5, 'year'],
    [0, 'year'],
    [10_000, 'year'],
    ['2026', 'year'],
    [Number.NaN, 'year'],
  ])('refuses the year %j', (year, path) => {
    const error = refusal(() => holidaysIn('FR', year as number));
    expect([error.code, error.path]).toEqual(['invalid_argument', path]);
  });

  it('refuses bad options and calendars', () => {
    const language = refusal(() => holidaysIn('FR', 2026, { language: 'de' as 'en' }));
    expect([language.code, language.path, language.value]).toEqual([
      'invalid_argument',
      'options.language',
      'de',
    ]);
    const unknown = refusal(() => holidaysIn('FR', 2026, { lang: 'en' } as never));
    expect([unknown.code, unknown.path]).toEqual(['invalid_argument', 'options.lang']);
    const calendar = refusal(() => holidaysIn({ id: 'x' } as never, 2026));
    expect([calendar.code, calendar.path]).toEqual(['invalid_calendar', 'calendar']);
    expect(refusal(() => holidaysIn('FR-ZZ', 2026)).path).toBe('calendar');
  });
});

describe('isHoliday', () => {
  it('answers for ISO dates', () => {
    expect(isHoliday('FR-MQ', '2026-05-22')).toBe(true);
    expect(isHoliday('FR', '2026-05-22')).toBe(false);
    expect(isHoliday(holidayCalendar('FR-57'), '2026-12-26')).toBe(true);
    expect(isHoliday('FR', '9999-12-25')).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2026-5-22',
    '2026-05-22T00:00:00Z',
    '22/05/2026',
    '0000-01-01',
    new Date('2026-05-22'),
    Date.UTC(2026, 4, 22),
    undefined,
  ])('refuses %j with invalid_date: only YYYY-MM-DD dates, never instants', (date) => {
    const error = refusal(() => isHoliday('FR', date as string));
    expect([error.code, error.path]).toEqual(['invalid_date', 'date']);
    expect(error.value).toBe(date);
  });
});
