import type { ClockReport, CycleReport, Plan, TicketEvaluation } from '../../index';
import { UsageError } from '../usage-error';
import type { BufferedOutput } from './buffered-output';
import { csvLine } from './csv-field';
import { IsoTexts } from './iso-texts';
import { runsManyCycles } from './metric-names';
import { openOutput } from './open-output';
import { printableJson } from './printable';

const CLOCK_FIELDS = ['status', 'elapsed_ms', 'target_ms', 'deadline', 'breached_at'] as const;
/** The columns added for a metric that may run many cycles: `status` is its last cycle's. */
const CYCLE_FIELDS = ['cycles', 'ever_breached'] as const;

/** A metric's columns: its id, and whether it runs many cycles. */
interface MetricColumns {
  readonly id: string;
  readonly many: boolean;
}

/**
 * The per-ticket output of `--tickets`: one row per evaluated ticket, as CSV or JSON Lines. CSV
 * has, per metric of the plan in its order, `<metric>_status`, `_elapsed_ms`, `_target_ms`,
 * `_deadline` and `_breached_at` (the current cycle's), and for a metric that runs many cycles
 * `_cycles` (how many started) and `_ever_breached`; JSON Lines has every metric under `metrics`,
 * its cycles listed. Under policies, `policy` and `policy_from` (CSV) or `policy: { id, from }`
 * (JSON Lines) follow the kind.
 */
export class TicketWriter {
  readonly #output: BufferedOutput;
  readonly #csv: boolean;
  readonly #metrics: readonly MetricColumns[];
  readonly #iso = new IsoTexts();
  /** Tickets are held to policies: each row names its policy and version. */
  readonly #policies: boolean;

  private constructor(path: string, csv: boolean, plan: Plan, policies: boolean, header: boolean) {
    this.#csv = csv;
    this.#policies = policies;
    this.#metrics = plan.metrics.map(({ id }) => ({ id, many: runsManyCycles(plan, id) }));
    this.#output = openOutput(path, '--tickets');
    if (csv && header) {
      this.#output.write(
        csvLine([
          'id',
          'priority',
          'kind',
          ...(policies ? ['policy', 'policy_from'] : []),
          ...this.#metrics.flatMap(({ id, many }) =>
            [...CLOCK_FIELDS, ...(many ? CYCLE_FIELDS : [])].map((field) => `${id}_${field}`),
          ),
        ]),
      );
    }
  }

  /**
   * @throws {UsageError} when the extension says neither CSV nor JSON Lines, or the file cannot
   * be opened for writing (a write that fails later is an `IoFailure` from `end`).
   */
  static open(path: string, plan: Plan, policies = false, header = true): TicketWriter {
    const form = TicketWriter.formOf(path);
    if (form === undefined) {
      throw new UsageError(`--tickets ${path}: the file must end in .csv, .jsonl or .ndjson`);
    }
    return new TicketWriter(path, form === 'csv', plan, policies, header);
  }

  /** The form a `--tickets` file's extension says; `undefined` for any other extension. */
  static formOf(path: string): 'csv' | 'jsonl' | undefined {
    if (/\.csv$/i.test(path)) return 'csv';
    if (/\.(jsonl|ndjson)$/i.test(path)) return 'jsonl';
    return undefined;
  }

  write(id: string, kind: string | undefined, evaluation: TicketEvaluation): void {
    const { priority, metrics } = evaluation;
    const iso = this.#iso;
    if (this.#csv) {
      const cells: (string | number | null | undefined)[] = [id, priority, kind];
      if (this.#policies)
        cells.push(evaluation.policy?.id, iso.orNull(evaluation.policy?.from ?? null));
      for (const { id: metric, many } of this.#metrics) {
        const report = metrics[metric];
        if (report === undefined) continue;
        const { status, elapsed, target, deadline, breachedAt } = report;
        cells.push(status, elapsed, target, iso.orNull(deadline), iso.orNull(breachedAt));
        if (many) cells.push(report.cycles.length, String(report.everBreached));
      }
      this.#output.write(csvLine(cells));
    } else {
      const byMetric: Record<string, ReturnType<typeof clockObject>> = {};
      for (const { id: metric } of this.#metrics) {
        const report = metrics[metric];
        if (report !== undefined) byMetric[metric] = clockObject(report, iso);
      }
      const { policy } = evaluation;
      const line = this.#policies
        ? {
            id,
            priority,
            kind: kind ?? null,
            policy: { id: policy?.id ?? null, from: iso.orNull(policy?.from ?? null) },
            metrics: byMetric,
          }
        : { id, priority, kind: kind ?? null, metrics: byMetric };
      this.#output.write(`${printableJson(line)}\n`);
    }
  }

  /** Rows written apart (a part of the input read by a worker), as they are. */
  append(rows: string): void {
    this.#output.write(rows);
  }

  drained(): Promise<void> | undefined {
    return this.#output.drained();
  }

  end(): Promise<void> {
    return this.#output.end();
  }
}

function clockObject(report: ClockReport, iso: IsoTexts) {
  return {
    status: report.status,
    elapsed: report.elapsed,
    target: report.target,
    deadline: iso.orNull(report.deadline),
    breachedAt: iso.orNull(report.breachedAt),
    everBreached: report.everBreached,
    cycles: report.cycles.map((cycle) => cycleObject(cycle, iso)),
  };
}

function cycleObject(cycle: CycleReport, iso: IsoTexts) {
  return {
    startedAt: iso.of(cycle.startedAt),
    endedAt: iso.orNull(cycle.endedAt),
    status: cycle.status,
    elapsed: cycle.elapsed,
    target: cycle.target,
    deadline: iso.orNull(cycle.deadline),
    breachedAt: iso.orNull(cycle.breachedAt),
  };
}
