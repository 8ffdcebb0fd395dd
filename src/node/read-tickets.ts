import * as z from 'zod/mini';
import { RowsNotGrouped } from '../cli/input/csv-event-rows';
import { sniffForm } from '../cli/input/open-input';
import {
  DEFAULT_RECORD_LIMIT,
  MAX_RECORD_LIMIT,
  MIN_RECORD_LIMIT,
  RecordLimit,
} from '../cli/input/record-limit';
import { lazy, parseOrThrow } from '../errors/from-zod-issue';
import { SlaError } from '../errors/sla-error';
import { RecordQueue } from './record-queue';
import { snapshotMapOption } from './snapshot-option';
import {
  asSlaError,
  checkSource,
  nameOf,
  openSource,
  type SourceText,
  type TicketSource,
} from './source-text';
import { READERS, type Settings } from './ticket-readers';
import type { TicketRecord } from './ticket-record';

/** How `readTickets` reads its source. */
export interface ReadTicketsOptions {
  /**
   * `csv` (one row per event, or one row per ticket: the header says which) or `jsonl` (one
   * ticket a line). Default: what the file name's extension says (`.csv`, `.jsonl`, `.ndjson`,
   * `.json`), else JSON Lines when the first character is `{`, else CSV. `snapshots` (a CSV with
   * one row per update of a ticket, holding its state after it, read with `map`) is never
   * guessed: it must be named.
   */
  readonly format?: 'csv' | 'jsonl' | 'snapshots';
  /**
   * With `format: 'snapshots'` (and only then, where it is required): which column holds what, as
   * the JSON file of the command's `--map` holds it (`JSON.parse` of that file will do; its JSON
   * Schema is `sla-clock/snapshot-map.schema.json`). Each ticket is given once the whole input
   * is read.
   */
  readonly map?: Readonly<Record<string, unknown>>;
  /**
   * How the rows of a one-row-per-event CSV come. `grouped` (the default): each ticket's rows
   * are consecutive, and each ticket is given as soon as its rows end, in constant memory; an
   * export sorted by time shows it within its first 10,000 rows and is then read as `any`.
   * `any`: every ticket's rows are held until the end, then the tickets are given in the order of
   * their first rows. Other forms ignore it.
   */
  readonly order?: 'grouped' | 'any';
  /**
   * The most characters one line (JSON Lines) or record (CSV) may hold, from 1,024 to
   * 268,435,456 (default 1,048,576): a longer one is rejected, and skipped without being kept.
   */
  readonly maxRecordSize?: number;
}

const optionsSchema = /* @__PURE__ */ lazy(() =>
  z.optional(
    z.strictObject({
      format: z.optional(
        z.enum(['csv', 'jsonl', 'snapshots'], 'must be "csv", "jsonl" or "snapshots"'),
      ),
      map: z.optional(z.unknown()),
      order: z.optional(z.enum(['grouped', 'any'], 'must be "grouped" or "any"')),
      maxRecordSize: z.optional(
        z
          .int()
          .check(
            z.gte(MIN_RECORD_LIMIT, 'must be at least 1,024 characters'),
            z.lte(MAX_RECORD_LIMIT, 'must be at most 268,435,456 characters'),
          ),
      ),
    }),
  ),
);

