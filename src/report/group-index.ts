import type { GroupKey } from './group-key';
import type { GroupTally } from './group-tally';

/**
 * The groups of a summary, found by their key's values: maps within maps, by priority, kind,
 * month, then the policy and fields together, so that no id is spelt per ticket for the usual
 * dimensions. A dimension the summary does not group by is `''` at its level (no priority, kind
 * or month is empty), and one summary's keys all have the same dimensions.
 */
export class GroupIndex {
  readonly #byPriority = new Map<string, Map<string, Map<string, Map<string, GroupTally>>>>();
  readonly #groups: GroupTally[] = [];

  /** @param others - The policy and field dimensions, in `groupBy`'s order. */
  constructor(readonly others: readonly string[]) {}

  /** `others` holds the policy's and fields' values joined by `otherKey`, `''` without them. */
  find(priority: string, kind: string, month: string, others: string): GroupTally | undefined {
    return this.#byPriority.get(priority)?.get(kind)?.get(month)?.get(others);
  }

  /** The group of `key`, from a summary grouped as this one is. */
  findKey(key: GroupKey): GroupTally | undefined {
    return this.find(key.priority ?? '', key.kind ?? '', key.month ?? '', this.#othersOf(key));
  }

  /** Adds a group that `find` does not find, under its key's values. */
  add(group: GroupTally): void {
    const { priority = '', kind = '', month = '' } = group.key;
    const byKind = child(this.#byPriority, priority);
    const byMonth = child(byKind, kind);
    const byOthers = child(byMonth, month);
    byOthers.set(this.#othersOf(group.key), group);
    this.#groups.push(group);
  }

  /** Every group, in the order they were added. */
  values(): readonly GroupTally[] {
    return this.#groups;
  }

  #othersOf(key: GroupKey): string {
    return otherKey(this.others.map((dimension) => key[dimension] ?? ''));
  }
}

/** The policy's and fields' values as one map key (a JSON array when there are several: exact). */
export function otherKey(values: readonly string[]): string {
  if (values.length <= 1) return values[0] ?? '';
  return JSON.stringify(values);
}

function child<K, V extends Map<unknown, unknown>>(map: Map<K, V>, key: K): V {
  let found = map.get(key);
  if (found === undefined) {
    found = new Map() as V;
    map.set(key, found);
  }
  return found;
}
