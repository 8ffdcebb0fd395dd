// Hand-worked cases of the built-in metrics, one group per metric: the example of
// docs/metrics.md, then cases of its own, among them cases after examples that Zendesk's and
// Jira Service Management's documentation describe (in our numbers). Every expected value is
// worked out by hand in the comment beside it, from the rules of the guide, not from the library.
// Instants are Martinique wall times (UTC−4, no DST); Monday 30 November to Friday 4 December
// 2026 is an ordinary working week (no FR-MQ holiday), and so is Monday 7 December.
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_METRICS,
  definePlan,
  type EvaluateTicketOptions,
  evaluateTicket,
  type MetricReport,
  type Plan,
  slaDeadlines,
  standardPlan,
  type TargetInput,
  type Ticket,
  type TicketEvent,
} from '../../src/index';
import { HOUR, local, MINUTE, mq } from '../support/sla-fixtures';

const week = ['08:00-16:00'];
/** Monday to Friday 08:00–16:00 in Fort-de-France, no holidays. */
const OFFICE = {
  timezone: 'America/Martinique',
  hours: { mon: week, tue: week, wed: week, thu: week, fri: week },
};

/**
 * A plan on `schedule` whose priorities are the keys of `targets` (in order) and whose metrics
 * are the keys of the first priority's targets.
 */
function planOf(
  schedule: typeof OFFICE | '24/7',
  targets: Record<string, Record<string, TargetInput | null>>,
): Plan {
  const priorities = Object.keys(targets);
  const metrics = Object.keys(targets[priorities[0] as string] ?? {});
  return definePlan({ id: 'builtin-metrics', schedule, priorities, metrics, targets });
}

const agent = (at: string, isPublic = true): TicketEvent => ({
  type: 'replied',
  at: mq(at),
  by: 'agent',
  public: isPublic,
});
const requester = (at: string, isPublic = true): TicketEvent => ({
  type: 'replied',
  at: mq(at),
  by: 'requester',
  public: isPublic,
});
const status = (at: string, value: string): TicketEvent => ({
  type: 'status-changed',
  at: mq(at),
  status: value,
});
const event = (type: TicketEvent['type'], at: string): TicketEvent => ({ type, at: mq(at) });
const raise = (at: string, priority: string): TicketEvent => ({
  type: 'priority-changed',
  at: mq(at),
  priority,
});
const ticket = (
  openedAt: string,
  priority: string,
  events: TicketEvent[],
  more: Partial<Ticket> = {},
): Ticket => ({ openedAt: mq(openedAt), priority, events, ...more });

/** One metric's report at `now` (a wall time). */
function metricAt(
  plan: Plan,
  subject: Ticket,
  now: string,
  id: string,
  options: Omit<EvaluateTicketOptions, 'now'> = {},
): MetricReport {
  const report = evaluateTicket(plan, subject, { ...options, now: mq(now) }).metrics[id];
  if (report === undefined) throw new Error(`no metric ${id} in the result`);
  return report;
}

/** A report's cycles as wall times, statuses and elapsed minutes. */
const cyclesOf = (report: MetricReport) =>
  report.cycles.map((cycle) => ({
    from: local(cycle.startedAt),
    to: local(cycle.endedAt),
    status: cycle.status,
    minutes: cycle.elapsed / MINUTE,
  }));

describe('the built-in definitions are the data docs/metrics.md shows', () => {
  const AGENT_REPLY = { event: 'replied', by: 'agent', public: true };
  const SOLVED = { event: 'status-changed', status: ['solved', 'closed'] };
  const UNSOLVED = { event: 'status-changed', status: ['new', 'open', 'pending', 'hold'] };
  const OPENED = { event: 'opened' };
  const DATA: Record<string, object> = {
    gti: { start: [OPENED], stop: [{ event: 'responded' }, { event: 'resolved' }] },
    gtr: {
      start: [OPENED],
      stop: [{ event: 'resolved' }],
      pause: [{ waiting: true }],
      resume: [{ event: 'reopened' }],
    },
    'first-reply': { start: [OPENED], stop: [AGENT_REPLY, SOLVED] },
    'next-reply': {
      start: [{ event: 'replied', by: 'requester', public: true }],
      stop: [AGENT_REPLY, SOLVED],
      cycles: 'many',
    },
    'periodic-update': { start: [AGENT_REPLY], stop: [AGENT_REPLY, SOLVED], cycles: 'many' },
    'pausable-update': {
      start: [AGENT_REPLY],
      stop: [AGENT_REPLY, SOLVED],
      pause: [{ status: ['pending'] }],
      cycles: 'many',
    },
    'requester-wait': {
      start: [OPENED],
      stop: [SOLVED],
      pause: [{ status: ['pending'] }],
      resume: [UNSOLVED],
    },
    'agent-work': {
      start: [OPENED],
      stop: [SOLVED],
      pause: [{ status: ['pending', 'hold'] }],
      resume: [UNSOLVED],
    },
    'total-resolution': { start: [OPENED], stop: [SOLVED], resume: [UNSOLVED] },
    'time-to-first-response': { start: [OPENED], stop: [AGENT_REPLY, { event: 'resolved' }] },
    'time-to-resolution': {
      start: [OPENED, { event: 'reopened' }],
      stop: [{ event: 'resolved' }],
      pause: [{ waiting: true }],
      cycles: 'many',
    },
    'time-to-close-after-resolution': {
      start: [{ event: 'resolved' }],
      stop: [{ event: 'closed' }],
      cancel: [{ event: 'reopened' }],
      cycles: 'many',
    },
  };

  it('has exactly the twelve names', () => {
    expect(Object.keys(BUILTIN_METRICS).sort()).toEqual(Object.keys(DATA).sort());
  });

  it.each(Object.entries(DATA))('%s', (id, data) => {
    const { label: _label, ...definition } = BUILTIN_METRICS[id] ?? { label: undefined };
    expect(definition).toEqual({ id, ...data });
  });
});

