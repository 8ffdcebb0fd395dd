import { IANAZone } from 'luxon';
import { parseOrThrow } from '../../errors/from-zod-issue';
import { SlaError } from '../../errors/sla-error';
import type { FieldValue } from '../../index';
import { UsageError } from '../usage-error';
import { readWholeFile } from './read-whole';
import type { RecordLimit } from './record-limit';
import { type SnapshotMapConfig, snapshotMapObjectSchema } from './snapshot-map-schema';

/** A column and, when the mapping gives them, the values its cells turn into (any other is refused). */
export interface MappedColumn<V> {
  readonly column: string;
  /** The desk's value → ours; `undefined`: cells are taken as they are. */
  readonly values: ReadonlyMap<string, V> | undefined;
}

/** A column of instants: cells written in `format` (luxon tokens; ISO 8601 when absent) in `zone`. */
export interface InstantColumn {
  readonly column: string;
  readonly format: string | undefined;
  readonly zone: string;
}

/** A checked mapping of a snapshot export, its defaults filled in. */
export interface SnapshotMap {
  /** The column naming the ticket of each row. */
  readonly ticket: string;
  /** When the row's state began (the update's instant). */
  readonly at: InstantColumn;
  /** The ticket's opening, read from its earliest row; `undefined`: that row's `at`. */
  readonly openedAt: InstantColumn | undefined;
  readonly status: MappedColumn<string> & {
    /** Statuses (after `values`) that resolve the ticket: entering one is a `resolved` event. */
    readonly resolved: ReadonlySet<string>;
    /** Statuses that close it: entering one is a `closed` event (and `resolved`, if it was not). */
    readonly closed: ReadonlySet<string>;
  };
  readonly priority: MappedColumn<string>;
  readonly kind: MappedColumn<string> | undefined;
  readonly assignee: string | undefined;
  readonly group: string | undefined;
  /** The ticket's fields: its name, and the column it is read from. */
  readonly fields: readonly (readonly [name: string, column: MappedColumn<FieldValue>])[];
  /** Cells that mean "nothing" besides the empty cell (`?`, `NULL`…). */
  readonly empty: ReadonlySet<string>;
}

/**
 * Reads and checks the mapping file of `--map`.
 *
 * @param path - The file, as the user named it.
 * @param limit - The largest file read.
 * @returns The mapping, its defaults filled in.
 * @throws {UsageError} when the file cannot be read, is not JSON or is not a valid mapping (naming
 * the path in it and the value).
 */
export function readSnapshotMap(path: string, limit: RecordLimit): SnapshotMap {
  const text = readWholeFile(path, `the mapping file ${path}`, limit);
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not JSON: ${(error as Error).message}`);
  }
  return snapshotMapOf(config, path);
}

/**
 * Checks a mapping given as data (a parsed mapping file).
 *
 * @param config - The mapping, as `JSON.parse` gives it.
 * @param source - What to call it in messages (the file's name).
 * @returns The mapping, its defaults filled in.
 * @throws {UsageError} naming the path in the mapping and the value, for a mistake.
 */
export function snapshotMapOf(config: unknown, source: string): SnapshotMap {
  try {
    return checkedSnapshotMap(config);
  } catch (error) {
    if (!(error instanceof SlaError)) throw error;
    if (error.path === 'input' && error.reason !== 'is not a key of a snapshot mapping') {
      throw new UsageError(`${source} is not a snapshot mapping: a JSON object is expected`);
    }
    const said = error.value === undefined ? `${error.path} is required` : error.message;
    throw new UsageError(`${source} is not a valid snapshot mapping: ${said}`);
  }
}

/**
 * Checks a mapping given as data, for the library (`sla-clock/node`), which throws `SlaError`s.
 *
 * @param config - The mapping, as `JSON.parse` gives it.
 * @returns The mapping, its defaults filled in.
 * @throws {SlaError} `invalid_argument` at the path in the mapping (`input`: the whole is not an
 * object), with the value found there.
 */
export function checkedSnapshotMap(config: unknown): SnapshotMap {
  try {
    return checkedMap(
      parseOrThrow(snapshotMapObjectSchema, withObjects(config), 'invalid_argument', ''),
    );
  } catch (error) {
    if (!(error instanceof SlaError) || error.reason !== 'is not a known option') throw error;
    throw new SlaError(error.code, error.path, error.value, 'is not a key of a snapshot mapping');
  }
}

/** The mapping with each column named alone (`"priority"`) written `{ "column": "priority" }`. */
function withObjects(config: unknown): unknown {
  if (!isRecord(config)) return config;
  const named = (value: unknown) => (typeof value === 'string' ? { column: value } : value);
  const copy: Record<string, unknown> = { ...config };
  for (const key of ['openedAt', 'status', 'priority', 'kind']) {
    if (key in copy) copy[key] = named(copy[key]);
  }
  if (isRecord(copy.fields)) {
    copy.fields = Object.fromEntries(
      Object.entries(copy.fields).map(([name, value]) => [name, named(value)]),
    );
  }
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkedMap(config: SnapshotMapConfig): SnapshotMap {
  const at = {
    column: config.at.column,
    format: config.at.format,
    zone: zoneOf(config.at.zone, 'at.zone'),
  };
  const opened = config.openedAt;
  const openedAt =
    opened === undefined
      ? undefined
      : {
          column: opened.column,
          format: opened.format ?? at.format,
          zone: opened.zone === undefined ? at.zone : zoneOf(opened.zone, 'openedAt.zone'),
        };
  const { status } = config;
  const statusValues = valuesOf(status);
  const statusSet = (key: 'resolved' | 'closed') => {
    const list = status[key] ?? [];
    const known = statusValues === undefined ? undefined : new Set(statusValues.values());
    list.forEach((name, index) => {
      if (known !== undefined && !known.has(name)) {
        fail(`status.${key}[${index}]`, name, 'is none of the statuses status.values gives');
      }
    });
    return new Set(list);
  };
  const columns = (spec: SnapshotMapConfig['priority']): MappedColumn<string> =>
    typeof spec === 'string'
      ? { column: spec, values: undefined }
      : { column: spec.column, values: valuesOf(spec) };
  const fields = Object.entries(config.fields ?? {}).map(
    ([name, spec]) =>
      [
        name,
        typeof spec === 'string'
          ? { column: spec, values: undefined }
          : { column: spec.column, values: valuesOf(spec) },
      ] as const,
  );
  return {
    ticket: config.ticket,
    at,
    openedAt,
    status: {
      column: status.column,
      values: statusValues,
      resolved: statusSet('resolved'),
      closed: statusSet('closed'),
    },
    priority: columns(config.priority),
    kind: config.kind === undefined ? undefined : columns(config.kind),
    assignee: config.assignee,
    group: config.group,
    fields,
    empty: new Set(config.empty ?? []),
  };
}

function valuesOf<V>(spec: {
  readonly values?: Record<string, V> | undefined;
}): ReadonlyMap<string, V> | undefined {
  return spec.values === undefined ? undefined : new Map(Object.entries(spec.values));
}

function zoneOf(zone: string, path: string): string {
  if (!IANAZone.isValidZone(zone)) fail(path, zone, 'is not a known IANA time zone');
  return zone;
}

function fail(path: string, value: unknown, reason: string): never {
  throw new SlaError('invalid_argument', path, value, reason);
}
