import { daysInMonth } from '../civil/civil-date';

const NOT_ISO = 'is not an ISO-8601 date-time with an offset or Z';

// The reader's pattern with the time and the offset optional, so that a refusal can name the part
// that is wrong or missing.
const ISO_PARTS =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?(?:\[[^\]]*\])*$/;

/**
 * Why a string is not an instant, for its refusal: an impossible date, time or offset, a missing
 * time or offset, or another shape. Read only once the string has been refused.
 */
export function stringInstantRefusal(input: string): string {
  const parts = ISO_PARTS.exec(input.trim());
  if (parts === null) return NOT_ISO;
  const [, year = '', month = '', day = '', hour, minute, second, , utc, sign, hours, minutes] =
    parts;
  if (year === '-000000') return `${NOT_ISO} (the year -000000 is not allowed: write +000000)`;
  if (!(Number(day) >= 1 && Number(day) <= daysInMonth(Number(year), Number(month))))
    return `names a date that does not exist (${year}-${month}-${day})`;
  if (hour === undefined) return `${NOT_ISO} (a date alone is not an instant)`;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) {
    const time = `${hour}:${minute}${second === undefined ? '' : `:${second}`}`;
    return `names a time of day that does not exist (${time}; 00:00 to 23:59:59)`;
  }
  if ((utc ?? sign) === undefined)
    return `${NOT_ISO} (a string without an offset is not an instant)`;
  const offset = `${sign}${hours}${minutes === undefined ? '' : `:${minutes}`}`;
  return `has an offset that does not exist (${offset}; -23:59 to +23:59)`;
}
