// A reference model of the clock rules, written from the rules and the public arithmetic
// (businessTimeBetween, addBusinessTime, addBusinessDays) only: it replays a *valid* log and says,
// per clock, its state, the business time it has counted (the sum over its running stretches),
// its target, its deadline and at-risk instant, and when its present breach began.
//
// The rules it follows, in its own terms:
// - a clock's *epoch* begins at the opening or at a restart; only stretches of the present epoch
//   count, and a keep-elapsed priority change leaves them alone;
// - the deadline (and at-risk instant) is the latest instant at which the elapsed time, projected
//   as if the last stretch of the epoch (or the epoch's start, if none) never ended, is within
//   the threshold;
// - the breach is judged at each moment by the target then in force; walking the epoch's target
//   periods forward, a breach begins where the elapsed time passes the period's target, or at
//   the change that starts a period already past its target when none was under way, and ends
//   at a change whose target it is within.
import {
  type Plan as AnyPlan,
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  type ClockName,
  type ClockState,
  type Priority,
  type RequestKind,
  type Target,
  type TicketEvent,
} from '../../src/index';

/** The default plans' metrics: every plan of this file runs them. */
type Plan = AnyPlan<'gti' | 'gtr'>;

export interface ModelClock {
  state: ClockState;
  elapsed: number;
  target: number;
  /** Epoch milliseconds; `null` while paused. */
  deadline: number | null;
  atRiskAt: number | null;
  breachedAt: number | null;
}

export interface ModelEvaluation {
  priority: Priority;
  gti: ModelClock;
  gtr: ModelClock;
}

interface Tracked {
  state: ClockState;
  /** Closed running stretches since the clock (re)started, and the open one, if any. */
  stretches: [number, number][];
  runningSince: number | null;
  /** When the clock started counting towards its target, and for which priority. */
  startedAt: number;
  targetPriority: Priority;
  /** The priorities whose targets were in force in the epoch, and from when. */
  periods: { from: number; priority: Priority }[];
}

function targetOf(plan: Plan, priority: Priority, kind: RequestKind | undefined, clock: ClockName) {
  const override = kind === undefined ? undefined : plan.kinds[kind]?.[priority]?.[clock];
  const target = override ?? plan.targets[priority]?.[clock];
  // The model covers the default metrics, which every priority measures.
  if (target === undefined || target === null) throw new Error(`no ${clock} target at ${priority}`);
  return target;
}

function targetMs(plan: Plan, target: Target, start: number): number {
  if (target.unit === 'time') return target.milliseconds;
  return businessTimeBetween(
    plan.schedule,
    start,
    addBusinessDays(plan.schedule, start, target.days),
  );
}