/**
 * Reads the tickets of an export as `sla-clock report` does (an events CSV, a desk's CSV with one
 * row per ticket, JSON Lines, or a snapshot export read with a mapping), one at a time: for each
 * ticket, its record with its line, or a rejection with the line and why. The reading keeps pace
 * with the loop that consumes it (at most about a thousand records wait), and breaking out of the
 * loop closes the file (or destroys the stream).
 *
 * @param source - A file's path (or `file:` URL), a readable stream, or an iterable (sync or
 *   async) of text or byte chunks. Bytes are UTF-8, or UTF-16 after a byte-order mark.
 * @param options - The form of the input (and the mapping of a snapshot export), the order of its
 *   rows, the longest record.
 * @returns The records, to read once with `for await`.
 * @throws {SlaError} `invalid_argument` at once for bad options (`format: 'snapshots'` without
 *   `map`, `map` without it, a mistake in the mapping at its path, e.g. `options.map.at.zone`) or
 *   a source of no such kind; while reading, for a file that cannot be opened, a CSV header that
 *   is no export's (or lacks a column the mapping names, naming it), a NUL character (a binary
 *   file), or (`order: 'grouped'`) a ticket whose rows come back after other tickets' rows. A
 *   failed read of the file or of the stream throws its own error.
 * @example
 * const rows = ['ticket,event,at,priority\n', 'T-1,opened,2026-11-30T09:00:00-04:00,high\n',
 *   'T-2,resolved,2026-11-30T10:00:00-04:00,\n'];
 * for await (const record of readTickets(rows)) {
 *   if (record.rejected) console.log(`line ${record.line}: ${record.reason}`);
 *   else console.log(`line ${record.line}: ${record.ticket.id} ${record.ticket.priority}`);
 * }
 * //=> line 2: T-1 high
 * //=> line 3: its first row is "resolved": a ticket's rows must begin with an "opened" row
 *
 * // A snapshot export: one row per update, holding the ticket's state after it.
 * const map = { ticket: 'number', at: { column: 'updated', zone: 'America/New_York' },
 *   status: { column: 'state', resolved: ['Resolved'] }, priority: 'priority' };
 * const updates = ['number,updated,state,priority\n', 'INC1,2026-11-30T09:00,New,high\n',
 *   'INC1,2026-11-30T11:00,Resolved,high\n'];
 * for await (const record of readTickets(updates, { format: 'snapshots', map })) {
 *   if (record.rejected) continue;
 *   const { id, openedAt, events } = record.ticket;
 *   console.log(id, openedAt, events.map((event) => `${event.type} ${event.at}`).join(', '));
 * }
 * //=> INC1 2026-11-30T09:00:00-05:00 status-changed 2026-11-30T11:00:00-05:00, resolved 2026-11-30T11:00:00-05:00
 */
export function readTickets(
  source: TicketSource,
  options?: ReadTicketsOptions,
): AsyncIterable<TicketRecord> {
  checkSource(source);
  const parsed = parseOrThrow(optionsSchema, options, 'invalid_argument', 'options') ?? {};
  const settings: Settings = {
    format: parsed.format,
    order: parsed.order ?? 'grouped',
    limit: RecordLimit.of(
      parsed.maxRecordSize ?? DEFAULT_RECORD_LIMIT,
      `maxRecordSize: ${parsed.maxRecordSize ?? DEFAULT_RECORD_LIMIT}`,
    ),
    name: nameOf(source),
    map: snapshotMapOption(parsed.format, parsed.map),
  };
  return { [Symbol.asyncIterator]: () => records(source, settings) };
}

async function* records(source: TicketSource, settings: Settings): AsyncGenerator<TicketRecord> {
  const queue = new RecordQueue();
  let failure: { readonly error: unknown } | undefined;
  const reading = read(source, settings, queue).then(
    () => queue.end(),
    (error: unknown) => {
      failure = { error };
      queue.end();
    },
  );
  try {
    for (;;) {
      const record = queue.take();
      if (record !== undefined) yield record;
      else if (queue.ended) {
        if (failure !== undefined) throw failure.error;
        return;
      } else await queue.arrival();
    }
  } finally {
    queue.stop();
    await letGo(source, queue, reading);
  }
}

/**
 * Ends a reading that the consumer left. A file is closed once its current read is done (at
 * once). A stream may wait for input that never comes (a terminal, a socket): it is destroyed,
 * as a `for await` loop over it would do. Any other iterable is left to end at its next chunk.
 */
async function letGo(source: TicketSource, queue: RecordQueue, reading: Promise<void>) {
  if (typeof source === 'string' || source instanceof URL) return reading;
  const { destroy } = source as { destroy?: unknown };
  if (typeof destroy !== 'function') return undefined;
  if (!queue.ended) destroy.call(source);
  return reading;
}

async function read(source: TicketSource, settings: Settings, queue: RecordQueue): Promise<void> {
  const input: SourceText = await openSource(source);
  try {
    // Sniffed even when the form is known: an empty input is said to be empty in either form.
    const sniffed = await asSlaError(() => sniffForm(input.chunks, settings.limit), settings.name);
    const form =
      sniffed.form === 'empty' ? 'empty' : (settings.format ?? input.formByName ?? sniffed.form);
    if (form === 'empty') queue.reject(1, undefined, 'the input is empty');
    else await asSlaError(() => READERS[form](sniffed.chunks, queue, settings), settings.name);
  } catch (error) {
    if (!(error instanceof RowsNotGrouped)) throw error;
    throw new SlaError(
      'invalid_argument',
      'source',
      settings.name,
      `line ${error.line}: ticket ${error.ticketId}: its rows come back after other tickets' rows: read it with { order: 'any' } (every ticket's rows are then held until the end), or sort the rows by ticket`,
    );
  } finally {
    await input.close();
  }
}
