import type { FieldValue, Ticket, TicketEvent } from '../../index';
import { cellAt, mappedCell, RowProblem, requiredCell, type SnapshotRow } from './snapshot-cells';
import type { SnapshotColumns } from './snapshot-columns';
import { snapshotInstant } from './snapshot-instant';
import type { SnapshotMap } from './snapshot-map';
import type { InputTicket } from './ticket-sink';

/** A row with its instant read: `at` as ISO 8601, `ms` to order the rows by. */
export interface TimedRow extends SnapshotRow {
  readonly at: string;
  readonly ms: number;
}

/** What one row says of its ticket. */
interface RowState {
  readonly status: string;
  readonly priority: string;
  readonly assignee: string | undefined;
  readonly group: string | undefined;
  readonly fields: readonly (FieldValue | undefined)[];
}

/**
 * A ticket from its rows, in time order: the earliest row gives its opening (status, priority,
 * kind, fields; an assignment it shows is an `assigned` event at its instant), and each row after
 * it the events of what changed since the row before, at its instant, in this order:
 * `priority-changed`, `assigned` (the new group and assignee, those not empty), `field-changed`
 * (one per field), `status-changed`, then `resolved` on entering a resolved or closed status,
 * `closed` on entering a closed one, `reopened` on leaving them for another.
 *
 * @param id - The ticket's id.
 * @param rows - Its rows, at least one, ordered by instant.
 * @param columns - Where the mapped cells are in a row.
 * @param map - The mapping.
 * @returns The ticket, with the line of each event's row.
 * @throws {RowProblem} for a row that cannot be read (an empty or unmapped value, a short row).
 */
export function ticketOfSnapshots(
  id: string,
  rows: readonly TimedRow[],
  columns: SnapshotColumns,
  map: SnapshotMap,
): InputTicket {
  const first = rows[0] as TimedRow;
  const opening = stateOf(first, columns, map);
  const ticket: Record<string, unknown> = {
    id,
    openedAt: openedAtOf(first, columns, map),
    priority: opening.priority,
    status: opening.status,
  };
  if (map.kind !== undefined) {
    const kind = mappedCell(first, columns.kind as number, map.kind, 'kind', map);
    if (kind !== undefined) ticket.kind = kind;
  }
  const fields: Record<string, FieldValue> = {};
  let hasFields = false;
  map.fields.forEach(([name], index) => {
    const value = opening.fields[index];
    if (value === undefined) return;
    fields[name] = value;
    hasFields = true;
  });
  if (hasFields) ticket.fields = fields;
  const events: TicketEvent[] = [];
  const eventLines: number[] = [];
  const push = (event: Record<string, unknown>, row: TimedRow) => {
    events.push(event as unknown as TicketEvent);
    eventLines.push(row.line);
  };
  if (opening.assignee !== undefined || opening.group !== undefined) {
    push(assignment(first.at, opening), first);
  }
  statusEvents(undefined, opening.status, first, map, push);
  let before = opening;
  for (let index = 1; index < rows.length; index++) {
    const row = rows[index] as TimedRow;
    const now = stateOf(row, columns, map);
    const at = row.at;
    if (now.priority !== before.priority)
      push({ type: 'priority-changed', at, priority: now.priority }, row);
    if (now.assignee !== before.assignee || now.group !== before.group) {
      // Nobody assigned any more says nothing a clock can read: no event.
      if (now.assignee !== undefined || now.group !== undefined) push(assignment(at, now), row);
    }
    map.fields.forEach(([field], position) => {
      const value = now.fields[position];
      if (value !== before.fields[position]) {
        push({ type: 'field-changed', at, field, value: value ?? null }, row);
      }
    });
    if (now.status !== before.status) {
      push({ type: 'status-changed', at, status: now.status }, row);
      statusEvents(before.status, now.status, row, map, push);
    }
    before = now;
  }
  ticket.events = events;
  return {
    ticket: ticket as unknown as Ticket & { readonly id: string },
    line: first.line,
    eventLines,
  };
}

function stateOf(row: SnapshotRow, columns: SnapshotColumns, map: SnapshotMap): RowState {
  return {
    status: requiredCell(row, columns.status, map.status, 'status', map),
    priority: requiredCell(row, columns.priority, map.priority, 'priority', map),
    assignee:
      columns.assignee === undefined
        ? undefined
        : cellAt(row, columns.assignee, map.assignee as string, map),
    group:
      columns.group === undefined
        ? undefined
        : cellAt(row, columns.group, map.group as string, map),
    fields: map.fields.map(([name, column], index) =>
      mappedCell(row, columns.fields[index] as number, column, `fields.${name}`, map),
    ),
  };
}

function openedAtOf(first: TimedRow, columns: SnapshotColumns, map: SnapshotMap): string {
  if (map.openedAt === undefined) return first.at;
  const cell = cellAt(first, columns.openedAt as number, map.openedAt.column, map);
  if (cell === undefined) {
    throw new RowProblem(first.line, `${map.openedAt.column}: empty, and the opening is required`);
  }
  const instant = snapshotInstant(cell, map.openedAt);
  if ('problem' in instant) throw new RowProblem(first.line, instant.problem);
  return instant.iso;
}

function assignment(at: string, state: RowState): Record<string, unknown> {
  const event: Record<string, unknown> = { type: 'assigned', at };
  if (state.group !== undefined) event.group = state.group;
  if (state.assignee !== undefined) event.assignee = state.assignee;
  return event;
}

/** `resolved`, `closed` or `reopened` for a move from one status to another (from none: the opening). */
function statusEvents(
  from: string | undefined,
  to: string,
  row: TimedRow,
  map: SnapshotMap,
  push: (event: Record<string, unknown>, row: TimedRow) => void,
): void {
  const { resolved, closed } = map.status;
  const settled = (status: string | undefined) =>
    status !== undefined && (resolved.has(status) || closed.has(status));
  if (settled(to) && !settled(from)) push({ type: 'resolved', at: row.at }, row);
  if (closed.has(to) && (from === undefined || !closed.has(from)))
    push({ type: 'closed', at: row.at }, row);
  if (settled(from) && !settled(to)) push({ type: 'reopened', at: row.at }, row);
}
