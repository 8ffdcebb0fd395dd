// The zone offsets the timelines are compiled from (src/schedule/zone-offsets.ts) ask the zone
// database only every few days and bisect where it changed. Checked here against the database
// itself (luxon's IANAZone, asked at every instant) for every zone this runtime knows: at random
// instants, and at both sides of every change, in four years per zone spread over 1880–2200.
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { STEP, ZoneOffsets } from '../src/schedule/zone-offsets';

const DAY = 86_400_000;
const MAX = 8.64e15;

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16_807) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

describe('ZoneOffsets', () => {
  it('samples no wider than the closest pair of changes allows (more than 6 days apart)', () => {
    expect(STEP).toBeLessThan(6 * DAY);
  });

  it('agrees with the zone database in every zone, at random instants and at every change', () => {
    const next = random(20_261_130);
    const mismatches: string[] = [];
    for (const name of Intl.supportedValuesOf('timeZone')) {
      const zone = IANAZone.create(name);
      const database = (t: number) =>
        Math.round(zone.offset(Math.min(Math.max(t, -MAX), MAX)) * 60_000);
      const offsets = new ZoneOffsets(database);
      for (let k = 0; k < 4; k++) {
        const year = 1880 + Math.floor(next() * 320);
        const from = Date.UTC(year, 0, 1);
        const to = Date.UTC(year + 1, 0, 1);
        for (let i = 0; i < 50; i++) {
          const t = from + Math.floor(next() * (to - from));
          if (offsets.offsetAt(t) !== database(t))
            mismatches.push(`${name} ${new Date(t).toISOString()}`);
        }
        // Every change of the year, found day by day and then to the millisecond.
        for (let day = from; day < to; day += DAY) {
          const after = database(day + DAY);
          if (database(day) === after) continue;
          let low = day;
          let high = day + DAY;
          while (high - low > 1) {
            const middle = low + Math.floor((high - low) / 2);
            if (database(middle) === after) high = middle;
            else low = middle;
          }
          if (offsets.offsetAt(high) !== after || offsets.offsetAt(high - 1) !== database(high - 1))
            mismatches.push(`${name} change at ${new Date(high).toISOString()}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);

  it('answers the same whatever the order of the questions', () => {
    const zone = IANAZone.create('America/Santiago');
    const database = (t: number) => Math.round(zone.offset(t) * 60_000);
    const instants = Array.from(
      { length: 2000 },
      (_, i) => Date.UTC(2010, 0, 1) + i * 7_654_321_987,
    );
    const forward = new ZoneOffsets(database);
    const backward = new ZoneOffsets(database);
    const ahead = instants.map((t) => forward.offsetAt(t));
    const behind = [...instants]
      .reverse()
      .map((t) => backward.offsetAt(t))
      .reverse();
    expect(behind).toEqual(ahead);
    expect(ahead).toEqual(instants.map(database));
  });
});
