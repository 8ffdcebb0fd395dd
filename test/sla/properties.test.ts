// Issue 4 "How it is tested": fast-check properties of evaluateTicket and slaDeadlines over random
// plans (test/support/sla-arbitraries.ts) and random valid and invalid event logs.
//
//   FC_NUM_RUNS / FC_SEED / FC_PATH as in test/support/fast-check-settings.ts.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
  type ClockReport,
  evaluateTicket,
  SlaError,
  slaDeadlines,
  TICKET_EVENT_TYPES,
  type TicketEvaluation,
  type TicketEvent,
} from '../../src/index';
import { itHolds } from '../support/fast-check-settings';
import { sharedObjects } from '../support/shared-objects';
import {
  type InvalidScenario,
  invalidScenarioArb,
  optionsOf,
  planOf,
  type Scenario,
  scenarioArb,
  ticketOf,
} from '../support/sla-arbitraries';
import { DAY, present } from '../support/sla-fixtures';
import { exactAtRiskThreshold, modelEvaluate } from '../support/sla-model';

const CLOCKS = ['gti', 'gtr'] as const;

function evaluate(
  s: Scenario,
  now = s.now,
  events: readonly unknown[] = s.events,
  lenient = false,
) {
  return evaluateTicket(planOf(s.plan), ticketOf(s, events), optionsOf(s, now, lenient));
}

/** The events a log holds at `now`: those at or before it. */
const cut = (events: readonly TicketEvent[], now: number) =>
  events.filter((event) => (event.at as number) <= now);

const ms = (date: Date | null) => (date === null ? null : date.getTime());

/** The rules of DESIGN §8 that tie the fields of one clock report together. */
function checkReport(report: ClockReport, atRisk: number, now: number): void {
  const { state, elapsed } = report;
  const target = present(report.target);
  for (const value of [target, elapsed, report.remaining, report.percentUsed]) {
    expect(Number.isFinite(value)).toBe(true);
  }
  for (const date of [report.deadline, report.atRiskAt, report.breachedAt, report.nextChangeAt]) {
    if (date !== null) expect(Number.isNaN(date.getTime())).toBe(false);
  }
  expect(Number.isSafeInteger(target) && target > 0).toBe(true);
  expect(Number.isSafeInteger(elapsed) && elapsed >= 0).toBe(true);
  expect(present(report.remaining) + elapsed).toBe(target);
  expect(report.percentUsed).toBeCloseTo((100 * elapsed) / target, 9);
  expect(report.breached).toBe(elapsed > target);
  const threshold = exactAtRiskThreshold(atRisk, target);
  let status: ClockReport['status'];
  if (state === 'stopped') status = elapsed > target ? 'missed' : 'met';
  else if (elapsed > target) status = 'breached';
  else status = elapsed > threshold ? 'at-risk' : 'on-track';
  expect(report.status).toBe(status);
  expect(report.deadline === null).toBe(state === 'paused');
  expect(report.atRiskAt === null).toBe(state === 'paused');
  expect(report.breachedAt === null).toBe(!report.breached);
  if (report.breachedAt !== null) expect(report.breachedAt.getTime()).toBeLessThanOrEqual(now);
  let next: Date | null = null;
  if (state === 'running' && status === 'on-track') next = report.atRiskAt;
  if (state === 'running' && status === 'at-risk') next = report.deadline;
  expect(ms(report.nextChangeAt)).toBe(ms(next));
  if (report.nextChangeAt !== null)
    expect(report.nextChangeAt.getTime()).toBeGreaterThanOrEqual(now);
}

function checkEvaluation(evaluation: TicketEvaluation, atRisk: number, now: number): void {
  for (const clock of CLOCKS) checkReport(present(evaluation.metrics[clock]), atRisk, now);
}

/** The statuses that may follow `status` by itself: at-risk after on-track (or straight to
 * breached when the at-risk threshold is the target), breached after at-risk. */
const NEXT_STATUS: Record<string, readonly string[]> = {
  'on-track': ['at-risk', 'breached'],
  'at-risk': ['breached'],
};

