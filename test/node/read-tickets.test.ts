// sla-clock/node's readTickets reads an export as `sla-clock report` does: summed up with
// createSlaSummary, its tickets give the command's --json report, and its rejections (and the
// lines lineOfError names) are the command's `line N:` messages, line for line. It keeps pace
// with a slow consumer, and breaking out of the loop lets go of the file.
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { createSlaSummary, evaluateTicket, SlaError, standardPlan } from '../../src/index';
import { lineOfError, readTickets, type TicketRecord } from '../../src/node';
import { QUEUE_ROOM } from '../../src/node/record-queue';
import { ROOT, runCli, scratchDir, writeInput } from '../support/cli';

const NOW = '2026-06-30T14:00:00-04:00';
const dir = scratchDir();
const example = (name: string) => join(ROOT, 'examples', name);
const linesOf = (name: string) => readFileSync(example(name), 'utf8').split('\n');

/** The lines of `lines` (1-based) replaced by `changes`. */
function edited(lines: readonly string[], changes: Record<number, string>): string {
  return lines.map((line, index) => changes[index + 1] ?? line).join('\n');
}

// Each with the lines that must be rejected (by the reader or by evaluateTicket), and the counts.
const GOOD = { lines: [], counts: { tickets: 300, rejected: 0 } };
const events = linesOf('tickets.csv');
const BAD_EVENTS = {
  path: writeInput(
    dir,
    'bad-events.csv',
    edited(events, {
      3: 'MQ-0001,responded,2026-04-01 14:22,,', // no offset: evaluateTicket refuses the event
      6: ',responded,2026-04-02T08:20:14-04:00,,', // no ticket id
      9: `${events[8]},extra,cells`, // too many fields
      15: 'MQ-0004,opened,2026-04-07T10:28:10-04:00,normal,request', // a second opened row
    }),
  ),
  lines: [3, 6, 9, 15],
  // MQ-0001 to MQ-0004 rejected, and the row without an id: line 6 is said twice.
  counts: { tickets: 296, rejected: 5 },
};
const jsonl = linesOf('tickets.jsonl');
const BAD_JSONL = {
  path: writeInput(
    dir,
    'bad.jsonl',
    edited(jsonl, {
      3: '{not json',
      10: '[1, 2]',
      20: jsonl[0] as string, // MQ-0001 again
      30: '',
      40: (jsonl[39] as string).replace(/"openedAt":"[^"]+"/, '"openedAt":"2026-04-10 09:00"'),
    }),
  ),
  lines: [3, 10, 20, 40],
  // Line 30 (MQ-0030) is now blank, skipped; line 20 (MQ-0020) is MQ-0001 again.
  counts: { tickets: 295, rejected: 4 },
};
const exported = linesOf('tickets-export.csv');
const BAD_EXPORT = {
  path: writeInput(
    dir,
    'bad-export.csv',
    edited(exported, {
      4: 'MQ-0003,2026-04-02T11:00:39-04:00', // too few fields
      7: exported[1] as string, // MQ-0001 again
      11: (exported[10] as string).replace(',medium,', ',urgent,'),
    }),
  ),
  lines: [4, 7, 11],
  // MQ-0003 and MQ-0010 rejected; MQ-0006 (line 7) is now MQ-0001 again.
  counts: { tickets: 297, rejected: 3 },
};

/** What a reporting script does with readTickets: the report, and the lines it rejected. */
async function report(path: string, options?: Parameters<typeof readTickets>[1]) {
  const plan = standardPlan();
  const summary = createSlaSummary({ groupBy: ['priority'], timezone: plan.schedule.timezone });
  const rejectedLines: number[] = [];
  for await (const record of readTickets(path, options)) {
    if (record.rejected) {
      rejectedLines.push(record.line);
      summary.reject(`line ${record.line}`, record.error);
      continue;
    }
    try {
      summary.add(record.ticket, evaluateTicket(plan, record.ticket, { now: NOW }));
    } catch (error) {
      const line = lineOfError(record, error);
      rejectedLines.push(line);
      summary.reject(`line ${line}`, error);
    }
  }
  const { total, groups, rejected } = JSON.parse(JSON.stringify(summary.result()));
  return { total, groups, rejected, rejectedLines };
}

