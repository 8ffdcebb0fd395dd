// `sla-clock compare`: the change of plan tried on the example tickets — what the command prints,
// writes as JSON, as flipped tickets and as a page is what comparePlans gives, from every input
// form that keeps the events; usage errors for a missing or bad --with and for an output that
// would overwrite it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePlans, definePolicies, type Ticket } from '../../src/index';
import { ROOT, runCli, scratchDir } from '../support/cli';

const NOW = '2026-10-30T14:00:00-04:00';
const BEFORE = 'examples/policies.json';
const AFTER = 'examples/policies-globex-april.json';
const compare = (input: string, ...more: string[]) =>
  runCli(['compare', input, '--plan', BEFORE, '--with', AFTER, '--now', NOW, ...more]);
const load = (path: string) => definePolicies(JSON.parse(readFileSync(join(ROOT, path), 'utf8')));
const tickets = readFileSync(join(ROOT, 'examples/customers.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Ticket);
const expected = comparePlans(load(BEFORE), load(AFTER), tickets, {
  now: NOW,
  groupBy: ['policy'],
});
const dir = scratchDir();

describe('sla-clock compare', () => {
  it('prints what comparePlans gives, the same from CSV and JSON Lines', () => {
    const results = ['examples/customers.csv', 'examples/customers.jsonl'].map((input) =>
      compare(input, '--group-by', 'policy'),
    );
    for (const result of results) {
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
    expect(results[0]?.stdout).toBe(results[1]?.stdout);
    const text = results[0]?.stdout ?? '';
    const { gti } = expected.flips;
    expect(text).toContain(
      `flipped: ${gti?.worse} worse, ${gti?.better} better, ${gti?.other} other`,
    );
    const total = expected.total.metrics.gti;
    expect(text).toMatch(
      new RegExp(`\\ntotal +240 +${total?.before?.toFixed(1)} % +${total?.after?.toFixed(1)} %`),
    );
    const count = expected.flipped.length;
    expect(text).toContain(`Flipped tickets: ${count}`);
    for (const flip of expected.flipped) {
      expect(text).toContain(
        `  ${flip.id}  ${flip.metric}  ${flip.statusBefore} → ${flip.statusAfter}  due `,
      );
    }
  });

  it('writes the comparison as JSON and every flipped ticket to --tickets', () => {
    const csv = join(dir, 'flips.csv');
    const result = compare(
      'examples/customers.csv',
      '--group-by',
      'policy',
      '--json',
      '--tickets',
      csv,
    );
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    const { before, after, ...compared } = expected;
    expect(json.plans).toEqual({
      before: { policies: ['acme', 'globex'] },
      after: { policies: ['acme', 'globex'] },
    });
    expect(json.total).toEqual(JSON.parse(JSON.stringify(compared.total)));
    expect(json.groups).toEqual(JSON.parse(JSON.stringify(compared.groups)));
    expect(json.flips).toEqual(compared.flips);
    expect(json.summaries.after).toEqual(JSON.parse(JSON.stringify(after)));
    expect(json.summaries.before.total).toEqual(JSON.parse(JSON.stringify(before.total)));
    const rows = readFileSync(csv, 'utf8').trim().split('\n');
    expect(rows[0]).toBe(
      'id,metric,direction,status_before,status_after,deadline_before,deadline_after',
    );
    expect(rows.slice(1)).toEqual(
      expected.flipped.map((flip) =>
        [
          flip.id,
          flip.metric,
          flip.direction,
          flip.statusBefore,
          flip.statusAfter,
          flip.deadlineBefore?.toISOString() ?? '',
          flip.deadlineAfter?.toISOString() ?? '',
        ].join(','),
      ),
    );
  });

  it('writes a page with a table per metric and the flipped tickets', () => {
    const html = join(dir, 'compare.html');
    expect(compare('examples/customers.csv', '--group-by', 'policy', '--html', html).status).toBe(
      0,
    );
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h1>SLA comparison</h1>');
    expect(page.match(/<table data-clock="/g)).toHaveLength(2);
    expect(page.match(/<tr data-direction="worse">/g)).toHaveLength(expected.flipped.length);
  });

  it('flips nothing between a plan and itself', () => {
    const result = runCli([
      ...['compare', 'examples/tickets.csv', '--plan', 'standard', '--with', 'standard'],
      ...['--now', '2026-06-30T14:00:00-04:00'],
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No ticket flips.');
  });

  it.each([
    [['compare', 'examples/customers.csv', '--plan', BEFORE, '--now', NOW], '--with is required'],
    [
      ['compare', 'examples/customers.csv', '--plan', BEFORE, '--with', 'gold', '--now', NOW],
      'cannot read the plan file gold',
    ],
    [
      ['compare', 'examples/customers.csv', '--plan', BEFORE, '--with', AFTER, '--tickets', AFTER],
      `--tickets ${AFTER} is the same file as --with ${AFTER}`,
    ],
  ])('usage error, exit 2: %j', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('has its help, and is listed in the main help', () => {
    const help = runCli(['compare', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: sla-clock compare');
    expect(help.stdout).toMatch(/Examples\n {2}sla-clock compare /);
    expect(runCli(['--help']).stdout).toContain(
      'sla-clock compare <file…> --plan <plan> --with <plan>',
    );
  });
});
