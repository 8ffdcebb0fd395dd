/** One public holiday of a calendar. */
export interface Holiday {
  /** The local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Its name, in the calendar's language. */
  readonly name: string;
}

/**
 * A source of holidays, asked one year at a time: schedules compute the holidays of each year
 * lazily, so a calendar covers every year without a list to maintain.
 */
export interface HolidayCalendar {
  /** A stable identifier, such as `FR-MQ`. */
  readonly id: string;
  /** The holidays of one year, in date order. */
  readonly holidaysOf: (year: number) => readonly Holiday[];
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
