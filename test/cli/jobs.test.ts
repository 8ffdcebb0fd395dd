// `sla-clock report --jobs N` run as a child process on generated exports of 2.5–4 MB, with
// hostile records packed where the cuts fall: whatever N, stdout, stderr, the --tickets file,
// the HTML page, the state file and the exit code are byte for byte those of one reading
// (--jobs 1). The places of the cuts themselves are checked in file-parts.test.ts.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutTargets } from '../../src/cli/jobs/file-parts';
import { runCli, scratchDir, writeInput } from '../support/cli';
import {
  aimedCutsInsideRecords,
  EXPORT_NOW,
  type LargeExport,
  largeExport,
} from '../support/large-exports';

const MB = 1024 * 1024;
const dir = scratchDir();
const BASE = ['--plan', 'standard', '--now', EXPORT_NOW];

/** The files a run may write, named the same in every run so that no output differs by name. */
interface Outputs {
  readonly tickets?: '.csv' | '.jsonl';
  readonly html?: boolean;
  readonly state?: boolean;
}

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly files: Record<string, string | undefined>;
}

function run(args: readonly string[], jobs: number, outputs: Outputs = {}): Run {
  const paths = {
    tickets: outputs.tickets === undefined ? undefined : join(dir, `out-tickets${outputs.tickets}`),
    html: outputs.html ? join(dir, 'out.html') : undefined,
    state: outputs.state ? join(dir, 'out-state.json') : undefined,
  };
  const extra: string[] = [];
  for (const [option, path] of Object.entries(paths)) {
    if (path === undefined) continue;
    rmSync(path, { force: true });
    extra.push(`--${option}`, path);
  }
  const result = runCli(['report', ...args, ...BASE, ...extra, '--jobs', String(jobs)]);
  const files: Record<string, string | undefined> = {};
  for (const [option, path] of Object.entries(paths)) {
    if (path !== undefined)
      files[option] = existsSync(path) ? readFileSync(path, 'latin1') : undefined;
  }
  return { ...result, files };
}

/**
 * Runs the report with --jobs 1 and each of `jobs`, and expects the same bytes everywhere.
 *
 * @returns The run of --jobs 1, for what the test expects besides.
 */
function sameWhateverJobs(args: readonly string[], outputs: Outputs = {}, jobs = [2, 3]): Run {
  const one = run(args, 1, outputs);
  for (const n of jobs) {
    const many = run(args, n, outputs);
    expect(many.status, `exit code, --jobs ${n}`).toBe(one.status);
    expect(many.stderr, `stderr, --jobs ${n}`).toBe(one.stderr);
    expect(many.stdout, `stdout, --jobs ${n}`).toBe(one.stdout);
    for (const [name, content] of Object.entries(one.files)) {
      expect(content, `--${name} of --jobs 1`).toBeDefined();
      expect(many.files[name] === content, `--${name}, --jobs ${n}`).toBe(true);
    }
  }
  return one;
}

/** The lines of stderr that reject something (`line N: …`, after the input's name if any). */
const rejections = (stderr: string) =>
  stderr.split('\n').filter((line) => /^(\S+: )?line \d+: /.test(line));

/** `text` with `insert` put before the record that starts nearest after `fraction` of it. */
function insertAt(made: LargeExport, fraction: number, insert: string, newTicket = true): string {
  const bytes = Buffer.from(made.text);
  const target = fraction * made.bytes;
  const index = made.records.findIndex(
    (record, at) =>
      record.offset >= target && (!newTicket || made.records[at - 1]?.id !== record.id),
  );
  const offset = (made.records[index] as { offset: number }).offset;
  return `${bytes.subarray(0, offset)}${insert}${bytes.subarray(offset)}`;
}

const files: Record<string, string> = {};
const exports: Record<string, LargeExport> = {};

