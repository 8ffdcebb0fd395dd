// A reference model of DESIGN §13's metric cycles, written from the rules and the public
// arithmetic (businessTimeBetween, addBusinessTime, addBusinessDays) only, on plain data: it walks
// the `opened` pseudo-event and then the log, and keeps per metric its cycles, each cycle the
// counting stretches [from, to) of its present *epoch* (since it started, or since its last reset
// or restart) and the priorities whose targets were in force in that epoch, from when. Deadlines,
// at-risk instants and breach starts come from those stretches and periods exactly as in the §8
// model (test/support/sla-model.ts), so that gti and gtr defined as data give §8's answers.

import { reportMetric } from './cycle-model-report';
import type {
  Cycle,
  Epoch,
  ModelCondition,
  ModelEvent,
  ModelInput,
  ModelMetric,
  ModelMetricReport,
  ModelResult,
} from './cycle-model-types';
import { last } from './cycle-model-types';

export type * from './cycle-model-types';

/** A condition holds for an event when every key it names equals the event's (§13). */
function matches(conditions: readonly ModelCondition[] | undefined, event: ModelEvent): boolean {
  const seen: Record<string, unknown> = { ...event, public: event.public ?? true };
  if (event.type !== 'replied') delete seen.public;
  if (event.type !== 'opened' && event.type !== 'status-changed') delete seen.status;
  return (conditions ?? []).some((condition) =>
    Object.entries(condition).every(([key, wanted]) => {
      if (wanted === undefined) return true;
      if (key === 'event') return wanted === event.type;
      if (!(key in seen)) return false;
      if (key === 'status') return (wanted as string[]).includes(seen.status as string);
      return seen[key] === wanted;
    }),
  );
}

export function modelMetrics(input: ModelInput): ModelResult {
  const { ticket, now } = input;
  const opened: ModelEvent = {
    type: 'opened',
    at: ticket.openedAt,
    status: ticket.status ?? 'new',
  };
  // The opening comes before any logged event of the same instant; events after `now` are ignored.
  const log = [opened, ...ticket.events.filter((event) => event.at <= now)];
  let priority = ticket.priority;
  let status = opened.status as string;
  let waiting = false;
  const runs = new Map<string, Cycle[]>(input.metrics.map((m) => [m.id, []]));
  const hasTarget = (m: ModelMetric) => (input.targets[priority]?.[m.id] ?? null) !== null;
  const halt = (cycle: Cycle, at: number) => {
    if (cycle.countingSince !== null) last(cycle.epochs).stretches.push([cycle.countingSince, at]);
    cycle.countingSince = null;
  };
  // A reset or a restart: the elapsed time starts again from `at`, the cycle keeps its startedAt.
  const newEpoch = (cycle: Cycle, at: number) => {
    const counting = cycle.countingSince !== null;
    halt(cycle, at);
    last(cycle.epochs).end = at;
    cycle.epochs.push({ start: at, stretches: [], periods: [{ from: at, priority }], end: null });
    if (counting) cycle.countingSince = at;
  };
  const retarget = (m: ModelMetric, cycle: Cycle, at: number) => {
    if ((m.onPriorityChange ?? input.onPriorityChange) === 'restart') newEpoch(cycle, at);
    else last(cycle.epochs).periods.push({ from: at, priority });
  };
  const end = (cycle: Cycle, at: number, how: 'stopped' | 'cancelled') => {
    halt(cycle, at);
    Object.assign(cycle, { ending: how, endedAt: at });
  };
  for (const event of log) {
    const { at } = event;
    const changed = event.type === 'priority-changed' && event.priority !== priority;
    if (changed) priority = event.priority as string;
    if (event.type === 'status-changed') status = event.status as string;
    if (event.type === 'paused') waiting = true;
    if (event.type === 'resumed' || event.type === 'resolved') waiting = false;
    for (const m of input.metrics) {
      const cycles = runs.get(m.id) as Cycle[];
      const current = cycles[cycles.length - 1];
      // 0. The event's own priority change; a stopped cycle only notices it when it resumes.
      if (changed && current?.ending === null) {
        if (hasTarget(m)) retarget(m, current, at);
        else end(current, at, 'cancelled');
      }
      if (current?.ending === null) {
        // 1. stop, else cancel, else reset, of the running cycle.
        if (matches(m.stop, event)) end(current, at, 'stopped');
        else if (matches(m.cancel, event)) end(current, at, 'cancelled');
        else if (matches(m.reset, event)) newEpoch(current, at);
      } else if (
        // 2. resume (else: a cycle this very event stopped does not resume on it), at a
        // priority with a target; it takes a priority change made while it stood stopped.
        current?.ending === 'stopped' &&
        hasTarget(m) &&
        matches(m.resume, event)
      ) {
        // It counts again from the event: a (re)start, even if a pause holds at once (step 4
        // then closes a zero-length stretch there, which the deadline's projection starts from).
        Object.assign(current, { ending: null, endedAt: null, countingSince: at });
        if (last(last(current.epochs).periods).priority !== priority) retarget(m, current, at);
      }
      // 3. start, when none runs: once, or again and again with `cycles: 'many'`.
      const running = cycles.length > 0 && last(cycles).ending === null;
      const allowed = m.cycles === 'many' || cycles.length === 0;
      if (!running && allowed && hasTarget(m) && matches(m.start, event)) {
        const epoch: Epoch = {
          start: at,
          stretches: [],
          periods: [{ from: at, priority }],
          end: null,
        };
        cycles.push({
          startedAt: at,
          endedAt: null,
          ending: null,
          epochs: [epoch],
          countingSince: null,
        });
      }
      // 4. pause, judged on the state after the event.
      const cycle = cycles[cycles.length - 1];
      if (cycle === undefined || cycle.ending !== null) continue;
      const pause = m.pause ?? [];
      const waitingPauses =
        input.pausing === undefined
          ? pause.some((p) => 'waiting' in p)
          : input.pausing.includes(m.id);
      const paused =
        (waitingPauses && waiting) || pause.some((p) => 'status' in p && p.status.includes(status));
      if (paused) halt(cycle, at);
      else cycle.countingSince ??= at;
    }
  }
  const metrics: Record<string, ModelMetricReport> = {};
  let nextChangeAt: number | null = null;
  for (const m of input.metrics) {
    const metric = reportMetric(input, m, runs.get(m.id) as Cycle[], priority);
    metrics[m.id] = metric;
    const alerts = metric.alerts.filter((a) => !a.passed).map((a) => a.at);
    for (const t of [metric.nextChangeAt, ...alerts])
      if (t !== null && (nextChangeAt === null || t < nextChangeAt)) nextChangeAt = t;
  }
  return { priority, metrics, nextChangeAt };
}
