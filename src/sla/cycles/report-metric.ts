import type { CompiledAlert } from '../plan/compiled-metric';
import type { Cycle } from './cycle';
import {
  type AlertReport,
  atRiskThresholdOf,
  type ClockStatus,
  type CycleReport,
  type MetricReport,
} from './metric-report';
import type { MetricRun } from './metric-run';

const dateOrNull = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));
const NO_CYCLES: readonly CycleReport[] = Object.freeze([]);

/**
 * Reads a replayed metric at `now`, and gives the earliest instant at which one of its alerts not
 * yet passed will be (`Infinity` when none will by itself).
 *
 * @param idleTarget - The target an idle metric would have at the present priority, or `null`.
 */
export function reportMetric(
  run: MetricRun,
  now: number,
  atRisk: number,
  idleTarget: number | null,
): { report: MetricReport; nextAlert: number } {
  const cycle = run.current;
  if (cycle === null) return { report: idleReport(run, idleTarget), nextAlert: Infinity };
  const { clock } = cycle;
  const { target } = clock;
  const state = cycle.running ? clock.state : 'stopped';
  const elapsed = clock.elapsedAt(now);
  const atRiskThreshold = atRiskThresholdOf(atRisk, target);
  const breached = elapsed > target;
  const deadline = state === 'paused' ? null : clock.instantOfElapsed(target);
  const atRiskAt = state === 'paused' ? null : clock.instantOfElapsed(atRiskThreshold);
  const breachedAt = clock.breachedAt(elapsed);
  let status: ClockStatus;
  if (cycle.endedBy === 'cancel') status = 'cancelled';
  else if (state === 'stopped') status = breached ? 'missed' : 'met';
  else if (breached) status = 'breached';
  else status = elapsed > atRiskThreshold ? 'at-risk' : 'on-track';
  let nextChangeAt: number | null = null;
  if (state === 'running' && status === 'on-track') nextChangeAt = atRiskAt;
  else if (state === 'running' && status === 'at-risk') nextChangeAt = deadline;
  const cycles = run.cycles;
  let everBreached = breached;
  const cycleReports: CycleReport[] = [];
  for (let i = 0; i < cycles.length - 1; i++) {
    const past = cycles[i] as Cycle;
    everBreached ||= past.wasBreached || past.clock.elapsedAt(now) > past.clock.target;
    cycleReports.push(pastCycleReport(past, now));
  }
  everBreached ||= cycle.wasBreached;
  cycleReports.push(
    Object.freeze({
      startedAt: new Date(cycle.startedAt),
      endedAt: dateOrNull(cycle.endedAt),
      status,
      elapsed,
      target,
      deadline: dateOrNull(deadline),
      breachedAt: dateOrNull(breachedAt),
    }),
  );
  const { alerts, nextAlert } = alertsOf(
    run.metric.alerts,
    cycle,
    state,
    elapsed,
    target,
    atRiskThreshold,
    atRiskAt,
  );
  return {
    report: Object.freeze({
      state,
      target,
      elapsed,
      remaining: target - elapsed,
      percentUsed: target > 0 ? (100 * elapsed) / target : 100,
      deadline: dateOrNull(deadline),
      atRiskAt: dateOrNull(atRiskAt),
      breached,
      breachedAt: dateOrNull(breachedAt),
      status,
      nextChangeAt: dateOrNull(nextChangeAt),
      cycles: Object.freeze(cycleReports),
      everBreached,
      alerts,
    }),
    nextAlert,
  };
}

function pastCycleReport(cycle: Cycle, now: number): CycleReport {
  const { clock } = cycle;
  const elapsed = clock.elapsedAt(now);
  const breached = elapsed > clock.target;
  return Object.freeze({
    startedAt: new Date(cycle.startedAt),
    endedAt: dateOrNull(cycle.endedAt),
    status: cycle.endedBy === 'cancel' ? 'cancelled' : breached ? 'missed' : 'met',
    elapsed,
    target: clock.target,
    deadline: new Date(clock.instantOfElapsed(clock.target)),
    breachedAt: dateOrNull(clock.breachedAt(elapsed)),
  });
}

function alertsOf(
  declared: readonly CompiledAlert[],
  cycle: Cycle,
  state: MetricReport['state'],
  elapsed: number,
  target: number,
  atRiskThreshold: number,
  atRiskAt: number | null,
): { alerts: readonly AlertReport[]; nextAlert: number } {
  let nextAlert = Infinity;
  const alert = (id: string, threshold: number, at: number | null): AlertReport => {
    const passed = elapsed > threshold;
    const shown = state === 'paused' || (state === 'stopped' && !passed) ? null : at;
    if (!passed && shown !== null && state === 'running' && shown < nextAlert) nextAlert = shown;
    return Object.freeze({ id, at: dateOrNull(shown), passed });
  };
  const alerts = [alert('at-risk', atRiskThreshold, atRiskAt)];
  for (const { id, kind, amount } of declared) {
    const threshold = thresholdOf(kind, amount, target);
    const at = state === 'paused' ? null : cycle.clock.instantOfElapsed(threshold);
    alerts.push(alert(id, threshold, at));
  }
  return { alerts: Object.freeze(alerts), nextAlert };
}

function thresholdOf(kind: CompiledAlert['kind'], amount: number, target: number): number {
  if (kind === 'share') return atRiskThresholdOf(amount, target);
  return Math.max(0, kind === 'before' ? target - amount : target + amount);
}

function idleReport(run: MetricRun, target: number | null): MetricReport {
  const alerts = [
    Object.freeze({ id: 'at-risk', at: null, passed: false }),
    ...run.metric.alerts.map(({ id }) => Object.freeze({ id, at: null, passed: false })),
  ];
  return Object.freeze({
    state: 'idle',
    target,
    elapsed: 0,
    remaining: target,
    percentUsed: 0,
    deadline: null,
    atRiskAt: null,
    breached: false,
    breachedAt: null,
    status: 'inactive',
    nextChangeAt: null,
    cycles: NO_CYCLES,
    everBreached: false,
    alerts: Object.freeze(alerts),
  });
}