describe('gti and gtr', () => {
  it("the guide's example: GTI met at the first contact, GTR resumed after the reopening", () => {
    // Standard plan, high: GTI 30 min; GTR 1 business day from Monday 14:00 = Tuesday 14:00,
    // i.e. 2 h (Monday 14–16) + 6 h (Tuesday 08–14) = 8 h.
    const subject = ticket('2026-11-30 14:00', 'high', [
      event('responded', '2026-11-30 14:20'),
      event('paused', '2026-11-30 15:00'),
      event('resumed', '2026-12-01 09:00'),
      event('resolved', '2026-12-01 10:00'),
      event('reopened', '2026-12-01 11:00'),
    ]);
    const plan = standardPlan();
    // GTI: 14:00–14:20.
    expect(metricAt(plan, subject, '2026-12-01 12:00', 'gti')).toMatchObject({
      state: 'stopped',
      status: 'met',
      elapsed: 20 * MINUTE,
    });
    // GTR: Monday 14–15 (1 h), waiting until Tuesday 09:00, 09–10 (1 h), resolved 10–11 (not
    // counted), 11–12 (1 h): 3 h in one cycle. 5 h left from 11:00: Tuesday 11–16, then
    // Wednesday 08–09.
    const gtr = metricAt(plan, subject, '2026-12-01 12:00', 'gtr');
    expect(gtr).toMatchObject({ state: 'running', status: 'on-track', elapsed: 3 * HOUR });
    expect(gtr.target).toBe(8 * HOUR);
    expect(local(gtr.deadline)).toBe('2026-12-02 09:00');
    expect(cyclesOf(gtr)).toEqual([
      { from: '2026-11-30 14:00', to: null, status: 'on-track', minutes: 180 },
    ]);
  });

  it('a reply is not a first contact: only responded (or resolved) stops GTI', () => {
    // High, 30 min: the agent's reply at 08:10 leaves GTI running; responded at 08:25 stops it.
    const subject = ticket('2026-11-30 08:00', 'high', [
      agent('2026-11-30 08:10'),
      event('responded', '2026-11-30 08:25'),
    ]);
    expect(metricAt(standardPlan(), subject, '2026-11-30 08:20', 'gti').state).toBe('running');
    expect(metricAt(standardPlan(), subject, '2026-11-30 09:00', 'gti')).toMatchObject({
      status: 'met',
      elapsed: 25 * MINUTE,
    });
  });

  it('resolved stops a GTI still running, with the time it had', () => {
    // Critical (15 min, 4 h): resolved at 08:10, before any contact: both met, 10 min.
    const subject = ticket('2026-11-30 08:00', 'critical', [event('resolved', '2026-11-30 08:10')]);
    for (const id of ['gti', 'gtr']) {
      expect(metricAt(standardPlan(), subject, '2026-11-30 09:00', id)).toMatchObject({
        state: 'stopped',
        status: 'met',
        elapsed: 10 * MINUTE,
      });
    }
  });
});

