// Summaries of tickets held to policies: grouped by policy and by any field of the tickets, the
// groups sum to the total; keys, their order and `none`; policies whose plans disagree on the
// metrics are refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSlaSummary,
  definePolicies,
  evaluateTicket,
  type SlaSummaryResult,
  standardPlan,
  summarizeTickets,
  type Ticket,
} from '../../src/index';
import { itHolds } from '../support/fast-check-settings';
import { refusal } from '../support/refusal';
import { ticketSetArb } from '../support/report-arbitraries';
import { planConfigArb, planOf } from '../support/sla-arbitraries';

const COUNTS = ['cycles', 'met', 'missed', 'breached', 'atRisk', 'onTrack', 'cancelled'] as const;

/** Each count of the groups, summed, is the total's. */
function expectGroupsSumToTotal(result: SlaSummaryResult): void {
  const sum = (pick: (group: SlaSummaryResult['total']) => number) =>
    result.groups.reduce((total, group) => total + pick(group), 0);
  expect(sum((group) => group.tickets)).toBe(result.total.tickets);
  for (const metric of result.metrics) {
    for (const count of COUNTS) {
      expect(sum((group) => group.metrics[metric]?.[count] ?? 0)).toBe(
        result.total.metrics[metric]?.[count],
      );
    }
  }
}

const customers = ['acme', 'globex', 'initech', undefined] as const;

describe('summaries by policy and by field', () => {
  itHolds(
    'the groups by policy, and by policy and customer, sum to the total',
    fc.property(
      ticketSetArb,
      fc.array(planConfigArb, { minLength: 2, maxLength: 2 }),
      fc.array(fc.constantFrom(...customers), { minLength: 25, maxLength: 25 }),
      fc.constantFrom<string[]>(
        ['policy'],
        ['policy', 'customer'],
        ['customer', 'priority'],
        ['policy', 'month', 'customer'],
      ),
      ({ tickets, now, lenient }, [first, second], drawn, groupBy) => {
        const policies = definePolicies({
          policies: [
            {
              id: 'acme',
              when: { customer: 'acme' },
              versions: [{ plan: planOf(first as never) }],
            },
            {
              id: 'globex',
              when: { customer: ['globex', 'initech'] },
              versions: [
                { plan: planOf(second as never) },
                { from: now - 86_400_000 * 20, plan: planOf(first as never) },
              ],
            },
          ],
        });
        const withFields = tickets.map((ticket, index): Ticket => {
          const customer = drawn[index];
          return customer === undefined ? ticket : { ...ticket, fields: { customer } };
        });
        const result = summarizeTickets(policies, withFields, { now, groupBy, lenient });
        expectGroupsSumToTotal(result);
        const keys = result.groups.map((group) => JSON.stringify(group.key));
        expect(new Set(keys).size).toBe(keys.length);
        // Tickets without a customer match no policy: rejected, never counted.
        const policyless = withFields.filter((ticket) => ticket.fields === undefined).length;
        expect(result.rejected.count).toBeGreaterThanOrEqual(policyless);
        for (const group of result.groups) {
          if (groupBy.includes('policy')) expect(['acme', 'globex']).toContain(group.key.policy);
          if (groupBy.includes('customer')) expect(customers).toContain(group.key.customer);
        }
      },
    ),
  );

  const now = '2026-11-30T12:00:00-04:00';
  const ticket = (id: string, fields?: Ticket['fields']): Ticket => ({
    id,
    openedAt: '2026-11-30T08:00:00-04:00',
    priority: 'high',
    ...(fields === undefined ? {} : { fields }),
  });

  it('keys a field by its value as text, `none` when the ticket has no such field', () => {
    const summary = createSlaSummary({ groupBy: ['region', 'vip'] });
    const plan = standardPlan();
    for (const t of [
      ticket('a', { region: 'north', vip: true }),
      ticket('b', { region: 'north', vip: false }),
      ticket('c', { region: 'south', vip: 1 }),
      ticket('d', { region: null }),
      ticket('e'),
    ]) {
      summary.add(t, evaluateTicket(plan, t, { now }));
    }
    expect(summary.result().groups.map((group) => [group.key, group.tickets])).toEqual([
      [{ region: 'north', vip: 'false' }, 1],
      [{ region: 'north', vip: 'true' }, 1],
      [{ region: 'south', vip: '1' }, 1],
      [{ region: 'none', vip: 'none' }, 2],
    ]);
  });

  it('orders policy groups as the policies are written, and counts plan evaluations under none', () => {
    const policies = definePolicies({
      policies: [
        { id: 'zeta', when: { customer: 'z' }, versions: [{ plan: 'standard' }] },
        { id: 'alpha', versions: [{ plan: 'premium' }] },
      ],
    });
    const summary = createSlaSummary({ groupBy: ['policy'], plan: policies });
    for (const t of [ticket('1'), ticket('2', { customer: 'z' })]) {
      summary.add(t, evaluateTicket(policies, t, { now }));
    }
    const plain = ticket('3');
    summary.add(plain, evaluateTicket(standardPlan(), plain, { now }));
    expect(summary.result().groups.map((group) => group.key.policy)).toEqual([
      'zeta',
      'alpha',
      'none',
    ]);
  });

  it('refuses policies whose plans do not name the same metrics, saying which', () => {
    const zendesk = {
      id: 'zendesk',
      schedule: '24/7' as const,
      metrics: ['first-reply'],
      targets: Object.fromEntries(
        ['normal', 'medium', 'high', 'critical'].map((p) => [p, { 'first-reply': 'PT1H' }]),
      ),
    };
    const policies = definePolicies({
      policies: [
        { id: 'a', when: { customer: 'a' }, versions: [{ plan: 'standard' }] },
        { id: 'b', versions: [{ plan: zendesk }] },
      ],
    });
    for (const call of [
      () => createSlaSummary({ plan: policies }),
      () => summarizeTickets(policies, [], { now }),
    ]) {
      const error = refusal(call);
      expect(error).toMatchObject({
        code: 'invalid_policies',
        path: 'policies[1].versions[0].plan.metrics',
      });
      expect(error.message).toContain(
        'names first-reply where policies[0].versions[0].plan names gti, gtr',
      );
    }
  });
});
