// `sla-clock explain` run as a child process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainTicket, standardPlan } from '../../src/index';
import { ROOT, runCli, scratchDir, writeInput } from '../support/cli';

const FRIDAY = {
  id: 'T-7',
  openedAt: '2026-11-27T15:50:00-04:00',
  priority: 'critical',
  kind: 'incident',
};
const NOW = '2026-11-30T09:00:00-04:00';

describe('sla-clock explain', () => {
  it('the Friday 15:50 critical ticket, stretch by stretch with the running total and why', () => {
    const result = runCli(
      ['explain', '--plan', 'standard', '--ticket', '-', '--now', NOW],
      JSON.stringify(FRIDAY),
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('T-7 · critical · plan standard · America/Martinique');
    const gtr = lines.slice(lines.findIndex((line) => line.startsWith('GTR')));
    expect(gtr[0]).toBe(
      'GTR · time to resolution · target 4:00 · used 1:10 · on-track · due Mon 30 Nov 2026 11:50',
    );
    expect(gtr.slice(1, 6).map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([
      '* Fri 27 Nov 2026 15:50 opened',
      'Fri 27 Nov 2026 15:50 → Fri 27 Nov 2026 16:00 counted +0:10 = 0:10',
      "Fri 27 Nov 2026 16:00 → Mon 30 Nov 2026 08:00 closed outside the desk's hours",
      'Mon 30 Nov 2026 08:00 → Mon 30 Nov 2026 09:00 counted +1:00 = 1:10',
      'Mon 30 Nov 2026 09:00 → Mon 30 Nov 2026 11:50 to come +2:50',
    ]);
  });

  it('--json is explainTicket’s answer', () => {
    const dir = scratchDir();
    const file = writeInput(dir, 'ticket.json', JSON.stringify(FRIDAY));
    const result = runCli([
      'explain',
      '--plan',
      'standard',
      '--ticket',
      file,
      '--now',
      NOW,
      '--json',
    ]);
    const { now, plan, ...explanation } = JSON.parse(result.stdout);
    expect([now, plan]).toEqual([new Date(NOW).toISOString(), 'standard']);
    const expected = explainTicket(standardPlan(), FRIDAY as never, { now: NOW });
    expect(explanation).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('--language fr: labels and holiday names in French', () => {
    const ticket = { openedAt: '2026-04-02T14:00:00-04:00', priority: 'high' };
    const result = runCli(
      [
        'explain',
        '--plan',
        'standard',
        '--ticket',
        '-',
        '--now',
        '2026-04-07T09:00:00-04:00',
        '--language',
        'fr',
      ],
      JSON.stringify(ticket),
    );
    expect(result.stdout).toContain('GTR · délai de rétablissement');
    expect(result.stdout).toContain('jour férié: Vendredi saint (2026-04-03)');
    expect(result.stdout).toContain('jour férié: Lundi de Pâques (2026-04-06)');
  });

  it.each([
    [['--plan', 'standard'], '--ticket is required'],
    [['--plan', 'standard', '--ticket', 'no-such.json'], 'cannot read no-such.json'],
    [['--plan', 'standard', '--ticket', '-', '--language', 'de'], '--language de'],
    [['--plan', 'standard', '--ticket', '-', '--now', 'tomorrow'], '--now tomorrow'],
  ])('usage error, exit 2: %j', (args, message) => {
    const result = runCli(['explain', ...args], JSON.stringify(FRIDAY));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('a ticket that is not JSON, or that cannot be evaluated, is a usage error', () => {
    expect(runCli(['explain', '--plan', 'standard', '--ticket', '-'], '{oops').stderr).toContain(
      'stdin is not a JSON ticket',
    );
    const bad = runCli(
      ['explain', '--plan', 'standard', '--ticket', '-', '--now', NOW],
      JSON.stringify({ ...FRIDAY, priority: 'urgent' }),
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('ticket.priority');
  });

  it('--help, with examples', () => {
    const result = runCli(['explain', '--help']);
    expect(result.stdout).toContain('Usage: sla-clock explain');
    expect(result.stdout).toMatch(/Examples\n {2}sla-clock explain/);
  });
});

describe('the README', () => {
  it('shows the real output of sla-clock explain for the Friday ticket', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const ticket = /`friday\.json` holds\n?\s*`(\{[^`]+\})`/.exec(readme)?.[1];
    const block = /```text\n\$ sla-clock (explain [^\n]*)\n([\s\S]*?)```/.exec(readme);
    expect(ticket).toBeDefined();
    expect(block).not.toBeNull();
    const [, command = '', shown] = block ?? [];
    const args = command.split(' ').map((arg) => (arg === 'friday.json' ? '-' : arg));
    const result = runCli(args, ticket);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(shown);
  });
});
