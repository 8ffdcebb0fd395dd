// Properties of the SLA summary (createSlaSummary, summarizeTickets) over random plans and sets
// of tickets (test/support/report-arbitraries.ts), against an aggregation written here from
// evaluateTicket's results.
//
//   FC_NUM_RUNS / FC_SEED / FC_PATH as in test/support/fast-check-settings.ts.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect } from 'vitest';
import {
  createSlaSummary,
  evaluateTicket,
  PRIORITIES,
  SlaError,
  type SlaSummary,
  type SlaSummaryResult,
  summarizeTickets,
  type Ticket,
  type TicketEvaluation,
} from '../../src/index';
import { itHolds } from '../support/fast-check-settings';
import { type TicketSet, ticketSetArb } from '../support/report-arbitraries';
import { planOf } from '../support/sla-arbitraries';
import { present } from '../support/sla-fixtures';

const CLOCKS = ['gti', 'gtr'] as const;

function summarize(set: TicketSet, tickets = set.tickets): SlaSummaryResult {
  return summarizeTickets(planOf(set.plan), tickets, {
    now: set.now,
    groupBy: set.groupBy,
    ...(set.timezone === undefined ? {} : { timezone: set.timezone }),
    ...(set.lenient ? { lenient: true } : {}),
  });
}

function evaluated(set: TicketSet, ticket: Ticket): TicketEvaluation<'gti' | 'gtr'> | SlaError {
  try {
    return evaluateTicket(planOf(set.plan), ticket, {
      now: set.now,
      ...(set.lenient ? { lenient: true } : {}),
    });
  } catch (error) {
    if (error instanceof SlaError) return error;
    throw error;
  }
}

/** The smallest value of which at least `percent` % of the values are at most. */
function nearestRank(values: readonly number[], percent: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  for (const value of sorted) {
    const atMost = sorted.filter((v) => v <= value).length;
    if (atMost * 100 >= percent * sorted.length) return value;
  }
  return null;
}

const KIND_ORDER = ['incident', 'information', 'request', 'none'];

/** The summary of a ticket set, aggregated here, without the library's summary code. */
function aggregate(set: TicketSet) {
  const zone = set.timezone ?? (set.plan.schedule === '24/7' ? 'UTC' : set.plan.schedule.timezone);
  const groups = new Map<
    string,
    { key: Record<string, string>; evaluations: TicketEvaluation<'gti' | 'gtr'>[] }
  >();
  const all: TicketEvaluation<'gti' | 'gtr'>[] = [];
  let rejected = 0;
  for (const ticket of set.tickets) {
    const evaluation = evaluated(set, ticket);
    if (evaluation instanceof SlaError) {
      rejected++;
      continue;
    }
    const key: Record<string, string> = {};
    if (set.groupBy.includes('priority')) key.priority = evaluation.priority;
    if (set.groupBy.includes('kind')) key.kind = ticket.kind ?? 'none';
    if (set.groupBy.includes('month'))
      key.month = DateTime.fromMillis(ticket.openedAt as number, { zone }).toFormat('yyyy-MM');
    const id = JSON.stringify([key.priority, key.kind, key.month]);
    if (!groups.has(id)) groups.set(id, { key, evaluations: [] });
    groups.get(id)?.evaluations.push(evaluation);
    all.push(evaluation);
  }
  const groupOf = (key: Record<string, string>, evaluations: TicketEvaluation<'gti' | 'gtr'>[]) => {
    const clock = (name: 'gti' | 'gtr') => {
      const reports = evaluations.map((evaluation) => evaluation.metrics[name]);
      const count = (status: string) => reports.filter((r) => r.status === status).length;
      const [met, missed, breached] = [count('met'), count('missed'), count('breached')];
      const taken = reports.filter((r) => r.state === 'stopped').map((r) => r.elapsed);
      // The default metrics run one cycle a ticket: counting cycles counts tickets.
      return {
        cycles: reports.length,
        met,
        missed,
        breached,
        atRisk: count('at-risk'),
        onTrack: count('on-track'),
        cancelled: 0,
        compliance: met + missed + breached === 0 ? null : (100 * met) / (met + missed + breached),
        taken: {
          count: taken.length,
          min: taken.length === 0 ? null : Math.min(...taken),
          median: nearestRank(taken, 50),
          p90: nearestRank(taken, 90),
          max: taken.length === 0 ? null : Math.max(...taken),
          mean: taken.length === 0 ? null : taken.reduce((a, b) => a + b, 0) / taken.length,
        },
      };
    };
    return {
      key,
      tickets: evaluations.length,
      metrics: { gti: clock('gti'), gtr: clock('gtr') },
    };
  };
  const rank = (key: Record<string, string>) => [
    PRIORITIES.indexOf((key.priority ?? 'normal') as (typeof PRIORITIES)[number]),
    KIND_ORDER.indexOf(key.kind ?? 'none'),
  ];
  const sorted = [...groups.values()].sort((a, b) => {
    const [pa = 0, ka = 0] = rank(a.key);
    const [pb = 0, kb = 0] = rank(b.key);
    return pa - pb || ka - kb || (a.key.month ?? '').localeCompare(b.key.month ?? '');
  });
  return {
    metrics: ['gti', 'gtr'],
    total: groupOf({}, all),
    groups: set.groupBy.length === 0 ? [] : sorted.map((g) => groupOf(g.key, g.evaluations)),
    rejected,
    skippedEvents: all.reduce((sum, e) => sum + (e.skipped?.length ?? 0), 0),
    timezone: zone,
  };
}

