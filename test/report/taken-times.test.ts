// TakenTimes keeps values pushed one by one and values added sorted (a state's) apart; whatever
// the mix, its statistics are those of all the values, computed here the plain way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TakenTimes } from '../../src/report/taken-times';

function plainSummary(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (percent: number) =>
    sorted[Math.max(1, Math.ceil((percent * sorted.length) / 100)) - 1] as number;
  return sorted.length === 0
    ? { count: 0, min: null, median: null, p90: null, max: null, mean: null }
    : {
        count: sorted.length,
        min: sorted[0],
        median: rank(50),
        p90: rank(90),
        max: sorted[sorted.length - 1],
        mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
      };
}

const times = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 100, size: 'max' });
/** Each batch pushed one by one, or added as a state adds its values (sorted or not). */
const batches = fc.array(
  fc.record({ values: times, how: fc.constantFrom('push', 'sorted', 'as-is') }),
  {
    maxLength: 6,
  },
);

function filled(list: readonly { values: number[]; how: string }[]): TakenTimes {
  const taken = new TakenTimes();
  for (const { values, how } of list) {
    if (how === 'push') for (const value of values) taken.push(value);
    else taken.addValues(how === 'sorted' ? [...values].sort((a, b) => a - b) : values);
  }
  return taken;
}

describe('TakenTimes', () => {
  it('gives the statistics of every value, however they were added and merged', () => {
    fc.assert(
      fc.property(batches, batches, (first, second) => {
        const all = [...first, ...second].flatMap(({ values }) => values);
        const merged = filled(first);
        const other = filled(second);
        merged.pushAll(other);
        expect(TakenTimes.summaryOf([merged])).toEqual(plainSummary(all));
        expect(merged.values()).toEqual([...all].sort((a, b) => a - b));
        // The other series, whose sorted chunks the merge shares, still says the same.
        const theirs = second.flatMap(({ values }) => values);
        expect(TakenTimes.summaryOf([other])).toEqual(plainSummary(theirs));
        expect(TakenTimes.summaryOf([filled(first), other])).toEqual(plainSummary(all));
      }),
      { seed: 20261206 },
    );
  });
});
