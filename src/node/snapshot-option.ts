import { checkedSnapshotMap, type SnapshotMap } from '../cli/input/snapshot-map';
import { SlaError } from '../errors/sla-error';

/**
 * The mapping of `readTickets`' `format: 'snapshots'`, checked when `readTickets` is called:
 * snapshots are read only with a mapping, and a mapping only for snapshots (never sniffed: a
 * snapshot export is a CSV like any other).
 *
 * @param format - The `format` option.
 * @param map - The `map` option: the mapping as its JSON file holds it.
 * @returns The checked mapping, or `undefined` for another form.
 * @throws {SlaError} `invalid_argument` at `options.map` (or the key in it at fault, e.g.
 * `options.map.at.zone`), with the value found there.
 */
export function snapshotMapOption(
  format: string | undefined,
  map: unknown,
): SnapshotMap | undefined {
  if (format !== 'snapshots') {
    if (map === undefined) return undefined;
    throw new SlaError(
      'invalid_argument',
      'options.map',
      map,
      "is read only with format: 'snapshots'",
    );
  }
  if (map === undefined) {
    throw new SlaError(
      'invalid_argument',
      'options.map',
      map,
      "is required with format: 'snapshots' (which column holds what, as in a --map file)",
    );
  }
  if (typeof map !== 'object' || map === null || Array.isArray(map)) {
    throw new SlaError('invalid_argument', 'options.map', map, 'is not a mapping (an object)');
  }
  try {
    return checkedSnapshotMap(map);
  } catch (error) {
    if (!(error instanceof SlaError)) throw error;
    throw new SlaError(error.code, `options.map.${error.path}`, error.value, error.reason);
  }
}
