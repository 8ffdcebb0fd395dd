// sla-clock/node's readTickets reads a snapshot export with its mapping (format: 'snapshots',
// map) as `sla-clock report --input snapshots --map <file>` does: the ServiceNow sample, summed up
// with createSlaSummary, gives the command's --json report and its `line N:` rejections; a row
// with a bad cell rejects its incident at that row, as in the command. Mistakes in the options or
// the mapping are SlaErrors at their path; a header without a mapped column names it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSlaSummary, definePlan, evaluateTicket, SlaError } from '../../src/index';
import { lineOfError, readTickets, type TicketRecord } from '../../src/node';
import { ROOT, runCli, scratchDir, writeInput } from '../support/cli';

const SAMPLE = join(ROOT, 'examples/servicenow-incident-log.csv');
const MAP_FILE = join(ROOT, 'examples/servicenow-map.json');
const PLAN_FILE = join(ROOT, 'examples/servicenow-plan.json');
const NOW = '2017-01-01T00:00:00Z';
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const map = readJson(MAP_FILE);
const dir = scratchDir();

/** What a reporting script does with readTickets: the report, and the lines it rejected. */
async function report(source: string | readonly string[], options = { format: 'snapshots', map }) {
  const plan = definePlan(readJson(PLAN_FILE));
  const summary = createSlaSummary({
    plan,
    groupBy: ['priority'],
    timezone: plan.schedule.timezone,
  });
  const rejectedLines: number[] = [];
  const ids: string[] = [];
  for await (const record of readTickets(source, options as never)) {
    if (record.rejected) {
      rejectedLines.push(record.line);
      summary.reject(`line ${record.line}`, record.error);
      continue;
    }
    ids.push(record.ticket.id);
    try {
      summary.add(record.ticket, evaluateTicket(plan, record.ticket, { now: NOW }));
    } catch (error) {
      const line = lineOfError(record, error);
      rejectedLines.push(line);
      summary.reject(`line ${line}`, error);
    }
  }
  const { total, groups, rejected } = JSON.parse(JSON.stringify(summary.result()));
  return { report: { total, groups, rejected, rejectedLines }, ids };
}

/** The command's report of the same file, and the lines of its `line N:` messages. */
function commandReport(path: string) {
  const result = runCli([
    'report',
    path,
    '--input',
    'snapshots',
    '--map',
    MAP_FILE,
    '--plan',
    PLAN_FILE,
    '--now',
    NOW,
    '--json',
  ]);
  expect(result.status, result.stderr).toBe(1);
  const { total, groups, rejected } = JSON.parse(result.stdout);
  const rejectedLines = [...result.stderr.matchAll(/^line (\d+): /gm)].map(([, line]) =>
    Number(line),
  );
  return { total, groups, rejected, rejectedLines };
}

/** The incidents of the sample, in the order of their first rows. */
const sampleLines = readFileSync(SAMPLE, 'utf8').split('\n');
const incidents = [
  ...new Set(
    sampleLines
      .slice(1)
      .filter((line) => line !== '')
      .map((line) => line.slice(0, line.indexOf(','))),
  ),
];

describe('readTickets reads a snapshot export as sla-clock report --input snapshots does', () => {
  it('the ServiceNow sample: 445 incidents, 5 rejected by evaluateTicket, as the command says', async () => {
    const ours = await report(SAMPLE);
    expect(ours.report).toEqual(commandReport(SAMPLE));
    // Every incident read (in the order of its first row), none refused by the reader.
    expect(incidents).toHaveLength(445);
    expect(ours.ids).toEqual(incidents);
    // The five incidents assigned before their opening, as the README shows.
    expect(ours.report.total.tickets).toBe(440);
    expect(ours.report.rejected.count).toBe(5);
    expect(ours.report.rejectedLines).toEqual([330, 336, 346, 351, 438]);
  });

  it('a row with a bad instant rejects its incident at that row, as the command does', async () => {
    // Line 3 is INC0000045's second row (updated at 29-02-2016 08:53).
    expect(sampleLines[2]).toContain('INC0000045,Resolved,');
    expect(sampleLines[2]).toContain(',29-02-2016 08:53,');
    const edited = sampleLines.slice();
    edited[2] = (sampleLines[2] as string).replace(',29-02-2016 08:53,', ',29-02-2016 8h53,');
    const path = writeInput(dir, 'bad-instant.csv', edited.join('\n'));
    const ours = await report(path);
    expect(ours.report).toEqual(commandReport(path));
    expect(ours.ids).toEqual(incidents.filter((id) => id !== 'INC0000045'));
    expect(ours.report.rejectedLines).toEqual([3, 330, 336, 346, 351, 438]);
  });

  it('reads chunks cut anywhere as it reads the file', async () => {
    const text = sampleLines.join('\n');
    const chunks = Array.from({ length: Math.ceil(text.length / 997) }, (_, i) =>
      text.slice(i * 997, (i + 1) * 997),
    );
    expect(await report(chunks)).toEqual(await report(SAMPLE));
  });
});

describe('readTickets refuses a snapshot reading it cannot do with a SlaError', () => {
  const atZone = { ...map, at: { ...map.at, zone: 'Mars/Olympus' } };
  const { ticket: _ticket, ...noTicket } = map;
  it.each([
    [{ format: 'snapshots' }, 'options.map', undefined, /^is required with format: 'snapshots'/],
    [{ map }, 'options.map', map, /^is read only with format: 'snapshots'/],
    [{ format: 'csv', map }, 'options.map', map, /^is read only with format: 'snapshots'/],
    [{ format: 'snapshots', map: 'map.json' }, 'options.map', 'map.json', /^is not a mapping/],
    [{ format: 'snapshots', map: atZone }, 'options.map.at.zone', 'Mars/Olympus', /IANA/],
    [{ format: 'snapshots', map: noTicket }, 'options.map.ticket', undefined, /column name/],
    [{ format: 'snapshots', map: { ...map, prio: 'p' } }, 'options.map.prio', 'p', /not a key/],
  ])('options %j, at once', (options, path, value, reason) => {
    const call = () => readTickets(SAMPLE, options as never);
    expect(call).toThrow(SlaError);
    expect(catchOf(call)).toMatchObject({ code: 'invalid_argument', path, value, reason });
  });

  it('is never guessed: the sample without format is read as a CSV of no known form', async () => {
    await expect(consume(readTickets(SAMPLE))).rejects.toMatchObject({
      path: 'source',
      reason: expect.stringMatching(/^line 1: the CSV header is neither/),
    });
  });

  it('a header without a column the mapping names: when read, naming the column', async () => {
    const header = (sampleLines[0] as string).replace(',priority,', ',prio,');
    const path = writeInput(dir, 'no-priority.csv', [header, ...sampleLines.slice(1)].join('\n'));
    await expect(consume(readTickets(path, { format: 'snapshots', map }))).rejects.toMatchObject({
      code: 'invalid_argument',
      path: 'source',
      value: path,
      reason: expect.stringMatching(/^line 1: the header lacks the column "priority" \(priority\)/),
    });
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
