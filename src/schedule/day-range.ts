import { SlaError } from '../errors/sla-error';

/**
 * One local range of a date, in minutes from that date's midnight: `[start, end)`. `end` may
 * pass 1440 for a range that crosses midnight; the range still belongs to its starting date.
 */
export interface DayRange {
  readonly start: number;
  readonly end: number;
}

const RANGE = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;
const MINUTES_PER_DAY = 1440;

/**
 * Parses `"HH:mm-HH:mm"`. `24:00` is a valid end; an end before the start crosses midnight.
 *
 * @throws {SlaError} `invalid_range` when malformed, `empty_range` when start equals end.
 */
export function parseDayRange(text: string, path: string): DayRange {
  const match = RANGE.exec(text);
  const start = match ? minutesOf(match[1], match[2], false) : undefined;
  const end = match ? minutesOf(match[3], match[4], true) : undefined;
  if (start === undefined || end === undefined) {
    throw new SlaError(
      'invalid_range',
      path,
      text,
      'is not a range "HH:mm-HH:mm" of wall times 00:00 to 23:59 (24:00 allowed as an end)',
    );
  }
  if (start === end) {
    throw new SlaError(
      'empty_range',
      path,
      text,
      'opens and closes at the same time: the range is empty',
    );
  }
  return { start, end: end <= start ? end + MINUTES_PER_DAY : end };
}

function minutesOf(
  hours: string | undefined,
  minutes: string | undefined,
  isEnd: boolean,
): number | undefined {
  const h = Number(hours);
  const m = Number(minutes);
  if (m > 59) return undefined;
  if (h === 24 && m === 0 && isEnd) return MINUTES_PER_DAY;
  if (h > 23) return undefined;
  return h * 60 + m;
}

/**
 * Parses the ranges of one date, sorted by start.
 *
 * @throws {SlaError} as `parseDayRange`, or `overlapping_ranges` when two ranges share time.
 */
export function parseDayRanges(texts: readonly string[], path: string): readonly DayRange[] {
  const ranges = texts.map((text, i) => ({ range: parseDayRange(text, `${path}[${i}]`), i }));
  ranges.sort((a, b) => a.range.start - b.range.start);
  for (let k = 1; k < ranges.length; k++) {
    const previous = ranges[k - 1];
    const current = ranges[k];
    if (previous && current && current.range.start < previous.range.end) {
      throw new SlaError(
        'overlapping_ranges',
        `${path}[${current.i}]`,
        texts[current.i],
        `overlaps ${JSON.stringify(texts[previous.i])} of the same date`,
      );
    }
  }
  return Object.freeze(ranges.map(({ range }) => range));
}

/**
 * The ranges of one override date, copied out of the caller's array (each read once) and checked
 * to be strings: overrides reach `defineSchedule` unchecked by zod.
 *
 * @throws {SlaError} `invalid_schedule` at `path`, or at the entry that is not a string.
 */
export function rangeTexts(value: unknown, path: string): readonly string[] {
  if (!Array.isArray(value))
    throw new SlaError('invalid_schedule', path, value, 'is not an array of ranges "HH:mm-HH:mm"');
  const texts: unknown[] = [...value];
  const index = texts.findIndex((text) => typeof text !== 'string');
  if (index >= 0) {
    throw new SlaError('invalid_schedule', `${path}[${index}]`, texts[index], 'is not a string');
  }
  return texts as string[];
}
