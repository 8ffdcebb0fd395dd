// Event rows in any order: a ticket's verdict is the one its whole log gives, wherever its rows
// are in the file. In process, the reader hands over the same tickets for every interleaving of
// the rows; through the command, an export sorted by time gives the report of the same export
// grouped by ticket, byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/cli/input/csv-columns';
import { RowsNotGrouped } from '../../src/cli/input/csv-event-rows';
import { EventRowsByOrder, type RowOrder } from '../../src/cli/input/event-rows-by-order';
import type { InputTicket, TicketSink } from '../../src/cli/input/ticket-sink';
import { type CliResult, ROOT, runCli, scratchDir, writeInput } from '../support/cli';
import { fcParams } from '../support/fast-check-settings';

const HEADER = ['ticket', 'event', 'at', 'priority', 'kind'];

/** The tickets the reader hands over for `rows` (each `[id, type, at, priority, kind]`). */
async function handOver(rows: readonly string[][], order: RowOrder, rowsBeforeDeciding: number) {
  const header = readHeader(HEADER);
  if (!('form' in header) || header.form !== 'events') throw new Error('not an event header');
  const tickets: InputTicket['ticket'][] = [];
  const rejected: string[] = [];
  const sink: TicketSink = {
    ticket: ({ ticket }) => tickets.push(ticket),
    reject: (line, id, reason) => rejected.push(`${line} ${id}: ${reason}`),
    lines: () => undefined,
    stopped: false,
    drained: () => undefined,
  };
  const reader = new EventRowsByOrder(
    header.columns,
    header.width,
    sink,
    order,
    rowsBeforeDeciding,
  );
  rows.forEach((cells, index) => {
    reader.row(cells, index + 2);
  });
  await reader.flush();
  return {
    tickets: [...tickets].sort((a, b) => String(a.id).localeCompare(String(b.id))),
    rejected,
  };
}

/** Tickets of 1 to 4 rows, `opened` first, as event rows grouped by ticket. */
const groupedTickets = fc
  .uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[A-Z]-\d{1,3}$/),
      events: fc.array(fc.constantFrom('responded', 'paused', 'resumed', 'resolved'), {
        maxLength: 3,
      }),
    }),
    { selector: (ticket) => ticket.id, minLength: 1, maxLength: 12 },
  )
  .map((tickets) =>
    tickets.map(({ id, events }) => [
      [id, 'opened', '2026-06-01T08:00:00-04:00', 'high', 'incident'],
      ...events.map((type, index) => [id, type, `2026-06-01T0${index + 1}:30:00-04:00`, '', '']),
    ]),
  );

/** The same rows interleaved at random, each ticket's rows still in their order. */
const interleaved = (groups: string[][][]) =>
  fc.array(fc.nat(), { minLength: 64, maxLength: 64 }).map((choices) => {
    const queues = groups.map((rows) => [...rows]);
    const rows: string[][] = [];
    let turn = 0;
    while (queues.some((queue) => queue.length > 0)) {
      const open = queues.filter((queue) => queue.length > 0);
      rows.push(
        (
          open[(choices[turn++ % choices.length] as number) % open.length] as string[][]
        ).shift() as string[],
      );
    }
    return rows;
  });

describe('event rows in any order', () => {
  it('hand over the tickets of the grouped rows, whatever the interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(
        groupedTickets.chain((groups) => fc.tuple(fc.constant(groups), interleaved(groups))),
        fc.integer({ min: 1, max: 20 }),
        async ([groups, rows], rowsBeforeDeciding) => {
          const expected = await handOver(groups.flat(), 'auto', rowsBeforeDeciding);
          expect(expected.rejected).toEqual([]);
          expect((await handOver(rows, 'any', rowsBeforeDeciding)).tickets).toEqual(
            expected.tickets,
          );
          try {
            const auto = await handOver(rows, 'auto', rowsBeforeDeciding);
            expect(auto.tickets).toEqual(expected.tickets);
          } catch (error) {
            // Rows that looked grouped for longer than the reader waits: the command reads the
            // file again with every row held (as 'any' above), or refuses stdin.
            expect(error).toBeInstanceOf(RowsNotGrouped);
            expect((error as RowsNotGrouped).line).toBeGreaterThan(rowsBeforeDeciding);
          }
        },
      ),
      fcParams(),
    );
  });
});

const NOW = '2026-06-30T14:00:00-04:00';
const dir = scratchDir();
const GROUPED = readFileSync(join(ROOT, 'examples/tickets.csv'), 'utf8');

/** The example export sorted by time, as most desks export events (ties keep their order). */
function byTime(text: string): string {
  const [header, ...rows] = text.trimEnd().split('\n');
  const at = (row: string) => Date.parse(row.split(',')[2] as string);
  return `${[
    header,
    ...rows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => at(a.row) - at(b.row) || a.index - b.index)
      .map(({ row }) => row),
  ].join('\n')}\n`;
}

