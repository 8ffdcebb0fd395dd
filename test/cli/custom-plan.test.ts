// The command with a plan of its own (issue 18): priorities P3–P1, kinds of the desk's, Zendesk's
// first-reply and next-reply metrics (next-reply not measured at P3), and an event export using
// the optional columns (status, by, public, field, value, group, assignee). Every output speaks
// the plan's metrics: one table per metric in the plan's order, --tickets columns per metric,
// --json, the HTML page, explain and deadlines; and what the CSV gives evaluateTicket is what the
// same tickets as JSON Lines give it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  definePlan,
  evaluateTicket,
  explainTicket,
  type PlanConfig,
  slaDeadlines,
  summarizeTickets,
  type Ticket,
} from '../../src/index';
import { runCli, scratchDir, writeInput } from '../support/cli';

const NOW = '2026-06-02T12:00:00Z';
const CONFIG = {
  id: 'desk',
  name: 'Help desk',
  schedule: '24/7',
  priorities: ['P3', 'P2', { id: 'P1', label: { en: 'Urgent', fr: 'Urgent' } }],
  requestKinds: ['question', 'bug'],
  metrics: [
    'first-reply',
    {
      id: 'next-reply',
      label: { en: 'Next reply time', fr: 'Réponse suivante' },
      start: [{ event: 'replied', by: 'requester', public: true }],
      stop: [
        { event: 'replied', by: 'agent', public: true },
        { event: 'status-changed', status: ['solved', 'closed'] },
      ],
      cancel: [{ event: 'field-changed', field: 'escalated', value: true }],
      cycles: 'many',
    },
  ],
  targets: {
    P3: { 'first-reply': 'PT8H', 'next-reply': null },
    P2: { 'first-reply': 'PT4H', 'next-reply': 'PT8H' },
    P1: { 'first-reply': 'PT1H', 'next-reply': 'PT2H' },
  },
} as const;
const PLAN = definePlan(CONFIG as unknown as PlanConfig);

const EVENTS = `ticket,event,at,priority,kind,status,by,public,field,value,group,assignee
A,opened,2026-06-01T09:00:00Z,P1,bug,open,,,,,,
A,replied,2026-06-01T09:30:00Z,,,,agent,true,,,,
A,replied,2026-06-01T10:00:00Z,,,,requester,,,,,
A,replied,2026-06-01T13:00:00Z,,,,agent,,,,,
A,replied,2026-06-01T14:00:00Z,,,,requester,TRUE,,,,
B,opened,2026-06-01T09:00:00Z,P3,question,,,,,,,
B,assigned,2026-06-01T09:10:00Z,,,,,,,,Tier 2,ana
B,field-changed,2026-06-01T09:20:00Z,,,,,,team,7,,
B,replied,2026-06-01T10:00:00Z,,,,requester,,,,,
B,replied,2026-06-01T11:00:00Z,,,,agent,false,,,,
B,status-changed,2026-06-01T20:00:00Z,,,solved,,,,,,
C,opened,2026-06-01T09:00:00Z,P2,bug,new,,,,,,
C,replied,2026-06-01T16:00:00Z,,,,agent,,,,,
C,replied,2026-06-01T17:00:00Z,,,,requester,,,,,
C,priority-changed,2026-06-01T18:00:00Z,P1,,,,,,,,
C,replied,2026-06-01T18:30:00Z,,,,requester,,,,,
D,opened,2026-06-01T09:00:00Z,P2,,,,,,,,
D,replied,2026-06-01T09:05:00Z,,,,requester,,,,,
D,field-changed,2026-06-01T09:10:00Z,,,,,,escalated,true,,
D,replied,2026-06-01T09:15:00Z,,,,agent,,,,,
`;

