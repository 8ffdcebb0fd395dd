// Plain data of the §13 reference model (test/support/cycle-model.ts): its input (a schedule, the
// plan's targets, metric definitions and a ticket whose instants are epoch milliseconds) and its
// answer, with instants as epoch milliseconds too. The shapes follow the API of issue 18 so that
// the random definitions and logs (test/support/metric-arbitraries.ts) feed both.
import type { Schedule } from '../../src/index';

/** Business (or, for calendar metrics, real) milliseconds, or business days. */
export type ModelAmount = number | { readonly businessDays: number };
export type FieldValue = string | number | boolean | null;
export interface ModelEvent {
  readonly type: string;
  readonly at: number;
  readonly priority?: string;
  readonly status?: string;
  readonly by?: 'agent' | 'requester';
  readonly public?: boolean;
  readonly field?: string;
  readonly value?: FieldValue;
  readonly group?: string;
  readonly assignee?: string;
}
export type ModelCondition = Omit<ModelEvent, 'type' | 'at' | 'status'> & {
  readonly event: string;
  readonly status?: readonly string[];
};
export type ModelStateCondition =
  | { readonly status: readonly string[] }
  | { readonly waiting: true };
export type ModelAlert =
  | { readonly id?: string; readonly at: number }
  | { readonly id?: string; readonly before: ModelAmount }
  | { readonly id?: string; readonly after: ModelAmount };
export interface ModelMetric {
  readonly id: string;
  readonly start: readonly ModelCondition[];
  readonly stop: readonly ModelCondition[];
  readonly pause?: readonly ModelStateCondition[];
  readonly resume?: readonly ModelCondition[];
  readonly reset?: readonly ModelCondition[];
  readonly cancel?: readonly ModelCondition[];
  readonly cycles?: 'one' | 'many';
  readonly hours?: 'business' | 'calendar';
  readonly onPriorityChange?: 'keep-elapsed' | 'restart';
  readonly alerts?: readonly ModelAlert[];
}
export interface ModelInput {
  readonly schedule: Schedule;
  readonly priorities: readonly string[];
  /** targets[priority][metric id]; `null`: not measured at that priority. */
  readonly targets: Readonly<Record<string, Readonly<Record<string, ModelAmount | null>>>>;
  readonly atRisk: number;
  readonly metrics: readonly ModelMetric[];
  readonly ticket: {
    readonly openedAt: number;
    readonly priority: string;
    readonly status?: string;
    readonly events: readonly ModelEvent[];
  };
  readonly now: number;
  readonly onPriorityChange?: 'keep-elapsed' | 'restart';
  /** evaluateTicket's `pausing`: when given, `waiting` pauses exactly these metrics. */
  readonly pausing?: readonly string[];
}
export type ModelStatus =
  | 'on-track'
  | 'at-risk'
  | 'breached'
  | 'met'
  | 'missed'
  | 'cancelled'
  | 'inactive';
export interface ModelCycle {
  startedAt: number;
  endedAt: number | null;
  status: ModelStatus;
  elapsed: number;
  target: number;
  deadline: number | null;
  breachedAt: number | null;
}
export interface ModelAlertReport {
  id: string;
  at: number | null;
  passed: boolean;
}
export interface ModelMetricReport {
  state: 'idle' | 'running' | 'paused' | 'stopped';
  status: ModelStatus;
  elapsed: number;
  target: number | null;
  deadline: number | null;
  atRiskAt: number | null;
  breachedAt: number | null;
  nextChangeAt: number | null;
  cycles: ModelCycle[];
  everBreached: boolean;
  alerts: ModelAlertReport[];
}
export interface ModelResult {
  priority: string;
  metrics: Record<string, ModelMetricReport>;
  nextChangeAt: number | null;
}

/** One measured stretch of a cycle: since it started, or since its last reset or restart. */
export interface Epoch {
  start: number;
  /** Closed counting stretches; `end` is the reset or restart that closed the epoch. */
  stretches: [number, number][];
  periods: { from: number; priority: string }[];
  end: number | null;
}
export interface Cycle {
  startedAt: number;
  endedAt: number | null;
  ending: 'stopped' | 'cancelled' | null;
  /** The present epoch last; earlier ones only matter to `everBreached`. */
  epochs: Epoch[];
  countingSince: number | null;
}

export const last = <T>(list: readonly T[]): T => list[list.length - 1] as T;