// Some 30 MB of generated exports: not left behind.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  const write = (name: string, text: string | LargeExport) => {
    if (typeof text !== 'string') exports[name] = text;
    files[name] = writeInput(dir, name, typeof text === 'string' ? text : text.text);
  };
  const everything = {
    quotedBreaks: true,
    crlf: true,
    multibyte: true,
    emptyIds: true,
    rejected: true,
    impossible: true,
    bom: true,
  };
  write(
    'events.csv',
    largeExport({ form: 'events', bytes: 3.1 * MB, seed: 1, hostility: everything }),
  );
  write(
    'tickets.csv',
    largeExport({
      form: 'tickets',
      bytes: 2.5 * MB,
      seed: 2,
      hostility: { ...everything, loneCr: true, bom: false },
    }),
  );
  write(
    'tickets.jsonl',
    largeExport({
      form: 'jsonl',
      bytes: 4.1 * MB,
      seed: 3,
      hostility: { crlf: true, multibyte: true, rejected: true, oddLines: true, bom: true },
    }).text,
  );
  write(
    'export.csv',
    largeExport({
      form: 'export',
      bytes: 2.5 * MB,
      seed: 4,
      hostility: { crlf: true, bom: true, rejected: true },
    }).text,
  );
  const clean = largeExport({ form: 'events', bytes: 2.2 * MB, seed: 5 });
  // A quote never closed, on the opened row of a ticket where the cut is aimed.
  write(
    'malformed.csv',
    insertAt(
      clean,
      (cutTargets(clean.bytes, 2)[0] as number) / clean.bytes,
      `X-1,opened,2026-05-04T09:00:00-04:00,high,incident,"never closed\n`,
    ),
  );
  // The rows of a ticket that come back at the end, far beyond the first 10,000 rows.
  const early = clean.text.split('\n').filter((line) => line.startsWith('T-000007,'));
  write('comes-back.csv', `${clean.text}${early.slice(1).join('\n')}\n`);
  const jsonl = largeExport({ form: 'jsonl', bytes: 2.2 * MB, seed: 6 });
  const firstLine = jsonl.text.slice(0, jsonl.text.indexOf('\n') + 1);
  write('duplicate.jsonl', `${jsonl.text}${firstLine}`);
  const ticketCsv = largeExport({ form: 'tickets', bytes: 2.2 * MB, seed: 7 });
  const secondLine = ticketCsv.text.split('\n')[1] as string;
  write('duplicate.csv', `${ticketCsv.text}${secondLine}\n`);
  // A clean export but for two rejected tickets in its second half: --strict stops at the first.
  const strict = largeExport({ form: 'events', bytes: 3.1 * MB, seed: 8 });
  const bad = (id: string) => `${id},opened,2026-05-04T09:00:00-04:00,urgent,incident,\n`;
  write(
    'strict.csv',
    insertAt({ ...strict, text: insertAt(strict, 0.85, bad('X-2')) }, 0.6, bad('X-1')),
  );
  // A NUL character (a binary file?) late in the file: the command stops there, naming the
  // character counted from the start of the file, the rows before it written.
  write(
    'nul.csv',
    insertAt(clean, 0.8, `X-3,opened,2026-05-04T09:00:00-04:00,high,inci\u0000dent,\n`),
  );
  write(
    'small.jsonl',
    largeExport({
      form: 'jsonl',
      bytes: 40_000,
      seed: 9,
      prefix: 'S',
      sprinkle: 1,
      hostility: { rejected: true, multibyte: true },
    }).text,
  );
});

describe('report --jobs: the output is the same whatever the number of jobs', () => {
  it('the exports are hostile where the cuts are aimed: some fall inside a quoted field', () => {
    expect(aimedCutsInsideRecords(exports['events.csv'] as LargeExport)).toBeGreaterThan(0);
    expect(aimedCutsInsideRecords(exports['tickets.csv'] as LargeExport)).toBeGreaterThan(0);
  });

  it('event CSV grouped by ticket, with quoted line breaks, CRLF, multibyte text, empty ids, rejected tickets and a BOM (three parts)', () => {
    const one = sameWhateverJobs([files['events.csv'] as string, '--json'], {
      tickets: '.csv',
      state: true,
    });
    expect(one.status).toBe(1);
    const lines = rejections(one.stderr);
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.some((line) => line.includes('no ticket id'))).toBe(true);
    expect(JSON.parse(one.stdout).total.tickets).toBeGreaterThan(5000);
  }, 60_000);

  it('CSV of one row per ticket, with lone CR and CRLF line ends, quoted line breaks and empty ids', () => {
    const one = sameWhateverJobs(
      [files['tickets.csv'] as string, '--group-by', 'customer', '--json'],
      { tickets: '.jsonl' },
      [2],
    );
    expect(one.status).toBe(1);
    expect(rejections(one.stderr).some((line) => line.endsWith('the id is empty'))).toBe(true);
    expect(JSON.parse(one.stdout).groups.length).toBe(3);
  }, 60_000);

  it('JSON Lines with a BOM, CRLF, blank lines, lines opening with U+FEFF and lines cut short (four parts), and the HTML page', () => {
    const one = sameWhateverJobs(
      [files['tickets.jsonl'] as string],
      { tickets: '.csv', html: true },
      [2],
    );
    expect(one.status).toBe(1);
    expect(rejections(one.stderr).length).toBeGreaterThan(20);
    expect(one.files.html).toMatch(/^<!doctype html>/i);
  }, 60_000);

  it('a quote never closed where a cut is aimed: read in one piece, as without jobs', () => {
    const one = sameWhateverJobs([files['malformed.csv'] as string, '--json'], {}, [2]);
    expect(one.status).toBe(1);
    expect(rejections(one.stderr).length).toBeGreaterThan(0);
  }, 60_000);

  it('the rows of a ticket that come back at the end: the same notice, the same reading again', () => {
    const one = sameWhateverJobs(
      [files['comes-back.csv'] as string, '--json'],
      { tickets: '.csv' },
      [2],
    );
    expect(one.stderr).toMatch(
      /^line \d+: ticket T-000007: its rows come back after other tickets' rows: reading the input again/,
    );
  }, 60_000);

  it.each([['duplicate.jsonl'], ['duplicate.csv']])(
    '%s: a ticket id in the first part and again in the last',
    (name) => {
      const one = sameWhateverJobs([files[name] as string, '--json'], { tickets: '.jsonl' }, [2]);
      expect(one.status).toBe(1);
      expect(rejections(one.stderr)).toEqual([
        expect.stringMatching(/^line \d+: .*the same ticket id appears earlier in the input$/),
      ]);
    },
    60_000,
  );

  it('--strict stops at the same rejected ticket, with the same lines and --tickets rows', () => {
    const one = sameWhateverJobs([files['strict.csv'] as string, '--strict'], { tickets: '.csv' });
    expect(one.status).toBe(1);
    expect(one.stdout).toBe('');
    expect(rejections(one.stderr)).toEqual([expect.stringMatching(/^line \d+: ticket X-1: /)]);
    expect(one.stderr).toContain('stopped at the first rejected ticket (--strict)');
    // The rows before the rejected ticket were written, none after it.
    expect(one.files.tickets).toContain('T-000001,');
    expect(one.files.tickets).not.toContain('X-2');
  }, 60_000);
});

