// Policies: which plan holds a ticket (first matching `when`, version by opening), what the
// results name, and the refusals of bad policies, each with its path.
import { describe, expect, it } from 'vitest';
import {
  definePolicies,
  evaluateTicket,
  explainTicket,
  premiumPlan,
  slaDeadlines,
  standardPlan,
} from '../../src/index';
import { refusal } from '../support/refusal';

const SWITCH = '2026-09-01T00:00:00-04:00';
const seedPolicies = () =>
  definePolicies({
    policies: [
      { id: 'acme', when: { customer: 'acme' }, versions: [{ plan: 'standard' }] },
      {
        id: 'globex',
        when: { customer: 'globex' },
        versions: [{ plan: 'standard' }, { from: SWITCH, plan: 'premium' }],
      },
    ],
  });

describe('the seed desk: acme on standard, globex on standard then premium from 1 September 2026', () => {
  // A critical ticket opened on Monday 31 August at 15:00 (Fort-de-France, the desk closes at
  // 16:00), and the same on Tuesday 1 September at 15:00 (premium: around the clock).
  const before = { openedAt: '2026-08-31T15:00:00-04:00', priority: 'critical' };
  const after = { openedAt: '2026-09-01T15:00:00-04:00', priority: 'critical' };
  const now = { now: '2026-09-02T12:00:00-04:00' };

  it('holds globex tickets opened before the switch to standard, those after to premium', () => {
    const policies = seedPolicies();
    const old = evaluateTicket(policies, { ...before, fields: { customer: 'globex' } }, now);
    const fresh = evaluateTicket(policies, { ...after, fields: { customer: 'globex' } }, now);
    expect(old.policy).toEqual({ id: 'globex', from: null });
    expect(fresh.policy).toEqual({ id: 'globex', from: new Date('2026-09-01T04:00:00Z') });
    const standard = evaluateTicket(standardPlan(), before, now);
    const premium = evaluateTicket(premiumPlan(), after, now);
    expect(old.metrics).toEqual(standard.metrics);
    expect(fresh.metrics).toEqual(premium.metrics);
    // Standard: 1 h on Monday, then 3 h from Tuesday 08:00 → Tuesday 11:00 (Martinique).
    expect(old.metrics.gtr?.deadline).toEqual(new Date('2026-09-01T15:00:00Z'));
    // Premium, 24/7: 4 h after the opening.
    expect(fresh.metrics.gtr?.deadline).toEqual(new Date('2026-09-01T23:00:00Z'));
  });

  it('keeps acme on standard whatever the date', () => {
    const result = evaluateTicket(seedPolicies(), { ...after, fields: { customer: 'acme' } }, now);
    expect(result.policy).toEqual({ id: 'acme', from: null });
    expect(result.metrics).toEqual(evaluateTicket(standardPlan(), after, now).metrics);
  });

  it('names the policy in explanations and chooses it for deadlines', () => {
    const ticket = { ...after, fields: { customer: 'globex' } };
    expect(explainTicket(seedPolicies(), ticket, now).policy?.id).toBe('globex');
    expect(slaDeadlines(seedPolicies(), ticket)).toEqual(slaDeadlines(premiumPlan(), after));
  });

  it("refuses a ticket no policy takes, and one opened before its policy's first version", () => {
    const stranger = refusal(() =>
      evaluateTicket(seedPolicies(), { ...after, fields: { customer: 'initech' } }, now),
    );
    expect(stranger).toMatchObject({ code: 'no_policy', path: 'ticket.fields' });
    expect(stranger.message).toContain('acme, globex');
    const late = definePolicies({
      policies: [{ id: 'late', versions: [{ from: SWITCH, plan: 'premium' }] }],
    });
    const early = refusal(() => evaluateTicket(late, before, now));
    expect(early).toMatchObject({ code: 'no_policy', path: 'ticket.openedAt' });
    expect(early.message).toContain('2026-09-01T04:00:00.000Z');
  });
});

