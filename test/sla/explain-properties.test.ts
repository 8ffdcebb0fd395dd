// Laws of explainTicket over the random plans and ticket logs of the SLA suite
// (test/support/sla-arbitraries.ts): the story of each clock is contiguous and whole, its counted
// segments add up to the elapsed time, what did not count is explained (and every holiday named),
// the projection ends at the deadline, and explaining changes nothing in the report.
//
//   FC_NUM_RUNS / FC_SEED / FC_PATH as in test/support/fast-check-settings.ts.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect } from 'vitest';
import {
  businessTimeBetween,
  type ClockExplanation,
  evaluateTicket,
  explainTicket,
  holidaysIn,
} from '../../src/index';
import { itHolds } from '../support/fast-check-settings';
import {
  optionsOf,
  planOf,
  type Scenario,
  scenarioArb,
  ticketOf,
} from '../support/sla-arbitraries';

const CLOCKS = ['gti', 'gtr'] as const;
const ms = (date: Date | null) => (date === null ? null : date.getTime());

function explain(s: Scenario) {
  return explainTicket(planOf(s.plan), ticketOf(s), optionsOf(s, s.now));
}

/** Where a clock's story ends: its stop, else now, else (running, not yet breached) its deadline. */
function storyEnd(s: Scenario, explanation: ClockExplanation): number {
  const { report, events } = explanation;
  if (report.state === 'stopped') {
    const stops = events.filter((e) => e.type === 'responded' || e.type === 'resolved');
    return ms(stops[stops.length - 1]?.at ?? null) ?? s.openedAt;
  }
  const deadline = ms(report.deadline);
  return report.state === 'running' && deadline !== null && deadline > s.now ? deadline : s.now;
}

describe('explainTicket laws', () => {
  itHolds(
    'segments are contiguous and cover the story from the opening to its end',
    fc.property(scenarioArb, (s) => {
      const explanation = explain(s);
      for (const clock of CLOCKS) {
        const { segments } = explanation.metrics[clock];
        const end = storyEnd(s, explanation.metrics[clock]);
        if (end === s.openedAt) {
          expect(segments).toEqual([]);
          continue;
        }
        expect(ms(segments[0]?.from ?? null)).toBe(s.openedAt);
        expect(ms(segments[segments.length - 1]?.to ?? null)).toBe(end);
        segments.forEach((segment, i) => {
          expect(segment.to.getTime()).toBeGreaterThan(segment.from.getTime());
          if (i > 0) expect(segment.from.getTime()).toBe(segments[i - 1]?.to.getTime());
        });
      }
    }),
  );

  itHolds(
    'counted segments add up to elapsed; counted, projected and discarded time is all open',
    fc.property(scenarioArb, (s) => {
      const plan = planOf(s.plan);
      const explanation = explain(s);
      for (const clock of CLOCKS) {
        const { segments, report } = explanation.metrics[clock];
        const counted = segments.filter((segment) => segment.kind === 'counted');
        expect(counted.reduce((sum, segment) => sum + segment.business, 0)).toBe(report.elapsed);
        for (const segment of segments) {
          const length = segment.to.getTime() - segment.from.getTime();
          const open = businessTimeBetween(plan.schedule, segment.from, segment.to);
          if (['counted', 'projected', 'discarded'].includes(segment.kind)) {
            expect([segment.business, open]).toEqual([length, length]);
          } else {
            expect(segment.business).toBe(0);
          }
          // Closed time has no open time in it: every stretch without business time is explained.
          if (segment.kind === 'closed') {
            expect(open).toBe(0);
            expect(segment.reason).toBeDefined();
          }
        }
      }
    }),
  );

  itHolds(
    'every holiday crossed while closed is named, on its own date',
    fc.property(scenarioArb, (s) => {
      const plan = planOf(s.plan);
      const config = s.plan.schedule as { holidays?: unknown };
      if (typeof config !== 'object' || config.holidays !== 'FR-MQ') return;
      const zone = plan.schedule.timezone;
      const explanation = explain(s);
      for (const clock of CLOCKS) {
        for (const segment of explanation.metrics[clock].segments.filter(
          (g) => g.kind === 'closed',
        )) {
          const first = DateTime.fromJSDate(segment.from, { zone });
          const last = DateTime.fromMillis(segment.to.getTime() - 1, { zone });
          for (let day = first.startOf('day'); day <= last; day = day.plus({ days: 1 })) {
            const date = day.toISODate() ?? '';
            const holiday = holidaysIn('FR-MQ', day.year).find((h) => h.date === date);
            if (holiday === undefined) continue;
            expect(segment.reason, date).toEqual({ type: 'holiday', name: holiday.name, date });
          }
          if (segment.reason?.type === 'holiday') {
            const date = segment.reason.date ?? '';
            expect(holidaysIn('FR-MQ', Number(date.slice(0, 4))).map((h) => h.date)).toContain(
              date,
            );
          }
        }
      }
    }),
  );

  itHolds(
    'projected segments end at the deadline, after now',
    fc.property(scenarioArb, (s) => {
      const explanation = explain(s);
      for (const clock of CLOCKS) {
        const { segments, deadline } = explanation.metrics[clock];
        const projected = segments.filter((segment) => segment.kind === 'projected');
        if (projected.length === 0) continue;
        expect(ms(segments[segments.length - 1]?.to ?? null)).toBe(ms(deadline));
        for (const segment of projected)
          expect(segment.from.getTime()).toBeGreaterThanOrEqual(s.now);
      }
    }),
  );

  itHolds(
    'explaining changes no field of the report',
    fc.property(scenarioArb, (s) => {
      const plan = planOf(s.plan);
      const explanation = explain(s);
      const evaluation = evaluateTicket(plan, ticketOf(s), optionsOf(s, s.now));
      expect(explanation.priority).toBe(evaluation.priority);
      for (const clock of CLOCKS) {
        expect(explanation.metrics[clock].report).toEqual(evaluation.metrics[clock]);
        expect(ms(explanation.metrics[clock].deadline)).toBe(
          ms(evaluation.metrics[clock].deadline),
        );
        expect(ms(explanation.metrics[clock].breachedAt)).toBe(
          ms(evaluation.metrics[clock].breachedAt),
        );
        const breaches = explanation.metrics[clock].events.filter((e) => e.type === 'breached');
        expect(breaches.map((e) => e.at.getTime())).toEqual(
          evaluation.metrics[clock].breachedAt === null
            ? []
            : [evaluation.metrics[clock].breachedAt?.getTime()],
        );
      }
    }),
  );
});
