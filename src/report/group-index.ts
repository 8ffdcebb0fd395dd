import type { GroupKey } from './group-key';
import type { GroupTally } from './group-tally';

/**
 * The groups of a summary, found by their key's values: maps within maps, by priority, kind, then
 * month, so that no id is spelt per ticket. A dimension the summary does not group by is `''`
 * at its level (no priority, kind or month is empty), and one summary's keys all have the same
 * dimensions.
 */
export class GroupIndex {
  readonly #byPriority = new Map<string, Map<string, Map<string, GroupTally>>>();
  readonly #groups: GroupTally[] = [];

  find(priority: string, kind: string, month: string): GroupTally | undefined {
    return this.#byPriority.get(priority)?.get(kind)?.get(month);
  }

  /** The group of `key`, from a summary grouped as this one is. */
  findKey(key: GroupKey): GroupTally | undefined {
    return this.find(key.priority ?? '', key.kind ?? '', key.month ?? '');
  }

  /** Adds a group that `find` does not find, under its key's values. */
  add(group: GroupTally): void {
    const { priority = '', kind = '', month = '' } = group.key;
    let byKind = this.#byPriority.get(priority);
    if (byKind === undefined) {
      byKind = new Map();
      this.#byPriority.set(priority, byKind);
    }
    let byMonth = byKind.get(kind);
    if (byMonth === undefined) {
      byMonth = new Map();
      byKind.set(kind, byMonth);
    }
    byMonth.set(month, group);
    this.#groups.push(group);
  }

  /** Every group, in the order they were added. */
  values(): readonly GroupTally[] {
    return this.#groups;
  }
}
