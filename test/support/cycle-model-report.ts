// The report half of the §13 reference model: from a metric's cycles, as the walk of
// test/support/cycle-model.ts left them at `now`, its state, status, elapsed time, target,
// deadlines, breach start, alerts and `everBreached`. Instants come from the counting stretches
// and target periods exactly as in the §8 model (test/support/sla-model.ts).
import { addBusinessDays, addBusinessTime, alwaysOpen, businessTimeBetween } from '../../src/index';
import {
  type Cycle,
  type Epoch,
  last,
  type ModelAmount,
  type ModelCycle,
  type ModelInput,
  type ModelMetric,
  type ModelMetricReport,
  type ModelStatus,
} from './cycle-model-types';
import { exactAtRiskThreshold } from './sla-model';

export function reportMetric(
  input: ModelInput,
  m: ModelMetric,
  cycles: readonly Cycle[],
  priority: string,
): ModelMetricReport {
  const { now } = input;
  const schedule = m.hours === 'calendar' ? alwaysOpen() : input.schedule;
  const between = (a: number, b: number) => businessTimeBetween(schedule, a, b);
  // §7: business days become time from the instant the count (re)starts.
  const amount = (value: ModelAmount, from: number) =>
    typeof value === 'number'
      ? value
      : between(from, addBusinessDays(schedule, from, value.businessDays).getTime());
  const targetOf = (p: string, from: number) =>
    amount(input.targets[p]?.[m.id] as ModelAmount, from);
  const view = (epoch: Epoch, countingSince: number | null) => {
    const stretches = [...epoch.stretches];
    if (countingSince !== null) stretches.push([countingSince, now]);
    const elapsedAt = (t: number) =>
      stretches
        .filter(([from]) => from < t)
        .reduce((sum, [from, to]) => sum + between(from, Math.min(to, t)), 0);
    // The latest instant at which the elapsed time, projected as if the last stretch (or the
    // epoch's start) never ended, is within `threshold` (§8's deadline rule, as sla-model.ts).
    const projected: [number, number][] =
      stretches.length > 0 ? stretches : [[epoch.start, epoch.start]];
    const lastWithin = (threshold: number): number => {
      let before = 0;
      for (const [index, [from, to]] of projected.entries()) {
        const counted = between(from, to);
        if (index === projected.length - 1 || before + counted > threshold)
          return addBusinessTime(schedule, from, threshold - before).getTime();
        before += counted;
      }
      throw new Error('unreachable: projected stretches are never empty');
    };
    // Each period's target judges the elapsed time until the next period, the epoch's end or now.
    const periods = epoch.periods.map(({ from, priority }, i) => ({
      from,
      target: targetOf(priority, epoch.start),
      until: epoch.periods[i + 1]?.from ?? epoch.end ?? now,
    }));
    return { elapsedAt, lastWithin, periods };
  };
  const everBreached = cycles.some((cycle) =>
    cycle.epochs.some((epoch) => {
      const { elapsedAt, periods } = view(epoch, epoch.end === null ? cycle.countingSince : null);
      return periods.some(({ target, until }) => elapsedAt(until) > target);
    }),
  );
  const alertIds = ['at-risk', ...(m.alerts ?? []).map((alert, i) => alert.id ?? `alert-${i + 1}`)];
  const judge = (cycle: Cycle) => {
    const epoch = last(cycle.epochs);
    const { elapsedAt, lastWithin, periods } = view(epoch, cycle.countingSince);
    const elapsed = elapsedAt(now);
    const target = last(periods).target;
    let state: ModelMetricReport['state'] = 'paused';
    if (cycle.ending !== null) state = 'stopped';
    else if (cycle.countingSince !== null) state = 'running';
    // The present breach, judged at each moment by the target then in force (as sla-model.ts).
    let breachedAt: number | null = null;
    for (const { from, target: periodTarget, until } of periods) {
      if (elapsedAt(from) > periodTarget) breachedAt ??= from;
      else breachedAt = elapsedAt(until) > periodTarget ? lastWithin(periodTarget) : null;
    }
    if (elapsed <= target) breachedAt = null;
    let status: ModelStatus = elapsed > target ? 'breached' : 'on-track';
    if (cycle.ending === 'cancelled') status = 'cancelled';
    else if (cycle.ending === 'stopped') status = elapsed > target ? 'missed' : 'met';
    else if (elapsed <= target && elapsed > exactAtRiskThreshold(input.atRisk, target))
      status = 'at-risk';
    const deadline = state === 'paused' ? null : lastWithin(target);
    const atRiskAt =
      state === 'paused' ? null : lastWithin(exactAtRiskThreshold(input.atRisk, target));
    const thresholds: [string, number][] = [
      ['at-risk', exactAtRiskThreshold(input.atRisk, target)],
      ...(m.alerts ?? []).map((alert, i): [string, number] => {
        const id = alertIds[i + 1] as string;
        if ('at' in alert) return [id, exactAtRiskThreshold(alert.at, target)];
        if ('before' in alert) return [id, Math.max(0, target - amount(alert.before, epoch.start))];
        return [id, target + amount(alert.after, epoch.start)];
      }),
    ];
    const alerts = thresholds.map(([id, threshold]) => {
      const passed = elapsed > threshold;
      const unknown = state === 'paused' || (state === 'stopped' && !passed);
      return { id, at: unknown ? null : lastWithin(threshold), passed };
    });
    let nextChangeAt: number | null = null;
    if (state === 'running' && status === 'on-track') nextChangeAt = atRiskAt;
    if (state === 'running' && status === 'at-risk') nextChangeAt = deadline;
    const cycleReport: ModelCycle = {
      startedAt: cycle.startedAt,
      endedAt: cycle.endedAt,
      status,
      elapsed,
      target,
      deadline,
      breachedAt,
    };
    return { state, atRiskAt, nextChangeAt, alerts, cycleReport };
  };
  const judged = cycles.map(judge);
  const current = judged[judged.length - 1];
  if (current === undefined) {
    // Idle: the target a cycle starting now would have (business days converted from now).
    const target = input.targets[priority]?.[m.id] ?? null;
    return {
      state: 'idle',
      status: 'inactive',
      elapsed: 0,
      target: target === null ? null : amount(target, now),
      deadline: null,
      atRiskAt: null,
      breachedAt: null,
      nextChangeAt: null,
      cycles: [],
      everBreached: false,
      // As the library reads §13: the list is there, nothing projected, nothing passed.
      alerts: alertIds.map((id) => ({ id, at: null, passed: false })),
    };
  }
  const { cycleReport } = current;
  return {
    state: current.state,
    status: cycleReport.status,
    elapsed: cycleReport.elapsed,
    target: cycleReport.target,
    deadline: cycleReport.deadline,
    atRiskAt: current.atRiskAt,
    breachedAt: cycleReport.breachedAt,
    nextChangeAt: current.nextChangeAt,
    cycles: judged.map((j) => j.cycleReport),
    everBreached,
    alerts: current.alerts,
  };
}
