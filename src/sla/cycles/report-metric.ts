import type { CompiledAlert } from '../plan/compiled-metric';
import type { Cycle } from './cycle';
import { DateMaker } from './date-maker';
import {
  type AlertReport,
  atRiskThresholdOf,
  type ClockStatus,
  type CycleReport,
  type MetricReport,
} from './metric-report';
import type { MetricRun } from './metric-run';

/**
 * Reads a replayed metric at `now`.
 *
 * @param idleTarget - The target an idle metric would have at the present priority, or `null`.
 */
export function reportMetric(
  run: MetricRun,
  now: number,
  atRisk: number,
  idleTarget: number | null,
  dates: DateMaker = new DateMaker(),
): MetricReport {
  const cycle = run.current;
  if (cycle === null) return idleReport(run, idleTarget);
  const { clock } = cycle;
  const { target } = clock;
  const state = cycle.running ? clock.state : 'stopped';
  const elapsed = clock.elapsedAt(now);
  const atRiskThreshold = atRiskThresholdOf(atRisk, target);
  const breached = elapsed > target;
  // The deadline is read by a breach too: worked out once.
  const deadline = state !== 'paused' || breached ? clock.instantOfElapsed(target) : null;
  const atRiskAt = state === 'paused' ? null : clock.instantOfElapsed(atRiskThreshold);
  const breachedAt = breached ? clock.breachedAt(elapsed, deadline as number) : null;
  let status: ClockStatus;
  if (cycle.endedBy === 'cancel') status = 'cancelled';
  else if (state === 'stopped') status = breached ? 'missed' : 'met';
  else if (breached) status = 'breached';
  else status = elapsed > atRiskThreshold ? 'at-risk' : 'on-track';
  const cycles = run.cycles;
  let everBreached = breached || cycle.wasBreached;
  const pastReports: CycleReport[] = [];
  for (let i = 0; i < cycles.length - 1; i++) {
    const past = cycles[i] as Cycle;
    everBreached ||= past.wasBreached || past.clock.elapsedAt(now) > past.clock.target;
    pastReports.push(pastCycleReport(past, now, dates));
  }
  // The present cycle's instants are the report's: one Date each, shared by the fields that
  // name the same instant (a result is fresh on every call; its Dates are not to be changed).
  const deadlineDate = state === 'paused' ? null : dates.of(deadline);
  const breachedAtDate = dates.of(breachedAt);
  const atRiskDate = dates.of(atRiskAt);
  const presentReport: CycleReport = {
    startedAt: dates.ofEvent(cycle.startEvent),
    endedAt: cycle.endEvent === null ? null : dates.ofEvent(cycle.endEvent),
    status,
    elapsed,
    target,
    deadline: deadlineDate,
    breachedAt: breachedAtDate,
  };
  // Most metrics have one cycle: an array made with its one element, not grown from empty.
  let cycleReports: CycleReport[];
  if (pastReports.length === 0) cycleReports = [presentReport];
  else {
    cycleReports = pastReports;
    cycleReports.push(presentReport);
  }
  const declared = run.metric.alerts;
  const atRiskAlert = alertReport('at-risk', atRiskThreshold, atRiskDate, state, elapsed);
  const alerts =
    declared.length === 0
      ? [atRiskAlert]
      : alertsOf(declared, atRiskAlert, cycle, state, elapsed, target, dates);
  return {
    state,
    target,
    elapsed,
    remaining: target - elapsed,
    percentUsed: target > 0 ? (100 * elapsed) / target : 100,
    deadline: deadlineDate,
    atRiskAt: atRiskDate,
    breached,
    breachedAt: breachedAtDate,
    status,
    nextChangeAt:
      state !== 'running'
        ? null
        : status === 'on-track'
          ? atRiskDate
          : status === 'at-risk'
            ? deadlineDate
            : null,
    cycles: cycleReports,
    everBreached,
    alerts,
  };
}

/**
 * The earliest instant at which an alert of a running metric not yet passed will be, or
 * `Infinity` when none will by itself.
 */
export function nextAlertOf(report: MetricReport): number {
  if (report.state !== 'running') return Infinity;
  let next = Infinity;
  for (const { at, passed } of report.alerts) {
    if (!passed && at !== null) next = Math.min(next, at.getTime());
  }
  return next;
}

function pastCycleReport(cycle: Cycle, now: number, dates: DateMaker): CycleReport {
  const { clock } = cycle;
  const elapsed = clock.elapsedAt(now);
  const breached = elapsed > clock.target;
  const deadline = clock.instantOfElapsed(clock.target);
  return {
    startedAt: dates.ofEvent(cycle.startEvent),
    endedAt: cycle.endEvent === null ? null : dates.ofEvent(cycle.endEvent),
    status: cycle.endedBy === 'cancel' ? 'cancelled' : breached ? 'missed' : 'met',
    elapsed,
    target: clock.target,
    deadline: dates.of(deadline),
    breachedAt: breached ? dates.of(clock.breachedAt(elapsed, deadline)) : null,
  };
}

function alertsOf(
  declared: readonly CompiledAlert[],
  atRiskAlert: AlertReport,
  cycle: Cycle,
  state: MetricReport['state'],
  elapsed: number,
  target: number,
  dates: DateMaker,
): readonly AlertReport[] {
  const alerts = [atRiskAlert];
  for (const { id, kind, amount } of declared) {
    const threshold = thresholdOf(kind, amount, target);
    // Not shown while paused, nor once stopped short of it.
    const hidden = state === 'paused' || (state === 'stopped' && elapsed <= threshold);
    const at = hidden ? null : cycle.clock.instantOfElapsed(threshold);
    alerts.push(alertReport(id, threshold, dates.of(at), state, elapsed));
  }
  return alerts;
}

function alertReport(
  id: string,
  threshold: number,
  at: Date | null,
  state: MetricReport['state'],
  elapsed: number,
): AlertReport {
  const passed = elapsed > threshold;
  const shown = state === 'paused' || (state === 'stopped' && !passed) ? null : at;
  return { id, at: shown, passed };
}

function thresholdOf(kind: CompiledAlert['kind'], amount: number, target: number): number {
  if (kind === 'share') return atRiskThresholdOf(amount, target);
  return Math.max(0, kind === 'before' ? target - amount : target + amount);
}

function idleReport(run: MetricRun, target: number | null): MetricReport {
  const alerts = [
    { id: 'at-risk', at: null, passed: false },
    ...run.metric.alerts.map(({ id }) => ({ id, at: null, passed: false })),
  ];
  return {
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
    cycles: [],
    everBreached: false,
    alerts: alerts,
  };
}