/** The same tickets as evaluateTicket takes them. */
const TICKETS: (Ticket & { id: string })[] = [
  {
    id: 'A',
    openedAt: '2026-06-01T09:00:00Z',
    priority: 'P1',
    kind: 'bug',
    status: 'open',
    events: [
      { type: 'replied', at: '2026-06-01T09:30:00Z', by: 'agent', public: true },
      { type: 'replied', at: '2026-06-01T10:00:00Z', by: 'requester' },
      { type: 'replied', at: '2026-06-01T13:00:00Z', by: 'agent' },
      { type: 'replied', at: '2026-06-01T14:00:00Z', by: 'requester', public: true },
    ],
  },
  {
    id: 'B',
    openedAt: '2026-06-01T09:00:00Z',
    priority: 'P3',
    kind: 'question',
    events: [
      { type: 'assigned', at: '2026-06-01T09:10:00Z', group: 'Tier 2', assignee: 'ana' },
      { type: 'field-changed', at: '2026-06-01T09:20:00Z', field: 'team', value: 7 },
      { type: 'replied', at: '2026-06-01T10:00:00Z', by: 'requester' },
      { type: 'replied', at: '2026-06-01T11:00:00Z', by: 'agent', public: false },
      { type: 'status-changed', at: '2026-06-01T20:00:00Z', status: 'solved' },
    ],
  },
  {
    id: 'C',
    openedAt: '2026-06-01T09:00:00Z',
    priority: 'P2',
    kind: 'bug',
    status: 'new',
    events: [
      { type: 'replied', at: '2026-06-01T16:00:00Z', by: 'agent' },
      { type: 'replied', at: '2026-06-01T17:00:00Z', by: 'requester' },
      { type: 'priority-changed', at: '2026-06-01T18:00:00Z', priority: 'P1' },
      { type: 'replied', at: '2026-06-01T18:30:00Z', by: 'requester' },
    ],
  },
  {
    id: 'D',
    openedAt: '2026-06-01T09:00:00Z',
    priority: 'P2',
    events: [
      { type: 'replied', at: '2026-06-01T09:05:00Z', by: 'requester' },
      { type: 'field-changed', at: '2026-06-01T09:10:00Z', field: 'escalated', value: true },
      { type: 'replied', at: '2026-06-01T09:15:00Z', by: 'agent' },
    ],
  },
];

const dir = scratchDir();
const planPath = writeInput(dir, 'desk.json', JSON.stringify(CONFIG));
const csvPath = writeInput(dir, 'events.csv', EVENTS);
const jsonlPath = writeInput(
  dir,
  'tickets.jsonl',
  `${TICKETS.map((ticket) => JSON.stringify(ticket)).join('\n')}\n`,
);
const report = (...args: string[]) => runCli(['report', ...args, '--plan', planPath, '--now', NOW]);

