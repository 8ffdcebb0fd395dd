// `sla-clock deadlines` run as a child process.
import { describe, expect, it } from 'vitest';
import { premiumPlan, slaDeadlines, standardPlan } from '../../src/index';
import { runCli } from '../support/cli';

describe('sla-clock deadlines', () => {
  it('prints both deadlines in the desk’s time and in UTC', () => {
    const result = runCli([
      'deadlines',
      '--plan',
      'standard',
      '--priority',
      'critical',
      '--opened',
      '2026-11-27T15:50:00-04:00',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        'plan standard · critical · opened Fri 27 Nov 2026 15:50 -04:00',
        'GTI  first contact due  Mon 30 Nov 2026 08:05 -04:00  (2026-11-30T12:05:00.000Z)',
        'GTR  resolution due     Mon 30 Nov 2026 11:50 -04:00  (2026-11-30T15:50:00.000Z)',
        '',
      ].join('\n'),
    );
  });

  it('--json gives the instants of slaDeadlines', () => {
    const opened = '2026-11-30T23:00:00Z';
    const result = runCli([
      'deadlines',
      '--plan',
      'premium',
      '--priority',
      'high',
      '--opened',
      opened,
      '--kind',
      'incident',
      '--json',
    ]);
    const { gti, gtr } = slaDeadlines(premiumPlan(), {
      openedAt: opened,
      priority: 'high',
      kind: 'incident',
    });
    expect(JSON.parse(result.stdout)).toEqual({ gti: gti?.toISOString(), gtr: gtr?.toISOString() });
    expect(slaDeadlines(standardPlan(), { openedAt: opened, priority: 'high' }).gtr).not.toEqual(
      gtr,
    );
  });

  it.each([
    [['--plan', 'standard', '--opened', '2026-11-30T08:00:00Z'], '--priority is required'],
    [['--plan', 'standard', '--priority', 'high'], '--opened is required'],
    [
      ['--plan', 'standard', '--priority', 'urgent', '--opened', '2026-11-30T08:00:00Z'],
      '--priority "urgent"',
    ],
    [
      ['--plan', 'standard', '--priority', 'high', '--opened', '2026-11-30 08:00'],
      '--opened "2026-11-30 08:00"',
    ],
    [
      [
        '--plan',
        'standard',
        '--priority',
        'high',
        '--opened',
        '2026-11-30T08:00:00Z',
        '--kind',
        'bug',
      ],
      '--kind "bug"',
    ],
  ])('usage error, exit 2: %j', (args, message) => {
    const result = runCli(['deadlines', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