describe('first-reply', () => {
  const plan = planOf(OFFICE, {
    low: { 'first-reply': null },
    normal: { 'first-reply': { hours: 8 } },
    urgent: { 'first-reply': { hours: 1 } },
  });

  it("the guide's example: an urgent email on Friday 15:30, answered on Monday 08:40", () => {
    const email = ticket('2026-12-04 15:30', 'urgent', [
      agent('2026-12-04 15:45', false),
      requester('2026-12-07 07:30'),
      agent('2026-12-07 08:40'),
    ]);
    // 1 h: 30 min on Friday (15:30–16:00), 30 min on Monday: due Monday 08:30.
    expect(local(slaDeadlines(plan, email)['first-reply'] ?? null)).toBe('2026-12-07 08:30');
    // On Friday at 15:50: 20 min used; at risk after 45 min (30 + Monday 08:00–08:15).
    const friday = metricAt(plan, email, '2026-12-04 15:50', 'first-reply');
    expect(friday).toMatchObject({ state: 'running', status: 'on-track', elapsed: 20 * MINUTE });
    expect(local(friday.atRiskAt)).toBe('2026-12-07 08:15');
    expect(local(friday.deadline)).toBe('2026-12-07 08:30');
    expect(local(friday.nextChangeAt)).toBe('2026-12-07 08:15');
    // The note (private) and the reminder (requester) change nothing: 30 + 40 = 70 min, late
    // since 08:30.
    const monday = metricAt(plan, email, '2026-12-07 12:00', 'first-reply');
    expect(monday).toMatchObject({ state: 'stopped', status: 'missed', elapsed: 70 * MINUTE });
    expect(local(monday.breachedAt)).toBe('2026-12-07 08:30');
    expect(cyclesOf(monday)).toEqual([
      { from: '2026-12-04 15:30', to: '2026-12-07 08:40', status: 'missed', minutes: 70 },
    ]);
  });

  it("Zendesk's agent-created ticket: timing ends at the agent's next public comment", () => {
    // Zendesk: an agent creates a ticket; first reply time runs from the creation to the
    // agent's next public comment. The opening is not a reply: 10:00–10:45.
    const created = ticket('2026-11-30 10:00', 'normal', [agent('2026-11-30 10:45')]);
    expect(metricAt(plan, created, '2026-11-30 11:00', 'first-reply')).toMatchObject({
      status: 'met',
      elapsed: 45 * MINUTE,
    });
    // Logging the agent's opening description as a reply ends the cycle at once (met, 0).
    const logged = ticket('2026-11-30 10:00', 'normal', [
      agent('2026-11-30 10:00'),
      agent('2026-11-30 10:45'),
    ]);
    const report = metricAt(plan, logged, '2026-11-30 11:00', 'first-reply');
    expect(cyclesOf(report)).toEqual([
      { from: '2026-11-30 10:00', to: '2026-11-30 10:00', status: 'met', minutes: 0 },
    ]);
  });

  it("Zendesk's phone call solved without a comment, reopened, then answered", () => {
    // Zendesk's reporting figure ends at the agent's comment after the reopening (Monday
    // 10:00 to Tuesday 09:30: 6 h + 1 h 30). sla-clock's first-reply ends at the solve (5 min);
    // the wait after the requester's reply is next-reply's (09:00–09:30).
    const both = planOf(OFFICE, { normal: { 'first-reply': { hours: 8 }, 'next-reply': 'PT2H' } });
    const call = ticket('2026-11-30 10:00', 'normal', [
      status('2026-11-30 10:05', 'solved'),
      requester('2026-12-01 09:00'),
      status('2026-12-01 09:00', 'open'),
      agent('2026-12-01 09:30'),
    ]);
    expect(cyclesOf(metricAt(both, call, '2026-12-01 10:00', 'first-reply'))).toEqual([
      { from: '2026-11-30 10:00', to: '2026-11-30 10:05', status: 'met', minutes: 5 },
    ]);
    expect(cyclesOf(metricAt(both, call, '2026-12-01 10:00', 'next-reply'))).toEqual([
      { from: '2026-12-01 09:00', to: '2026-12-01 09:30', status: 'met', minutes: 30 },
    ]);
  });

  it('a private note, a requester reply, resolved and pending do not stop it', () => {
    // Nothing stops it from 08:00 to 12:00: 4 h of 8, on track (at risk after 6 h).
    const subject = ticket('2026-11-30 08:00', 'normal', [
      agent('2026-11-30 08:30', false),
      requester('2026-11-30 09:00'),
      event('resolved', '2026-11-30 09:30'),
      status('2026-11-30 10:00', 'pending'),
    ]);
    const report = metricAt(plan, subject, '2026-11-30 12:00', 'first-reply');
    expect(report).toMatchObject({ state: 'running', status: 'on-track', elapsed: 4 * HOUR });
    expect(report.cycles).toHaveLength(1);
  });

  it('closed stops it as solved does, and nothing starts a second cycle', () => {
    // Closed at 09:00 (1 h); reopened at 10:00 and answered at 11:00: still the one cycle.
    const subject = ticket('2026-11-30 08:00', 'normal', [
      status('2026-11-30 09:00', 'closed'),
      status('2026-11-30 10:00', 'open'),
      agent('2026-11-30 11:00'),
    ]);
    const report = metricAt(plan, subject, '2026-11-30 12:00', 'first-reply');
    expect(report.state).toBe('stopped');
    expect(cyclesOf(report)).toEqual([
      { from: '2026-11-30 08:00', to: '2026-11-30 09:00', status: 'met', minutes: 60 },
    ]);
  });

  it('a priority without a target measures nothing, and a raise starts nothing by itself', () => {
    const low = ticket('2026-11-30 08:00', 'low', [agent('2026-11-30 09:00')]);
    expect(slaDeadlines(plan, low)).not.toHaveProperty('first-reply');
    expect(metricAt(plan, low, '2026-11-30 10:00', 'first-reply')).toMatchObject({
      state: 'idle',
      status: 'inactive',
      target: null,
      elapsed: 0,
      deadline: null,
      cycles: [],
    });
    // Raised to normal at 08:30: no cycle (the opening is past); idle with normal's 8 h.
    const raised = ticket('2026-11-30 08:00', 'low', [
      raise('2026-11-30 08:30', 'normal'),
      agent('2026-11-30 09:00'),
    ]);
    expect(metricAt(plan, raised, '2026-11-30 10:00', 'first-reply')).toMatchObject({
      state: 'idle',
      status: 'inactive',
      target: 8 * HOUR,
      cycles: [],
    });
  });

  it('a raise to urgent swaps the target: late from the change', () => {
    // Normal (8 h) from 08:00; urgent (1 h) at 09:30 with 1 h 30 used: breached from 09:30.
    // Answered at 10:00: 2 h, missed.
    const subject = ticket('2026-11-30 08:00', 'normal', [
      raise('2026-11-30 09:30', 'urgent'),
      agent('2026-11-30 10:00'),
    ]);
    const report = metricAt(plan, subject, '2026-11-30 11:00', 'first-reply');
    expect(report).toMatchObject({
      status: 'missed',
      target: HOUR,
      elapsed: 2 * HOUR,
      everBreached: true,
    });
    expect(local(report.breachedAt)).toBe('2026-11-30 09:30');
  });
});

