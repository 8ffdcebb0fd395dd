// The command's CSV parser against a slow reference with the same rules (test/support/
// csv-reference.ts), whatever the chunks the input arrives in; and the reference against Papa
// Parse on well-formed CSV, so that both read CSV as the usual tools do.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type CsvConsumer, CsvParser } from '../../src/cli/input/csv-parser';
import { RecordLimit } from '../../src/cli/input/record-limit';
import { type ReferenceRecord, referenceCsv } from '../support/csv-reference';
import { fcParams } from '../support/fast-check-settings';

function limitOf(characters: number): RecordLimit {
  // The parser only reads `characters` and `describe()`; small limits exercise the cut-off.
  return Object.assign(Object.create(RecordLimit.prototype), {
    characters,
    text: String(characters),
  }) as RecordLimit;
}

/** Reads `chunks` with the command's parser; problems named as the reference names them. */
function parse(chunks: readonly string[], limit: number): ReferenceRecord[] {
  const records: ReferenceRecord[] = [];
  const consumer: CsvConsumer = {
    record: (cells, line) => records.push({ line, cells: [...cells] }),
    malformed: (line, reason, cells) =>
      records.push({ line, malformed: categoryOf(reason), cells: [...cells] }),
    lines: () => undefined,
    stopped: false,
    drained: () => undefined,
  };
  const parser = new CsvParser(consumer, limitOf(limit));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return records;
}

function categoryOf(reason: string): string {
  if (reason.startsWith('longer than')) return 'too long';
  if (reason.startsWith('a quoted field is not closed')) return 'not closed';
  if (reason.startsWith('a quote inside')) return 'stray quote';
  return reason;
}

/** Text made of the characters that matter to CSV, and a few that do not. */
const csvText = fc
  .array(fc.constantFrom('a', 'b', ' ', 'é', ',', ',', '"', '"', '\n', '\n', '\r', '\r\n', 'x'), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

/** The text cut into chunks at random places (a place cut twice makes an empty chunk). */
const chunked = (text: string) =>
  fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 6 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), text.length];
    return points.slice(1).map((end, index) => text.slice(points[index], end));
  });

describe('the CSV parser', () => {
  it('reads every input as the reference does, in any chunks, under any limit', () => {
    fc.assert(
      fc.property(
        csvText.chain((text) => fc.tuple(fc.constant(text), chunked(text))),
        fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(1024 * 1024)),
        ([text, chunks], limit) => {
          expect(parse(chunks, limit)).toEqual(referenceCsv(text, limit));
        },
      ),
      fcParams(),
    );
  });

  it('reads well-formed CSV as Papa Parse does', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', 'é'),
      maxLength: 6,
    });
    const quote = (text: string) =>
      /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, newline) => {
          const text = rows.map((row) => row.map(quote).join(',')).join(newline) + newline;
          const papa = Papa.parse<string[]>(text, { skipEmptyLines: true, newline }).data;
          const ours = referenceCsv(text, Number.POSITIVE_INFINITY).map((record) => record.cells);
          expect(ours).toEqual(papa);
          expect(parse([text], 1024 * 1024).map((record) => record.cells)).toEqual(papa);
        },
      ),
      fcParams(),
    );
  });

  it('reads an export whose line endings change half-way (CRLF, then LF, then CR)', () => {
    const text = 'a,b\r\nT1,x\r\nT2,y\nT3,z\rT4,w\r\n';
    expect(parse([text], 1024)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['T1', 'x'] },
      { line: 3, cells: ['T2', 'y'] },
      { line: 4, cells: ['T3', 'z'] },
      { line: 5, cells: ['T4', 'w'] },
    ]);
  });

  it('keeps a CRLF cut between two chunks as one line break', () => {
    expect(parse(['a,b\r', '\nc,d\r', '\n'], 1024)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c', 'd'] },
    ]);
    expect(parse(['"a\r', '\nb",c\n', 'd,e'], 1024)).toEqual([
      { line: 1, cells: ['a\r\nb', 'c'] },
      { line: 3, cells: ['d', 'e'] },
    ]);
  });

  it('skips a record over the limit up to the next line break and reads on', () => {
    const long = 'x'.repeat(50);
    expect(parse([`a,b\n${long},c\n"${long}\nT,1\n`], 20)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, malformed: 'too long', cells: [] },
      { line: 3, malformed: 'too long', cells: [] },
      { line: 4, cells: ['T', '1'] },
    ]);
  });
});
