import { UsageError } from '../usage-error';
import { readCsvRecords } from './csv-records';
import type { RecordLimit } from './record-limit';
import type { SnapshotMap } from './snapshot-map';
import { SnapshotRows } from './snapshot-rows';
import type { TicketSink } from './ticket-sink';

/**
 * Reads a snapshot export (CSV, one row per update of a ticket holding its state after it) and
 * hands each ticket to the sink once the input has ended: its rows ordered by instant, each change
 * between consecutive rows an event (see `ticketOfSnapshots`). A row that cannot be read rejects
 * its ticket, at that row's line.
 *
 * @param chunks - The input's text.
 * @param sink - Where tickets and rejections go.
 * @param map - The mapping (`readSnapshotMap`).
 * @param limit - The longest record read.
 * @throws {UsageError} when the header lacks a column the mapping names.
 */
export async function readSnapshots(
  chunks: AsyncIterable<string>,
  sink: TicketSink,
  map: SnapshotMap,
  limit: RecordLimit,
): Promise<void> {
  const rows = new SnapshotRows(sink, map);
  await readCsvRecords(chunks, rows, limit);
  if (rows.headerProblem !== undefined) throw new UsageError(rows.headerProblem);
  if (!sink.stopped) await rows.end();
}
