// Overseas France: each region is the mainland calendar (france.ts) plus its own days.
//
// Abolition of slavery: loi n° 83-550 du 30 juin 1983 made its commemoration a public holiday in
// Guadeloupe, Guyane, Martinique, La Réunion and Mayotte; décret n° 83-1003 du 23 novembre 1983
// fixed the dates, so the first holidays fell in December 1983 (Réunion) and in 1984 (the others).
// Décret n° 2012-553 du 23 avril 2012 added Saint-Barthélemy (9 October) and Saint-Martin
// (27 May); the dates are now in Code du travail art. L3422-2 (loi n° 2016-1088, art. 8).
// Before they became collectivities (loi organique n° 2007-223, in force 15 July 2007),
// Saint-Martin and Saint-Barthélemy were communes of Guadeloupe and kept its 27 May.
//
// Good Friday and 21 July (Victor Schœlcher's birthday) in Martinique and Guadeloupe are not in
// the Code du travail: they are closed by custom and local collective agreements, and public
// offices close. The 21 July commemoration was fixed for Guadeloupe by an arrêté of the governor of
// 8 June 1914; the government held it superseded by the 1983 law (answer to the written question
// AN n° 61289, 1992). Most desks in the Antilles close on both days, so sla-clock does; drop 21 July with
// `defineCalendar({ id, extends: 'FR-MQ', without: ['victor-schoelcher-day'] })`.
import type { HolidayRule } from './calendar-config';
import { GOOD_FRIDAY } from './france';

const ABOLITION = { fr: 'Abolition de l’esclavage', en: 'Abolition of Slavery Day' } as const;

function abolition(month: number, day: number, firstYear: number, lastYear?: number): HolidayRule {
  return {
    type: 'fixed',
    month,
    day,
    key: 'abolition-of-slavery',
    name: ABOLITION,
    firstYear,
    ...(lastYear === undefined ? {} : { lastYear }),
  };
}

const SCHOELCHER: HolidayRule = {
  type: 'fixed',
  month: 7,
  day: 21,
  key: 'victor-schoelcher-day',
  name: { fr: 'Fête de Victor Schœlcher', en: 'Victor Schœlcher Day' },
};

/** The own days of each overseas calendar, by code. */
export const OVERSEAS_RULES: Readonly<Record<string, readonly HolidayRule[]>> = {
  /** Martinique: 22 May 1848, abolition proclaimed in Saint-Pierre. */
  'FR-MQ': [GOOD_FRIDAY, abolition(5, 22, 1984), SCHOELCHER],
  /** Guadeloupe: 27 May 1848. */
  'FR-GP': [GOOD_FRIDAY, abolition(5, 27, 1984), SCHOELCHER],
  /** Guyane: 10 June 1848. */
  'FR-GF': [abolition(6, 10, 1984)],
  /** La Réunion: 20 December 1848 (Sarda Garriga), the "Fèt Kaf"; first holiday in 1983. */
  'FR-RE': [abolition(12, 20, 1983)],
  /**
   * Mayotte: 27 April, in décret n° 83-1003 from 1983 and in the Code du travail applicable à
   * Mayotte (art. L222-1, 1991–2017). Muslim feasts kept by custom or agreement are not included.
   */
  'FR-YT': [abolition(4, 27, 1984)],
  /**
   * Saint-Martin: 27 May as in Guadeloupe until 2017; 28 May from 2018 (délibération of the
   * conseil territorial of 5 November 2015, interministerial circulars of 2018 and 2019, and the
   * prefecture's notices), although the Code du travail text still read 27 May in 2019.
   */
  'FR-MF': [abolition(5, 27, 1984, 2017), abolition(5, 28, 2018)],
  /** Saint-Barthélemy: 27 May as in Guadeloupe until 2011; 9 October 1847 from 2012. */
  'FR-BL': [abolition(5, 27, 1984, 2011), abolition(10, 9, 2012)],
};
