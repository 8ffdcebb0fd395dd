import { DateTime } from 'luxon';

/** Business milliseconds as hours and minutes (`0:12`, `26:05`), rounded to the minute. */
export function hoursMinutes(ms: number | null): string {
  if (ms === null) return '–';
  const minutes = Math.round(ms / 60_000);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A compliance percentage with one decimal, or a dash when there is none. */
export function percent(value: number | null): string {
  return value === null ? '–' : `${value.toFixed(1)} %`;
}

/** An instant as a wall time of the desk's zone, with its offset: `Mon 30 Nov 2026 08:00 −04:00`. */
export function localTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('ccc d LLL yyyy HH:mm ZZ');
}

/** An instant as ISO 8601 with the desk's offset: `2026-11-30T08:00:00.000-04:00`. */
export function localIso(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO() ?? new Date(ms).toISOString();
}
