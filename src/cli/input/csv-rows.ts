import type { HeaderReading } from './csv-columns';

/** The columns of one CSV form, by name. */
export type Columns<Form> = Extract<HeaderReading, { form: Form }>['columns'];

/** Reads the data rows of one CSV form into tickets. */
export interface RowReader {
  row(cells: readonly string[], line: number): void;
  /**
   * A record that cannot be read whole (`cells` are those read before the problem): it is
   * rejected, and so is the ticket it may belong to, since what is left of that ticket would
   * give a wrong answer.
   */
  malformed(line: number, reason: string, cells: readonly string[]): void;
  /** The input has ended: the tickets still held are complete. */
  flush(): void | Promise<void>;
}

/** A cell's trimmed text, or `''` for a column the header does not have. */
export function cellOf(cells: readonly string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '').trim();
}

export function fieldCountProblem(cells: readonly string[], width: number): string | undefined {
  return cells.length === width ? undefined : `has ${cells.length} fields, the header has ${width}`;
}

/** The ticket id of a record that could not be read whole, when its cell was read: else `''`. */
export function idOfRecord(cells: readonly string[], column: number): string {
  return column >= 0 && column < cells.length ? cellOf(cells, column) : '';
}

/** Why a ticket's first row is refused, when it is not its `opened` row. */
export function notOpenedFirst(type: string): string {
  return `its first row is "${type}": a ticket's rows must begin with an "opened" row`;
}

export function secondOpened(firstLine: number | undefined): string {
  return `a second "opened" row (the first is on line ${firstLine})`;
}
