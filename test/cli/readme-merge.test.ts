// The README's example of several runs merged: the commands it shows print what it shows, and the
// same report comes from one run over both inputs with two jobs, and from the library.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardPlan, summarizeTickets, type Ticket } from '../../src/index';
import { ROOT, runCli, scratchDir } from '../support/cli';

const NOW = '2026-11-01T00:00:00-04:00';
const dir = scratchDir();
const ticketsOf = (name: string): Ticket[] =>
  readFileSync(join(ROOT, 'examples', name), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Ticket);

describe('the README: several runs merged', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('$ sla-clock merge q2.state.json customers.state.json\n');
  const shown = readme.slice(readme.indexOf('\n', start) + 1, readme.indexOf('```', start));
  const report = (input: string, state: string) =>
    runCli(['report', input, '--plan', 'standard', '--now', NOW, '--state', join(dir, state)]);

  it('shows what merge prints of the two states', () => {
    expect(start).toBeGreaterThan(0);
    expect(report('examples/tickets.csv', 'q2.state.json').status).toBe(0);
    expect(report('examples/customers.csv', 'customers.state.json').status).toBe(0);
    const merged = runCli(['merge', join(dir, 'q2.state.json'), join(dir, 'customers.state.json')]);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(shown);
  });

  it('is the report of one run over both inputs, with one job or two, and the library agrees', () => {
    const args = ['report', 'examples/tickets.csv', 'examples/customers.csv', '--plan', 'standard'];
    for (const jobs of ['1', '2']) {
      expect(runCli([...args, '--now', NOW, '--jobs', jobs]).stdout).toBe(shown);
    }
    const json = JSON.parse(runCli([...args, '--now', NOW, '--json']).stdout);
    const tickets = [...ticketsOf('tickets.jsonl'), ...ticketsOf('customers.jsonl')];
    const expected = summarizeTickets(standardPlan(), tickets, { now: NOW });
    expect(json.total).toEqual(JSON.parse(JSON.stringify(expected.total)));
    expect(json.total.tickets).toBe(540);
  });
});