describe('next-reply', () => {
  const plan = planOf(OFFICE, {
    normal: { 'next-reply': { hours: 2 } },
    urgent: { 'next-reply': { minutes: 30 } },
  });

  it("the guide's example: two waits, the second one late", () => {
    const subject = ticket('2026-11-30 09:00', 'normal', [
      agent('2026-11-30 09:30'),
      requester('2026-11-30 11:00'),
      requester('2026-11-30 11:30'),
      agent('2026-11-30 12:00'),
      requester('2026-11-30 15:00'),
    ]);
    // 11:00–12:00 (the 11:30 reminder changes nothing): 60 min, met. From Monday 15:00: 1 h on
    // Monday and Tuesday 08:00–09:30: 150 min; 2 h ran out on Tuesday at 09:00.
    const report = metricAt(plan, subject, '2026-12-01 09:30', 'next-reply');
    expect(cyclesOf(report)).toEqual([
      { from: '2026-11-30 11:00', to: '2026-11-30 12:00', status: 'met', minutes: 60 },
      { from: '2026-11-30 15:00', to: null, status: 'breached', minutes: 150 },
    ]);
    expect(local(report.breachedAt)).toBe('2026-12-01 09:00');
    expect(local(report.deadline)).toBe('2026-12-01 09:00');
  });

  it("Zendesk's oldest unanswered comment: the wait counts from the first of several", () => {
    // Requester at 09:00, 10:00 and 10:30, answered at 11:00: one cycle of 2 h from 09:00,
    // exactly the target: met (a cycle stopped at its deadline is met).
    const subject = ticket('2026-11-30 08:00', 'normal', [
      agent('2026-11-30 08:30'),
      requester('2026-11-30 09:00'),
      requester('2026-11-30 10:00'),
      requester('2026-11-30 10:30'),
      agent('2026-11-30 11:00'),
    ]);
    const report = metricAt(plan, subject, '2026-11-30 12:00', 'next-reply');
    expect(cyclesOf(report)).toEqual([
      { from: '2026-11-30 09:00', to: '2026-11-30 11:00', status: 'met', minutes: 120 },
    ]);
    expect(local(report.deadline)).toBe('2026-11-30 11:00');
  });

  it('private comments neither start nor stop it; the solve stops it', () => {
    // The private requester comment at 08:30 starts nothing; the public one at 09:00 does; the
    // agent's private note at 09:30 does not answer; solved at 10:00: 60 min, met.
    const subject = ticket('2026-11-30 08:00', 'normal', [
      requester('2026-11-30 08:30', false),
      requester('2026-11-30 09:00'),
      agent('2026-11-30 09:30', false),
      status('2026-11-30 10:00', 'solved'),
    ]);
    const report = metricAt(plan, subject, '2026-11-30 11:00', 'next-reply');
    expect(report.state).toBe('stopped');
    expect(cyclesOf(report)).toEqual([
      { from: '2026-11-30 09:00', to: '2026-11-30 10:00', status: 'met', minutes: 60 },
    ]);
  });

  it('a requester reply before the first agent reply runs alongside first-reply', () => {
    // first-reply 08:00–09:00 (60 min); next-reply 08:30–09:00 (30 min): both end at 09:00.
    const both = planOf(OFFICE, { normal: { 'first-reply': 'PT8H', 'next-reply': 'PT2H' } });
    const subject = ticket('2026-11-30 08:00', 'normal', [
      requester('2026-11-30 08:30'),
      agent('2026-11-30 09:00'),
    ]);
    expect(metricAt(both, subject, '2026-11-30 10:00', 'first-reply')).toMatchObject({
      status: 'met',
      elapsed: 60 * MINUTE,
    });
    expect(cyclesOf(metricAt(both, subject, '2026-11-30 10:00', 'next-reply'))).toEqual([
      { from: '2026-11-30 08:30', to: '2026-11-30 09:00', status: 'met', minutes: 30 },
    ]);
  });
});

describe('periodic-update', () => {
  const plan = planOf('24/7', {
    normal: { 'periodic-update': { hours: 4 } },
    urgent: { 'periodic-update': { hours: 1 } },
  });

  it("the guide's example: idle until the first agent reply, then one cycle per update", () => {
    const subject = ticket('2026-11-30 08:00', 'normal', [
      agent('2026-11-30 08:20'),
      agent('2026-11-30 11:00'),
    ]);
    // Before 08:20: idle, with the target of its priority.
    expect(metricAt(plan, subject, '2026-11-30 08:10', 'periodic-update')).toMatchObject({
      state: 'idle',
      status: 'inactive',
      target: 4 * HOUR,
      elapsed: 0,
      cycles: [],
    });
    // 08:20–11:00 = 160 min, met; the 11:00 reply ends it and starts the next: 11:00–16:00 =
    // 300 min, past 4 h since 15:00.
    const report = metricAt(plan, subject, '2026-11-30 16:00', 'periodic-update');
    expect(cyclesOf(report)).toEqual([
      { from: '2026-11-30 08:20', to: '2026-11-30 11:00', status: 'met', minutes: 160 },
      { from: '2026-11-30 11:00', to: null, status: 'breached', minutes: 300 },
    ]);
    expect(local(report.breachedAt)).toBe('2026-11-30 15:00');
  });

  it('pending does not pause it; the solve ends it; the next agent reply starts a new one', () => {
    // 08:20–10:00 (pending from 09:00 counted): 100 min, met. Nothing from 10:00 to 14:00 (the
    // reopening at 13:00 starts nothing); from the 14:00 reply: 60 min at 15:00.
    const subject = ticket('2026-11-30 08:00', 'normal', [
      agent('2026-11-30 08:20'),
      status('2026-11-30 09:00', 'pending'),
      status('2026-11-30 10:00', 'solved'),
      status('2026-11-30 13:00', 'open'),
      agent('2026-11-30 14:00'),
    ]);
    expect(cyclesOf(metricAt(plan, subject, '2026-11-30 15:00', 'periodic-update'))).toEqual([
      { from: '2026-11-30 08:20', to: '2026-11-30 10:00', status: 'met', minutes: 100 },
      { from: '2026-11-30 14:00', to: null, status: 'on-track', minutes: 60 },
    ]);
  });

  it('a reply and a solve in one update: the order of the two events decides', () => {
    // Reply first: the reply ends the first cycle and starts one that the solve ends at once.
    const replyFirst = ticket('2026-11-30 08:00', 'normal', [
      agent('2026-11-30 08:20'),
      agent('2026-11-30 10:00'),
      status('2026-11-30 10:00', 'solved'),
    ]);
    const report = metricAt(plan, replyFirst, '2026-11-30 15:00', 'periodic-update');
    expect(report.state).toBe('stopped');
    expect(cyclesOf(report)).toEqual([
      { from: '2026-11-30 08:20', to: '2026-11-30 10:00', status: 'met', minutes: 100 },
      { from: '2026-11-30 10:00', to: '2026-11-30 10:00', status: 'met', minutes: 0 },
    ]);
    // Solve first: the reply after it starts a cycle that nothing ends (10:00–15:00 = 300 min).
    const solveFirst = ticket('2026-11-30 08:00', 'normal', [
      agent('2026-11-30 08:20'),
      status('2026-11-30 10:00', 'solved'),
      agent('2026-11-30 10:00'),
    ]);
    expect(cyclesOf(metricAt(plan, solveFirst, '2026-11-30 15:00', 'periodic-update'))).toEqual([
      { from: '2026-11-30 08:20', to: '2026-11-30 10:00', status: 'met', minutes: 100 },
      { from: '2026-11-30 10:00', to: null, status: 'breached', minutes: 300 },
    ]);
  });
});