describe('evaluateTicket properties (DESIGN §8)', () => {
  itHolds(
    'state, elapsed, target, deadline, atRiskAt, breachedAt and priority are those of a reference model of the rules',
    fc.property(scenarioArb, (s) => {
      const plan = planOf(s.plan);
      const report = evaluate(s);
      const model = modelEvaluate(plan, ticketOf(s), {
        now: s.now,
        ...(s.onPriorityChange === undefined ? {} : { onPriorityChange: s.onPriorityChange }),
        ...(s.pausing === undefined ? {} : { pausing: s.pausing }),
      });
      expect(report.priority).toBe(model.priority);
      for (const clock of CLOCKS) {
        const { state, elapsed, target, deadline, atRiskAt, breachedAt } = report.metrics[clock];
        expect({
          clock,
          state,
          elapsed,
          target,
          deadline: ms(deadline),
          atRiskAt: ms(atRiskAt),
          breachedAt: ms(breachedAt),
        }).toEqual({ clock, ...model[clock] });
      }
    }),
  );

  itHolds(
    'elapsed never exceeds the wall-clock time since the opening',
    fc.property(scenarioArb, (s) => {
      const report = evaluate(s);
      for (const clock of CLOCKS) {
        expect(report.metrics[clock].elapsed).toBeLessThanOrEqual(s.now - s.openedAt);
      }
    }),
  );

  itHolds(
    'every report is consistent: remaining + elapsed = target, status, nulls, no NaN',
    fc.property(scenarioArb, (s) => {
      checkEvaluation(evaluate(s), planOf(s.plan).atRisk, s.now);
    }),
  );

  itHolds(
    'every result is fresh: two evaluations are equal and share no object, not even a Date',
    fc.property(scenarioArb, (s) => {
      const first = evaluate(s);
      const second = evaluate(s);
      expect(second).toEqual(first);
      expect(sharedObjects(first, second)).toEqual([]);
    }),
  );

  itHolds(
    'evaluation at now equals evaluation of the log cut at now',
    fc.property(scenarioArb, (s) => {
      expect(evaluate(s, s.now, cut(s.events, s.now))).toEqual(evaluate(s));
    }),
  );

  itHolds(
    'elapsed never decreases as now moves on (keep-elapsed: only a restart resets it)',
    fc.property(scenarioArb, fc.integer({ min: 0, max: 3 * DAY }), (s, later) => {
      if (s.onPriorityChange === 'restart') return;
      const first = evaluate(s);
      const second = evaluate(s, s.now + later);
      for (const clock of CLOCKS) {
        expect(second.metrics[clock].elapsed).toBeGreaterThanOrEqual(first.metrics[clock].elapsed);
      }
    }),
  );

  itHolds(
    'nextChangeAt is exactly where the status changes (old at it, new 1 ms later)',
    fc.property(scenarioArb, fc.double({ min: 0, max: 1, noNaN: true }), (s, fraction) => {
      const events = cut(s.events, s.now);
      const report = evaluate(s, s.now, events);
      for (const clock of CLOCKS) {
        const { nextChangeAt, status } = report.metrics[clock];
        if (nextChangeAt === null) continue;
        const t = nextChangeAt.getTime();
        const between = s.now + Math.floor(fraction * (t - s.now));
        expect(evaluate(s, between, events).metrics[clock].status).toBe(status);
        expect(evaluate(s, t, events).metrics[clock].status).toBe(status);
        expect(NEXT_STATUS[status]).toContain(evaluate(s, t + 1, events).metrics[clock].status);
      }
    }),
  );

  itHolds(
    'without priority changes, deadline and atRiskAt are where elapsed crossed them (breachedAt = deadline)',
    fc.property(scenarioArb, (s) => {
      const events = s.events.filter((event) => event.type !== 'priority-changed');
      const report = evaluate(s, s.now, events);
      const atRisk = planOf(s.plan).atRisk;
      for (const clock of CLOCKS) {
        const { elapsed, deadline, atRiskAt, breachedAt } = report.metrics[clock];
        const target = present(report.metrics[clock].target);
        const crossings: [number, Date | null][] = [
          [target, deadline],
          [exactAtRiskThreshold(atRisk, target), atRiskAt],
        ];
        for (const [threshold, at] of crossings) {
          if (at === null || elapsed <= threshold) continue;
          const t = at.getTime();
          expect(evaluate(s, t, cut(events, t)).metrics[clock].elapsed).toBeLessThanOrEqual(
            threshold,
          );
          expect(evaluate(s, t + 1, cut(events, t + 1)).metrics[clock].elapsed).toBeGreaterThan(
            threshold,
          );
        }
        if (breachedAt !== null && deadline !== null) expect(ms(breachedAt)).toBe(ms(deadline));
      }
    }),
  );

  itHolds(
    'a pause never makes a deadline earlier',
    fc.property(
      scenarioArb,
      fc.nat(),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 0, max: 2 * DAY }),
      (s, pick, startFraction, endFraction, extra) => {
        // Insert paused/resumed before an event where the ticket is open and not paused.
        const places = s.states
          .map((state, index) => ({ state, index }))
          .filter(({ state }) => !state.paused && !state.resolved)
          .map(({ index }) => index);
        const index = places[pick % Math.max(1, places.length)];
        if (index === undefined) return;
        const from = index > 0 ? (s.events[index - 1]?.at as number) : s.openedAt;
        const to = (s.events[index]?.at as number | undefined) ?? from + DAY;
        const pausedAt = from + Math.floor(startFraction * (to - from));
        const resumedAt = pausedAt + Math.floor(endFraction * (to - pausedAt));
        const paused: TicketEvent[] = [...s.events];
        paused.splice(
          index,
          0,
          { type: 'paused', at: pausedAt },
          { type: 'resumed', at: resumedAt },
        );
        const now = Math.max(s.now, resumedAt) + extra;
        const without = evaluate(s, now);
        const withPause = evaluate(s, now, paused);
        for (const clock of CLOCKS) {
          const a = ms(without.metrics[clock].deadline);
          const b = ms(withPause.metrics[clock].deadline);
          expect(b === null).toBe(a === null);
          if (a !== null && b !== null) expect(b).toBeGreaterThanOrEqual(a);
          expect(withPause.metrics[clock].elapsed).toBeLessThanOrEqual(
            without.metrics[clock].elapsed,
          );
        }
      },
    ),
  );

  itHolds(
    'slaDeadlines are the deadlines of a ticket evaluated with no events at its opening',
    fc.property(scenarioArb, (s) => {
      const plan = planOf(s.plan);
      const ticket = ticketOf(s, []);
      const { gti, gtr } = slaDeadlines(plan, ticket);
      const report = evaluateTicket(plan, ticket, { now: s.openedAt });
      expect([gti, gtr]).toEqual([report.metrics.gti.deadline, report.metrics.gtr.deadline]);
      expect(report.metrics.gti.elapsed + report.metrics.gtr.elapsed).toBe(0);
    }),
  );
});