/** The command's report of the same file, and the lines of its `line N:` messages. */
function commandReport(path: string, ...extra: string[]) {
  const result = runCli(['report', path, '--plan', 'standard', '--now', NOW, '--json', ...extra]);
  expect(result.status, result.stderr).toBeLessThan(2);
  const { total, groups, rejected } = JSON.parse(result.stdout);
  const rejectedLines = [...result.stderr.matchAll(/^line (\d+): /gm)].map(([, line]) =>
    Number(line),
  );
  return { total, groups, rejected, rejectedLines };
}

describe('readTickets gives what sla-clock report reads', () => {
  it.each([
    ['examples/tickets.csv (one row per event)', { path: example('tickets.csv'), ...GOOD }],
    ['examples/tickets.jsonl', { path: example('tickets.jsonl'), ...GOOD }],
    [
      'examples/tickets-export.csv (one row per ticket)',
      { path: example('tickets-export.csv'), ...GOOD },
    ],
    ['an events CSV with bad rows', BAD_EVENTS],
    ['JSON Lines with bad lines', BAD_JSONL],
    ['a tickets CSV with bad rows', BAD_EXPORT],
  ])('%s', async (_name, { path, lines, counts }) => {
    const ours = await report(path);
    const theirs = commandReport(path);
    expect(ours).toEqual(theirs);
    expect({ tickets: ours.total.tickets, rejected: ours.rejected.count }).toEqual(counts);
    expect([...new Set(ours.rejectedLines)].sort((a, b) => a - b)).toEqual(lines);
  });

  it('gives each ticket once, with the line of its first row and of each event', async () => {
    const records: TicketRecord[] = [];
    for await (const record of readTickets(example('tickets.csv'))) records.push(record);
    expect(records).toHaveLength(300);
    const first = records[0];
    if (first === undefined || first.rejected) throw new Error('no ticket first');
    // examples/tickets.csv: MQ-0001 on lines 2 (opened), 3 (responded) and 4 (resolved).
    expect(first.line).toBe(2);
    expect(first.eventLines).toEqual([3, 4]);
    expect(first.ticket).toMatchObject({ id: 'MQ-0001', priority: 'normal', kind: 'incident' });
    expect(new Set(records.map((r) => (r.rejected ? '' : r.ticket.id))).size).toBe(300);
  });

  it('reads rows in any order with order: any, as --any-order does', async () => {
    // The rows sorted by instant: every ticket's rows interleaved with others'.
    const [header, ...rows] = events.filter((line) => line !== '');
    const at = (row: string) => Date.parse(row.split(',')[2] as string);
    const sorted = [...rows].sort((a, b) => at(a) - at(b));
    const path = writeInput(dir, 'sorted.csv', `${[header, ...sorted].join('\n')}\n`);
    const ours = await report(path, { order: 'any' });
    expect(ours).toEqual(commandReport(path, '--any-order'));
    expect(ours.total).toEqual((await report(example('tickets.csv'))).total);
  });

  it('stops with a SlaError when rows come back after 10,000 grouped rows', async () => {
    const rows = ['ticket,event,at,priority'];
    for (let n = 0; n < 5_001; n++)
      rows.push(
        `T-${n},opened,2026-04-01T09:00:00Z,high`,
        `T-${n},responded,2026-04-01T09:05:00Z,`,
      );
    rows.push('T-7,resolved,2026-04-02T09:00:00Z,');
    const path = writeInput(dir, 'late.csv', `${rows.join('\n')}\n`);
    const error = await consume(readTickets(path)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SlaError);
    expect(error).toMatchObject({ code: 'invalid_argument', path: 'source', value: path });
    expect((error as SlaError).reason).toMatch(/^line 10004: ticket T-7: .*\{ order: 'any' \}/);
    const held = await consume(readTickets(path, { order: 'any' }));
    expect(held).toHaveLength(5_001);
    expect(held.every((record) => !record.rejected)).toBe(true);
  });

  it('takes the form from the option, the extension, or the first character', async () => {
    const jsonText = readFileSync(example('tickets.jsonl'), 'utf8');
    const noExtension = writeInput(dir, 'tickets-without-extension', jsonText);
    expect(await consume(readTickets(noExtension))).toHaveLength(300);
    const asCsv = await consume(readTickets(noExtension, { format: 'csv' }));
    expect(asCsv[0]).toMatchObject({ rejected: true, line: 1 });
    // A stream and chunks of text or bytes read like the file.
    const fromStream = await consume(readTickets(createReadStream(example('tickets.csv'))));
    expect(fromStream).toEqual(await consume(readTickets(example('tickets.csv'))));
    const bytes = new TextEncoder().encode(jsonText);
    const fromBytes = await consume(readTickets([bytes.subarray(0, 1000), bytes.subarray(1000)]));
    expect(fromBytes).toEqual(await consume(readTickets(example('tickets.jsonl'))));
  });

  it('says that an empty input is empty, as a rejection on line 1', async () => {
    const records = await consume(readTickets(['', '  \n\n']));
    expect(records).toEqual([
      expect.objectContaining({ rejected: true, line: 1, reason: 'the input is empty' }),
    ]);
  });
});

