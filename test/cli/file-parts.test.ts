// Where `report --jobs` cuts a file (fileParts), checked against what the generator of the export
// knows of it: every cut starts a record (never inside a quoted field, never between a `\r` and its
// `\n`), the parts follow one another and cover the file, each part's first line is the count of
// line breaks before it plus one (counted here, apart from the code), and in an export of one row
// per event no ticket has rows in two parts.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordLimit } from '../../src/cli/input/record-limit';
import {
  cutTargets,
  type FileParts,
  fileParts,
  MAX_PART_BYTES,
  MIN_PART_BYTES,
} from '../../src/cli/jobs/file-parts';
import { scratchDir, writeInput } from '../support/cli';
import {
  aimedCutsInsideRecords,
  type ExportOptions,
  type LargeExport,
  largeExport,
} from '../support/large-exports';

const MB = 1024 * 1024;
const dir = scratchDir();
const HOSTILE = {
  quotedBreaks: true,
  crlf: true,
  multibyte: true,
  emptyIds: true,
  rejected: true,
  impossible: true,
  bom: true,
};

const CASES: readonly (readonly [string, ExportOptions])[] = [
  ['events.csv', { form: 'events', bytes: 4.2 * MB, seed: 11, hostility: HOSTILE }],
  [
    'events-crlf.csv',
    { form: 'events', bytes: 2.5 * MB, seed: 12, sprinkle: 0.5, hostility: HOSTILE },
  ],
  [
    'tickets.csv',
    {
      form: 'tickets',
      bytes: 3.2 * MB,
      seed: 13,
      sprinkle: 0.3,
      hostility: { ...HOSTILE, loneCr: true },
    },
  ],
  ['export.csv', { form: 'export', bytes: 2.5 * MB, seed: 14, hostility: { crlf: true } }],
  [
    'tickets.jsonl',
    {
      form: 'jsonl',
      bytes: 4.1 * MB,
      seed: 15,
      hostility: { crlf: true, multibyte: true, rejected: true, oddLines: true, bom: true },
    },
  ],
];

const made = new Map<string, { path: string; export: LargeExport; bytes: Buffer }>();

// Some 30 MB of generated exports: not left behind.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  for (const [name, options] of CASES) {
    const generated = largeExport(options);
    const path = writeInput(dir, name, generated.text);
    made.set(name, { path, export: generated, bytes: readFileSync(path) });
  }
});

/** The line breaks in `bytes` as the readers count them: CSV `\r\n`, `\n`, lone `\r`; JSON Lines `\n`. */
function lineBreaks(bytes: Buffer, csv: boolean): number {
  const text = bytes.toString('latin1');
  return (text.match(csv ? /\r\n|\r|\n/g : /\n/g) ?? []).length;
}

function partsOf(name: string, jobs: number): FileParts {
  const { path } = made.get(name) as { path: string };
  const parts = fileParts(path, undefined, jobs, RecordLimit.default);
  expect(parts, `${name} is split`).toBeDefined();
  return parts as FileParts;
}

