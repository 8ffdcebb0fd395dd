import type { PartRecord, PartTask } from './read-part';

/** Whether two parts of one input read the same ticket id: its rows were not grouped. */
export function anIdInTwoParts(
  read: readonly { readonly task: PartTask; readonly outcome: PartRecord }[],
): boolean {
  const byPath = new Map<string, Float64Array[]>();
  for (const { task, outcome } of read) {
    if (task.part === undefined) continue;
    const lists = byPath.get(task.path) ?? [];
    lists.push(outcome.ids);
    byPath.set(task.path, lists);
  }
  for (let lists of byPath.values()) {
    // Each part's list is sorted (and holds no id twice): merged two by two, a repeat shows.
    while (lists.length > 1) {
      const merged: Float64Array[] = [];
      for (let index = 0; index < lists.length; index += 2) {
        const first = lists[index] as Float64Array;
        const second = lists[index + 1];
        const both = second === undefined ? first : mergeSorted(first, second);
        if (both === undefined) return true;
        merged.push(both);
      }
      lists = merged;
    }
  }
  return false;
}

/** Two sorted lists as one, or `undefined` if they share a value. */
function mergeSorted(first: Float64Array, second: Float64Array): Float64Array | undefined {
  const merged = new Float64Array(first.length + second.length);
  let i = 0;
  let j = 0;
  let at = 0;
  while (i < first.length && j < second.length) {
    const a = first[i] as number;
    const b = second[j] as number;
    if (a === b) return undefined;
    if (a < b) {
      merged[at++] = a;
      i++;
    } else {
      merged[at++] = b;
      j++;
    }
  }
  merged.set(first.subarray(i), at);
  merged.set(second.subarray(j), at + first.length - i);
  return merged;
}
