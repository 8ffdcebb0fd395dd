// A chunk's search for the interval at an instant reads its intervals by the day they start on:
// it must find what a scan of every interval finds, whatever the chunk's bounds (aligned on days
// or not), the intervals (none, many on one day, across days) and the instant (inside the chunk,
// on a boundary, before or after it), and whether the chunk was just asked about it or not.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
  chunkFromIntervals,
  lastStartingAtOrBefore,
  openTimeBefore,
} from '../../src/timeline/chunk';
import { itHolds } from '../support/fast-check-settings';

const DAY = 86_400_000;

/** The last interval starting at or before `t`, by looking at every one. */
function scanLastStartingAtOrBefore(starts: Float64Array, t: number): number {
  let found = -1;
  for (let i = 0; i < starts.length; i++) if ((starts[i] as number) <= t) found = i;
  return found;
}

const chunkArb = fc
  .record({
    start: fc.integer({ min: -5 * DAY, max: 5 * DAY }),
    days: fc.integer({ min: 0, max: 70 }),
    extra: fc.integer({ min: 1, max: DAY }),
    // Lengths from a millisecond to two days, so that days hold none, one or many intervals.
    pieces: fc.array(
      fc.tuple(fc.integer({ min: -DAY, max: 72 * DAY }), fc.integer({ min: 1, max: 2 * DAY })),
      { maxLength: 60 },
    ),
  })
  .map(({ start, days, extra, pieces }) => {
    const end = start + days * DAY + extra;
    const flat = pieces.flatMap(([from, length]) => [start + from, start + from + length]);
    return chunkFromIntervals(start, end, flat);
  });

function instantArb(chunk: ReturnType<typeof chunkFromIntervals>) {
  const near = [...chunk.starts, ...chunk.ends, chunk.start, chunk.end].flatMap((t) => [
    t - 1,
    t,
    t + 1,
  ]);
  return fc.oneof(
    fc.integer({ min: chunk.start - DAY, max: chunk.end + DAY }),
    fc.constantFrom(...near),
    fc.constantFrom(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY),
  );
}

describe('chunk search', () => {
  itHolds(
    'lastStartingAtOrBefore finds what a scan of every interval finds',
    fc.property(
      chunkArb.chain((chunk) => fc.tuple(fc.constant(chunk), fc.array(instantArb(chunk)))),
      ([chunk, instants]) => {
        for (const t of instants) {
          expect(lastStartingAtOrBefore(chunk, t)).toBe(
            scanLastStartingAtOrBefore(chunk.starts, t),
          );
        }
      },
    ),
  );

  itHolds(
    'openTimeBefore adds up the open time of the intervals before t, asked again or not',
    fc.property(
      chunkArb.chain((chunk) =>
        fc.tuple(
          fc.constant(chunk),
          // Few distinct instants, so that the chunk's memory of recent answers is exercised.
          fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 12 }),
          fc.array(fc.integer({ min: chunk.start, max: chunk.end }), {
            minLength: 4,
            maxLength: 4,
          }),
        ),
      ),
      ([chunk, picks, instants]) => {
        for (const pick of picks) {
          const t = instants[pick] as number;
          let open = 0;
          for (let i = 0; i < chunk.starts.length; i++) {
            open += Math.max(0, Math.min(t, chunk.ends[i] as number) - (chunk.starts[i] as number));
          }
          expect(openTimeBefore(chunk, t)).toBe(open);
        }
      },
    ),
  );
});
