// DESIGN §1 and §7 (issue 4, item 1): priorities, their labels, request kinds, classifyPriority.
import { describe, expect, it } from 'vitest';
import {
  CLOCKS,
  classifyPriority,
  type ImpactAssessment,
  PRIORITIES,
  PRIORITY_LABELS,
  type Priority,
  REQUEST_KINDS,
  SlaError,
  TICKET_EVENT_TYPES,
} from '../../src/index';

describe('PRIORITIES, PRIORITY_LABELS, REQUEST_KINDS', () => {
  it('lists the priorities from least to most urgent', () => {
    expect(PRIORITIES).toEqual(['normal', 'medium', 'high', 'critical']);
    expect(Object.isFrozen(PRIORITIES)).toBe(true);
  });

  it.each([
    ['normal', 'Normale', 'Normal'],
    ['medium', 'Moyenne', 'Medium'],
    ['high', 'Haute', 'High'],
    ['critical', 'Critique', 'Critical'],
  ] as const)('labels %s as %s (fr) and %s (en)', (priority, fr, en) => {
    expect(PRIORITY_LABELS[priority]).toEqual({ fr, en });
  });

  it('has a label for every priority and nothing else, frozen', () => {
    expect(Object.keys(PRIORITY_LABELS)).toEqual([...PRIORITIES]);
    expect(Object.isFrozen(PRIORITY_LABELS)).toBe(true);
    for (const priority of PRIORITIES)
      expect(Object.isFrozen(PRIORITY_LABELS[priority])).toBe(true);
  });

  it('lists the default kinds and clocks, and the event types a log may hold', () => {
    expect(REQUEST_KINDS).toEqual(['request', 'incident', 'information']);
    expect(CLOCKS).toEqual(['gti', 'gtr']);
    expect([...TICKET_EVENT_TYPES].sort()).toEqual(
      [
        'paused',
        'priority-changed',
        'reopened',
        'resolved',
        'responded',
        'resumed',
        'status-changed',
        'replied',
        'assigned',
        'field-changed',
        'closed',
      ].sort(),
    );
    for (const list of [REQUEST_KINDS, CLOCKS, TICKET_EVENT_TYPES])
      expect(Object.isFrozen(list)).toBe(true);
  });
});

describe('classifyPriority (DESIGN §1 definitions)', () => {
  // The truth table: not blocked → normal; blocked with a workaround → medium; blocked without
  // one → high; several (2+) users blocked without one → critical.
  const table: [ImpactAssessment, Priority][] = [
    // not blocked: normal, whatever the workaround
    [{ blocked: false }, 'normal'],
    [{ blocked: false, usersBlocked: 0 }, 'normal'],
    [{ blocked: false, workaround: true }, 'normal'],
    [{ blocked: false, workaround: false, usersBlocked: 0 }, 'normal'],
    // blocked with a workaround: medium, however many users
    [{ blocked: true, workaround: true }, 'medium'],
    [{ blocked: true, workaround: true, usersBlocked: 1 }, 'medium'],
    [{ blocked: true, workaround: true, usersBlocked: 2 }, 'medium'],
    [{ blocked: true, workaround: true, usersBlocked: 250 }, 'medium'],
    // blocked without a workaround: one user → high, several → critical
    [{ blocked: true }, 'high'],
    [{ blocked: true, workaround: false }, 'high'],
    [{ blocked: true, workaround: false, usersBlocked: 1 }, 'high'],
    [{ blocked: true, usersBlocked: 1 }, 'high'],
    [{ blocked: true, workaround: false, usersBlocked: 2 }, 'critical'],
    [{ blocked: true, usersBlocked: 2 }, 'critical'],
    [{ blocked: true, workaround: false, usersBlocked: 12 }, 'critical'],
  ];

  it.each(table)('%j → %s', (impact, priority) => {
    expect(classifyPriority(impact)).toBe(priority);
  });

  it.each([
    [{ blocked: 'yes' }, 'blocked'],
    [{}, 'blocked'],
    [{ blocked: true, workaround: 'no' }, 'workaround'],
    [{ blocked: true, usersBlocked: -1 }, 'usersBlocked'],
    [{ blocked: true, usersBlocked: 1.5 }, 'usersBlocked'],
    [{ blocked: true, usersBlocked: Number.NaN }, 'usersBlocked'],
    [{ blocked: true, usersBlocked: '3' }, 'usersBlocked'],
  ])('refuses %j with invalid_ticket at %s', (impact, path) => {
    const call = () => classifyPriority(impact as unknown as ImpactAssessment);
    expect(call).toThrow(SlaError);
    expect(call).toThrow(expect.objectContaining({ code: 'invalid_ticket', path }));
  });

  it('refuses a missing assessment with a SlaError, not a TypeError', () => {
    for (const impact of [undefined, null]) {
      expect(() => classifyPriority(impact as unknown as ImpactAssessment)).toThrow(SlaError);
    }
  });
});
