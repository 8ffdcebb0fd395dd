// Public holidays of metropolitan France and of Alsace-Moselle, with their history.
//
// Today's list is article L3133-1 of the Code du travail (Légifrance). The year each rule starts
// or stops is taken from the texts named next to it; years before 1950 follow the founding texts
// only (the war years 1940–1945 are not modelled), and 1950–2100 is checked year by year against
// the `date-holidays` package (test/calendars/built-in-vs-date-holidays.test.ts), whose
// disagreements are listed and sourced there.
import type { HolidayRule } from './calendar-config';

/** Metropolitan France (`FR`); every other French calendar builds on it. */
export const FRANCE_RULES: readonly HolidayRule[] = [
  // Avis du Conseil d'État du 23 mars 1810: 1 January a public holiday from 1811.
  {
    type: 'fixed',
    month: 1,
    day: 1,
    key: 'new-year',
    name: { fr: 'Jour de l’an', en: 'New Year’s Day' },
    firstYear: 1811,
  },
  // Loi du 8 mars 1886 (Easter Monday and Whit Monday).
  {
    type: 'easter',
    offset: 1,
    key: 'easter-monday',
    name: { fr: 'Lundi de Pâques', en: 'Easter Monday' },
    firstYear: 1886,
  },
  // Loi n° 47-778 du 30 avril 1947 (a paid day off; "Fête du Travail" by the loi du 29 avril 1948).
  {
    type: 'fixed',
    month: 5,
    day: 1,
    key: 'labour-day',
    name: { fr: 'Fête du Travail', en: 'Labour Day' },
    firstYear: 1947,
  },
  // 8 May: loi n° 53-225 du 20 mars 1953 made it a holiday; décret n° 59-533 du 11 avril 1959
  // moved the commemoration to the second Sunday of May (so 8 May 1959 was no longer one); a
  // décret of 1 April 1965 made 8 May 1965 a holiday for the 20th anniversary (secondary sources
  // citing the Journal officiel); loi n° 81-893 du 2 octobre 1981 restored it from 1982.
  { ...victory(), firstYear: 1953, lastYear: 1958 },
  { type: 'dates', dates: ['1965-05-08'], key: 'victory-1945', name: victory().name },
  { ...victory(), firstYear: 1982 },
  // Arrêté consulaire du 29 germinal an X (19 April 1802): Ascension, Assumption, All Saints,
  // Christmas.
  {
    type: 'easter',
    offset: 39,
    key: 'ascension',
    name: { fr: 'Ascension', en: 'Ascension Day' },
    firstYear: 1802,
  },
  // Whit Monday: loi du 8 mars 1886. Loi n° 2004-626 du 30 juin 2004 made it, by default, the
  // worked "journée de solidarité" (Code du travail, former art. L212-16); loi n° 2008-351 du
  // 16 avril 2008 detached the solidarity day from it. sla-clock treats 2005–2007 as working days.
  { ...whitMonday(), firstYear: 1886, lastYear: 2004 },
  { ...whitMonday(), firstYear: 2008 },
  // Loi du 6 juillet 1880.
  {
    type: 'fixed',
    month: 7,
    day: 14,
    key: 'national-day',
    name: { fr: 'Fête nationale', en: 'Bastille Day' },
    firstYear: 1880,
  },
  {
    type: 'fixed',
    month: 8,
    day: 15,
    key: 'assumption',
    name: { fr: 'Assomption', en: 'Assumption Day' },
    firstYear: 1802,
  },
  {
    type: 'fixed',
    month: 11,
    day: 1,
    key: 'all-saints',
    name: { fr: 'Toussaint', en: 'All Saints’ Day' },
    firstYear: 1802,
  },
  // Loi du 24 octobre 1922.
  {
    type: 'fixed',
    month: 11,
    day: 11,
    key: 'armistice-1918',
    name: { fr: 'Armistice 1918', en: 'Armistice Day' },
    firstYear: 1922,
  },
  {
    type: 'fixed',
    month: 12,
    day: 25,
    key: 'christmas',
    name: { fr: 'Noël', en: 'Christmas Day' },
    firstYear: 1802,
  },
];

function victory() {
  return {
    type: 'fixed',
    month: 5,
    day: 8,
    key: 'victory-1945',
    name: { fr: 'Victoire 1945', en: 'Victory in Europe Day' },
  } as const;
}

function whitMonday() {
  return {
    type: 'easter',
    offset: 50,
    key: 'whit-monday',
    name: { fr: 'Lundi de Pentecôte', en: 'Whit Monday' },
  } as const;
}

/** Good Friday, added by Alsace-Moselle, Martinique and Guadeloupe. */
export const GOOD_FRIDAY: HolidayRule = {
  type: 'easter',
  offset: -2,
  key: 'good-friday',
  name: { fr: 'Vendredi saint', en: 'Good Friday' },
};

/**
 * Alsace-Moselle (`FR-57` Moselle, `FR-67` Bas-Rhin, `FR-68` Haut-Rhin): local law kept after
 * 1918, now Code du travail art. L3134-13. Good Friday is a holiday by law only in communes with
 * a Protestant church or a mixed church, but is observed throughout the three departments.
 */
export const ALSACE_MOSELLE_RULES: readonly HolidayRule[] = [
  GOOD_FRIDAY,
  {
    type: 'fixed',
    month: 12,
    day: 26,
    key: 'st-stephen',
    name: { fr: 'Saint-Étienne', en: 'St Stephen’s Day' },
  },
];
