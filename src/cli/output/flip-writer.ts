import type { FlippedTicket } from '../../index';
import { UsageError } from '../usage-error';
import type { BufferedOutput } from './buffered-output';
import { csvLine } from './csv-field';
import { IsoTexts } from './iso-texts';
import { openOutput } from './open-output';
import { printableJson } from './printable';

const COLUMNS = [
  'id',
  'metric',
  'direction',
  'status_before',
  'status_after',
  'deadline_before',
  'deadline_after',
] as const;

/**
 * The `--tickets` output of `compare`: every flipped ticket, one row per ticket and metric whose
 * status differs, as CSV (`id,metric,direction,status_before,status_after,deadline_before,
 * deadline_after`) or JSON Lines (the fields of `comparePlans`' flipped tickets).
 */
export class FlipWriter {
  readonly #output: BufferedOutput;
  readonly #csv: boolean;
  readonly #iso = new IsoTexts();

  private constructor(path: string, csv: boolean) {
    this.#csv = csv;
    this.#output = openOutput(path, '--tickets');
    if (csv) this.#output.write(csvLine(COLUMNS));
  }

  /**
   * @throws {UsageError} when the extension says neither CSV nor JSON Lines, or the file cannot
   * be opened for writing.
   */
  static open(path: string): FlipWriter {
    if (/\.csv$/i.test(path)) return new FlipWriter(path, true);
    if (/\.(jsonl|ndjson)$/i.test(path)) return new FlipWriter(path, false);
    throw new UsageError(`--tickets ${path}: the file must end in .csv, .jsonl or .ndjson`);
  }

  write(flips: readonly FlippedTicket[]): void {
    const iso = this.#iso;
    for (const flip of flips) {
      const deadlineBefore = iso.orNull(flip.deadlineBefore);
      const deadlineAfter = iso.orNull(flip.deadlineAfter);
      const { id, metric, direction, statusBefore, statusAfter } = flip;
      this.#output.write(
        this.#csv
          ? csvLine([
              id,
              metric,
              direction,
              statusBefore,
              statusAfter,
              deadlineBefore,
              deadlineAfter,
            ])
          : `${printableJson({ id, metric, direction, statusBefore, statusAfter, deadlineBefore, deadlineAfter })}\n`,
      );
    }
  }

  drained(): Promise<void> | undefined {
    return this.#output.drained();
  }

  end(): Promise<void> {
    return this.#output.end();
  }
}
