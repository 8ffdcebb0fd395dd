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