describe('readTickets keeps pace with its consumer', () => {
  /** A JSON Lines source of `chunks` chunks of 10 tickets each, counting the chunks pulled. */
  function countedSource(chunks: number) {
    const counter = { pulled: 0, finished: false };
    const line = (n: number) =>
      `{"id":"T-${n}","openedAt":"2026-04-01T09:00:00Z","priority":"high"}\n`;
    async function* source() {
      try {
        for (let chunk = 0; chunk < chunks; chunk++) {
          counter.pulled++;
          yield Array.from({ length: 10 }, (_, i) => line(chunk * 10 + i)).join('');
        }
      } finally {
        counter.finished = true;
      }
    }
    return { source: source(), counter };
  }

  it('does not read far ahead of a slow consumer', async () => {
    const { source, counter } = countedSource(10_000);
    let taken = 0;
    for await (const _record of readTickets(source)) {
      taken++;
      if (taken === 5) await new Promise((resolve) => setTimeout(resolve, 50));
      if (taken === 6) break;
    }
    // 100,000 tickets in the source; about QUEUE_ROOM (+ a chunk) read when the consumer paused.
    expect(counter.pulled).toBeGreaterThan(1);
    expect(counter.pulled * 10).toBeLessThanOrEqual(QUEUE_ROOM + 20);
    // An iterable is let go at its next chunk, after the loop has left.
    await vi.waitFor(() => expect(counter.finished).toBe(true));
    expect(counter.pulled * 10).toBeLessThanOrEqual(QUEUE_ROOM + 30);
  });

  it('reads everything for a consumer that takes everything', async () => {
    const { source, counter } = countedSource(1_000);
    expect(await consume(readTickets(source))).toHaveLength(10_000);
    expect(counter.pulled).toBe(1_000);
  });

  it('closes the file when the loop breaks, and a stream when it is the source', async () => {
    const openFiles = () => readdirSync('/proc/self/fd').length;
    // Large enough for the reading to pause (examples/tickets.csv is read whole at once).
    const rows = ['ticket,event,at,priority'];
    for (let n = 0; n < 20_000; n++) rows.push(`T-${n},opened,2026-04-01T09:00:00Z,high`);
    const large = writeInput(dir, 'large.csv', `${rows.join('\n')}\n`);
    const before = openFiles();
    for await (const record of readTickets(large)) {
      expect(openFiles()).toBe(before + 1);
      expect(record.rejected).toBe(false);
      break;
    }
    expect(openFiles()).toBe(before);
    const stream = createReadStream(example('tickets.jsonl'), { highWaterMark: 1024 });
    for await (const _record of readTickets(stream)) break;
    expect(stream.destroyed).toBe(true);
    // A stream that waits for more (a terminal, a socket) does not hold the loop back.
    const waiting = new PassThrough();
    waiting.write('{"id":"T-1","openedAt":"2026-04-01T09:00:00Z","priority":"high"}\n');
    for await (const _record of readTickets(waiting)) break;
    expect(waiting.destroyed).toBe(true);
    // A reading that fails lets go of the file too.
    await expect(consume(readTickets(join(ROOT, 'README.md')))).rejects.toThrow(SlaError);
    expect(openFiles()).toBe(before);
  });
});

