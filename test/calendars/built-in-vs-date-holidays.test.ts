// Every built-in calendar against the date-holidays package (v3.37, public holidays only), every
// year 1950–2100. Holidays are compared by (date, identity): date-holidays' rule strings are mapped
// to sla-clock's keys, so that two different holidays on one date cannot hide a disagreement.
// Every difference must be listed in DISAGREEMENTS below, and every listed one must occur: the
// test fails on any new disagreement and on any stale exception.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { holidaysIn } from '../../src/index';

const FIRST_YEAR = 1950;
const LAST_YEAR = 2100;

/** Which date-holidays instance each built-in calendar is checked against. */
const REFERENCES: Record<string, () => Holidays> = {
  FR: () => new Holidays('FR'),
  'FR-57': () => new Holidays('FR', '57'),
  'FR-67': () => new Holidays('FR', '67'),
  'FR-68': () => new Holidays('FR', '68'),
  'FR-MQ': () => new Holidays('MQ'),
  'FR-GP': () => new Holidays('GP'),
  'FR-GF': () => new Holidays('GF'),
  'FR-RE': () => new Holidays('RE'),
  'FR-YT': () => new Holidays('YT'),
  'FR-MF': () => new Holidays('MF'),
  'FR-BL': () => new Holidays('BL'),
};
const ALL = Object.keys(REFERENCES);

/** date-holidays' rule → sla-clock's key. */
const KEY_OF_RULE: Record<string, string> = {
  '01-01': 'new-year',
  'easter -2': 'good-friday',
  'easter 1': 'easter-monday',
  '04-27': 'abolition-of-slavery',
  '05-01': 'labour-day',
  '05-08': 'victory-1945',
  '05-22': 'abolition-of-slavery',
  '05-27': 'abolition-of-slavery',
  '06-10': 'abolition-of-slavery',
  'easter 39': 'ascension',
  'easter 50': 'whit-monday',
  '07-14': 'national-day',
  '07-21': 'victor-schoelcher-day',
  '08-15': 'assumption',
  '10-09': 'abolition-of-slavery',
  '11-01': 'all-saints',
  '11-11': 'armistice-1918',
  '12-20': 'abolition-of-slavery',
  '12-25': 'christmas',
  '12-26': 'st-stephen',
};

interface Disagreement {
  /** The calendars concerned. */
  readonly calendars: readonly string[];
  /** The holiday's sla-clock key. */
  readonly key: string;
  /** The side that has the holiday. */
  readonly onlyIn: 'sla-clock' | 'date-holidays';
  /** The dates, explicitly. */
  readonly dates: readonly string[];
  /** Why. */
  readonly why: string;
  /** The texts it rests on. */
  readonly source: string;
}

const years = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i);
const each = (monthDay: string, ...ranges: [number, number][]) =>
  ranges.flatMap(([first, last]) => years(first, last).map((year) => `${year}-${monthDay}`));

