// Issue 20 item 3: a desk's snapshot export (one row per update, holding the ticket's state after
// it) read with a mapping. The ServiceNow sample (examples/servicenow-incident-log.csv, 445
// incidents, CC BY 4.0) is read whole: every incident evaluated or rejected at a line; the events
// of three incidents are written here by hand from their rows; rows out of time order, bad cells
// and a header without a mapped column are checked on small inputs of their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshots } from '../../src/cli/input/read-snapshots';
import { RecordLimit } from '../../src/cli/input/record-limit';
import { type SnapshotMap, snapshotMapOf } from '../../src/cli/input/snapshot-map';
import type { InputTicket, TicketSink } from '../../src/cli/input/ticket-sink';
import { UsageError } from '../../src/cli/usage-error';
import { definePlan, evaluateTicket } from '../../src/index';
import { ROOT, runCli, scratchDir, writeInput } from '../support/cli';

const SAMPLE = 'examples/servicenow-incident-log.csv';
const MAP_FILE = 'examples/servicenow-map.json';
const PLAN_FILE = 'examples/servicenow-plan.json';
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const serviceNowMap = snapshotMapOf(readJson(MAP_FILE), MAP_FILE);

/** A sink that keeps what it is given. */
class Collected implements TicketSink {
  readonly tickets: InputTicket[] = [];
  readonly rejected: { line: number; ticketId: string | undefined; reason: string }[] = [];
  stopped = false;
  ticket(input: InputTicket): void {
    this.tickets.push(input);
  }
  reject(line: number, ticketId: string | undefined, reason: string): void {
    this.rejected.push({ line, ticketId, reason });
  }
  lines(): void {}
  drained(): undefined {
    return undefined;
  }
}