describe('pausable-update', () => {
  const plan = planOf('24/7', {
    normal: { 'periodic-update': { hours: 4 }, 'pausable-update': { hours: 4 } },
    urgent: { 'periodic-update': { hours: 1 }, 'pausable-update': { hours: 1 } },
  });

  it("the guide's example: pending from 11:00 to 14:00 does not count", () => {
    const subject = ticket('2026-11-30 08:00', 'normal', [
      agent('2026-11-30 08:20'),
      agent('2026-11-30 11:00'),
      status('2026-11-30 11:00', 'pending'),
      requester('2026-11-30 14:00'),
      status('2026-11-30 14:00', 'open'),
    ]);
    // periodic-update: 11:00–16:00 = 5 h > 4 h.
    expect(metricAt(plan, subject, '2026-11-30 16:00', 'periodic-update').status).toBe('breached');
    // pausable-update: the 11:00 cycle is paused at once; at 12:00, paused, 0 counted.
    const noon = metricAt(plan, subject, '2026-11-30 12:00', 'pausable-update');
    expect(noon).toMatchObject({ state: 'paused', elapsed: 0, deadline: null });
    // From 14:00 (the status change, not the reply): 2 h at 16:00; due 14:00 + 4 h = 18:00.
    const report = metricAt(plan, subject, '2026-11-30 16:00', 'pausable-update');
    expect(report).toMatchObject({ state: 'running', status: 'on-track', elapsed: 2 * HOUR });
    expect(local(report.deadline)).toBe('2026-11-30 18:00');
    expect(cyclesOf(report)).toEqual([
      { from: '2026-11-30 08:20', to: '2026-11-30 11:00', status: 'met', minutes: 160 },
      { from: '2026-11-30 11:00', to: null, status: 'on-track', minutes: 120 },
    ]);
  });

  it('a cycle started while pending starts paused; on hold counts', () => {
    // Pending from 08:10: the 08:20 cycle counts nothing until open at 09:00; on hold from
    // 10:00 still counts: 09:00–11:00 = 120 min.
    const subject = ticket('2026-11-30 08:00', 'normal', [
      status('2026-11-30 08:10', 'pending'),
      agent('2026-11-30 08:20'),
      status('2026-11-30 09:00', 'open'),
      status('2026-11-30 10:00', 'hold'),
    ]);
    expect(metricAt(plan, subject, '2026-11-30 08:30', 'pausable-update')).toMatchObject({
      state: 'paused',
      elapsed: 0,
    });
    expect(metricAt(plan, subject, '2026-11-30 11:00', 'pausable-update')).toMatchObject({
      state: 'running',
      elapsed: 120 * MINUTE,
    });
  });
});

describe('requester-wait', () => {
  const plan = planOf(OFFICE, {
    normal: { 'requester-wait': { hours: 10 } },
    urgent: { 'requester-wait': { hours: 4 } },
  });

  it("the guide's example: pending does not count, on hold does, the reopening resumes", () => {
    const subject = ticket('2026-11-30 08:00', 'normal', [
      status('2026-11-30 10:00', 'pending'),
      status('2026-11-30 14:00', 'open'),
      status('2026-11-30 15:00', 'hold'),
      status('2026-12-01 10:00', 'open'),
      status('2026-12-01 11:00', 'solved'),
      status('2026-12-02 09:00', 'open'),
    ]);
    // Monday 08–10 (2 h) and 14–16 (2 h, on hold included), Tuesday 08–11 (3 h): 7 h.
    const solved = metricAt(plan, subject, '2026-12-01 12:00', 'requester-wait');
    expect(solved).toMatchObject({ state: 'stopped', status: 'met', elapsed: 7 * HOUR });
    expect(cyclesOf(solved)).toEqual([
      { from: '2026-11-30 08:00', to: '2026-12-01 11:00', status: 'met', minutes: 420 },
    ]);
    // Reopened Wednesday 09:00: 7 h + 2 h = 9 h at 11:00, past 7 h 30 (at risk); 3 h left
    // from 09:00: due 12:00. Still one cycle.
    const wait = metricAt(plan, subject, '2026-12-02 11:00', 'requester-wait');
    expect(wait).toMatchObject({ state: 'running', status: 'at-risk', elapsed: 9 * HOUR });
    expect(local(wait.deadline)).toBe('2026-12-02 12:00');
    expect(cyclesOf(wait)).toEqual([
      { from: '2026-11-30 08:00', to: null, status: 'at-risk', minutes: 540 },
    ]);
  });

  it('closed stops it too; a later status change resumes it (Zendesk would refuse it)', () => {
    // 08:00–10:00 (2 h), closed, open again at 13:00: 3 h at 14:00, one cycle.
    const subject = ticket('2026-11-30 08:00', 'normal', [
      status('2026-11-30 10:00', 'closed'),
      status('2026-11-30 13:00', 'open'),
    ]);
    const report = metricAt(plan, subject, '2026-11-30 14:00', 'requester-wait');
    expect(report).toMatchObject({ state: 'running', elapsed: 3 * HOUR });
    expect(report.cycles).toHaveLength(1);
  });

  it('a priority changed while solved applies when the ticket is reopened', () => {
    // Normal (10 h): 08:00–10:00 = 2 h, solved. Raised to urgent (4 h) at 11:00: the stopped
    // cycle keeps 10 h. Reopened at 12:00: urgent's 4 h with 2 h used; 3 h 30 at 13:30, past
    // 3 h (at risk); 2 h left from 12:00: due 14:00.
    const subject = ticket('2026-11-30 08:00', 'normal', [
      status('2026-11-30 10:00', 'solved'),
      raise('2026-11-30 11:00', 'urgent'),
      status('2026-11-30 12:00', 'open'),
    ]);
    expect(metricAt(plan, subject, '2026-11-30 11:30', 'requester-wait')).toMatchObject({
      state: 'stopped',
      target: 10 * HOUR,
    });
    const report = metricAt(plan, subject, '2026-11-30 13:30', 'requester-wait');
    expect(report).toMatchObject({ status: 'at-risk', target: 4 * HOUR, elapsed: 210 * MINUTE });
    expect(local(report.deadline)).toBe('2026-11-30 14:00');
  });
});

