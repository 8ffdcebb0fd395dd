// The per-ticket output's instants, spelt by the command instead of `Date#toISOString`: the same
// text for any date, kept texts included, and the same error for an invalid one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoTexts } from '../../src/cli/output/iso-texts';
import { fcParams } from '../support/fast-check-settings';

/** Every millisecond `Date` can hold: years −271821 to 275760. */
const MAX_MS = 8.64e15;

describe('IsoTexts', () => {
  it('spells any date as toISOString does, however often an instant comes back', () => {
    const iso = new IsoTexts();
    const instant = fc.oneof(
      fc.integer({ min: -MAX_MS, max: MAX_MS }),
      // Years 0 to 9999, where the text is the command's own, and their edges.
      fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
      fc.constantFrom(
        -62_167_219_200_001,
        -62_167_219_200_000,
        -1,
        0,
        951_782_400_000,
        253_402_300_799_999,
        253_402_300_800_000,
      ),
    );
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 200 }), (instants) => {
        for (const ms of [...instants, ...instants]) {
          expect(iso.of(new Date(ms))).toBe(new Date(ms).toISOString());
        }
      }),
      fcParams(),
    );
  });

  it('keeps null, and refuses an invalid date as toISOString does', () => {
    const iso = new IsoTexts();
    expect(iso.orNull(null)).toBeNull();
    expect(() => iso.of(new Date(Number.NaN))).toThrow(RangeError);
  });
});
