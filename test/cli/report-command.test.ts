// `sla-clock report` run as a child process on the example tickets (examples/, 300 tickets of
// the Martinique desk over Q2 2026): every input form gives the summary that summarizeTickets
// gives for the same tickets, and the per-ticket output is evaluateTicket's answer.
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  definePlan,
  evaluateTicket,
  type PlanConfig,
  type RequestKind,
  standardPlan,
  summarizeTickets,
  type Ticket,
  type TicketEvent,
} from '../../src/index';
import { ROOT, runCli, scratchDir, writeInput } from '../support/cli';

const NOW = '2026-06-30T14:00:00-04:00';
const EXAMPLES = join(ROOT, 'examples');
const read = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');
const TICKETS: Ticket[] = read('tickets.jsonl')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const PLAN = standardPlan();
const EXPECTED = JSON.parse(JSON.stringify(summarizeTickets(PLAN, TICKETS, { now: NOW })));

/** The summary part of `--json` output (without the `now` and `plan` it adds). */
function summaryOf(stdout: string) {
  const { now, plan, ...summary } = JSON.parse(stdout);
  expect(now).toBe(new Date(NOW).toISOString());
  expect(typeof plan).toBe('string');
  return summary;
}

describe('sla-clock report: the three input forms', () => {
  it.each([
    ['JSON Lines', 'tickets.jsonl'],
    ['CSV, one row per event', 'tickets.csv'],
  ])(
    '%s gives the summary of summarizeTickets, with nothing on stderr and exit 0',
    (_form, file) => {
      const result = runCli([
        'report',
        join(EXAMPLES, file),
        '--plan',
        'standard',
        '--now',
        NOW,
        '--json',
      ]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(summaryOf(result.stdout)).toEqual(EXPECTED);
      expect(EXPECTED.total.tickets).toBe(300);
    },
  );

  it('CSV, one row per ticket: the summary of the tickets its rows describe', () => {
    const rows = Papa.parse<Record<string, string>>(read('tickets-export.csv').trim(), {
      header: true,
    }).data;
    const tickets: Ticket[] = rows.map((row) => ({
      openedAt: row.opened_at as string,
      priority: row.priority as Ticket['priority'],
      ...(row.kind ? { kind: row.kind as RequestKind } : {}),
      events: [
        ...(row.responded_at ? [{ type: 'responded', at: row.responded_at } as TicketEvent] : []),
        ...(row.resolved_at ? [{ type: 'resolved', at: row.resolved_at } as TicketEvent] : []),
      ],
    }));
    const result = runCli([
      'report',
      join(EXAMPLES, 'tickets-export.csv'),
      '--plan',
      'standard',
      '--now',
      NOW,
      '--json',
    ]);
    expect(result.stderr).toBe('');
    expect(summaryOf(result.stdout)).toEqual(
      JSON.parse(JSON.stringify(summarizeTickets(PLAN, tickets, { now: NOW }))),
    );
  });

  it.each([
    ['CSV', 'tickets.csv'],
    ['JSON Lines', 'tickets.jsonl'],
  ])('stdin (-): %s is recognised from its first line', (_form, file) => {
    const result = runCli(
      ['report', '-', '--plan', 'standard', '--now', NOW, '--json'],
      read(file),
    );
    expect(result.stderr).toBe('');
    expect(summaryOf(result.stdout)).toEqual(EXPECTED);
  });

  it('--format forces the form of a file whose name does not say it', () => {
    const dir = scratchDir();
    const path = writeInput(dir, 'export.txt', read('tickets.jsonl'));
    const forced = runCli([
      'report',
      path,
      '--plan',
      'standard',
      '--now',
      NOW,
      '--format',
      'jsonl',
      '--json',
    ]);
    expect(summaryOf(forced.stdout)).toEqual(EXPECTED);
    const wrong = runCli(['report', path, '--plan', 'standard', '--now', NOW, '--format', 'xml']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--format xml');
  });
});

describe('sla-clock report: outputs', () => {
  it('prints one table per clock, with a row per priority and the total', () => {
    const result = runCli([
      'report',
      join(EXAMPLES, 'tickets.csv'),
      '--plan',
      'standard',
      '--now',
      NOW,
    ]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('SLA report · plan standard (Standard) · America/Martinique');
    expect(lines[1]).toBe('now 2026-06-30T14:00:00.000-04:00');
    expect(lines[2]).toBe('300 tickets evaluated · 0 rejected');
    for (const [clock, title] of [
      ['gti', 'GTI · time to first contact'],
      ['gtr', 'GTR · time to resolution'],
    ] as const) {
      const start = lines.indexOf(title);
      expect(start).toBeGreaterThan(0);
      const rows = lines.slice(start + 2, start + 7).map((line) => line.split(/\s{2,}/));
      const groups = [...EXPECTED.groups, EXPECTED.total];
      expect(rows.map((row) => row[0])).toEqual(['normal', 'medium', 'high', 'critical', 'total']);
      rows.forEach((row, index) => {
        const group = groups[index];
        const summary = group.metrics[clock];
        expect(row.slice(1, 7).map(Number)).toEqual([
          group.tickets,
          summary.met,
          summary.missed,
          summary.breached,
          summary.atRisk,
          summary.onTrack,
        ]);
        expect(row[7]).toBe(
          summary.compliance === null ? '–' : `${summary.compliance.toFixed(1)} %`,
        );
      });
    }
  });

  it.each(['jsonl', 'csv'])(
    '--tickets out.%s: one row per ticket, equal to evaluateTicket',
    (extension) => {
      const dir = scratchDir();
      const out = join(dir, `out.${extension}`);
      const result = runCli([
        'report',
        join(EXAMPLES, 'tickets.csv'),
        '--plan',
        'standard',
        '--now',
        NOW,
        '--tickets',
        out,
      ]);
      expect(result.status).toBe(0);
      const text = readFileSync(out, 'utf8');
      const rows =
        extension === 'jsonl'
          ? text
              .trim()
              .split('\n')
              .map((line) => JSON.parse(line))
              // JSON Lines carry more per metric than CSV: its cycles and whether one breached.
              .map(({ metrics, ...line }) => ({
                ...line,
                ...Object.fromEntries(
                  Object.entries(metrics as Record<string, Record<string, unknown>>).map(
                    ([metric, { everBreached, cycles, ...report }]) => {
                      expect(typeof everBreached).toBe('boolean');
                      expect(cycles).toHaveLength(1);
                      return [metric, report];
                    },
                  ),
                ),
              }))
          : Papa.parse<Record<string, string>>(text.trim(), { header: true }).data.map((row) => ({
              id: row.id,
              priority: row.priority,
              kind: row.kind === '' ? null : row.kind,
              ...Object.fromEntries(
                (['gti', 'gtr'] as const).map((clock) => [
                  clock,
                  {
                    status: row[`${clock}_status`],
                    elapsed: Number(row[`${clock}_elapsed_ms`]),
                    target: Number(row[`${clock}_target_ms`]),
                    deadline: row[`${clock}_deadline`] || null,
                    breachedAt: row[`${clock}_breached_at`] || null,
                  },
                ]),
              ),
            }));
      expect(rows).toHaveLength(TICKETS.length);
      rows.forEach((row, index) => {
        const ticket = TICKETS[index] as Ticket & { id: string };
        const evaluation = evaluateTicket(PLAN, ticket, { now: NOW });
        const clock = (name: 'gti' | 'gtr') => ({
          status: evaluation.metrics[name].status,
          elapsed: evaluation.metrics[name].elapsed,
          target: evaluation.metrics[name].target,
          deadline: evaluation.metrics[name].deadline?.toISOString() ?? null,
          breachedAt: evaluation.metrics[name].breachedAt?.toISOString() ?? null,
        });
        expect(row).toEqual({
          id: ticket.id,
          priority: evaluation.priority,
          kind: ticket.kind ?? null,
          gti: clock('gti'),
          gtr: clock('gtr'),
        });
      });
    },
  );

  it('a --tickets file whose writes fail (a full disk, as /dev/full): one line, exit 4', () => {
    const out = join(scratchDir(), 'full.csv');
    symlinkSync('/dev/full', out);
    const result = runCli([
      ...['report', 'examples/tickets.csv', '--plan', 'standard', '--now', NOW],
      ...['--tickets', out],
    ]);
    expect(result.stderr).toBe(
      `sla-clock: cannot write to ${out} (--tickets): no space left on device (ENOSPC)\n`,
    );
    expect(result.status).toBe(4);
    expect(result.stdout).toBe('');
  });

  it('--tickets writes CSV correctly quoted: ids with commas, quotes and line breaks survive', () => {
    const dir = scratchDir();
    const ids = ['A,1', 'B "quoted"', 'C\nline', 'D'];
    const input = ids
      .map((id) => JSON.stringify({ id, openedAt: '2026-06-30T08:00:00-04:00', priority: 'high' }))
      .join('\n');
    const out = join(dir, 'out.csv');
    const result = runCli(
      ['report', '-', '--plan', 'standard', '--now', NOW, '--tickets', out],
      input,
    );
    expect(result.status).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8').trim(), {
      header: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.id)).toEqual(ids);
  });

  it('--group-by and --timezone: the groups of summarizeTickets with the same options', () => {
    const result = runCli([
      'report',
      join(EXAMPLES, 'tickets.jsonl'),
      '--plan',
      'standard',
      '--now',
      NOW,
      '--group-by',
      'month,priority',
      '--timezone',
      'UTC',
      '--json',
    ]);
    const expected = summarizeTickets(PLAN, TICKETS, {
      now: NOW,
      groupBy: ['month', 'priority'],
      timezone: 'UTC',
    });
    expect(summaryOf(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    const table = runCli([
      'report',
      join(EXAMPLES, 'tickets.jsonl'),
      '--plan',
      'standard',
      '--now',
      NOW,
      '--group-by',
      'month,kind',
    ]);
    expect(table.stdout).toMatch(/^kind +month +tickets/m);
  });

  it('--now defaults to the current time, printed with the report', () => {
    const before = Date.now();
    const result = runCli([
      'report',
      join(EXAMPLES, 'tickets.jsonl'),
      '--plan',
      'premium',
      '--json',
    ]);
    const { now } = JSON.parse(result.stdout);
    expect(Date.parse(now)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(now)).toBeLessThanOrEqual(Date.now());
  });

  it('a plan file: the plan it describes; an invalid one names the path of the error, exit 2', () => {
    const dir = scratchDir();
    const config: PlanConfig = {
      id: 'flat',
      schedule: '24/7',
      targets: Object.fromEntries(
        ['normal', 'medium', 'high', 'critical'].map((p) => [p, { gti: 'PT1H', gtr: 'PT8H' }]),
      ) as PlanConfig['targets'],
    };
    const good = writeInput(
      dir,
      'plan.json',
      JSON.stringify({ $schema: './plan.schema.json', ...config }),
    );
    const result = runCli([
      'report',
      join(EXAMPLES, 'tickets.jsonl'),
      '--plan',
      good,
      '--now',
      NOW,
      '--json',
    ]);
    expect(summaryOf(result.stdout)).toEqual(
      JSON.parse(JSON.stringify(summarizeTickets(definePlan(config), TICKETS, { now: NOW }))),
    );
    const bad = writeInput(
      dir,
      'bad.json',
      JSON.stringify({
        ...config,
        targets: { ...config.targets, high: { gti: 'PT1H', gtr: 'soon' } },
      }),
    );
    const refused = runCli([
      'report',
      join(EXAMPLES, 'tickets.jsonl'),
      '--plan',
      bad,
      '--now',
      NOW,
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('targets.high.gtr');
    expect(refused.stdout).toBe('');
  });
});

describe('sla-clock report: options and exit codes', () => {
  const dir = scratchDir();
  const mixed = writeInput(
    dir,
    'mixed.jsonl',
    [
      { id: 'A', openedAt: '2026-06-30T08:00:00-04:00', priority: 'high' },
      { id: 'B', openedAt: '2026-06-30T08:00:00-04:00', priority: 'urgent' },
      { id: 'C', openedAt: '2026-06-30T09:00:00-04:00', priority: 'normal' },
      {
        id: 'D',
        openedAt: '2026-06-30T09:00:00-04:00',
        priority: 'normal',
        events: [{ type: 'resumed', at: '2026-06-30T10:00:00-04:00' }],
      },
    ]
      .map((ticket) => JSON.stringify(ticket))
      .join('\n'),
  );

  it('exit 1 when a ticket is rejected; the others are still counted', () => {
    const result = runCli(['report', mixed, '--plan', 'standard', '--now', NOW, '--json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'line 2: ticket B: priority: is not one of normal, medium, high, critical (got "urgent")\n' +
        'line 4: ticket D: resumed is impossible: the ticket is not paused\n',
    );
    const summary = JSON.parse(result.stdout);
    expect(summary.total.tickets).toBe(2);
    expect(summary.rejected.count).toBe(2);
    expect(summary.rejected.samples.map((sample: { where: string }) => sample.where)).toEqual([
      'line 2',
      'line 4',
    ]);
  });

  it('--strict stops at the first rejected ticket, with no report', () => {
    const result = runCli(['report', mixed, '--plan', 'standard', '--now', NOW, '--strict']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'line 2: ticket B: priority: is not one of normal, medium, high, critical (got "urgent")',
      'stopped at the first rejected ticket (--strict): no report',
      '',
    ]);
  });

  it('--lenient-events skips the impossible event, says so, and counts the ticket', () => {
    const result = runCli([
      'report',
      mixed,
      '--plan',
      'standard',
      '--now',
      NOW,
      '--json',
      '--lenient-events',
    ]);
    expect(result.stderr).toContain(
      'line 4: ticket D: event skipped (--lenient-events): resumed is impossible: the ticket is not paused',
    );
    const summary = JSON.parse(result.stdout);
    expect([summary.total.tickets, summary.rejected.count, summary.skippedEvents]).toEqual([
      3, 1, 1,
    ]);
    expect(result.status).toBe(1);
  });

  it.each([
    [
      ['report', 'examples/tickets.csv', '--plan', 'standard', '--bogus'],
      "Unknown option '--bogus'",
    ],
    [['report', '--plan', 'standard'], 'no input: name one or more files'],
    [['report', '-', '-', '--plan', 'standard'], '- (stdin) is named twice'],
    [
      ['report', 'a.csv', '--plan', 'standard', '--jobs', '0'],
      '--jobs 0: a whole number from 1 to 64',
    ],
    [['report', 'a.csv', '--plan', 'standard', '--jobs', 'two'], '--jobs two: a whole number'],
    [['report', 'examples/tickets.csv'], '--plan is required'],
    [['report', 'no-such-file.csv', '--plan', 'standard'], 'cannot read no-such-file.csv'],
    [['report', 'examples/tickets.csv', '--plan', 'gold'], 'cannot read the plan file gold'],
    [
      ['report', 'examples/tickets.csv', '--plan', 'standard', '--now', '2026-06-30T14:00'],
      '--now 2026-06-30T14:00',
    ],
    [
      ['report', 'examples/tickets.csv', '--plan', 'standard', '--group-by', 'priority,priority'],
      'a dimension is named twice',
    ],
    [
      ['report', 'examples/tickets.csv', '--plan', 'standard', '--timezone', 'Mars/Olympus'],
      '--timezone Mars/Olympus',
    ],
    [
      ['report', 'examples/tickets.csv', '--plan', 'standard', '--tickets', 'out.xlsx'],
      '.csv, .jsonl or .ndjson',
    ],
    [
      ['report', 'examples/tickets.csv', '--plan', 'standard', '--tickets', 'no-such-dir/out.csv'],
      '--tickets no-such-dir/out.csv: cannot write it (ENOENT',
    ],
    [
      ['report', 'examples/tickets.csv', '--plan', 'standard', '--html', 'no-such-dir/out.html'],
      '--html no-such-dir/out.html: cannot write in',
    ],
    [
      ['report', 'examples/tickets.csv', '--plan', 'standard', '--html', 'examples'],
      '--html examples: is a folder, not a file',
    ],
    [['reprot', 'examples/tickets.csv'], 'unknown command reprot'],
  ])('usage error, exit 2: %j', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('--help on each command, with examples; --version', () => {
    for (const command of ['report', 'deadlines']) {
      const result = runCli([command, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Usage: sla-clock ${command}`);
      expect(result.stdout).toMatch(/Examples\n {2}sla-clock /);
    }
    expect(runCli(['--help']).stdout).toContain('sla-clock report <file…> --plan <plan>');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(runCli(['--version']).stdout).toBe(`${version}\n`);
  });
});

describe('the README', () => {
  it('shows the real output of npm start', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block =
      /```text\n\$ sla-clock (report examples\/tickets\.csv [^\n]*)\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const [, command = '', shown] = block ?? [];
    const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start;
    expect(script).toContain(`node dist/cli.js ${command}`);
    const result = runCli(command.split(' '));
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(shown);
  });
});