describe('report --jobs: several inputs', () => {
  it('a small JSON Lines input and a large event CSV, with --lenient-events: the same output, rejections named by input', () => {
    const inputs = [files['small.jsonl'], files['events.csv']] as string[];
    const one = sameWhateverJobs(
      [...inputs, '--json', '--lenient-events'],
      { tickets: '.csv' },
      [2],
    );
    expect(one.status).toBe(1);
    const lines = rejections(one.stderr);
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      expect(inputs.some((input) => line.startsWith(`${input}: line `))).toBe(true);
    }
    expect(lines.some((line) => line.startsWith(`${inputs[0]}: `))).toBe(true);
    expect(lines.some((line) => line.startsWith(`${inputs[1]}: `))).toBe(true);
    const where = JSON.parse(one.stdout).rejected.samples.map(
      (sample: { where: string }) => sample.where,
    );
    expect(where.length).toBeGreaterThan(0);
    for (const text of where) {
      expect(inputs.some((input) => text.startsWith(`${input}: line `))).toBe(true);
    }
  }, 60_000);
});

describe('report --jobs: what stops the command stops it the same way', () => {
  it('a NUL character late in the file: the same message (its place in the file), the same rows written', () => {
    const one = sameWhateverJobs([files['nul.csv'] as string], { tickets: '.csv' }, [2]);
    expect(one.status).toBe(2);
    const character =
      (readFileSync(files['nul.csv'] as string, 'utf8').split('\u0000')[0] as string).length + 1;
    expect(one.stderr).toContain(
      `holds a NUL character (character ${character.toLocaleString('en-US')})`,
    );
    expect(one.files.tickets?.length).toBeGreaterThan(100_000);
  }, 60_000);

  it("an input that cannot be read after a large one: the large one's rejections first, then the same error", () => {
    const missing = join(dir, 'missing.csv');
    // The desk's export of one row per ticket (CRLF, a BOM, some rejected), then nothing.
    const one = sameWhateverJobs([files['export.csv'] as string, missing], {}, [2]);
    expect(one.status).toBe(2);
    expect(rejections(one.stderr).length).toBeGreaterThan(0);
    expect(one.stderr).toContain(`cannot read ${missing}`);
  }, 60_000);

  it('a --tickets file of another extension: the same usage error, naming that file', () => {
    const tickets = join(dir, 'rows.txt');
    const results = [1, 2].map((jobs) =>
      runCli([
        'report',
        files['events.csv'] as string,
        ...BASE,
        '--tickets',
        tickets,
        '--jobs',
        String(jobs),
      ]),
    );
    expect(results[0]?.status).toBe(2);
    expect(results[0]?.stderr).toContain(
      `--tickets ${tickets}: the file must end in .csv, .jsonl or .ndjson`,
    );
    expect(results[1]).toEqual(results[0]);
  }, 60_000);
});