describe('choosing a policy', () => {
  const ticket = (fields: Record<string, string | number | boolean | null>, kind?: string) => ({
    openedAt: '2026-11-30T09:00:00-04:00',
    priority: 'high',
    ...(kind === undefined ? {} : { kind }),
    fields,
  });
  const options = { now: '2026-11-30T10:00:00-04:00' };
  const policies = definePolicies({
    policies: [
      {
        id: 'vip-incidents',
        when: { tier: ['gold', 'platinum'], kind: 'incident' },
        versions: [{ plan: 'premium' }],
      },
      { id: 'no-tier', when: { tier: null }, versions: [{ plan: 'standard' }] },
      { id: 'rest', versions: [{ plan: 'standard' }] },
    ],
  });
  const chosen = (t: ReturnType<typeof ticket>) => evaluateTicket(policies, t, options).policy?.id;

  it('takes the first policy whose every `when` entry matches', () => {
    expect(chosen(ticket({ tier: 'gold' }, 'incident'))).toBe('vip-incidents');
    expect(chosen(ticket({ tier: 'platinum' }, 'incident'))).toBe('vip-incidents');
    expect(chosen(ticket({ tier: 'gold' }, 'request'))).toBe('rest');
    expect(chosen(ticket({ tier: 'silver' }, 'incident'))).toBe('rest');
  });

  it('matches `null` to a field the ticket does not have, and not to inherited names', () => {
    expect(chosen(ticket({}))).toBe('no-tier');
    expect(chosen(ticket({ tier: null }))).toBe('no-tier');
    const byConstructor = definePolicies({
      policies: [{ id: 'c', when: { constructor: null }, versions: [{ plan: 'standard' }] }],
    });
    expect(evaluateTicket(byConstructor, ticket({}), options).policy?.id).toBe('c');
  });

  it('reads the ticket once, even through getters that change their answer', () => {
    let reads = 0;
    const fickle = {
      openedAt: '2026-11-30T09:00:00-04:00',
      priority: 'high',
      get fields() {
        reads++;
        return reads === 1 ? { tier: 'gold' } : { tier: 42 as unknown as string };
      },
      kind: 'incident',
    };
    expect(evaluateTicket(policies, fickle, options).policy?.id).toBe('vip-incidents');
    expect(reads).toBe(1);
  });

  it('refuses malformed fields as a bad ticket, whether a policy matches or not', () => {
    const bad = { openedAt: '2026-11-30T09:00:00-04:00', priority: 'high', fields: 'gold' };
    const catchAll = definePolicies({
      policies: [{ id: 'all', versions: [{ plan: 'standard' }] }],
    });
    for (const chosen of [policies, catchAll]) {
      expect(refusal(() => evaluateTicket(chosen, bad as never, options))).toMatchObject({
        code: 'invalid_ticket',
        path: 'ticket.fields',
      });
    }
    const badValue = { ...bad, kind: 'request', fields: { tier: { gold: true } } };
    expect(refusal(() => evaluateTicket(policies, badValue as never, options))).toMatchObject({
      code: 'invalid_ticket',
      path: 'ticket.fields.tier',
    });
  });

  it('compiles a plan named in `plans` once, however many versions name it', () => {
    const gold = {
      id: 'gold',
      schedule: '24/7' as const,
      targets: {
        normal: { gti: 'PT1H', gtr: 'PT8H' },
        medium: { gti: 'PT1H', gtr: 'PT8H' },
        high: { gti: 'PT30M', gtr: 'PT4H' },
        critical: { gti: 'PT15M', gtr: 'PT2H' },
      },
    };
    const many = definePolicies({
      plans: { gold },
      policies: [
        { id: 'a', when: { customer: 'a' }, versions: [{ plan: 'gold' }] },
        { id: 'b', versions: [{ plan: 'gold' }, { from: 0, plan: 'standard' }] },
      ],
    });
    const [a, b] = many.policies;
    expect(a?.versions[0]?.plan).toBe(b?.versions[0]?.plan);
    expect(b?.versions.map((version) => version.from)).toEqual([null, new Date(0)]);
  });
});

describe('refusals, each with its path', () => {
  const version = { plan: 'standard' };
  const cases: [string, unknown, string, string][] = [
    ['not an object', 42, 'invalid_policies', ''],
    ['no policies', { policies: [] }, 'invalid_policies', 'policies'],
    [
      'an unknown key',
      { policies: [{ id: 'a', versions: [version] }], plan: {} },
      'invalid_policies',
      'plan',
    ],
    [
      'two policies with one id',
      {
        policies: [
          { id: 'a', versions: [version] },
          { id: 'a', versions: [version] },
        ],
      },
      'invalid_policies',
      'policies[1].id',
    ],
    [
      'a policy without versions',
      { policies: [{ id: 'a', versions: [] }] },
      'invalid_policies',
      'policies[0].versions',
    ],
    [
      'two versions from one instant',
      {
        policies: [
          {
            id: 'a',
            versions: [
              { from: '2026-09-01T00:00:00Z', plan: 'standard' },
              { from: '2026-09-01T02:00:00+02:00', plan: 'premium' },
            ],
          },
        ],
      },
      'invalid_policies',
      'policies[0].versions[1].from',
    ],
    [
      'two versions since always',
      { policies: [{ id: 'a', versions: [version, version] }] },
      'invalid_policies',
      'policies[0].versions[1].from',
    ],
    [
      'a from without an offset',
      { policies: [{ id: 'a', versions: [{ from: '2026-09-01T00:00', plan: 'premium' }] }] },
      'invalid_policies',
      'policies[0].versions[0].from',
    ],
    [
      'a when naming priority',
      { policies: [{ id: 'a', when: { priority: 'high' }, versions: [version] }] },
      'invalid_policies',
      'policies[0].when.priority',
    ],
    [
      'an empty list of values',
      { policies: [{ id: 'a', when: { customer: [] }, versions: [version] }] },
      'invalid_policies',
      'policies[0].when.customer',
    ],
    [
      'a value that is not a field value',
      { policies: [{ id: 'a', when: { customer: [{}] }, versions: [version] }] },
      'invalid_policies',
      'policies[0].when.customer[0]',
    ],
    [
      'an unknown plan name',
      { policies: [{ id: 'a', versions: [{ plan: 'gold' }] }] },
      'invalid_policies',
      'policies[0].versions[0].plan',
    ],
    [
      'a bad plan configuration',
      {
        policies: [
          { id: 'a', versions: [{ plan: { id: 'x', schedule: '24/7', targets: { high: {} } } }] },
        ],
      },
      'invalid_plan',
      'policies[0].versions[0].plan.targets',
    ],
    [
      'a bad named plan',
      { plans: { gold: { id: 'gold' } }, policies: [{ id: 'a', versions: [{ plan: 'gold' }] }] },
      'invalid_plan',
      'plans.gold.schedule',
    ],
  ];
  it.each(cases)('%s', (_name, config, code, path) => {
    const error = refusal(() => definePolicies(config as never));
    expect(error.code).toBe(code);
    expect(error.path.startsWith(path)).toBe(true);
    if (path !== '') expect(error.message).toContain(path);
  });

  it('says why priority cannot choose a policy', () => {
    const error = refusal(() =>
      definePolicies({ policies: [{ id: 'a', when: { priority: 'high' }, versions: [version] }] }),
    );
    expect(error.reason).toContain('targets per priority belong in the plan');
  });
});
