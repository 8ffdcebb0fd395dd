import { type DayNumber, dayNumberOf } from '../civil/civil-date';

/**
 * Gregorian Easter Sunday of a year, as a day number, by the anonymous Gregorian algorithm
 * (Meeus, *Astronomical Algorithms*, ch. 8; Jones 1876, Butcher 1876). Exact for every Gregorian
 * year; always a Sunday from 22 March to 25 April.
 *
 * @param year - A year from 0 onwards (proleptic before 1583).
 * @returns The day number of Easter Sunday.
 * @throws Nothing: every integer year has an Easter.
 *
 * @example
 * formatIsoDate(easterSunday(2026));
 * //=> '2026-04-05'
 */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return dayNumberOf(year, Math.floor(n / 31), (n % 31) + 1);
}
