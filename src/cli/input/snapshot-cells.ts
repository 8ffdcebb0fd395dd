import type { MappedColumn, SnapshotMap } from './snapshot-map';

/** One row of a snapshot export, as held: its line, and the cells of the mapped columns only. */
export interface SnapshotRow {
  readonly line: number;
  /** The cells of `SnapshotColumns.kept`, in that order; a short row lacks those past its end. */
  readonly cells: readonly (string | undefined)[];
}

/** Why a row cannot be read, with its line: its ticket is rejected there. */
export class RowProblem extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * The cell of a row at a kept position, `undefined` when it is empty or one of the mapping's
 * `empty` values.
 *
 * @throws {RowProblem} when the row is shorter than the header.
 */
export function cellAt(
  row: SnapshotRow,
  position: number,
  column: string,
  map: SnapshotMap,
): string | undefined {
  const cell = row.cells[position];
  if (cell === undefined) {
    throw new RowProblem(row.line, `the row ends before the column ${JSON.stringify(column)}`);
  }
  return cell === '' || map.empty.has(cell) ? undefined : cell;
}

/**
 * A cell through its column's `values`: the value mapped, the cell itself when the column has
 * none, `undefined` when empty.
 *
 * @throws {RowProblem} when the row is shorter than the header, or the cell is a value the
 * mapping does not give.
 */
export function mappedCell<V>(
  row: SnapshotRow,
  position: number,
  mapped: MappedColumn<V>,
  path: string,
  map: SnapshotMap,
): V | string | undefined {
  const cell = cellAt(row, position, mapped.column, map);
  if (cell === undefined || mapped.values === undefined) return cell;
  const value = mapped.values.get(cell);
  if (value === undefined && !mapped.values.has(cell)) {
    throw new RowProblem(
      row.line,
      `${mapped.column}: ${JSON.stringify(cell)} is none of the values of ${path}.values`,
    );
  }
  return value as V;
}

/** A mapped cell that must not be empty. */
export function requiredCell(
  row: SnapshotRow,
  position: number,
  mapped: MappedColumn<string>,
  path: string,
  map: SnapshotMap,
): string {
  const value = mappedCell(row, position, mapped, path, map);
  if (value === undefined) {
    throw new RowProblem(row.line, `${mapped.column}: empty, and the ${path} is required`);
  }
  return value;
}
