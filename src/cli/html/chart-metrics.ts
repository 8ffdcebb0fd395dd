import type { Plan } from '../../index';

/** The metrics a chart shows, in the plan's order, and the words for them. */
export interface ChartMetrics {
  readonly plan: Plan;
  readonly ids: readonly string[];
  /** `tickets` when every metric runs one cycle a ticket, else `cycles`: what compliance counts. */
  readonly unit: 'tickets' | 'cycles';
}