/** The text in chunks of `size` characters: rows are cut anywhere. */
async function* chunksOf(text: string, size = 997): AsyncGenerator<string> {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

async function read(text: string, map: SnapshotMap = serviceNowMap): Promise<Collected> {
  const sink = new Collected();
  await readSnapshots(chunksOf(text), sink, map, RecordLimit.default);
  return sink;
}

const sampleText = readFileSync(join(ROOT, SAMPLE), 'utf8');
const byId = (sink: Collected, id: string) => sink.tickets.find((input) => input.ticket.id === id);

describe('the ServiceNow sample (445 incidents, 2,989 rows)', () => {
  it('evaluates or rejects every incident, each rejection at a line of that incident', async () => {
    const sink = await read(sampleText);
    const incidents = new Set(
      sampleText
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((row) => row.split(',')[0]),
    );
    expect(incidents.size).toBe(445);
    const seen = [
      ...sink.tickets.map((input) => input.ticket.id),
      ...sink.rejected.map((r) => r.ticketId),
    ];
    expect(seen.length).toBe(445);
    expect(new Set(seen)).toEqual(incidents);
    const lines = sampleText.split('\n');
    for (const rejection of sink.rejected) {
      expect(
        lines[rejection.line - 1]?.startsWith(`${rejection.ticketId},`),
        rejection.reason,
      ).toBe(true);
    }
    // Every event keeps the line of the row it comes from, a row of its own incident.
    for (const { ticket, eventLines } of sink.tickets) {
      expect(eventLines?.length).toBe(ticket.events?.length);
      for (const line of eventLines ?? [])
        expect(lines[line - 1]?.startsWith(`${ticket.id},`)).toBe(true);
    }
  });

  it('derives the events of INC0000045 from its four rows (lines 2–5)', async () => {
    // New at 01:23 with Group 56; Resolved at 08:53; Resolved again at 11:29 (nothing changed);
    // Closed on 5 March at 12:00. Opened 29-02-2016 01:16, São Paulo time (−03:00).
    const input = byId(await read(sampleText), 'INC0000045');
    expect(input?.ticket).toEqual({
      id: 'INC0000045',
      openedAt: '2016-02-29T01:16:00-03:00',
      priority: 'moderate',
      status: 'New',
      fields: { category: 'Category 55', contact: 'Phone', made_sla: 'TRUE' },
      events: [
        { type: 'assigned', at: '2016-02-29T01:23:00-03:00', group: 'Group 56' },
        { type: 'status-changed', at: '2016-02-29T08:53:00-03:00', status: 'Resolved' },
        { type: 'resolved', at: '2016-02-29T08:53:00-03:00' },
        { type: 'status-changed', at: '2016-03-05T12:00:00-03:00', status: 'Closed' },
        { type: 'closed', at: '2016-03-05T12:00:00-03:00' },
      ],
    });
    expect(input?.line).toBe(2);
    expect(input?.eventLines).toEqual([2, 3, 3, 5, 5]);
  });

  it('derives the events of INC0000594 (lines 1906–1911): priority changes, a wait, made_sla', async () => {
    const input = byId(await read(sampleText), 'INC0000594');
    expect(input?.ticket).toEqual({
      id: 'INC0000594',
      openedAt: '2016-03-01T10:16:00-03:00',
      priority: 'high',
      status: 'Active',
      fields: { category: 'Category 55', contact: 'Phone', made_sla: 'TRUE' },
      events: [
        {
          type: 'assigned',
          at: '2016-03-01T11:03:00-03:00',
          group: 'Group 65',
          assignee: 'Resolver 7',
        },
        { type: 'priority-changed', at: '2016-03-01T12:10:00-03:00', priority: 'critical' },
        { type: 'priority-changed', at: '2016-03-03T14:54:00-03:00', priority: 'moderate' },
        { type: 'status-changed', at: '2016-03-08T09:24:00-03:00', status: 'Awaiting User Info' },
        { type: 'status-changed', at: '2016-03-17T11:11:00-03:00', status: 'Resolved' },
        { type: 'resolved', at: '2016-03-17T11:11:00-03:00' },
        {
          type: 'field-changed',
          at: '2016-03-24T18:59:00-03:00',
          field: 'made_sla',
          value: 'FALSE',
        },
        { type: 'status-changed', at: '2016-03-24T18:59:00-03:00', status: 'Closed' },
        { type: 'closed', at: '2016-03-24T18:59:00-03:00' },
      ],
    });
    expect(input?.eventLines).toEqual([1906, 1907, 1908, 1909, 1910, 1910, 1911, 1911, 1911]);
    // The example plan (24/7): resolution counts from 1 March 10:16 until the wait begins on
    // 8 March 09:24 (6 days 23 h 08 min = 167 h 08 min), then is paused until it is resolved:
    // missed against moderate's 72 h. Opened Active, it never had a response cycle.
    const plan = definePlan(readJson(PLAN_FILE) as Parameters<typeof definePlan>[0]);
    const { metrics } = evaluateTicket(plan, input?.ticket as never, {
      now: '2017-01-01T00:00:00Z',
    });
    expect(metrics.resolution?.elapsed).toBe((167 * 60 + 8) * 60_000);
    expect(metrics.resolution?.status).toBe('missed');
    expect(metrics.response?.state).toBe('idle');
  });

  it('orders the rows of INC0000137 by instant (line 359, at 11:10, comes after lines 360–361)', async () => {
    // Read in time order: New 09:52 (360), Resolved 11:03 (361), New 11:10 (359), Closed (362).
    const input = byId(await read(sampleText), 'INC0000137');
    expect(input?.ticket.events).toEqual([
      { type: 'assigned', at: '2016-02-29T09:52:00-03:00', group: 'Group 70' },
      { type: 'status-changed', at: '2016-02-29T11:03:00-03:00', status: 'Resolved' },
      { type: 'resolved', at: '2016-02-29T11:03:00-03:00' },
      { type: 'status-changed', at: '2016-02-29T11:10:00-03:00', status: 'New' },
      { type: 'reopened', at: '2016-02-29T11:10:00-03:00' },
      { type: 'status-changed', at: '2016-03-05T12:00:00-03:00', status: 'Closed' },
      { type: 'resolved', at: '2016-03-05T12:00:00-03:00' },
      { type: 'closed', at: '2016-03-05T12:00:00-03:00' },
    ]);
    expect(input?.line).toBe(360);
    expect(input?.eventLines).toEqual([360, 361, 361, 359, 359, 362, 362, 362]);
  });

  it('rejects the five incidents updated before their opened_at, at their first row', async () => {
    const sink = await read(sampleText);
    expect(sink.rejected.map((r) => [r.line, r.ticketId])).toEqual([]);
    const result = runCli([
      'report',
      SAMPLE,
      '--input',
      'snapshots',
      '--map',
      MAP_FILE,
      '--plan',
      PLAN_FILE,
      '--now',
      '2017-01-01T00:00:00Z',
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('440 tickets evaluated · 5 rejected');
    expect(result.stderr.trim().split('\n')).toEqual([
      'line 330: ticket INC0000130: assigned happens before the ticket was opened (2016-02-29T09:41:00-03:00)',
      'line 336: ticket INC0000131: assigned happens before the ticket was opened (2016-02-29T09:41:00-03:00)',
      'line 346: ticket INC0000134: assigned happens before the ticket was opened (2016-02-29T09:44:00-03:00)',
      'line 351: ticket INC0000135: assigned happens before the ticket was opened (2016-02-29T09:45:00-03:00)',
      'line 438: ticket INC0000164: assigned happens before the ticket was opened (2016-02-29T10:18:00-03:00)',
    ]);
  });
});

/** A small desk: ISO instants in UTC, priorities P1/P2, a closed status. */
const smallMap = snapshotMapOf(
  {
    ticket: 'id',
    at: { column: 'updated', format: 'yyyy-MM-dd HH:mm', zone: 'Europe/Paris' },
    status: { column: 'state', resolved: ['done'] },
    priority: { column: 'prio', values: { P1: 'urgent', P2: 'normal' } },
    assignee: 'owner',
    fields: { team: 'team' },
    empty: ['NULL'],
  },
  'small.json',
);
const HEADER = 'id,updated,state,prio,owner,team';

describe('rows of a snapshot export', () => {
  it('holds interleaved rows out of time order, and orders each ticket (stable on ties)', async () => {
    const sink = await read(
      [
        HEADER,
        'B,2026-03-02 10:00,open,P2,NULL,red', // 2
        'A,2026-03-02 09:30,open,P1,ann,blue', // 3: A's second row by time
        'A,2026-03-02 09:00,new,P2,NULL,blue', // 4: A's first
        'B,2026-03-02 09:00,new,P2,NULL,red', // 5: B's first
        'A,2026-03-02 09:30,done,P1,ann,blue', // 6: same instant as line 3, after it
      ].join('\n'),
      smallMap,
    );
    expect(sink.rejected).toEqual([]);
    expect(sink.tickets.map((input) => [input.ticket.id, input.line])).toEqual([
      ['B', 5],
      ['A', 4],
    ]);
    const a = byId(sink, 'A');
    // Paris is at +01:00 in March before the change (29 March 2026).
    expect(a?.ticket).toEqual({
      id: 'A',
      openedAt: '2026-03-02T09:00:00+01:00',
      priority: 'normal',
      status: 'new',
      fields: { team: 'blue' },
      events: [
        { type: 'priority-changed', at: '2026-03-02T09:30:00+01:00', priority: 'urgent' },
        { type: 'assigned', at: '2026-03-02T09:30:00+01:00', assignee: 'ann' },
        { type: 'status-changed', at: '2026-03-02T09:30:00+01:00', status: 'open' },
        { type: 'status-changed', at: '2026-03-02T09:30:00+01:00', status: 'done' },
        { type: 'resolved', at: '2026-03-02T09:30:00+01:00' },
      ],
    });
    expect(a?.eventLines).toEqual([3, 3, 3, 6, 6]);
    expect(byId(sink, 'B')?.ticket.events).toEqual([
      { type: 'status-changed', at: '2026-03-02T10:00:00+01:00', status: 'open' },
    ]);
  });

  it('rejects the ticket of a row it cannot read, at that row, and reads the others', async () => {
    const sink = await read(
      [
        HEADER,
        'A,2026-03-02 09:00,new,P2,NULL,x',
        'A,02/03/2026 10:00,open,P2,NULL,x', // 3: another format
        'B,2026-03-02 09:00,new,P3,NULL,x', // 4: a priority the mapping does not give
        'C,2026-03-02 09:00,new,P2', // 5: a short row
        'D,2026-03-29 02:30,new,P2,NULL,x', // 6: skipped by Paris (02:00 → 03:00)
        'E,2026-03-02 09:00,,P2,NULL,x', // 7: no status
        ',2026-03-02 09:00,new,P2,NULL,x', // 8: no ticket
        'F,NULL,new,P2,NULL,x', // 9: no instant
        'G,2026-03-02 09:00,new,P1,NULL,x', // 10: fine
        'H,2026-03-02 09:00,"new,P1,NULL,x', // 11: a quote never closed
      ].join('\n'),
      smallMap,
    );
    expect(sink.tickets.map((input) => input.ticket.id)).toEqual(['G']);
    expect(sink.rejected.map((r) => [r.line, r.ticketId])).toEqual([
      [8, undefined],
      [3, 'A'],
      [4, 'B'],
      [5, 'C'],
      [6, 'D'],
      [7, 'E'],
      [9, 'F'],
      [11, 'H'],
    ]);
    const reasons = sink.rejected.map((r) => r.reason);
    expect(reasons[0]).toBe('id: empty: the row names no ticket');
    expect(reasons[1]).toContain(
      'updated: "02/03/2026 10:00" is not an instant written as "yyyy-MM-dd HH:mm"',
    );
    expect(reasons[2]).toBe('prio: "P3" is none of the values of priority.values');
    expect(reasons[3]).toBe('the row ends before the column "owner"');
    expect(reasons[4]).toBe(
      'updated: "2026-03-29 02:30" is a wall time that Europe/Paris skips (a daylight-saving change)',
    );
    expect(reasons[5]).toBe('state: empty, and the status is required');
    expect(reasons[6]).toBe('updated: empty: the row has no instant');
  });

  it('refuses a header without a mapped column, naming it and the key of the mapping', async () => {
    await expect(
      read('id,updated,state,owner,team\nA,2026-03-02 09:00,new,x,y', smallMap),
    ).rejects.toThrow(
      new UsageError(
        'line 1: the header lacks the column "prio" (priority) that the mapping names; it has id,updated,state,owner,team',
      ),
    );
  });

  it('says that an input is empty, or has no row after its header', async () => {
    expect((await read('', smallMap)).rejected).toEqual([
      { line: 1, ticketId: undefined, reason: 'the input is empty' },
    ]);
    expect((await read(`${HEADER}\n`, smallMap)).rejected).toEqual([
      { line: 2, ticketId: undefined, reason: 'no ticket after the header' },
    ]);
  });
});

describe('the command', () => {
  const args = ['--plan', PLAN_FILE, '--now', '2017-01-01T00:00:00Z'];
  it('refuses --input snapshots without --map, --map alone, another --input, and JSON Lines', () => {
    const cases: [string[], string][] = [
      [['--input', 'snapshots'], '--input snapshots needs --map <file>'],
      [['--map', MAP_FILE], '--map reads a snapshot export: give --input snapshots with it'],
      [['--input', 'rows', '--map', MAP_FILE], '--input rows: tickets (the default) or snapshots'],
      [
        ['--input', 'snapshots', '--map', MAP_FILE, '--format', 'jsonl'],
        '--format jsonl does not go with it',
      ],
    ];
    for (const [more, message] of cases) {
      const result = runCli(['report', SAMPLE, ...args, ...more]);
      expect(result.status, message).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });

  it('refuses an output over the mapping file, and stops at the first rejection with --strict', () => {
    const dir = scratchDir();
    const map = writeInput(dir, 'map.json', readFileSync(join(ROOT, MAP_FILE), 'utf8'));
    const over = runCli([
      'report',
      SAMPLE,
      ...args,
      '--input',
      'snapshots',
      '--map',
      map,
      '--tickets',
      map,
    ]);
    expect(over.status).toBe(2);
    expect(over.stderr).toContain(`--tickets ${map} is the same file as --map ${map}`);
    expect(readFileSync(map, 'utf8')).toBe(readFileSync(join(ROOT, MAP_FILE), 'utf8'));
    const strict = runCli([
      'report',
      SAMPLE,
      ...args,
      '--input',
      'snapshots',
      '--map',
      MAP_FILE,
      '--strict',
    ]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe(
      'line 330: ticket INC0000130: assigned happens before the ticket was opened (2016-02-29T09:41:00-03:00)\n' +
        'stopped at the first rejected ticket (--strict): no report\n',
    );
  });

  it('compares two plans on the sample', () => {
    const result = runCli([
      'compare',
      SAMPLE,
      '--input',
      'snapshots',
      '--map',
      MAP_FILE,
      ...args,
      '--with',
      PLAN_FILE,
    ]);
    expect(result.stderr.trim().split('\n')).toHaveLength(5);
    expect(result.stdout).toContain('440');
  });

  it('documents --input and --map in report --help and compare --help', () => {
    for (const command of ['report', 'compare']) {
      const help = runCli([command, '--help']).stdout;
      expect(help).toContain('--input snapshots');
      expect(help).toContain('--map <file>');
    }
  });
});

describe('the README', () => {
  it('shows the real output of the snapshot example, and its rejections', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### From a snapshot export (ServiceNow)'));
    const blocks = [...section.matchAll(/```text\n([\s\S]*?)```/g)].map((block) => block[1] ?? '');
    const [shown = '', rejections = ''] = blocks;
    const [command = '', ...output] = shown.split('\n');
    expect(command).toMatch(/^\$ sla-clock report examples\/servicenow-incident-log\.csv /);
    const result = runCli(command.slice('$ sla-clock '.length).split(' '));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(output.join('\n'));
    expect(result.stderr).toBe(rejections);
  });
});
