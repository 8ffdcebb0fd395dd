// A plan's own vocabulary (priorities, request kinds, metrics) and what definePlan refuses in it:
// each refusal is a SlaError naming the path of the bad entry.
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_METRICS,
  definePlan,
  evaluateTicket,
  type PlanConfig,
  SlaError,
} from '../../src/index';

const NEXT_REPLY = BUILTIN_METRICS['next-reply'];

/** A 24/7 desk with P3 (least urgent) to P1 and two metrics. */
const DESK = {
  id: 'desk',
  schedule: '24/7',
  priorities: ['P3', 'P2', { id: 'P1', label: { en: 'Urgent', fr: 'Urgent' } }],
  requestKinds: ['bug', 'question'],
  metrics: ['first-reply', 'next-reply'],
  targets: {
    P3: { 'first-reply': 'PT8H', 'next-reply': null },
    P2: { 'first-reply': 'PT4H', 'next-reply': 'PT8H' },
    P1: { 'first-reply': 'PT1H', 'next-reply': 'PT2H' },
  },
} as const satisfies PlanConfig;

function refusal(config: unknown): { code: string; path: string } {
  try {
    definePlan(config as PlanConfig);
  } catch (error) {
    if (error instanceof SlaError) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('definePlan accepted the plan');
}

const edit = (changes: Record<string, unknown>) => ({ ...DESK, ...changes });

describe('a plan with its own priorities, kinds and metrics', () => {
  it('keeps them in order, with labels, and evaluates tickets with them', () => {
    const plan = definePlan(DESK);
    expect(plan.priorities.map((p) => p.id)).toEqual(['P3', 'P2', 'P1']);
    expect(plan.priorities[2]?.label).toEqual({ en: 'Urgent', fr: 'Urgent' });
    expect(plan.requestKinds).toEqual(['bug', 'question']);
    expect(plan.metrics.map((m) => m.id)).toEqual(['first-reply', 'next-reply']);
    const { metrics } = evaluateTicket(
      plan,
      { openedAt: '2026-12-01T09:00:00Z', priority: 'P3', kind: 'bug' },
      { now: '2026-12-01T10:00:00Z' },
    );
    expect(metrics['first-reply'].status).toBe('on-track');
    // next-reply is not measured at P3: nothing starts it, and it has no target.
    expect(metrics['next-reply']).toMatchObject({
      state: 'idle',
      status: 'inactive',
      target: null,
    });
  });

  it('refuses a ticket priority or kind that is not the plan’s', () => {
    const plan = definePlan(DESK);
    const now = { now: '2026-12-01T10:00:00Z' };
    expect(() =>
      evaluateTicket(plan, { openedAt: '2026-12-01T09:00:00Z', priority: 'high' }, now),
    ).toThrow(expect.objectContaining({ code: 'invalid_ticket', path: 'ticket.priority' }));
    expect(() =>
      evaluateTicket(
        plan,
        { openedAt: '2026-12-01T09:00:00Z', priority: 'P1', kind: 'incident' },
        now,
      ),
    ).toThrow(expect.objectContaining({ code: 'invalid_ticket', path: 'ticket.kind' }));
  });
});

describe('definePlan refuses, naming the path', () => {
  const metric = (changes: Record<string, unknown>) =>
    edit({ metrics: ['first-reply', { ...NEXT_REPLY, ...changes }] });
  it.each<[string, unknown, string]>([
    ['a priority id used twice', edit({ priorities: ['P3', 'P2', 'P3'] }), 'priorities[2]'],
    ['an empty priority id', edit({ priorities: ['P3', ''] }), 'priorities[1]'],
    ['no priorities', edit({ priorities: [] }), 'priorities'],
    ['a kind listed twice', edit({ requestKinds: ['bug', 'bug'] }), 'requestKinds[1]'],
    ['an unknown built-in metric', edit({ metrics: ['first-reply', 'next-rply'] }), 'metrics[1]'],
    ['two metrics with one id', edit({ metrics: ['first-reply', 'first-reply'] }), 'metrics[1]'],
    [
      'two definitions with one id',
      edit({ metrics: ['first-reply', { ...NEXT_REPLY, id: 'first-reply' }] }),
      'metrics[1].id',
    ],
    [
      'a condition naming an unknown event',
      metric({ start: [{ event: 'created' }] }),
      'metrics[1].start[0].event',
    ],
    ['an empty start', metric({ start: [] }), 'metrics[1].start'],
    ['an empty stop', metric({ stop: [] }), 'metrics[1].stop'],
    ['a missing stop', metric({ stop: undefined }), 'metrics[1].stop'],
    [
      'a pause that is not a state',
      metric({ pause: [{ event: 'paused' }] }),
      'metrics[1].pause[0]',
    ],
    [
      'a status condition on a reply',
      metric({ stop: [{ event: 'replied', status: ['open'] }] }),
      'metrics[1].stop[0].status',
    ],
    ['an unknown key in a metric', metric({ pauses: [] }), 'metrics[1].pauses'],
    ['an alert share of zero', metric({ alerts: [{ at: 0 }] }), 'metrics[1].alerts[0].at'],
    [
      'two alerts with one id',
      metric({
        alerts: [
          { id: 'x', at: 0.5 },
          { id: 'x', at: 0.6 },
        ],
      }),
      'metrics[1].alerts[1].id',
    ],
    [
      'an alert named at-risk',
      metric({ alerts: [{ id: 'at-risk', at: 0.5 }] }),
      'metrics[1].alerts[0].id',
    ],
    [
      'a target for an unknown priority',
      edit({ targets: { ...DESK.targets, P0: {} } }),
      'targets.P0',
    ],
    [
      'a target for an unknown metric',
      edit({ targets: { ...DESK.targets, P1: { ...DESK.targets.P1, gti: 'PT1H' } } }),
      'targets.P1.gti',
    ],
    [
      'a missing target',
      edit({ targets: { ...DESK.targets, P2: { 'first-reply': 'PT4H' } } }),
      'targets.P2.next-reply',
    ],
    [
      'a priority without targets',
      edit({ targets: { P3: DESK.targets.P3, P2: DESK.targets.P2 } }),
      'targets.P1',
    ],
    ['kinds naming an unknown kind', edit({ kinds: { incident: {} } }), 'kinds.incident'],
    ['kinds naming an unknown priority', edit({ kinds: { bug: { high: {} } } }), 'kinds.bug.high'],
    [
      'a default-priority target in a P1–P3 plan',
      edit({ targets: { normal: {} } }),
      'targets.normal',
    ],
  ])('%s', (_label, config, path) => {
    expect(refusal(config)).toEqual({ code: 'invalid_plan', path });
  });
});

describe('a ticket’s fields', () => {
  const plan = definePlan(DESK);
  const at = { now: '2026-12-01T10:00:00Z' };
  it('accepts strings, numbers, booleans and null', () => {
    const fields = { customer: 'acme', seats: 12, vip: true, region: null };
    expect(() =>
      evaluateTicket(plan, { openedAt: '2026-12-01T09:00:00Z', priority: 'P1', fields }, at),
    ).not.toThrow();
  });
  it.each<[unknown, string]>([
    [[1], 'ticket.fields'],
    ['acme', 'ticket.fields'],
    [{ customer: { name: 'acme' } }, 'ticket.fields.customer'],
    [{ seats: Number.NaN }, 'ticket.fields.seats'],
  ])('refuses %j at %s', (fields, path) => {
    const ticket = { openedAt: '2026-12-01T09:00:00Z', priority: 'P1', fields } as never;
    expect(() => evaluateTicket(plan, ticket, at)).toThrow(
      expect.objectContaining({ code: 'invalid_ticket', path }),
    );
  });
});
