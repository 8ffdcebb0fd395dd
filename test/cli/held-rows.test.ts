// The compact store of held rows against a plain model (a Map of arrays), and its field codes:
// every field comes back exactly as it went in, whatever its text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FieldCode, fewValues, isoInstant, plainText } from '../../src/cli/input/field-codes';
import { HeldRows } from '../../src/cli/input/held-rows';
import { fcParams } from '../support/fast-check-settings';

/** Text with the characters the codes treat apart (markers, digits, separators), no NUL. */
const fieldText = fc.oneof(
  fc.string({
    unit: fc.constantFrom('\x01', '\x02', '\x1f', '\x1e', '0', '9', '-', 'T', ':', 'a', 'é', '€'),
    maxLength: 30,
  }),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc
    .tuple(
      fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }),
      fc.constantFrom('-04:00', '+05:45', 'Z', '.250+01:00[Europe/Paris]'),
    )
    .map(([date, offset]) => date.toISOString().slice(0, 19) + offset),
  fc.constantFrom('opened', 'responded', 'high', ''),
);

describe('field codes', () => {
  it('give every text back exactly, in characters below U+0100 when the text has them', () => {
    fc.assert(
      fc.property(fc.array(fieldText, { maxLength: 40 }), (texts) => {
        const codes: FieldCode[] = [plainText, isoInstant, fewValues()];
        for (const code of codes) {
          for (const text of texts) {
            const kept = code.encode(text);
            expect(kept).not.toContain('\0');
            if (!/[^\0-\xff]/.test(text)) expect(kept).not.toMatch(/[^\0-\xff]/);
            expect(code.decode(kept)).toBe(text);
          }
        }
      }),
      fcParams(),
    );
  });

  it('pack a common ISO instant into 14 characters', () => {
    expect(isoInstant.encode('2026-04-01T08:30:00-04:00')).toHaveLength(14);
  });
});

describe('held rows', () => {
  it('hold what a map of arrays holds, found by id, in the order tickets first came', () => {
    const ids = fc.constantFrom('A', 'B', 'T-1', 'T-10', 'é', 'A\x01', `${'long-id-'.repeat(4)}1`);
    const operation = fc.tuple(
      ids,
      fc.array(fieldText, { minLength: 3, maxLength: 3 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 200 }), (operations) => {
        const held = new HeldRows([fewValues(), isoInstant, plainText]);
        const model = new Map<
          string,
          { rows: { line: number; fields: string[] }[]; rejected: boolean }
        >();
        operations.forEach(([id, fields, reject], line) => {
          const found = held.find(id);
          expect(found === -1).toBe(!model.has(id));
          const ticket = found === -1 ? held.addTicket(id, line, fields) : found;
          if (found !== -1) held.addRow(ticket, line, fields);
          const entry = model.get(id) ?? { rows: [], rejected: false };
          entry.rows.push({ line, fields });
          model.set(id, entry);
          if (reject) {
            held.reject(ticket);
            entry.rejected = true;
          }
        });
        expect(held.ticketCount).toBe(model.size);
        [...model.entries()].forEach(([id, entry], ticket) => {
          expect(held.idOf(ticket)).toBe(id);
          expect(held.isRejected(ticket)).toBe(entry.rejected);
          expect(held.firstLine(ticket)).toBe(entry.rows[0]?.line);
          expect(held.rowsOf(ticket)).toEqual(entry.rows);
        });
      }),
      fcParams(),
    );
  });

  it('find thousands of tickets across many pages', () => {
    const held = new HeldRows([plainText]);
    for (let index = 0; index < 20_000; index++) held.addTicket(`T-${index}`, index, [`${index}`]);
    for (let index = 0; index < 20_000; index += 7)
      held.addRow(held.find(`T-${index}`), index, ['x']);
    expect(held.find('T-19999')).toBe(19_999);
    expect(held.find('T-20000')).toBe(-1);
    expect(held.rowsOf(14_000)).toEqual([
      { line: 14_000, fields: ['14000'] },
      { line: 14_000, fields: ['x'] },
    ]);
  });

  it('keep long rows: a page closes by its length too, never past what a string holds', () => {
    const held = new HeldRows([plainText]);
    const long = (index: number) => `${index}:${'x'.repeat(40_000)}`;
    // 300 rows of 40,000 characters: past the 8 M characters that close a page.
    for (let index = 0; index < 300; index++) held.addTicket(`T-${index}`, index, [long(index)]);
    held.addRow(0, 300, ['last']);
    for (const index of [0, 150, 209, 210, 299]) {
      expect(held.idOf(index)).toBe(`T-${index}`);
      expect(held.rowsOf(index)[0]).toEqual({ line: index, fields: [long(index)] });
    }
    expect(held.rowsOf(0)[1]).toEqual({ line: 300, fields: ['last'] });
  });
});
