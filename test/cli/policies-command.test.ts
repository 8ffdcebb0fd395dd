// The command with a policies file: reports by policy and by a field read from the inputs'
// extra columns (or JSON Lines' `fields`), the same in every input form that keeps the events;
// `--tickets` names each ticket's policy; explain and deadlines choose the policy; bad policies
// and policies a report cannot tabulate are usage errors naming the path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definePolicies, evaluateTicket, summarizeTickets, type Ticket } from '../../src/index';
import { ROOT, runCli, scratchDir, writeInput } from '../support/cli';

const NOW = '2026-10-30T14:00:00-04:00';
const POLICIES = 'examples/policies.json';
const report = (input: string, ...more: string[]) =>
  runCli(['report', input, '--plan', POLICIES, '--now', NOW, ...more]);
const jsonl = readFileSync(join(ROOT, 'examples/customers.jsonl'), 'utf8');
const tickets = jsonl
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Ticket);
const policies = definePolicies(JSON.parse(readFileSync(join(ROOT, POLICIES), 'utf8')));
const dir = scratchDir();

describe('sla-clock report --plan <policies file>', () => {
  it('counts per policy and customer what summarizeTickets counts, from CSV and JSON Lines alike', () => {
    const expected = summarizeTickets(policies, tickets, {
      now: NOW,
      groupBy: ['policy', 'customer'],
    });
    for (const input of ['examples/customers.csv', 'examples/customers.jsonl']) {
      const result = report(input, '--group-by', 'policy,customer', '--json');
      expect(result.status).toBe(0);
      const json = JSON.parse(result.stdout);
      expect(json.policies).toEqual(['acme', 'globex']);
      expect(json.groups).toEqual(JSON.parse(JSON.stringify(expected.groups)));
      expect(json.groups.map((group: { key: unknown }) => group.key)).toEqual([
        { policy: 'acme', customer: 'acme' },
        { policy: 'globex', customer: 'globex' },
      ]);
    }
    const text = report('examples/customers.csv', '--group-by', 'policy').stdout;
    expect(text.split('\n')[0]).toBe('SLA report · policies acme, globex · America/Martinique');
    expect(text).toMatch(/\npolicy +tickets /);
    // A field is a column of the text tables too, after the known dimensions.
    const byCustomer = report('examples/customers.csv', '--group-by', 'customer,priority').stdout;
    expect(byCustomer).toMatch(/\npriority +customer +tickets /);
    expect(byCustomer).toMatch(/\nnormal +acme +\d+ /);
  });

  it('reads the extra columns of the one-row-per-ticket export as fields', () => {
    const result = report('examples/customers-export.csv', '--group-by', 'customer', '--json');
    expect(result.status).toBe(0);
    const keys = JSON.parse(result.stdout).groups.map((group: { key: unknown }) => group.key);
    expect(keys).toEqual([{ customer: 'acme' }, { customer: 'globex' }]);
  });

  it("names each ticket's policy and version in --tickets", () => {
    const csv = join(dir, 'tickets.csv');
    const lines = join(dir, 'tickets.jsonl');
    expect(report('examples/customers.csv', '--tickets', csv).status).toBe(0);
    expect(report('examples/customers.csv', '--tickets', lines).status).toBe(0);
    const rows = readFileSync(csv, 'utf8').trim().split('\n');
    expect(rows[0]?.startsWith('id,priority,kind,policy,policy_from,gti_status')).toBe(true);
    const byId = new Map(rows.slice(1).map((row) => [row.split(',')[0], row.split(',')]));
    const written = readFileSync(lines, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    for (const ticket of tickets) {
      const { policy } = evaluateTicket(policies, ticket, { now: NOW });
      const from = policy?.from?.toISOString() ?? '';
      expect(byId.get(String(ticket.id))?.slice(3, 5)).toEqual([policy?.id, from]);
      const line = written.find((entry) => entry.id === ticket.id);
      expect(line.policy).toEqual({ id: policy?.id, from: from === '' ? null : from });
    }
  });

  it('warns when a dimension is a field no ticket has', () => {
    const result = report('examples/customers.csv', '--group-by', 'custmer');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('--group-by custmer: no ticket has a field custmer');
    expect(report('examples/customers.csv', '--group-by', 'customer').stderr).toBe('');
  });

  it('refuses bad policies, and policies one report cannot tabulate, naming the path', () => {
    const bad = writeInput(
      dir,
      'bad.json',
      JSON.stringify({
        policies: [{ id: 'a', when: { priority: 'high' }, versions: [{ plan: 'standard' }] }],
      }),
    );
    const refused = runCli(['report', 'examples/customers.csv', '--plan', bad, '--now', NOW]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('is not a valid policies file');
    expect(refused.stderr).toContain('policies[0].when.priority');
    const mixed = writeInput(
      dir,
      'mixed.json',
      JSON.stringify({
        policies: [
          { id: 'a', when: { customer: 'acme' }, versions: [{ plan: 'standard' }] },
          {
            id: 'b',
            versions: [
              {
                plan: {
                  id: 'z',
                  schedule: '24/7',
                  metrics: ['first-reply'],
                  targets: Object.fromEntries(
                    ['normal', 'medium', 'high', 'critical'].map((p) => [
                      p,
                      { 'first-reply': 'PT1H' },
                    ]),
                  ),
                },
              },
            ],
          },
        ],
      }),
    );
    const cannot = runCli(['report', 'examples/customers.csv', '--plan', mixed, '--now', NOW]);
    expect(cannot.status).toBe(2);
    expect(cannot.stderr).toContain('cannot make one report');
    expect(cannot.stderr).toContain('policies[1].versions[0].plan.metrics');
  });
});

describe('sla-clock explain and deadlines with policies', () => {
  it("explains a ticket under its policy's version", () => {
    const globex = tickets.find(
      (ticket) => ticket.fields?.customer === 'globex' && String(ticket.openedAt) > '2026-09-02',
    ) as Ticket;
    const path = writeInput(dir, 'globex.json', JSON.stringify(globex));
    const json = JSON.parse(
      runCli(['explain', '--plan', POLICIES, '--ticket', path, '--now', NOW, '--json']).stdout,
    );
    expect(json.policy).toEqual({ id: 'globex', from: '2026-09-01T04:00:00.000Z' });
    const text = runCli(['explain', '--plan', POLICIES, '--ticket', path, '--now', NOW]).stdout;
    expect(text).toContain('plan premium');
  });

  it('chooses the policy from --field', () => {
    const args = ['deadlines', '--plan', POLICIES, '--opened', '2026-09-01T15:00:00-04:00'];
    const premium = runCli([...args, '--priority', 'critical', '--field', 'customer=globex']);
    expect(premium.status).toBe(0);
    expect(premium.stdout.split('\n')[0]).toContain(
      'policy globex since 2026-09-01T04:00:00.000Z · plan premium · critical',
    );
    expect(premium.stdout).toContain('(2026-09-01T23:00:00.000Z)');
    // A number is a number, as in a CSV cell: `when: { seats: 2 }` matches `--field seats=2`.
    const bySeats = writeInput(
      dir,
      'seats.json',
      JSON.stringify({
        policies: [
          { id: 'two', when: { seats: 2 }, versions: [{ plan: 'premium' }] },
          { id: 'other', versions: [{ plan: 'standard' }] },
        ],
      }),
    );
    const two = runCli([
      ...['deadlines', '--plan', bySeats, '--opened', '2026-09-01T15:00:00-04:00'],
      ...['--priority', 'critical', '--field', 'seats=2'],
    ]);
    expect(two.stdout.split('\n')[0]).toContain('policy two · plan premium');
    const none = runCli([...args, '--priority', 'critical', '--field', 'customer=initech']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--field');
    expect(none.stderr).toContain('matches the `when` of no policy (acme, globex)');
  });
});

describe('the README', () => {
  it('shows the real output of a report per policy and of a comparison', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const blocks = [
      ...readme.matchAll(
        /```text\n\$ sla-clock ((?:report|compare) examples\/customers\.csv [^\n]*)\n([\s\S]*?)```/g,
      ),
    ];
    expect(blocks.map((block) => block[1]?.split(' ')[0])).toEqual(['report', 'compare']);
    for (const [, command = '', shown] of blocks) {
      const result = runCli(command.split(' '));
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(shown);
    }
  });
});