describe('agent-work', () => {
  it("the guide's example: on hold and pending both pause it", () => {
    const plan = planOf(OFFICE, {
      normal: { 'requester-wait': { hours: 16 }, 'agent-work': { hours: 4 } },
      urgent: { 'requester-wait': { hours: 8 }, 'agent-work': { hours: 2 } },
    });
    const subject = ticket('2026-11-30 08:00', 'normal', [
      status('2026-11-30 08:15', 'open'),
      status('2026-11-30 09:00', 'hold'),
      status('2026-12-01 09:00', 'open'),
      status('2026-12-01 10:00', 'pending'),
    ]);
    // agent-work: Monday 08–09 and Tuesday 09–10: 2 h, paused (no deadline).
    expect(metricAt(plan, subject, '2026-12-01 12:00', 'agent-work')).toMatchObject({
      state: 'paused',
      status: 'on-track',
      elapsed: 2 * HOUR,
      deadline: null,
    });
    // requester-wait: the whole of Monday (8 h, on hold included) and Tuesday 08–10: 10 h.
    expect(metricAt(plan, subject, '2026-12-01 12:00', 'requester-wait')).toMatchObject({
      state: 'paused',
      elapsed: 10 * HOUR,
    });
  });

  it("Zendesk's metric events: requester wait pauses on pending, agent work on pending and on-hold", () => {
    // new 08–09, open 09–10, on hold 10–12, open 12–13, pending 13–15, open 15–15:30, solved.
    // requester-wait counts new, open, on hold: 08–13 + 15–15:30 = 330 min.
    // agent-work counts new and open: 08–10 + 12–13 + 15–15:30 = 210 min.
    // total-resolution counts all: 08:00–15:30 = 450 min.
    const plan = planOf(OFFICE, {
      normal: { 'requester-wait': 'PT16H', 'agent-work': 'PT4H', 'total-resolution': 'PT8H' },
    });
    const subject = ticket('2026-11-30 08:00', 'normal', [
      status('2026-11-30 09:00', 'open'),
      status('2026-11-30 10:00', 'hold'),
      status('2026-11-30 12:00', 'open'),
      status('2026-11-30 13:00', 'pending'),
      status('2026-11-30 15:00', 'open'),
      status('2026-11-30 15:30', 'solved'),
    ]);
    const minutes = (id: string) =>
      metricAt(plan, subject, '2026-11-30 16:00', id).elapsed / MINUTE;
    expect(minutes('requester-wait')).toBe(330);
    expect(minutes('agent-work')).toBe(210);
    expect(minutes('total-resolution')).toBe(450);
    // 210 min of agent work is within 4 h: met.
    expect(metricAt(plan, subject, '2026-11-30 16:00', 'agent-work').status).toBe('met');
  });
});

describe('total-resolution', () => {
  const plan = planOf(OFFICE, {
    normal: { 'total-resolution': { businessDays: 1 } },
    urgent: { 'total-resolution': { hours: 4 } },
  });

  it("the guide's example: pending counts, the time solved does not", () => {
    const subject = ticket('2026-11-30 08:00', 'normal', [
      status('2026-11-30 09:00', 'pending'),
      status('2026-11-30 13:00', 'open'),
      status('2026-11-30 14:00', 'solved'),
      status('2026-12-01 10:00', 'open'),
    ]);
    // 08:00–14:00, pending included: 6 h.
    expect(metricAt(plan, subject, '2026-12-01 09:00', 'total-resolution')).toMatchObject({
      state: 'stopped',
      status: 'met',
      elapsed: 6 * HOUR,
    });
    // 1 business day from Monday 08:00 = Tuesday 08:00: 8 h. Reopened at 10:00: 7 h at 11:00,
    // past 6 h (at risk); 2 h left from 10:00: due 12:00.
    const report = metricAt(plan, subject, '2026-12-01 11:00', 'total-resolution');
    expect(report).toMatchObject({ status: 'at-risk', target: 8 * HOUR, elapsed: 7 * HOUR });
    expect(local(report.deadline)).toBe('2026-12-01 12:00');
  });

  it('solved late is missed; reopened, the same breach goes on', () => {
    // Urgent, 4 h from 08:00: solved at 13:00 after 5 h, late since 12:00. Reopened Tuesday
    // 09:00: 6 h at 10:00, still breached since Monday 12:00.
    const subject = ticket('2026-11-30 08:00', 'urgent', [
      status('2026-11-30 13:00', 'solved'),
      status('2026-12-01 09:00', 'open'),
    ]);
    const solved = metricAt(plan, subject, '2026-11-30 14:00', 'total-resolution');
    expect(solved).toMatchObject({ status: 'missed', elapsed: 5 * HOUR });
    expect(local(solved.breachedAt)).toBe('2026-11-30 12:00');
    const reopened = metricAt(plan, subject, '2026-12-01 10:00', 'total-resolution');
    expect(reopened).toMatchObject({
      state: 'running',
      status: 'breached',
      elapsed: 6 * HOUR,
      everBreached: true,
    });
    expect(local(reopened.breachedAt)).toBe('2026-11-30 12:00');
    expect(reopened.cycles).toHaveLength(1);
  });
});

