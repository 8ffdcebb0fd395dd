import { withoutBom } from './without-bom';

/** The two CSV forms: one row per event, or one row per ticket (the usual desk export). */
export const EVENT_COLUMNS = ['ticket', 'event', 'at', 'priority', 'kind'] as const;
/**
 * The optional columns of an event row, for the events that carry more than an instant:
 * `status` (`status-changed`, and an `opened` row's opening status), `by` and `public`
 * (`replied`), `field` and `value` (`field-changed`), `group` and `assignee` (`assigned`).
 */
export const EVENT_DETAIL_COLUMNS = [
  'status',
  'by',
  'public',
  'field',
  'value',
  'group',
  'assignee',
] as const;
export const TICKET_COLUMNS = [
  'id',
  'opened_at',
  'priority',
  'kind',
  'responded_at',
  'resolved_at',
] as const;

const REQUIRED = {
  events: ['ticket', 'event', 'at'],
  tickets: ['id', 'opened_at', 'priority'],
} as const;

export type CsvForm = keyof typeof REQUIRED;

/** A column the form does not know: a field of the tickets, named as the header writes it. */
export type FieldColumn = readonly [name: string, index: number];

/**
 * Where each known column is in a header (`-1` when absent), and the other columns: fields of
 * the tickets (`customer`, `region`…), read from each ticket's row (its `opened` row for events).
 */
export type ColumnIndex<Name extends string> = Readonly<Record<Name, number>> & {
  readonly fields: readonly FieldColumn[];
};

/** The form a header announces and where its columns are, or why it announces none. */
export type HeaderReading =
  | {
      readonly form: 'events';
      readonly columns: ColumnIndex<
        (typeof EVENT_COLUMNS)[number] | (typeof EVENT_DETAIL_COLUMNS)[number]
      >;
      readonly width: number;
    }
  | {
      readonly form: 'tickets';
      readonly columns: ColumnIndex<(typeof TICKET_COLUMNS)[number]>;
      readonly width: number;
    }
  | { readonly problem: string };

/**
 * Reads a CSV header. Columns are found by name (any order, any case); the form is the one whose
 * required columns are all there. Every other column with a name is a field of the tickets.
 */
export function readHeader(cells: readonly string[]): HeaderReading {
  const names = cells.map((cell, index) =>
    (index === 0 ? withoutBom(cell) : cell).trim().toLowerCase(),
  );
  const repeated = names.find((name, index) => name !== '' && names.indexOf(name) !== index);
  if (repeated !== undefined) return { problem: `the header names the column "${repeated}" twice` };
  const form: CsvForm | undefined =
    names.includes('ticket') && names.includes('event')
      ? 'events'
      : names.includes('id') && names.includes('opened_at')
        ? 'tickets'
        : undefined;
  if (form === undefined) {
    return {
      problem: `the CSV header is neither one row per event (${EVENT_COLUMNS.join(',')}) nor one row per ticket (${TICKET_COLUMNS.join(',')}): got ${cells.join(',')}`,
    };
  }
  const missing = REQUIRED[form].filter((name) => !names.includes(name));
  if (missing.length > 0)
    return {
      problem: `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    };
  const indexOf = (known: readonly string[]) => {
    const fields: FieldColumn[] = [];
    names.forEach((name, index) => {
      if (name !== '' && !known.includes(name)) {
        fields.push([
          (index === 0 ? withoutBom(cells[0] ?? '') : (cells[index] ?? '')).trim(),
          index,
        ]);
      }
    });
    return { ...Object.fromEntries(known.map((name) => [name, names.indexOf(name)])), fields };
  };
  return form === 'events'
    ? {
        form,
        columns: indexOf([...EVENT_COLUMNS, ...EVENT_DETAIL_COLUMNS]) as never,
        width: cells.length,
      }
    : { form, columns: indexOf(TICKET_COLUMNS) as never, width: cells.length };
}
