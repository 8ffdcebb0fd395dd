import { DateTime } from 'luxon';
import type { InstantColumn } from './snapshot-map';

/**
 * A snapshot cell read as an instant: written in the column's luxon `format` (ISO 8601 when it
 * has none) at the column's `zone` (an offset in the text wins). A wall time that the zone skips
 * (a spring-forward gap) is refused rather than moved; a repeated one (autumn) is its first
 * occurrence, as luxon reads it.
 *
 * @param cell - The cell, not empty.
 * @param column - The column's mapping.
 * @returns The instant as ISO 8601 with its offset, or why the cell is not one.
 */
export function snapshotInstant(cell: string, column: InstantColumn): InstantReading {
  let known = readings.get(column);
  if (known === undefined || known.size >= MAX_KNOWN) {
    known = new Map();
    readings.set(column, known);
  }
  let reading = known.get(cell);
  if (reading === undefined) {
    reading = read(cell, column);
    known.set(cell, reading);
  }
  return reading;
}

/** An instant as ISO 8601 with its offset, or why the cell is not one. */
export type InstantReading = { readonly iso: string } | { readonly problem: string };

/**
 * Cells already read, per column: exports count in minutes or seconds, so one instant comes back
 * on many rows, and luxon takes microseconds to parse a format. Forgotten past MAX_KNOWN.
 */
const readings = new WeakMap<InstantColumn, Map<string, InstantReading>>();
const MAX_KNOWN = 65_536;

function read(cell: string, column: InstantColumn): InstantReading {
  const options = { zone: column.zone };
  const parsed =
    column.format === undefined
      ? DateTime.fromISO(cell, options)
      : DateTime.fromFormat(cell, column.format, options);
  if (!parsed.isValid) {
    const how = column.format === undefined ? 'ISO 8601' : `as "${column.format}"`;
    const why = parsed.invalidExplanation ?? parsed.invalidReason ?? 'unreadable';
    return {
      problem: `${column.column}: ${JSON.stringify(cell)} is not an instant written ${how} (${why})`,
    };
  }
  if (column.format !== undefined && !sameWallTime(parsed, cell, column.format)) {
    return {
      problem: `${column.column}: ${JSON.stringify(cell)} is a wall time that ${column.zone} skips (a daylight-saving change)`,
    };
  }
  return { iso: parsed.toISO({ suppressMilliseconds: true }) as string };
}

/** Whether the zone kept the wall time the cell says (luxon moves a skipped one forward). */
function sameWallTime(parsed: DateTime, cell: string, format: string): boolean {
  const wall = DateTime.fromFormat(cell, format, { zone: 'UTC' });
  // A cell with its own offset reads the same in any zone: nothing was moved then.
  const far = DateTime.fromFormat(cell, format, { zone: 'Etc/GMT-14' });
  if (!wall.isValid || wall.toMillis() === far.toMillis()) return true;
  return (
    wall.year === parsed.year &&
    wall.month === parsed.month &&
    wall.day === parsed.day &&
    wall.hour === parsed.hour &&
    wall.minute === parsed.minute &&
    wall.second === parsed.second
  );
}
