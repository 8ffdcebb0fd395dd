import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idKey, SeenIds } from '../../src/cli/input/seen-ids';

describe('SeenIds', () => {
  it('takes each id once, through every growth of its tables, and lists their hashes', () => {
    const seen = new SeenIds();
    const count = 200_000;
    for (let i = 0; i < count; i++) expect(seen.add(`T-${i}`)).toBe(true);
    for (let i = 0; i < count; i += 997) expect(seen.add(`T-${i}`)).toBe(false);
    expect(seen.add(`T-${count}`)).toBe(true);
    const hashes = seen.hashes();
    expect(hashes.length).toBe(count + 1);
    const expected = Array.from({ length: count + 1 }, (_, i) => idKey(`T-${i}`));
    expect([...hashes].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
  });

  it("gives ids that differ only in their last two ASCII characters distinct slots (a key's low 32 bits)", () => {
    for (const prefix of ['', 'T', 'INC00', 'customer-42/']) {
      const keys = new Set<number>();
      for (let a = 32; a < 127; a++) {
        for (let b = 32; b < 127; b++)
          keys.add(idKey(`${prefix}${String.fromCharCode(a, b)}`) % 2 ** 32);
      }
      expect(keys.size).toBe(95 * 95);
    }
  });

  it('agrees with a Set on any sequence of ids', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 3 }), { maxLength: 2_000, size: 'max' }),
        (ids) => {
          const seen = new SeenIds();
          const reference = new Set<string>();
          for (const id of ids) {
            expect(seen.add(id)).toBe(!reference.has(id));
            reference.add(id);
          }
          expect(seen.hashes().length).toBe(reference.size);
        },
      ),
      { seed: 20261206 },
    );
  });
});
