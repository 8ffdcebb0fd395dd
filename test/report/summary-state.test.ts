// A summary's state as data: any split of the tickets into parts, each summarised apart, sent
// through JSON (or structuredClone, as to a worker) and merged, is the summary of all of them;
// a state restores a summary on its own; malformed states and other versions are refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSlaSummary,
  evaluateTicket,
  type SlaSummary,
  type SlaSummaryState,
  SUMMARY_STATE_VERSION,
  standardPlan,
} from '../../src/index';
import { itHolds } from '../support/fast-check-settings';
import { refusal } from '../support/refusal';
import {
  fillSummary,
  splitTickets,
  summaryOptionsOf,
  ticketSetArb,
} from '../support/report-arbitraries';

describe('summary state', () => {
  itHolds(
    'any split, summarised apart and merged through JSON, is the summary of all the tickets',
    fc.property(
      ticketSetArb,
      fc.array(fc.nat(), { maxLength: 4 }),
      fc.boolean(),
      (set, cuts, throughClone) => {
        const options = summaryOptionsOf(set);
        const parts = splitTickets(set.tickets, cuts);
        const travel = (summary: SlaSummary): SlaSummaryState =>
          throughClone ? structuredClone(summary.toJSON()) : JSON.parse(JSON.stringify(summary));
        const [first, ...rest] = parts.map((part) =>
          travel(fillSummary(createSlaSummary(options), set, part)),
        );
        const merged = createSlaSummary({ state: first as SlaSummaryState });
        for (const state of rest) merged.merge(state);
        const whole = fillSummary(createSlaSummary(options), set, set.tickets);
        expect(merged.result()).toEqual(whole.result());
        expect(merged.toJSON().groups.length).toBe(whole.toJSON().groups.length);
      },
    ),
  );

  const plan = standardPlan();
  const now = '2026-11-30T12:00:00-04:00';
  const summaryOfTwo = () => {
    const summary = createSlaSummary({ groupBy: ['priority', 'month'], plan });
    for (const ticket of [
      {
        openedAt: '2026-11-30T08:00:00-04:00',
        priority: 'high',
        events: [{ type: 'responded' as const, at: '2026-11-30T08:20:00-04:00' }],
      },
      { openedAt: '2026-11-30T09:00:00-04:00', priority: 'high' },
    ]) {
      summary.add(ticket, evaluateTicket(plan, ticket, { now }));
    }
    summary.reject('line 9', new Error('unreadable'));
    return summary;
  };

  it('is versioned plain data, and restores the summary alone', () => {
    const summary = summaryOfTwo();
    const state = summary.toJSON();
    expect(state.format).toBe('sla-clock summary');
    expect(state.version).toBe(SUMMARY_STATE_VERSION);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(state);
    const gti = state.groups[0]?.metrics.gti;
    expect(gti?.taken).toEqual([20 * 60_000]);
    expect(createSlaSummary({ state }).result()).toEqual(summary.result());
    // The state is a copy: changing it changes nothing of the summary.
    (state.groups[0] as unknown as { tickets: number }).tickets = 99;
    expect(summary.result().total.tickets).toBe(2);
  });

  const mutate = (change: (state: Record<string, unknown>) => void): unknown => {
    const state = JSON.parse(JSON.stringify(summaryOfTwo())) as Record<string, unknown>;
    change(state);
    return state;
  };
  /** The first group of a state, and its gti tally, to break. */
  const group = (state: Record<string, unknown>) =>
    (state.groups as { key: Record<string, unknown>; metrics: Record<string, unknown> }[])[0] as {
      key: Record<string, unknown>;
      metrics: Record<string, unknown>;
    };
  const gti = (state: Record<string, unknown>) =>
    group(state).metrics.gti as Record<string, unknown>;

  it.each([
    [
      'another version',
      mutate((s) => {
        s.version = 2;
      }),
      'options.state.version',
    ],
    [
      'no format',
      mutate((s) => {
        delete s.format;
      }),
      'options.state.format',
    ],
    [
      'a negative count',
      mutate((s) => {
        gti(s).met = -1;
      }),
      'options.state.groups[0].metrics.gti.met',
    ],
    [
      'times that are not the stopped cycles',
      mutate((s) => {
        gti(s).taken = [];
      }),
      'options.state.groups[0].metrics.gti.taken',
    ],
    [
      'a fractional time',
      mutate((s) => {
        gti(s).taken = [0.5];
      }),
      'options.state.groups[0].metrics.gti.taken[0]',
    ],
    [
      'a key without a dimension',
      mutate((s) => {
        delete group(s).key.month;
      }),
      'options.state.groups[0].key',
    ],
    ['not an object', 'state', 'options.state'],
  ])('refuses %s', (_name, state, path) => {
    const error = refusal(() => createSlaSummary({ state: state as SlaSummaryState }));
    expect(error.code).toBe('invalid_argument');
    expect(error.path).toBe(path);
  });

  it('refuses a state given with other options, and merges only a state grouped alike', () => {
    const state = summaryOfTwo().toJSON();
    expect(refusal(() => createSlaSummary({ state, groupBy: ['kind'] })).path).toBe(
      'options.groupBy',
    );
    const byKind = createSlaSummary({ groupBy: ['kind'] });
    expect(refusal(() => byKind.merge(state))).toMatchObject({
      code: 'invalid_argument',
      path: 'other',
    });
    expect(refusal(() => byKind.merge({} as never)).path).toBe('other.version');
  });
});
