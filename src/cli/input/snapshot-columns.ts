import type { SnapshotMap } from './snapshot-map';
import { withoutBom } from './without-bom';

/**
 * Where the mapped columns are: `kept` lists the header positions a row keeps (each column
 * once, however many uses the mapping makes of it); the other members are positions in `kept`.
 */
export interface SnapshotColumns {
  readonly kept: readonly number[];
  readonly ticket: number;
  readonly at: number;
  readonly openedAt: number | undefined;
  readonly status: number;
  readonly priority: number;
  readonly kind: number | undefined;
  readonly assignee: number | undefined;
  readonly group: number | undefined;
  readonly fields: readonly number[];
}

/**
 * Finds the mapping's columns in a header: by exact name, else by name in any case, spaces around
 * it ignored.
 *
 * @param cells - The header's cells.
 * @param map - The mapping.
 * @returns Where the columns are, or which ones the header lacks.
 */
export function snapshotColumnsOf(
  cells: readonly string[],
  map: SnapshotMap,
): SnapshotColumns | { readonly problem: string } {
  const names = cells.map((cell, index) => (index === 0 ? withoutBom(cell) : cell).trim());
  const lower = names.map((name) => name.toLowerCase());
  const kept: number[] = [];
  const missing: string[] = [];
  const find = (column: string, path: string): number => {
    let index = names.indexOf(column.trim());
    if (index === -1) index = lower.indexOf(column.trim().toLowerCase());
    if (index === -1) {
      missing.push(`${JSON.stringify(column)} (${path})`);
      return -1;
    }
    const at = kept.indexOf(index);
    if (at !== -1) return at;
    kept.push(index);
    return kept.length - 1;
  };
  const optional = (column: string | undefined, path: string) =>
    column === undefined ? undefined : find(column, path);
  const columns: SnapshotColumns = {
    kept,
    // First: the ticket is the first cell kept (position 0), which the reader relies on.
    ticket: find(map.ticket, 'ticket'),
    at: find(map.at.column, 'at.column'),
    openedAt: optional(map.openedAt?.column, 'openedAt'),
    status: find(map.status.column, 'status'),
    priority: find(map.priority.column, 'priority'),
    kind: optional(map.kind?.column, 'kind'),
    assignee: optional(map.assignee, 'assignee'),
    group: optional(map.group, 'group'),
    fields: map.fields.map(([name, column]) => find(column.column, `fields.${name}`)),
  };
  if (missing.length > 0) {
    return {
      problem: `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} that the mapping names; it has ${names.join(',')}`,
    };
  }
  return columns;
}
