import type { HeaderReading } from './csv-columns';

/** The columns of one CSV form, by name. */
export type Columns<Form> = Extract<HeaderReading, { form: Form }>['columns'];

/** Reads the data rows of one CSV form into tickets. */
export interface RowReader {
  row(cells: readonly string[], line: number): void;
  /** The ticket being read, if any, is complete (end of input, or an unreadable record). */
  flush(): void;
}

/** A cell's trimmed text, or `''` for a column the header does not have. */
export function cellOf(cells: readonly string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '').trim();
}

export function fieldCountProblem(cells: readonly string[], width: number): string | undefined {
  return cells.length === width ? undefined : `has ${cells.length} fields, the header has ${width}`;
}
