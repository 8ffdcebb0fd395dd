import type { RecordLimit } from './input/record-limit';
import { readSnapshotMap, type SnapshotMap } from './input/snapshot-map';
import { UsageError } from './usage-error';

/**
 * `--input` and `--map`: the mapping of a snapshot export (`--input snapshots --map <file>`), or
 * `undefined` for the ticket and event forms (`--input tickets`, the default).
 *
 * @param values - The options as given.
 * @param limit - The largest mapping file read.
 * @returns The checked mapping, or `undefined`.
 * @throws {UsageError} for an unknown `--input`, one of the two options without the other,
 * `--format jsonl` with snapshots, or a mapping file that cannot be read or is invalid.
 */
export function snapshotOption(
  values: {
    readonly input?: string | undefined;
    readonly map?: string | undefined;
    readonly format?: string | undefined;
  },
  limit: RecordLimit,
): SnapshotMap | undefined {
  const { input, map } = values;
  if (input !== undefined && input !== 'tickets' && input !== 'snapshots') {
    throw new UsageError(`--input ${input}: tickets (the default) or snapshots`);
  }
  if (input !== 'snapshots') {
    if (map !== undefined) {
      throw new UsageError('--map reads a snapshot export: give --input snapshots with it');
    }
    return undefined;
  }
  if (map === undefined) {
    throw new UsageError('--input snapshots needs --map <file>: which column holds what');
  }
  if (values.format === 'jsonl') {
    throw new UsageError('--input snapshots reads CSV: --format jsonl does not go with it');
  }
  return readSnapshotMap(map, limit);
}
