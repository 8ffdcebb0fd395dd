import type { HeaderReading } from './csv-columns';

/** The columns of one CSV form, by name. */
export type Columns<Form> = Extract<HeaderReading, { form: Form }>['columns'];

/** Reads the data rows of one CSV form into tickets. */
export interface RowReader {
  row(cells: readonly string[], line: number): void;
  /** The ticket being read, if any, is complete (end of input). */
  flush(): void;
  /**
   * A record that may be one of the current ticket's rows is lost (it cannot be read, or has no
   * ticket id): that ticket is rejected, since what is left of it would give a wrong answer.
   */
  abandon(line: number, reason: string): void;
}

/** A cell's trimmed text, or `''` for a column the header does not have. */
export function cellOf(cells: readonly string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '').trim();
}

export function fieldCountProblem(cells: readonly string[], width: number): string | undefined {
  return cells.length === width ? undefined : `has ${cells.length} fields, the header has ${width}`;
}