export function modelEvaluate(
  plan: Plan,
  ticket: {
    openedAt: number;
    priority: Priority;
    kind?: RequestKind;
    events: readonly TicketEvent[];
  },
  options: {
    now: number;
    onPriorityChange?: 'keep-elapsed' | 'restart';
    pausing?: readonly string[];
  },
): ModelEvaluation {
  const { openedAt, kind, events } = ticket;
  const restart = options.onPriorityChange === 'restart';
  const pausing = new Set(
    (options.pausing ?? ['gtr']).filter(
      (name): name is ClockName => name === 'gti' || name === 'gtr',
    ),
  );
  let priority = ticket.priority;
  const make = (): Tracked => ({
    state: 'running',
    stretches: [],
    runningSince: openedAt,
    startedAt: openedAt,
    targetPriority: priority,
    periods: [{ from: openedAt, priority }],
  });
  const clocks: Record<ClockName, Tracked> = { gti: make(), gtr: make() };
  const halt = (clock: Tracked, at: number, state: 'paused' | 'stopped') => {
    if (clock.runningSince !== null) clock.stretches.push([clock.runningSince, at]);
    clock.runningSince = null;
    clock.state = state;
  };
  const run = (clock: Tracked, at: number) => {
    clock.runningSince = at;
    clock.state = 'running';
  };
  const retarget = (clock: Tracked, at: number) => {
    if (restart) {
      clock.stretches = [];
      clock.startedAt = at;
      clock.periods = [];
      if (clock.runningSince !== null) clock.runningSince = at;
    }
    clock.targetPriority = priority;
    clock.periods.push({ from: at, priority });
  };
  for (const event of events) {
    const at = event.at as number;
    if (at > options.now) continue;
    switch (event.type) {
      case 'responded':
        halt(clocks.gti, at, 'stopped');
        break;
      case 'paused':
        for (const name of pausing)
          if (clocks[name].state === 'running') halt(clocks[name], at, 'paused');
        break;
      case 'resumed':
        for (const name of pausing) if (clocks[name].state === 'paused') run(clocks[name], at);
        break;
      case 'priority-changed':
        if (event.priority === undefined || event.priority === priority) break;
        priority = event.priority;
        for (const clock of [clocks.gti, clocks.gtr])
          if (clock.state !== 'stopped') retarget(clock, at);
        break;
      case 'resolved':
        for (const clock of [clocks.gti, clocks.gtr])
          if (clock.state !== 'stopped') halt(clock, at, 'stopped');
        break;
      case 'reopened':
        run(clocks.gtr, at);
        // A decision of the implementation (ticket-replay.ts): a priority changed while the
        // ticket was resolved applies to the reopened GTR.
        if (clocks.gtr.targetPriority !== priority) retarget(clocks.gtr, at);
        break;
    }
  }
  const between = (from: number, to: number) => businessTimeBetween(plan.schedule, from, to);
  const report = (name: ClockName): ModelClock => {
    const clock = clocks[name];
    const stretches = [...clock.stretches];
    if (clock.runningSince !== null) stretches.push([clock.runningSince, options.now]);
    const elapsedAt = (t: number) =>
      stretches
        .filter(([from]) => from < t)
        .reduce((sum, [from, to]) => sum + between(from, Math.min(to, t)), 0);
    const elapsed = elapsedAt(options.now);
    const targetFor = (priority: Priority) =>
      targetMs(plan, targetOf(plan, priority, kind, name), clock.startedAt);
    const target = targetFor(clock.targetPriority);
    // The latest instant at which the projected elapsed time is within `threshold`.
    const projected: [number, number][] =
      stretches.length > 0 ? stretches : [[clock.startedAt, clock.startedAt]];
    const lastWithin = (threshold: number): number => {
      let before = 0;
      for (const [index, [from, to]] of projected.entries()) {
        const counted = between(from, to);
        if (index === projected.length - 1 || before + counted > threshold)
          return addBusinessTime(plan.schedule, from, threshold - before).getTime();
        before += counted;
      }
      throw new Error('unreachable: projected stretches are never empty');
    };
    let breachedAt: number | null = null;
    for (const [index, { from, priority }] of clock.periods.entries()) {
      const periodTarget = targetFor(priority);
      const until = clock.periods[index + 1]?.from ?? options.now;
      if (elapsedAt(from) > periodTarget) breachedAt ??= from;
      else breachedAt = elapsedAt(until) > periodTarget ? lastWithin(periodTarget) : null;
    }
    if (elapsed <= target) breachedAt = null;
    const paused = clock.state === 'paused';
    return {
      state: clock.state,
      elapsed,
      target,
      deadline: paused ? null : lastWithin(target),
      atRiskAt: paused ? null : lastWithin(exactAtRiskThreshold(plan.atRisk, target)),
      breachedAt,
    };
  };
  return { priority, gti: report('gti'), gtr: report('gtr') };
}

/**
 * DESIGN §8's at-risk threshold, exactly: the largest whole elapsed time not past
 * `atRisk × target`, with `atRisk` taken as the decimal it prints as (a plan file says 0.35, not
 * the double just below it). Computed on decimal strings, independently of the library.
 */
export function exactAtRiskThreshold(atRisk: number, target: number): number {
  const [mantissa = '0', exponent = '0'] = atRisk.toExponential().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const numerator = BigInt(whole + fraction) * BigInt(target);
  const power = Number(exponent) - fraction.length;
  return Number(power >= 0 ? numerator * 10n ** BigInt(power) : numerator / 10n ** BigInt(-power));
}