/** The `--tickets` file of a run, as text. */
function ticketsOf(input: string, name: string, ...args: string[]): string {
  const out = join(dir, name);
  const result = report(input, '--tickets', out, ...args);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('sla-clock report with a plan of its own', () => {
  it('prints one table per metric, in the plan’s order, titled by id and label', () => {
    const result = report(csvPath);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [, firstReply, nextReply] = result.stdout.split('\n\n');
    expect(firstReply).toBe(
      [
        'first-reply · First reply time',
        'priority  tickets  met  missed  breached  at risk  on track  compliance  median    p90    max',
        'P3              1    0       1         0        0         0       0.0 %   11:00  11:00  11:00',
        'P2              1    1       0         0        0         0     100.0 %    0:15   0:15   0:15',
        'P1              2    1       1         0        0         0      50.0 %    0:30   7:00   7:00',
        'total           4    2       2         0        0         0      50.0 %    0:30  11:00  11:00',
      ].join('\n'),
    );
    // Grouped by the priority now (C went from P2 to P1) and counted in cycles: A ran two (one
    // missed, one breached), B none (not measured at P3), C one (the requester's second message
    // came while it ran), D one, cancelled by the escalation (`value` true read as a boolean).
    expect(nextReply).toBe(
      [
        'next-reply · Next reply time',
        'priority  tickets  cycles  met  missed  breached  at risk  on track  cancelled  compliance  median   p90   max',
        'P3              1       0    0       0         0        0         0          0           –       –     –     –',
        'P2              1       1    0       0         0        0         0          1           –       –     –     –',
        'P1              2       3    0       1         2        0         0          0       0.0 %    3:00  3:00  3:00',
        'total           4       4    0       1         2        0         0          1       0.0 %    3:00  3:00  3:00',
        '',
      ].join('\n'),
    );
  });

  it('--json: the summary of summarizeTickets, metrics in the plan’s order', () => {
    const result = report(csvPath, '--json', '--group-by', 'priority,kind');
    expect(result.status).toBe(0);
    const { now, plan, ...summary } = JSON.parse(result.stdout);
    expect(plan).toBe('desk');
    expect(summary.metrics).toEqual(['first-reply', 'next-reply']);
    const expected = summarizeTickets(PLAN, TICKETS, { now: NOW, groupBy: ['priority', 'kind'] });
    expect(summary).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(summary.groups.map((group: { key: object }) => group.key)).toEqual([
      { priority: 'P3', kind: 'question' },
      { priority: 'P2', kind: 'none' },
      { priority: 'P1', kind: 'bug' },
    ]);
  });

  it('the optional CSV columns give evaluateTicket what the JSON Lines tickets give it', () => {
    const fromCsv = ticketsOf(csvPath, 'csv.jsonl');
    expect(ticketsOf(jsonlPath, 'jsonl.jsonl')).toBe(fromCsv);
    // Rows in another order are held, and give the same.
    const lines = EVENTS.trim().split('\n');
    const [header, ...rows] = lines;
    const byTime = [
      header,
      ...rows.sort((a, b) => String(a.split(',')[2]).localeCompare(String(b.split(',')[2]))),
    ];
    const shuffled = writeInput(dir, 'by-time.csv', `${byTime.join('\n')}\n`);
    expect(ticketsOf(shuffled, 'held.jsonl', '--any-order')).toBe(fromCsv);
    const parsed = fromCsv
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(parsed.map((line) => line.id)).toEqual(['A', 'B', 'C', 'D']);
    parsed.forEach((line, index) => {
      const ticket = TICKETS[index] as Ticket;
      const evaluation = evaluateTicket(PLAN, ticket, { now: NOW });
      expect(line.priority).toBe(evaluation.priority);
      expect(Object.keys(line.metrics)).toEqual(['first-reply', 'next-reply']);
      for (const [metric, report] of Object.entries(evaluation.metrics)) {
        expect(line.metrics[metric]).toEqual({
          status: report.status,
          elapsed: report.elapsed,
          target: report.target,
          deadline: report.deadline?.toISOString() ?? null,
          breachedAt: report.breachedAt?.toISOString() ?? null,
          everBreached: report.everBreached,
          cycles: JSON.parse(JSON.stringify(report.cycles)),
        });
      }
    });
  });

  it('--tickets out.csv: columns per metric, cycles and ever_breached for a metric of many', () => {
    const text = ticketsOf(csvPath, 'out.csv');
    expect(text.split('\n')[0]).toBe(
      [
        'id,priority,kind',
        'first-reply_status,first-reply_elapsed_ms,first-reply_target_ms,first-reply_deadline,first-reply_breached_at',
        'next-reply_status,next-reply_elapsed_ms,next-reply_target_ms,next-reply_deadline,next-reply_breached_at',
        'next-reply_cycles,next-reply_ever_breached',
      ].join(','),
    );
    const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
    rows.forEach((row, index) => {
      const evaluation = evaluateTicket(PLAN, TICKETS[index] as Ticket, { now: NOW });
      for (const [metric, report] of Object.entries(evaluation.metrics)) {
        expect(row[`${metric}_status`]).toBe(report.status);
        expect(row[`${metric}_elapsed_ms`]).toBe(String(report.elapsed));
        expect(row[`${metric}_target_ms`]).toBe(
          report.target === null ? '' : String(report.target),
        );
        expect(row[`${metric}_deadline`]).toBe(report.deadline?.toISOString() ?? '');
      }
      const nextReply = evaluation.metrics['next-reply'];
      expect(row['next-reply_cycles']).toBe(String(nextReply?.cycles.length));
      expect(row['next-reply_ever_breached']).toBe(String(nextReply?.everBreached));
    });
    expect(rows.map((row) => row['next-reply_status'])).toEqual([
      'breached',
      'inactive',
      'breached',
      'cancelled',
    ]);
  });

  it('the default plans keep their --tickets columns', () => {
    const out = join(dir, 'standard.csv');
    const result = runCli([
      ...['report', 'examples/tickets.csv', '--plan', 'standard', '--now', NOW],
      ...['--tickets', out],
    ]);
    expect(result.status).toBe(1);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(
      'id,priority,kind,gti_status,gti_elapsed_ms,gti_target_ms,gti_deadline,gti_breached_at,gtr_status,gtr_elapsed_ms,gtr_target_ms,gtr_deadline,gtr_breached_at',
    );
  });

  it('the HTML page has each metric: its table, its chart, a row per metric for each late ticket', () => {
    const page = join(dir, 'page.html');
    const result = report(csvPath, '--html', page, '--group-by', 'priority,month');
    expect(result.status).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain(
      '<table id="summary-0" data-clock="first-reply"><caption>first-reply · First reply time</caption>',
    );
    expect(html).toContain(
      '<table id="summary-1" data-clock="next-reply"><caption>next-reply · Next reply time</caption>',
    );
    expect(html).toContain('<th scope="col">cycles</th>');
    expect(html).toContain('<td data-field="cancelled">1</td>');
    expect(html).toContain('id="shares-0"');
    expect(html).toContain('First reply time (first-reply): time taken against the target');
    expect(html).toContain('Next reply time (next-reply): time taken against the target');
    expect(html).toContain('for First reply time (first-reply) and Next reply time (next-reply).');
    expect(html).toContain('<th scope="col">first-reply compliance</th>');
    expect(html).toContain('Compliance of First reply time (first-reply, solid line, circles)');
    // Compliance rows in the plan's order of priorities.
    expect(html.indexOf('<th scope="row">P3</th>')).toBeLessThan(
      html.indexOf('<th scope="row">P1</th>'),
    );
    // A and C are breached on next-reply: drawn with one labelled bar per metric.
    const articles = html.split('<article class="ticket"').slice(1);
    expect(articles).toHaveLength(2);
    for (const article of articles) {
      expect(article).toContain('class="label">first-reply</text>');
      expect(article).toContain('class="label">next-reply</text>');
      expect(article).toMatch(/ · next-reply breached, \d+:\d\d over<\/h3>/);
    }
  });
});

describe('sla-clock explain and deadlines with a plan of its own', () => {
  const ticketPath = writeInput(dir, 'a.json', JSON.stringify(TICKETS[0]));

  it('explains each metric, its cycles and the event behind each change', () => {
    const result = runCli(['explain', '--plan', planPath, '--ticket', ticketPath, '--now', NOW]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = result.stdout;
    expect(text).toContain(
      'first-reply · First reply time · target 1:00 · used 0:30 · met · due Mon 1 Jun 2026 10:00',
    );
    expect(text).toContain(
      'next-reply · Next reply time · target 2:00 · used 22:00 · breached · due Mon 1 Jun 2026 16:00',
    );
    expect(text).toContain(
      '  cycle 1  Mon 1 Jun 2026 10:00 → Mon 1 Jun 2026 13:00  missed  3:00 / 2:00',
    );
    expect(text).toContain('  cycle 2  Mon 1 Jun 2026 14:00 → …  breached  22:00 / 2:00');
    // Each cycle's start and stop (with the event behind it and the outcome, where the library's
    // explanation gives them: `trigger`, `outcome`).
    expect(text).toMatch(/\* Mon 1 Jun 2026 14:00 {2}a cycle starts/);
    expect(text).toMatch(/\* Mon 1 Jun 2026 13:00 {2}the cycle stops/);
    // The running total starts again with each cycle.
    expect(text).toContain('counted     +22:00 = 22:00');
    expect(text.indexOf('first-reply ·')).toBeLessThan(text.indexOf('next-reply ·'));
    const explanation = explainTicket(PLAN, TICKETS[0] as Ticket, { now: NOW });
    const json = JSON.parse(
      runCli(['explain', '--plan', planPath, '--ticket', ticketPath, '--now', NOW, '--json'])
        .stdout,
    );
    expect(Object.keys(json.metrics)).toEqual(['first-reply', 'next-reply']);
    expect(json.metrics['next-reply'].report.cycles).toEqual(
      JSON.parse(JSON.stringify(explanation.metrics['next-reply']?.report.cycles)),
    );
  });

  it('titles a metric by its label in the language asked for', () => {
    const result = runCli([
      ...['explain', '--plan', planPath, '--ticket', ticketPath, '--now', NOW],
      ...['--language', 'fr'],
    ]);
    expect(result.stdout).toContain('next-reply · Réponse suivante · objectif 2:00');
    expect(result.stdout).toContain('first-reply · Première réponse · objectif 1:00');
  });

  it('says which metrics have no deadline at the opening, and why', () => {
    const args = ['deadlines', '--plan', planPath, '--opened', '2026-06-01T09:00:00Z'];
    const p3 = runCli([...args, '--priority', 'P3']);
    expect(p3.status).toBe(0);
    expect(p3.stdout.split('\n').slice(1)).toEqual([
      'first-reply  due         Mon 1 Jun 2026 17:00 +00:00  (2026-06-01T17:00:00.000Z)',
      'next-reply  due          none: not measured at this priority',
      '',
    ]);
    const p1 = runCli([...args, '--priority', 'P1']);
    expect(p1.stdout).toContain('next-reply  due          none yet: starts at a later event');
    const json = runCli([...args, '--priority', 'P1', '--json']);
    const deadlines = slaDeadlines(PLAN, { openedAt: '2026-06-01T09:00:00Z', priority: 'P1' });
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(deadlines)));
    expect(runCli([...args, '--priority', 'high']).status).toBe(2);
  });
});

describe('the optional CSV columns, refused where the event needs them', () => {
  it('a reply without "by" and a status change without "status" name the line and the field', () => {
    const input = writeInput(
      dir,
      'bad.csv',
      [
        'ticket,event,at,priority,status,by',
        'A,opened,2026-06-01T09:00:00Z,P1,,',
        'A,replied,2026-06-01T09:30:00Z,,,',
        'B,opened,2026-06-01T09:00:00Z,P1,,',
        'B,status-changed,2026-06-01T09:30:00Z,,,',
        'C,opened,2026-06-01T09:00:00Z,P0,,',
        '',
      ].join('\n'),
    );
    const result = report(input);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^line 3: ticket A: event by: /);
    expect(lines[1]).toMatch(/^line 5: ticket B: event status: /);
    expect(lines[2]).toMatch(/^line 6: ticket C: priority: .*P3, P2, P1/);
  });
});