describe('evaluateTicket on invalid logs (DESIGN §8, §9)', () => {
  const describeMutation = (s: InvalidScenario) => `${s.mutation.kind} at ${s.mutation.index}`;

  itHolds(
    'strict mode throws SlaError invalid_event naming the invalid event',
    fc.property(invalidScenarioArb, (s) => {
      let thrown: unknown;
      try {
        evaluate(s);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, describeMutation(s)).toBeInstanceOf(SlaError);
      const error = thrown as SlaError;
      expect(error.code).toBe('invalid_event');
      expect(error.path.startsWith(`ticket.events[${s.mutation.index}]`), error.path).toBe(true);
    }),
  );

  itHolds(
    'lenient mode skips exactly the invalid event and evaluates the rest as strict mode does',
    fc.property(invalidScenarioArb, (s) => {
      const lenient = evaluate(s, s.now, s.events, true);
      expect(lenient.skipped?.map((skipped) => skipped.index)).toEqual([s.mutation.index]);
      expect(lenient.skipped?.[0]?.event).toBe(s.events[s.mutation.index]);
      const strict = evaluate(s, s.now, s.valid);
      expect({
        priority: lenient.priority,
        metrics: lenient.metrics,
        nextChangeAt: lenient.nextChangeAt,
      }).toEqual(strict);
      checkEvaluation(lenient, planOf(s.plan).atRisk, s.now);
      const again = evaluate(s, s.now, s.events, true);
      expect(sharedObjects(lenient, again, new Set(s.events))).toEqual([]);
    }),
  );

  // Any log at all: valid events, shuffled instants, and anything fast-check can make.
  const eventArb = fc.oneof(
    fc.record({
      type: fc.constantFrom(...TICKET_EVENT_TYPES),
      at: fc.oneof(
        fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2026, 2, 20) }),
        fc.constant('2026-03-10T10:00:00Z'),
      ),
      priority: fc.constantFrom('normal', 'medium', 'high', 'critical', 'urgent', undefined),
    }),
    fc.anything(),
  );

  itHolds(
    'lenient mode never throws on any log, and its reports stay consistent',
    fc.property(
      scenarioArb,
      fc.array(eventArb, { maxLength: 12 }),
      fc.integer({ min: 0, max: 30 * DAY }),
      (s, events, later) => {
        const now = s.openedAt + later;
        const report = evaluate(s, now, events, true);
        checkEvaluation(report, planOf(s.plan).atRisk, now);
        const indices = (report.skipped ?? []).map((skipped) => skipped.index);
        expect(indices).toEqual([...new Set(indices)].sort((a, b) => a - b));
        for (const skipped of report.skipped ?? []) {
          expect(typeof skipped.reason).toBe('string');
          expect(skipped.event).toBe(events[skipped.index]);
        }
        // What was not skipped is a log that strict mode accepts, with the same answer.
        const kept = events.filter((_event, i) => !indices.includes(i));
        const strict = evaluate(s, now, kept);
        expect({
          priority: report.priority,
          metrics: report.metrics,
          nextChangeAt: report.nextChangeAt,
        }).toEqual(strict);
      },
    ),
  );
});

describe('scenario generator sanity', () => {
  itHolds(
    'generated logs are valid in strict mode, in time order, and now is not before the opening',
    fc.property(scenarioArb, (s) => {
      expect(() => evaluate(s, s.openedAt + 400 * DAY)).not.toThrow();
      expect(s.now).toBeGreaterThanOrEqual(s.openedAt);
      const instants = s.events.map((event) => event.at as number);
      expect(instants).toEqual([...instants].sort((a, b) => a - b));
    }),
  );
});
