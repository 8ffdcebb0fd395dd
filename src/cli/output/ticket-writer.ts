import { createWriteStream, openSync } from 'node:fs';
import type { ClockReport, MetricReport, TicketEvaluation } from '../../index';
import { UsageError } from '../usage-error';
import { BufferedOutput } from './buffered-output';
import { csvLine } from './csv-field';
import { printableJson } from './printable';

const CLOCK_FIELDS = ['status', 'elapsed_ms', 'target_ms', 'deadline', 'breached_at'] as const;

/** The per-ticket output of `--tickets`: one row per evaluated ticket, as CSV or JSON Lines. */
export class TicketWriter {
  readonly #output: BufferedOutput;
  readonly #csv: boolean;

  private constructor(path: string, csv: boolean) {
    this.#csv = csv;
    // Opened now, so that a path that cannot be written is a usage error before any work.
    let fd: number;
    try {
      fd = openSync(path, 'w');
    } catch (error) {
      throw new UsageError(`--tickets ${path}: cannot write it (${(error as Error).message})`);
    }
    this.#output = new BufferedOutput(createWriteStream(path, { fd }), `${path} (--tickets)`);
    if (csv) {
      this.#output.write(
        csvLine([
          'id',
          'priority',
          'kind',
          ...CLOCK_FIELDS.map((field) => `gti_${field}`),
          ...CLOCK_FIELDS.map((field) => `gtr_${field}`),
        ]),
      );
    }
  }

  /**
   * @throws {UsageError} when the extension says neither CSV nor JSON Lines, or the file cannot
   * be opened for writing (a write that fails later is an `IoFailure` from `end`).
   */
  static open(path: string): TicketWriter {
    if (/\.csv$/i.test(path)) return new TicketWriter(path, true);
    if (/\.(jsonl|ndjson)$/i.test(path)) return new TicketWriter(path, false);
    throw new UsageError(`--tickets ${path}: the file must end in .csv, .jsonl or .ndjson`);
  }

  write(id: string, kind: string | undefined, evaluation: TicketEvaluation): void {
    const { priority } = evaluation;
    const { gti, gtr } = evaluation.metrics as Record<'gti' | 'gtr', MetricReport>;
    if (this.#csv) {
      this.#output.write(csvLine([id, priority, kind, ...clockCells(gti), ...clockCells(gtr)]));
    } else {
      const line = {
        id,
        priority,
        kind: kind ?? null,
        gti: clockObject(gti),
        gtr: clockObject(gtr),
      };
      this.#output.write(`${printableJson(line)}\n`);
    }
  }

  drained(): Promise<void> | undefined {
    return this.#output.drained();
  }

  end(): Promise<void> {
    return this.#output.end();
  }
}

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

function clockCells(report: ClockReport) {
  return [
    report.status,
    report.elapsed,
    report.target,
    iso(report.deadline),
    iso(report.breachedAt),
  ];
}

function clockObject(report: ClockReport) {
  return {
    status: report.status,
    elapsed: report.elapsed,
    target: report.target,
    deadline: iso(report.deadline),
    breachedAt: iso(report.breachedAt),
  };
}
