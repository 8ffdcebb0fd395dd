import { readCsvRecords } from '../cli/input/csv-records';
import { CsvTickets } from '../cli/input/csv-tickets';
import { readJsonLines } from '../cli/input/json-lines';
import { readSnapshots } from '../cli/input/read-snapshots';
import type { RecordLimit } from '../cli/input/record-limit';
import { SeenIds } from '../cli/input/seen-ids';
import type { SnapshotMap } from '../cli/input/snapshot-map';
import { SlaError } from '../errors/sla-error';
import type { ReadTicketsOptions } from './read-tickets';
import type { RecordQueue } from './record-queue';

/** What `readTickets` was asked, checked: how its source is read. */
export interface Settings {
  readonly format: ReadTicketsOptions['format'];
  readonly order: NonNullable<ReadTicketsOptions['order']>;
  readonly limit: RecordLimit;
  readonly name: string;
  /** The checked mapping of `format: 'snapshots'`. */
  readonly map: SnapshotMap | undefined;
}

/** One reader per form of input: a new form (with its own options) is one more entry. */
export const READERS: Record<
  NonNullable<ReadTicketsOptions['format']>,
  (text: AsyncIterable<string>, queue: RecordQueue, settings: Settings) => Promise<void>
> = {
  jsonl: (text, queue, { limit }) => readJsonLines(text, queue, new SeenIds(), limit),
  csv: async (text, queue, { limit, order, name }) => {
    const csv = new CsvTickets(queue, order === 'any' ? 'any' : 'auto');
    await readCsvRecords(text, csv, limit);
    if (csv.headerProblem !== undefined) {
      throw new SlaError('invalid_argument', 'source', name, csv.headerProblem);
    }
    if (!queue.stopped) await csv.end();
  },
  // snapshotMapOption gives a mapping whenever the form is snapshots.
  snapshots: (text, queue, { limit, map }) => readSnapshots(text, queue, map as SnapshotMap, limit),
};
