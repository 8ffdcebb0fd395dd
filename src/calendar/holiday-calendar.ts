/** A language in which built-in calendars name their holidays. */
export type HolidayLanguage = 'fr' | 'en';

/** The name of a holiday in the languages where it is known. */
export interface HolidayNames {
  /** The French name (`Lundi de Pentecôte`). */
  readonly fr?: string;
  /** The English name (`Whit Monday`). */
  readonly en?: string;
}

/** One public holiday of a calendar. */
export interface Holiday {
  /** The local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Its name, in the calendar's language. */
  readonly name: string;
  /**
   * A stable identifier of the rule that produced it (`whit-monday`), the same every year; lets a
   * derived calendar drop it (`defineCalendar({ extends: 'FR', without: ['whit-monday'] })`).
   */
  readonly key?: string;
  /** Its names in other languages, where known. */
  readonly names?: HolidayNames;
  /** When a weekend holiday was moved to an observed weekday: the date it actually falls on. */
  readonly shiftedFrom?: string;
}

/**
 * A source of holidays, asked one year at a time: schedules compute the holidays of each year
 * lazily, so a calendar covers every year without a list to maintain.
 */
export interface HolidayCalendar {
  /** A stable identifier, such as `FR-MQ`. */
  readonly id: string;
  /**
   * The holidays of one year, in date order, each dated within that year. Several holidays may
   * share a date (Ascension on 1 May 2008).
   */
  readonly holidaysOf: (year: number) => readonly Holiday[];
  /** The language of the `name` fields, when the calendar has one. */
  readonly language?: HolidayLanguage;
}

/** Whether a value has the shape of a `HolidayCalendar`. */
export function isHolidayCalendar(value: unknown): value is HolidayCalendar {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { holidaysOf?: unknown }).holidaysOf === 'function'
  );
}