describe('time-to-first-response', () => {
  it("the guide's example: the internal comment is not a response", () => {
    const plan = planOf('24/7', {
      medium: { 'time-to-first-response': { hours: 4 } },
      high: { 'time-to-first-response': { hours: 1 } },
    });
    // 22:00 to 23:15: 75 min; 1 h ran out at 23:00.
    const subject = ticket('2026-11-30 22:00', 'high', [
      agent('2026-11-30 22:10', false),
      agent('2026-11-30 23:15'),
    ]);
    const report = metricAt(plan, subject, '2026-11-30 23:30', 'time-to-first-response');
    expect(report).toMatchObject({ status: 'missed', elapsed: 75 * MINUTE });
    expect(local(report.breachedAt)).toBe('2026-11-30 23:00');
  });

  it('JSM\'s "Resolution: Set" ends it; there is one cycle per ticket', () => {
    // Resolved at 22:40 without a comment: 40 min, met. Reopened and answered later: no second
    // cycle.
    const plan = planOf('24/7', { high: { 'time-to-first-response': { hours: 1 } } });
    const subject = ticket('2026-11-30 22:00', 'high', [
      event('resolved', '2026-11-30 22:40'),
      event('reopened', '2026-11-30 23:00'),
      agent('2026-11-30 23:10'),
    ]);
    expect(cyclesOf(metricAt(plan, subject, '2026-12-01 00:00', 'time-to-first-response'))).toEqual(
      [{ from: '2026-11-30 22:00', to: '2026-11-30 22:40', status: 'met', minutes: 40 }],
    );
  });

  it('JSM\'s "Comment: For Customers" only: a customer comment or a status change does not stop it', () => {
    // Medium, 4 h: the customer's comment at 08:30 and the status at 09:00 change nothing;
    // answered at 13:00: 5 h, late since 12:00.
    const plan = planOf(OFFICE, { medium: { 'time-to-first-response': { hours: 4 } } });
    const subject = ticket('2026-11-30 08:00', 'medium', [
      requester('2026-11-30 08:30'),
      status('2026-11-30 09:00', 'Waiting for customer'),
      agent('2026-11-30 13:00'),
    ]);
    const report = metricAt(plan, subject, '2026-11-30 14:00', 'time-to-first-response');
    expect(report).toMatchObject({ status: 'missed', elapsed: 5 * HOUR });
    expect(local(report.breachedAt)).toBe('2026-11-30 12:00');
  });

  it('a solved status stops first-reply, not time-to-first-response', () => {
    // first-reply: 08:00–09:00 (solved). time-to-first-response: 08:00–10:00 (the reply).
    const plan = planOf(OFFICE, {
      normal: { 'first-reply': 'PT8H', 'time-to-first-response': 'PT8H' },
    });
    const subject = ticket('2026-11-30 08:00', 'normal', [
      status('2026-11-30 09:00', 'solved'),
      agent('2026-11-30 10:00'),
    ]);
    expect(metricAt(plan, subject, '2026-11-30 11:00', 'first-reply').elapsed).toBe(HOUR);
    expect(metricAt(plan, subject, '2026-11-30 11:00', 'time-to-first-response').elapsed).toBe(
      2 * HOUR,
    );
  });
});

describe('time-to-resolution', () => {
  it("the guide's example: a new cycle at the reopening, where gtr resumes its one cycle", () => {
    const plan = planOf(OFFICE, {
      medium: { gtr: { hours: 8 }, 'time-to-resolution': { hours: 8 } },
      high: { gtr: { hours: 4 }, 'time-to-resolution': { hours: 4 } },
    });
    const subject = ticket('2026-11-30 09:00', 'high', [
      event('paused', '2026-11-30 10:00'),
      event('resumed', '2026-11-30 13:00'),
      event('resolved', '2026-11-30 14:00'),
      event('reopened', '2026-12-01 09:00'),
    ]);
    // Cycle 1: 09–10 and 13–14 (the wait 10–13 not counted): 120 min, met. Cycle 2 from
    // Tuesday 09:00: 90 min at 10:30, under 3 h (on track); due 09:00 + 4 h = 13:00.
    const resolution = metricAt(plan, subject, '2026-12-01 10:30', 'time-to-resolution');
    expect(cyclesOf(resolution)).toEqual([
      { from: '2026-11-30 09:00', to: '2026-11-30 14:00', status: 'met', minutes: 120 },
      { from: '2026-12-01 09:00', to: null, status: 'on-track', minutes: 90 },
    ]);
    expect(local(resolution.deadline)).toBe('2026-12-01 13:00');
    // gtr: 120 + 90 = 210 min, past 3 h (at risk); 2 h left from 09:00: due 11:00.
    const gtr = metricAt(plan, subject, '2026-12-01 10:30', 'gtr');
    expect(gtr).toMatchObject({ status: 'at-risk', elapsed: 210 * MINUTE });
    expect(local(gtr.deadline)).toBe('2026-12-01 11:00');
    expect(gtr.cycles).toHaveLength(1);
  });

  it("JSM's multiple cycles: each reopening judged on its own", () => {
    // Atlassian's example shows a first cycle met in a few minutes and a second one breached.
    // Here, 30 min: 10:00–10:04 (4 min, met); reopened 11:00, resolved 11:40 (40 min, missed,
    // late since 11:30).
    const plan = planOf('24/7', { high: { 'time-to-resolution': { minutes: 30 } } });
    const subject = ticket('2026-11-30 10:00', 'high', [
      event('resolved', '2026-11-30 10:04'),
      event('reopened', '2026-11-30 11:00'),
      event('resolved', '2026-11-30 11:40'),
    ]);
    const report = metricAt(plan, subject, '2026-11-30 12:00', 'time-to-resolution');
    expect(cyclesOf(report)).toEqual([
      { from: '2026-11-30 10:00', to: '2026-11-30 10:04', status: 'met', minutes: 4 },
      { from: '2026-11-30 11:00', to: '2026-11-30 11:40', status: 'missed', minutes: 40 },
    ]);
    expect(local(report.cycles[1]?.breachedAt ?? null)).toBe('2026-11-30 11:30');
    expect(report).toMatchObject({ state: 'stopped', status: 'missed', everBreached: true });
  });

  it('with a pausing option that leaves it out, it counts the waits', () => {
    // High, 4 h from 09:00, waiting 10:00–13:00. Alone: 09–10 and 13–14 = 2 h. With
    // pausing: ['gtr']: 09:00–14:00 = 5 h, late since 13:00; gtr still 2 h.
    const plan = planOf(OFFICE, { high: { gtr: 'PT4H', 'time-to-resolution': 'PT4H' } });
    const subject = ticket('2026-11-30 09:00', 'high', [
      event('paused', '2026-11-30 10:00'),
      event('resumed', '2026-11-30 13:00'),
    ]);
    expect(metricAt(plan, subject, '2026-11-30 14:00', 'time-to-resolution').elapsed).toBe(
      2 * HOUR,
    );
    const options = { pausing: ['gtr'] };
    const counted = metricAt(plan, subject, '2026-11-30 14:00', 'time-to-resolution', options);
    expect(counted).toMatchObject({ status: 'breached', elapsed: 5 * HOUR });
    expect(local(counted.breachedAt)).toBe('2026-11-30 13:00');
    expect(metricAt(plan, subject, '2026-11-30 14:00', 'gtr', options).elapsed).toBe(2 * HOUR);
  });

  it('the same metric paused by a status, as the guide defines it', () => {
    // Waiting for customer 10:00–13:00: 09–10 and 13–14 = 120 min, met.
    const plan = definePlan({
      id: 'service-desk',
      schedule: OFFICE,
      priorities: ['medium', 'high'],
      metrics: [
        {
          id: 'resolution-by-status',
          start: [{ event: 'opened' }, { event: 'reopened' }],
          stop: [{ event: 'resolved' }],
          pause: [{ status: ['Waiting for customer'] }],
          cycles: 'many',
        },
      ],
      targets: {
        medium: { 'resolution-by-status': { hours: 8 } },
        high: { 'resolution-by-status': { hours: 4 } },
      },
    });
    const subject = ticket(
      '2026-11-30 09:00',
      'high',
      [
        status('2026-11-30 10:00', 'Waiting for customer'),
        status('2026-11-30 13:00', 'Waiting for support'),
        event('resolved', '2026-11-30 14:00'),
      ],
      { status: 'Waiting for support' },
    );
    expect(metricAt(plan, subject, '2026-11-30 15:00', 'resolution-by-status')).toMatchObject({
      status: 'met',
      elapsed: 120 * MINUTE,
    });
  });
});