describe('fileParts', () => {
  it.each(CASES.map(([name]) => [name]))(
    '%s: the parts follow one another, start records, and know their lines',
    (name) => {
      const { export: generated, bytes } = made.get(name) as {
        export: LargeExport;
        bytes: Buffer;
      };
      const csv = name.endsWith('.csv');
      const recordStarts = new Map(generated.records.map((record) => [record.offset, record]));
      for (const jobs of [1, 2, 3]) {
        const { parts, form, headerEnd } = partsOf(name, jobs);
        expect(form).toBe(csv ? 'csv' : 'jsonl');
        expect(parts.length).toBe(cutTargets(bytes.length, jobs).length + 1);
        expect(parts[0]?.start).toBe(0);
        expect(parts[0]?.firstLine).toBe(1);
        expect(parts.at(-1)?.end).toBeUndefined();
        expect(parts.at(-1)?.lastLine).toBeUndefined();
        for (const [index, part] of parts.entries()) {
          const next = parts[index + 1];
          if (next !== undefined) {
            expect(part.end).toBe(next.start);
            expect(part.lastLine).toBe(next.firstLine - 1);
            expect(next.start).toBeGreaterThan(part.start);
          }
          if (index === 0) continue;
          expect(part.start).toBeGreaterThanOrEqual(headerEnd);
          expect(bytes[part.start - 1], `the byte before the cut at ${part.start}`).toBe(0x0a);
          // JSON Lines may hold blank lines between records (the readers skip them): a cut
          // may start at one. A CSV cut starts a record.
          const blankLine =
            !csv && /^[ \r]*\n/.test(bytes.toString('latin1', part.start, part.start + 8));
          expect(
            recordStarts.has(part.start) || blankLine,
            `a record starts at ${part.start}`,
          ).toBe(true);
          expect(part.firstLine).toBe(lineBreaks(bytes.subarray(0, part.start), csv) + 1);
        }
      }
    },
  );

  it.each([['events.csv'], ['events-crlf.csv']])(
    '%s: no ticket has rows in two parts, the rows without an id staying with the ticket before them',
    (name) => {
      const { export: generated } = made.get(name) as { export: LargeExport };
      for (const jobs of [1, 2, 3]) {
        const { parts } = partsOf(name, jobs);
        const partOf = new Map<string, number>();
        let part = 0;
        let previous = '';
        for (const record of generated.records) {
          while ((parts[part]?.end ?? Number.POSITIVE_INFINITY) <= record.offset) {
            part++;
            // A part starts with a row of another ticket than the one before it, with an id.
            expect(record.id).not.toBe('');
            expect(record.id).not.toBe(previous);
          }
          if (record.id === '') continue;
          const seen = partOf.get(record.id);
          expect(
            seen === undefined || seen === part,
            `${record.id} in parts ${seen} and ${part}`,
          ).toBe(true);
          partOf.set(record.id, part);
          previous = record.id;
        }
        expect(part).toBe(parts.length - 1);
      }
    },
  );

  it.each([['events.csv'], ['tickets.csv']])(
    '%s: the hostile records are where the cuts fall (a line break after an aimed cut is inside a quoted field)',
    (name) => {
      expect(
        aimedCutsInsideRecords((made.get(name) as { export: LargeExport }).export),
      ).toBeGreaterThan(0);
    },
  );

  it('aims at parts of decreasing size, none under the least, that cover the file', () => {
    for (const jobs of [1, 2, 3, 8]) {
      for (const size of [2 * MB, 2 * MB + 1, 3.5 * MB, 30 * MB + 7, 347_746_840, 5e9]) {
        const targets = cutTargets(size, jobs);
        const sizes = [...targets, size].map((end, index) => end - (targets[index - 1] ?? 0));
        const last = sizes.pop() as number;
        expect(last, `${size} bytes, ${jobs} jobs: the last part`).toBeGreaterThanOrEqual(
          MIN_PART_BYTES,
        );
        expect(last).toBeLessThan(Math.max(2 * MIN_PART_BYTES, size / (2 * jobs) + MIN_PART_BYTES));
        for (const [index, part] of sizes.entries()) {
          expect(part).toBeGreaterThanOrEqual(MIN_PART_BYTES);
          if (index > 0) expect(part).toBeLessThanOrEqual(sizes[index - 1] as number);
        }
        for (const part of sizes) expect(part).toBeLessThanOrEqual(MAX_PART_BYTES);
        // Each reader's first part is a share of the whole; the readers end on small parts.
        if (size / (2 * jobs) >= MIN_PART_BYTES) {
          expect(sizes[0]).toBe(Math.min(MAX_PART_BYTES, Math.floor(size / (2 * jobs))));
          expect(Math.max(...sizes.slice(-jobs), last)).toBeLessThan(
            Math.max(2 * MIN_PART_BYTES, size / (8 * jobs)),
          );
        }
      }
    }
  });

  it('leaves whole a file smaller than two parts, stdin, and a file that is not there', () => {
    const small = writeInput(
      dir,
      'small.csv',
      largeExport({ form: 'events', bytes: 2 * MB - 4096, seed: 16 }).text,
    );
    expect(fileParts(small, undefined, 4, RecordLimit.default)).toBeUndefined();
    expect(fileParts('-', 'csv', 4, RecordLimit.default)).toBeUndefined();
    expect(fileParts(`${dir}/missing.csv`, undefined, 4, RecordLimit.default)).toBeUndefined();
  });
});