describe('readTickets refuses what it cannot read with a SlaError', () => {
  it.each([
    [{ format: 'xml' }, 'options.format', 'must be "csv", "jsonl" or "snapshots"'],
    [{ order: 'sorted' }, 'options.order', 'must be "grouped" or "any"'],
    [{ maxRecordSize: 100 }, 'options.maxRecordSize', 'must be at least 1,024 characters'],
    [{ maxRecordSize: 1.5e3 + 0.5 }, 'options.maxRecordSize', undefined],
    [{ maxRecordSize: 2 ** 29 }, 'options.maxRecordSize', 'must be at most 268,435,456 characters'],
    [{ mapping: 'map.json' }, 'options.mapping', 'is not a known option'],
  ])('options %j, at once', (options, path, reason) => {
    const call = () => readTickets('tickets.csv', options as never);
    expect(call).toThrow(SlaError);
    expect(catchOf(call)).toMatchObject({ code: 'invalid_argument', path });
    if (reason !== undefined) expect(catchOf(call)).toMatchObject({ reason });
  });

  it.each([[42], [null], [''], [new Uint8Array(3)], [{}]])('a source %j, at once', (source) => {
    expect(catchOf(() => readTickets(source as never))).toMatchObject({
      code: 'invalid_argument',
      path: 'source',
    });
  });

  it('a missing file, a file of another kind, a chunk of another type: when read', async () => {
    const missing = join(dir, 'missing.csv');
    await expect(consume(readTickets(missing))).rejects.toMatchObject({
      code: 'invalid_argument',
      path: 'source',
      value: missing,
      reason: expect.stringMatching(/^cannot read .*no such file/),
    });
    await expect(consume(readTickets(join(ROOT, 'README.md')))).rejects.toMatchObject({
      reason: expect.stringMatching(/^line 1: the CSV header is neither/),
    });
    await expect(consume(readTickets([new Uint8Array([0x7b, 0, 0x7d])]))).rejects.toMatchObject({
      reason: expect.stringMatching(/NUL character/),
    });
    await expect(consume(readTickets([42 as never]))).rejects.toMatchObject({ path: 'source' });
  });

  it('rejects a record longer than maxRecordSize, naming the option', async () => {
    const long = `{"id":"T-1","note":"${'x'.repeat(2000)}"}\n{"id":"T-2","openedAt":"2026-04-01T09:00:00Z","priority":"high"}\n`;
    const records = await consume(readTickets([long], { maxRecordSize: 1024 }));
    expect(records).toEqual([
      expect.objectContaining({
        rejected: true,
        line: 1,
        reason: 'longer than 1,024 characters (maxRecordSize: 1024)',
      }),
      expect.objectContaining({ rejected: false, line: 2 }),
    ]);
  });
});

async function consume(records: AsyncIterable<TicketRecord>): Promise<TicketRecord[]> {
  const all: TicketRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

function catchOf(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}
