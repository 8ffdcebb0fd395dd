import type { Plan, Priority, Ticket, TicketEvaluation } from '../../index';
import { MostUrgent, type MostUrgentState } from './most-urgent';

/** Buckets of the business time taken, as a share of the target (the last is open-ended). */
export const SHARE_BUCKETS = [0.25, 0.5, 0.75, 1, 1.5, 2, Number.POSITIVE_INFINITY] as const;

/** How many tickets at risk, and how many breached, the page explains; the others are counted. */
export const SHOWN_PER_LIST = 25;

/** How many rejected rows the page lists; the others are counted. */
export const LISTED_REJECTIONS = 100;

/** A rejected row as stderr told it: its line, the ticket's id when it had one, and why. */
export interface RejectedRow {
  /** The input's name and `: ` when the command read several inputs; empty otherwise. */
  readonly input: string;
  readonly line: number;
  readonly ticketId: string | undefined;
  readonly reason: string;
}

/** What `PageData` holds, as plain data (`toJSON()`), for a coordinator to merge (`absorb`). */
export interface PageDataState {
  /** `shares[priority][metric][bucket]`, as `PageData.shares` holds them. */
  readonly shares: Readonly<Record<Priority, Readonly<Record<string, readonly number[]>>>>;
  readonly atRisk: MostUrgentState;
  readonly breached: MostUrgentState;
  readonly rejected: { readonly count: number; readonly rows: readonly RejectedRow[] };
}

/**
 * What the HTML page needs beyond the summary, gathered while the report streams, in constant
 * memory: per priority and metric, how the cycles that stopped compared with their targets; the
 * tickets at risk with the least time left and the breached ones most overdue (to be explained
 * once the input is read), each list bounded, with how many there are in all; and the first
 * rejected rows. Mergeable: readers in several threads each keep one, send `toJSON()`, and the
 * one that writes the page `absorb`s them (the same page as one reader over all the input; the
 * rejected rows listed are the first of each part, in the order the parts were absorbed).
 */
export class PageData {
  /**
   * `shares[priority][metric][bucket]`: cycles, stopped by now, whose time fell in that share of
   * the target (a ticket's every cycle, not only its last).
   */
  readonly shares = new Map<Priority, Record<string, number[]>>();
  /** Tickets with a clock at risk now (some may have another breached): least time left first. */
  readonly atRisk: MostUrgent;
  /** Tickets with a clock breached now and none at risk: most overdue first. */
  readonly breached: MostUrgent;
  readonly rejected: { count: number; readonly rows: RejectedRow[] } = { count: 0, rows: [] };
  readonly #metrics: readonly string[];

  /** @param shown - How many tickets each list keeps. */
  constructor(plan: Plan, shown: number = SHOWN_PER_LIST) {
    this.#metrics = plan.metrics.map((metric) => metric.id);
    this.atRisk = new MostUrgent(shown);
    this.breached = new MostUrgent(shown);
  }

  add(ticket: Ticket & { readonly id: string }, evaluation: TicketEvaluation): void {
    const byMetric = this.#sharesOf(evaluation.priority);
    let left = Number.POSITIVE_INFINITY;
    let overdue = Number.NEGATIVE_INFINITY;
    for (const id of this.#metrics) {
      const counts = byMetric[id];
      const report = evaluation.metrics[id];
      if (report === undefined || counts === undefined) continue;
      for (const cycle of report.cycles) {
        // Met or missed: judged against the target it stopped with.
        if ((cycle.status !== 'met' && cycle.status !== 'missed') || cycle.target <= 0) continue;
        const share = cycle.elapsed / cycle.target;
        const bucket = SHARE_BUCKETS.findIndex((limit) => share <= limit);
        (counts[bucket] as number)++;
      }
      const remaining = report.remaining ?? 0;
      if (report.status === 'at-risk') left = Math.min(left, remaining);
      if (report.status === 'breached') overdue = Math.max(overdue, -remaining);
    }
    if (left !== Number.POSITIVE_INFINITY) this.atRisk.offer({ ticket, rank: left });
    else if (overdue !== Number.NEGATIVE_INFINITY) this.breached.offer({ ticket, rank: -overdue });
  }

  /** Keeps a rejected row (the first ones only), as stderr says it. */
  reject(line: number, ticketId: string | undefined, reason: string, input = ''): void {
    this.rejected.count++;
    if (this.rejected.rows.length < LISTED_REJECTIONS) {
      this.rejected.rows.push({ input, line, ticketId, reason });
    }
  }

  /** Takes in another reader's data, or its state: as if its tickets had been added here. */
  absorb(other: PageData | PageDataState): void {
    const state = other instanceof PageData ? other.toJSON() : other;
    for (const [priority, byMetric] of Object.entries(state.shares)) {
      const mine = this.#sharesOf(priority);
      for (const [id, counts] of Object.entries(byMetric)) {
        const into = mine[id];
        if (into === undefined) continue;
        counts.forEach((count, bucket) => {
          into[bucket] = (into[bucket] ?? 0) + count;
        });
      }
    }
    this.atRisk.absorb(state.atRisk);
    this.breached.absorb(state.breached);
    this.rejected.count += state.rejected.count;
    const room = LISTED_REJECTIONS - this.rejected.rows.length;
    this.rejected.rows.push(...state.rejected.rows.slice(0, Math.max(0, room)));
  }

  /** Plain data, ready for `JSON.stringify` or a thread's `postMessage`. */
  toJSON(): PageDataState {
    return {
      shares: Object.fromEntries(
        [...this.shares].map(([priority, byMetric]) => [
          priority,
          Object.fromEntries(Object.entries(byMetric).map(([id, counts]) => [id, [...counts]])),
        ]),
      ),
      atRisk: this.atRisk.toJSON(),
      breached: this.breached.toJSON(),
      rejected: { count: this.rejected.count, rows: [...this.rejected.rows] },
    };
  }

  #sharesOf(priority: Priority): Record<string, number[]> {
    let byMetric = this.shares.get(priority);
    if (byMetric === undefined) {
      byMetric = Object.fromEntries(this.#metrics.map((id) => [id, SHARE_BUCKETS.map(() => 0)]));
      this.shares.set(priority, byMetric);
    }
    return byMetric;
  }
}