/** Adds tickets to a summary one by one, naming rejected ones by id. */
function fill(summary: SlaSummary, set: TicketSet, tickets: readonly Ticket[]): SlaSummary {
  for (const ticket of tickets) {
    const evaluation = evaluated(set, ticket);
    if (evaluation instanceof SlaError) summary.reject(String(ticket.id), evaluation);
    else summary.add(ticket, evaluation);
  }
  return summary;
}

describe('summarizeTickets and createSlaSummary properties', () => {
  itHolds(
    'the summary equals an aggregation of evaluateTicket results written in the test',
    fc.property(ticketSetArb, (set) => {
      const result = summarize(set);
      const expected = aggregate(set);
      expect(result.total).toEqual(expected.total);
      expect(result.groups).toEqual(expected.groups);
      expect(result.rejected.count).toBe(expected.rejected);
      expect(result.rejected.samples).toHaveLength(Math.min(10, expected.rejected));
      expect(result.skippedEvents).toBe(expected.skippedEvents);
      expect(result.groupBy).toEqual(set.groupBy);
      expect(DateTime.local().setZone(result.timezone).isValid).toBe(true);
    }),
  );

  itHolds(
    'per group and clock, met + missed + breached + atRisk + onTrack = tickets; groups add up to the total',
    fc.property(ticketSetArb, (set) => {
      const result = summarize(set);
      for (const group of [result.total, ...result.groups]) {
        for (const clock of CLOCKS) {
          const { met, missed, breached, atRisk, onTrack, taken } = present(group.metrics[clock]);
          expect(met + missed + breached + atRisk + onTrack).toBe(group.tickets);
          expect(taken.count).toBe(met + missed);
        }
      }
      if (result.groups.length > 0) {
        expect(result.groups.reduce((sum, g) => sum + g.tickets, 0)).toBe(result.total.tickets);
      }
      expect(result.total.tickets + result.rejected.count).toBe(set.tickets.length);
    }),
  );

  itHolds(
    'nearest rank: at least p % of the times are ≤ pXX, and fewer than p % are below it',
    fc.property(ticketSetArb, (set) => {
      const result = summarize(set);
      const times = (clock: 'gti' | 'gtr') =>
        set.tickets
          .map((ticket) => evaluated(set, ticket))
          .flatMap((e) =>
            e instanceof SlaError || e.metrics[clock].state !== 'stopped'
              ? []
              : [e.metrics[clock].elapsed],
          );
      for (const clock of CLOCKS) {
        const values = times(clock);
        const { taken } = present(result.total.metrics[clock]);
        for (const [percent, value] of [
          [50, taken.median],
          [90, taken.p90],
          [100, taken.max],
        ] as const) {
          if (values.length === 0) {
            expect(value).toBeNull();
            continue;
          }
          expect(value).not.toBeNull();
          const atMost = values.filter((v) => v <= (value as number)).length;
          const below = values.filter((v) => v < (value as number)).length;
          expect(atMost * 100).toBeGreaterThanOrEqual(percent * values.length);
          expect(below * 100).toBeLessThan(percent * values.length);
        }
      }
    }),
  );

  itHolds(
    'merging two summaries equals the summary of both ticket sets, in either order',
    fc.property(ticketSetArb, fc.nat(), (set, cut) => {
      const at = set.tickets.length === 0 ? 0 : cut % (set.tickets.length + 1);
      const [first, second] = [set.tickets.slice(0, at), set.tickets.slice(at)];
      const options = {
        groupBy: set.groupBy,
        ...(set.timezone === undefined ? {} : { timezone: set.timezone }),
      };
      const summaryOf = (tickets: readonly Ticket[]) =>
        fill(createSlaSummary(options), set, tickets);
      for (const [a, b] of [
        [first, second],
        [second, first],
      ] as const) {
        const merged = summaryOf(a);
        const other = summaryOf(b);
        const before = other.result();
        merged.merge(other);
        expect(merged.result()).toEqual(summaryOf([...a, ...b]).result());
        expect(other.result()).toEqual(before);
      }
    }),
  );

  itHolds(
    'reading a result on the way changes nothing: the final result is that of every ticket',
    fc.property(ticketSetArb, fc.nat(), (set, cut) => {
      const at = set.tickets.length === 0 ? 0 : cut % (set.tickets.length + 1);
      const options = { groupBy: set.groupBy };
      const summary = fill(createSlaSummary(options), set, set.tickets.slice(0, at));
      summary.result();
      fill(summary, set, set.tickets.slice(at));
      const direct = fill(createSlaSummary(options), set, set.tickets);
      expect(summary.result()).toEqual(direct.result());
    }),
  );

  itHolds(
    'the result is plain JSON data, fresh on every call',
    fc.property(ticketSetArb, (set) => {
      const summary = fill(createSlaSummary({ groupBy: set.groupBy }), set, set.tickets);
      const result = summary.result();
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      expect(summary.result()).toEqual(result);
      expect(summary.result()).not.toBe(result);
    }),
  );
});