describe('time-to-close-after-resolution', () => {
  const plan = planOf(OFFICE, {
    medium: { 'time-to-close-after-resolution': { businessDays: 3 } },
    high: { 'time-to-close-after-resolution': { businessDays: 2 } },
  });

  it("the guide's example: the reopening cancels the first cycle; the second one is met", () => {
    const subject = ticket('2026-11-30 09:00', 'high', [
      event('resolved', '2026-11-30 11:00'),
      event('reopened', '2026-12-01 09:00'),
      event('resolved', '2026-12-01 15:00'),
      event('closed', '2026-12-03 10:00'),
    ]);
    // Idle until the first resolution.
    expect(
      metricAt(plan, subject, '2026-11-30 10:00', 'time-to-close-after-resolution'),
    ).toMatchObject({ state: 'idle', status: 'inactive', cycles: [] });
    // Cycle 1: Monday 11–16 (5 h) and Tuesday 08–09 (1 h) = 6 h, cancelled. Cycle 2: 2 business
    // days from Tuesday 15:00 = Thursday 15:00, i.e. 1 + 8 + 7 = 16 h; Tuesday 15–16, Wednesday
    // 08–16, Thursday 08–10 = 11 h, met.
    const report = metricAt(plan, subject, '2026-12-03 12:00', 'time-to-close-after-resolution');
    expect(cyclesOf(report)).toEqual([
      { from: '2026-11-30 11:00', to: '2026-12-01 09:00', status: 'cancelled', minutes: 360 },
      { from: '2026-12-01 15:00', to: '2026-12-03 10:00', status: 'met', minutes: 660 },
    ]);
    expect(report).toMatchObject({ status: 'met', target: 16 * HOUR });
    // Cycle 1's target: Monday 11:00 to Wednesday 11:00 = 5 + 8 + 3 = 16 h too.
    expect(report.cycles[0]?.target).toBe(16 * HOUR);
  });

  it('a cancelled cycle freezes, and it was breached before the cancel', () => {
    // 1 h on a 24/7 plan: resolved 10:00, reopened 12:00 (2 h, past 1 h since 11:00):
    // cancelled, neither met nor missed; nothing changes by itself any more.
    const fast = planOf('24/7', { high: { 'time-to-close-after-resolution': { hours: 1 } } });
    const subject = ticket('2026-11-30 09:00', 'high', [
      event('resolved', '2026-11-30 10:00'),
      event('reopened', '2026-11-30 12:00'),
    ]);
    expect(
      metricAt(fast, subject, '2026-11-30 13:00', 'time-to-close-after-resolution'),
    ).toMatchObject({
      state: 'stopped',
      status: 'cancelled',
      elapsed: 2 * HOUR,
      nextChangeAt: null,
      everBreached: true,
    });
  });

  it('closed is an event: a status named closed does not stop it, a closed before resolution starts nothing', () => {
    // closed at 08:30 with no cycle: nothing. Resolved at 09:00; the status "closed" at 10:00
    // does not stop it: 3 h at 12:00.
    const subject = ticket('2026-11-30 08:00', 'high', [
      event('closed', '2026-11-30 08:30'),
      event('resolved', '2026-11-30 09:00'),
      status('2026-11-30 10:00', 'closed'),
    ]);
    const report = metricAt(plan, subject, '2026-11-30 12:00', 'time-to-close-after-resolution');
    expect(report).toMatchObject({ state: 'running', elapsed: 3 * HOUR });
    expect(cyclesOf(report)).toEqual([
      { from: '2026-11-30 09:00', to: null, status: 'on-track', minutes: 180 },
    ]);
  });
});