/** The deliberate, sourced disagreements (docs/calendars.md explains each one). */
const DISAGREEMENTS: readonly Disagreement[] = [
  {
    calendars: ALL,
    key: 'victory-1945',
    onlyIn: 'date-holidays',
    dates: each('05-08', [1950, 1952], [1959, 1964], [1966, 1981]),
    why: '8 May was a holiday 1953–1958, in 1965 and from 1982 only; date-holidays has no history',
    source:
      'loi n° 53-225 du 20 mars 1953; décret n° 59-533 du 11 avril 1959; décret du 1er avril 1965; ' +
      'loi n° 81-893 du 2 octobre 1981',
  },
  {
    calendars: ALL,
    key: 'whit-monday',
    onlyIn: 'date-holidays',
    dates: ['2005-05-16', '2006-06-05', '2007-05-28'],
    why: 'Whit Monday was by default the worked journée de solidarité in 2005–2007',
    source:
      'loi n° 2004-626 du 30 juin 2004 (former art. L212-16); loi n° 2008-351 du 16 avril 2008',
  },
  {
    calendars: ['FR-MQ'],
    key: 'abolition-of-slavery',
    onlyIn: 'date-holidays',
    dates: each('05-22', [1950, 1983]),
    why: 'the abolition day is a holiday from 1984, after the 1983 law and decree',
    source: 'loi n° 83-550 du 30 juin 1983; décret n° 83-1003 du 23 novembre 1983',
  },
  {
    calendars: ['FR-GP'],
    key: 'abolition-of-slavery',
    onlyIn: 'date-holidays',
    dates: each('05-27', [1950, 1983]),
    why: 'the abolition day is a holiday from 1984, after the 1983 law and decree',
    source: 'loi n° 83-550 du 30 juin 1983; décret n° 83-1003 du 23 novembre 1983',
  },
  {
    calendars: ['FR-GF'],
    key: 'abolition-of-slavery',
    onlyIn: 'date-holidays',
    dates: each('06-10', [1950, 1983]),
    why: 'the abolition day is a holiday from 1984, after the 1983 law and decree',
    source: 'loi n° 83-550 du 30 juin 1983; décret n° 83-1003 du 23 novembre 1983',
  },
  {
    calendars: ['FR-RE'],
    key: 'abolition-of-slavery',
    onlyIn: 'date-holidays',
    dates: each('12-20', [1950, 1982]),
    why: 'the abolition day is a holiday from 20 December 1983, after the 1983 law and decree',
    source: 'loi n° 83-550 du 30 juin 1983; décret n° 83-1003 du 23 novembre 1983',
  },
  {
    calendars: ['FR-YT'],
    key: 'abolition-of-slavery',
    onlyIn: 'date-holidays',
    dates: each('04-27', [1950, 1983]),
    why: 'the abolition day is a holiday from 1984, after the 1983 law and decree',
    source: 'loi n° 83-550 du 30 juin 1983; décret n° 83-1003 du 23 novembre 1983',
  },
  {
    calendars: ['FR-MF'],
    key: 'abolition-of-slavery',
    onlyIn: 'date-holidays',
    dates: [...each('05-27', [1950, 1983]), ...each('05-27', [2018, LAST_YEAR])],
    why: 'Saint-Martin: 27 May from 1984 (a commune of Guadeloupe then) to 2017, 28 May since 2018',
    source:
      'loi n° 83-550; décret n° 2012-553; délibération du conseil territorial du 5 novembre 2015; ' +
      'circulaires interministérielles of 4 May 2018 and 3 May 2019',
  },
  {
    calendars: ['FR-MF'],
    key: 'abolition-of-slavery',
    onlyIn: 'sla-clock',
    dates: each('05-28', [2018, LAST_YEAR]),
    why: 'Saint-Martin commemorates the abolition on 28 May since 2018',
    source:
      'délibération du conseil territorial du 5 novembre 2015; circulaires interministérielles of ' +
      '4 May 2018 and 3 May 2019; prefecture notices applying Code du travail art. L3422-2',
  },
  {
    calendars: ['FR-BL'],
    key: 'abolition-of-slavery',
    onlyIn: 'date-holidays',
    dates: each('10-09', [1950, 2011]),
    why: 'Saint-Barthélemy’s 9 October is a holiday from 2012',
    source: 'décret n° 2012-553 du 23 avril 2012 (amending décret n° 83-1003)',
  },
  {
    calendars: ['FR-BL'],
    key: 'abolition-of-slavery',
    onlyIn: 'sla-clock',
    dates: each('05-27', [1984, 2011]),
    why: 'Saint-Barthélemy kept Guadeloupe’s 27 May (a commune of Guadeloupe until 2007) to 2011',
    source: 'loi n° 83-550; décret n° 83-1003; loi organique n° 2007-223; décret n° 2012-553',
  },
  {
    calendars: ['FR-MQ', 'FR-GP'],
    key: 'victor-schoelcher-day',
    onlyIn: 'sla-clock',
    dates: each('07-21', [FIRST_YEAR, LAST_YEAR]),
    why:
      'date-holidays types 21 July "optional" (public offices closed); sla-clock closes it, as ' +
      'DESIGN §6 asks: a customary day off, not in the Code du travail',
    source:
      'arrêté du gouverneur de la Guadeloupe du 8 juin 1914; answer to question écrite AN n° 61289 (1992)',
  },
];

function label(code: string, date: string, key: string, side: string) {
  return `${code} ${date} ${key} only in ${side}`;
}

function actualDisagreements(code: string): string[] {
  const reference = REFERENCES[code]?.() as Holidays;
  const found: string[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const ours = new Set(holidaysIn(code, year).map((h) => `${h.date} ${h.key}`));
    const theirs = new Set(
      reference
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => `${h.date.slice(0, 10)} ${KEY_OF_RULE[h.rule] ?? `unmapped rule "${h.rule}"`}`),
    );
    for (const entry of ours)
      if (!theirs.has(entry)) found.push(`${code} ${entry} only in sla-clock`);
    for (const entry of theirs)
      if (!ours.has(entry)) found.push(`${code} ${entry} only in date-holidays`);
  }
  return found.sort();
}

function expectedDisagreements(code: string): string[] {
  return DISAGREEMENTS.filter((d) => d.calendars.includes(code))
    .flatMap((d) => d.dates.map((date) => label(code, date, d.key, d.onlyIn)))
    .sort();
}

describe('built-in calendars against date-holidays, 1950–2100, public holidays', () => {
  it.each(ALL)('%s differs exactly by the listed, sourced disagreements', (code) => {
    expect(actualDisagreements(code)).toEqual(expectedDisagreements(code));
  });

  it('lists every disagreement with a reason and a source', () => {
    for (const disagreement of DISAGREEMENTS) {
      expect(disagreement.why.length).toBeGreaterThan(20);
      expect(disagreement.source).toMatch(/loi|décret|arrêté|délibération/);
      expect(disagreement.dates.length).toBeGreaterThan(0);
    }
  });
});