function report(input: string, ...options: string[]): CliResult {
  return runCli(['report', input, '--plan', 'standard', '--now', NOW, ...options]);
}

describe('an event export sorted by time', () => {
  const sorted = writeInput(dir, 'by-time.csv', byTime(GROUPED));
  const grouped = join(ROOT, 'examples/tickets.csv');

  it('is not grouped by ticket (the check below checks something)', () => {
    const ids = readFileSync(sorted, 'utf8')
      .split('\n')
      .slice(1, 40)
      .map((row) => row.split(',')[0]);
    const comesBack = ids.some((id, index) => ids.indexOf(id) < index && ids[index - 1] !== id);
    expect(comesBack).toBe(true);
  });

  it.each([[[] as string[]], [['--json']], [['--group-by', 'priority,kind,month', '--json']]])(
    'gives the report of the grouped export, byte for byte (%j)',
    (options) => {
      const expected = report(grouped, ...options);
      expect(expected.status).toBe(0);
      const result = report(sorted, ...options);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(expected.stdout);
    },
  );

  it('the same from stdin, and its --tickets rows are those of the grouped export', () => {
    const expectedRows = join(dir, 'grouped-tickets.csv');
    const rows = join(dir, 'sorted-tickets.csv');
    const expected = report(grouped, '--json', '--tickets', expectedRows);
    const result = runCli(
      ['report', '-', '--plan', 'standard', '--now', NOW, '--json', '--tickets', rows],
      byTime(GROUPED),
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected.stdout);
    const lines = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n').sort();
    expect(lines(rows)).toEqual(lines(expectedRows));
  });

  it("counts a ticket from all its rows (the ticket whose rows another's interrupt is met, not breached)", () => {
    const input = writeInput(
      dir,
      'interrupted.csv',
      [
        'ticket,event,at,priority,kind',
        'A,opened,2026-06-30T08:00:00-04:00,critical,',
        'B,opened,2026-06-30T08:05:00-04:00,high,',
        'A,responded,2026-06-30T08:10:00-04:00,,',
        'A,resolved,2026-06-30T09:00:00-04:00,,',
        '',
      ].join('\n'),
    );
    const result = report(input, '--json');
    expect(result.stderr).toBe('');
    const summary = JSON.parse(result.stdout);
    expect(summary.rejected.count).toBe(0);
    expect(summary.total.tickets).toBe(2);
    expect(summary.total.metrics.gti.met).toBe(1); // A, answered after 10 of its 15 minutes
    expect(summary.total.metrics.gtr.met).toBe(1);
  });
});

describe('a record that cannot be read, among the first rows', () => {
  it('counts its ticket id when the order is decided (from stdin: no refusal)', () => {
    const rows = [
      'ticket,event,at,priority,kind',
      'A,opened,2026-06-30T08:00:00-04:00,high,',
      'B,opened,2026-06-30T08:05:00-04:00,high,',
      'A,res"olved,2026-06-30T09:00:00-04:00,,',
    ];
    const result = runCli(
      ['report', '-', '--plan', 'standard', '--now', NOW, '--json'],
      `${rows.join('\n')}\n`,
    );
    expect(result.stderr).toMatch(/^line 4: ticket A: a quote inside a field that is not quoted/);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).total.tickets).toBe(1); // B
  });
});

describe('an export grouped by ticket until a ticket comes back late', () => {
  // Beyond the rows the reader looks at before deciding: the order shows only at the end.
  const [header, ...data] = GROUPED.trimEnd().split('\n');
  const copies = Array.from({ length: 11 }, (_, copy) =>
    data.map((row) => row.replace(/^MQ-/, `C${copy}-`)),
  );
  const late = 'MQ-0001,priority-changed,2026-06-30T13:59:00-04:00,critical,';
  const lines = [header, ...data, ...copies.flat(), late];
  const text = `${lines.join('\n')}\n`;
  const file = writeInput(dir, 'late.csv', text);
  const lateLine = lines.length;

  it('from a file: said in one line, then read again with every row held (as --any-order)', () => {
    const expected = report(file, '--json', '--any-order');
    expect(expected.status).toBe(0);
    expect(expected.stderr).toBe('');
    const result = report(file, '--json');
    expect(result.stderr).toBe(
      `line ${lateLine}: ticket MQ-0001: its rows come back after other tickets' rows: reading the input again, every ticket's rows held until the end (as --any-order does); the lines below replace those above\n`,
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected.stdout);
  });

  it('from stdin: a usage error that says what to do; with --any-order, the report', () => {
    const refused = runCli(['report', '-', '--plan', 'standard', '--now', NOW, '--json'], text);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(
      `line ${lateLine}: ticket MQ-0001: its rows come back after other tickets' rows, and stdin cannot be read twice: give --any-order`,
    );
    const result = runCli(
      ['report', '-', '--plan', 'standard', '--now', NOW, '--json', '--any-order'],
      text,
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(report(file, '--json', '--any-order').stdout);
  });
});
