// Inputs that a broken export, a spreadsheet or an attacker sends: every row is read or refused
// by its line, nothing is read without end, and nothing ends in a stack trace.
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchDir, writeInput } from '../support/cli';

const NOW = '2026-06-30T14:00:00-04:00';
const dir = scratchDir();
const report = (input: string, ...options: string[]) =>
  runCli(['report', input, '--plan', 'standard', '--now', NOW, '--json', ...options]);
const ticketLine = (id: string, extra = {}) =>
  JSON.stringify({ id, openedAt: '2026-06-30T08:00:00-04:00', priority: 'high', ...extra });

describe('line endings', () => {
  it('reads every row of a CRLF export with rows appended by a Unix tool (LF), and a lone CR', () => {
    const crlf = [
      'ticket,event,at,priority,kind',
      'A,opened,2026-06-30T08:00:00-04:00,high,',
      'A,responded,2026-06-30T08:10:00-04:00,,',
    ].join('\r\n');
    const lf = [
      'B,opened,2026-06-30T09:00:00-04:00,high,',
      'C,opened,2026-06-30T09:30:00-04:00,high,',
    ].join('\n');
    const input = writeInput(
      dir,
      'mixed.csv',
      `${crlf}\r\n${lf}\rD,opened,2026-06-30T10:00:00-04:00,normal,\n`,
    );
    const result = report(input);
    expect(result.stderr).toBe('');
    const summary = JSON.parse(result.stdout);
    expect(summary.total.tickets).toBe(4);
    expect(summary.total.metrics.gti.met).toBe(1);
  });

  it('names lines as an editor counts them, whatever the endings', () => {
    const text =
      'ticket,event,at,priority,kind\r\nA,opened,2026-06-30T08:00:00-04:00,high,\nB,opened,yesterday,high,\rC,opened,2026-06-30T08:00:00-04:00,urgent,\r\n';
    const result = report(writeInput(dir, 'mixed-bad.csv', text));
    expect(result.stderr.split('\n').map((line) => line.slice(0, 17))).toEqual([
      'line 3: ticket B:',
      'line 4: ticket C:',
      '',
    ]);
  });
});

describe('text encodings', () => {
  it('reads UTF-16 with a byte-order mark (a spreadsheet\'s "Unicode text")', () => {
    const text = 'ticket,event,at,priority,kind\r\nÉ-1,opened,2026-06-30T08:00:00-04:00,high,\r\n';
    const input = join(dir, 'utf16.csv');
    const fd = openSync(input, 'w');
    writeSync(fd, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    closeSync(fd);
    const result = report(input, '--tickets', join(dir, 'utf16-out.jsonl'));
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).total.tickets).toBe(1);
  });

  it('refuses a binary input at its first NUL character, exit 2 (/dev/zero ends at once)', () => {
    const result = report('/dev/zero');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^sla-clock: \/dev\/zero holds a NUL character \(character 1\): it is not a text export/,
    );
    expect(result.stdout).toBe('');
  });
});

describe('deep nesting', () => {
  const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`;
  const line = `{"id":"D","openedAt":"2026-06-30T08:00:00-04:00","priority":"high","events":[{"type":"bogus","at":${deep}}]}`;

  it('a JSON Lines ticket nested 10,000 levels deep is refused by its line', () => {
    const input = writeInput(
      dir,
      'deep.jsonl',
      `${ticketLine('A')}\n${line}\n${ticketLine('B')}\n`,
    );
    const result = report(input);
    expect(result.stderr).toBe('line 2: nested deeper than 32 levels: not a ticket\n');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).total.tickets).toBe(2);
  });

  it('explain refuses such a ticket in one line, exit 2, with or without --lenient-events --json', () => {
    const ticket = writeInput(dir, 'deep.json', line);
    for (const options of [[], ['--lenient-events', '--json']]) {
      const result = runCli([
        'explain',
        '--plan',
        'standard',
        '--ticket',
        ticket,
        '--now',
        NOW,
        ...options,
      ]);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        `sla-clock: ${ticket} is not a ticket: nested deeper than 32 levels\n(sla-clock explain --help lists the options)\n`,
      );
    }
  });
});

describe('long lines and endless inputs', () => {
  const big = 'x'.repeat(3 * 1024 * 1024);

  it('a JSON Lines line over the limit is refused by its line, the others read', () => {
    const input = writeInput(
      dir,
      'long.jsonl',
      `${ticketLine('A')}\n${ticketLine('L', { note: big })}\n${ticketLine('B')}\n`,
    );
    const result = report(input);
    expect(result.stderr).toBe('line 2: longer than 1,048,576 characters (--max-record-size 1M)\n');
    expect(JSON.parse(result.stdout).total.tickets).toBe(2);
    const raised = report(input, '--max-record-size', '4M');
    expect(raised.stderr).toBe('');
    expect(JSON.parse(raised.stdout).total.tickets).toBe(3);
  });

  it('a CSV record over the limit is refused by its line and skipped up to the next line break', () => {
    const rows = [
      'ticket,event,at,priority,kind,note',
      'A,opened,2026-06-30T08:00:00-04:00,high,,',
      `L,opened,2026-06-30T08:00:00-04:00,high,,${big}`,
      `M,opened,2026-06-30T08:00:00-04:00,high,,"${big}`,
      'B,opened,2026-06-30T08:00:00-04:00,high,,',
    ];
    const result = report(writeInput(dir, 'long.csv', `${rows.join('\n')}\n`));
    expect(result.stderr.split('\n')).toEqual([
      'line 3: ticket L: longer than 1,048,576 characters (--max-record-size 1M): skipped up to the next line break',
      'line 4: ticket M: longer than 1,048,576 characters (--max-record-size 1M) (a quoted field that is never closed?): skipped up to the next line break',
      '',
    ]);
    expect(JSON.parse(result.stdout).total.tickets).toBe(2);
  });

  it('an input that begins with more blanks than a record may hold is a usage error', () => {
    const result = report(writeInput(dir, 'blank.csv', '\n'.repeat(2 * 1024 * 1024)));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^sla-clock: the input begins with more than 1,048,576 characters/,
    );
  });

  const tooLarge = (file: string) =>
    `${file} is larger than 1,048,576 bytes (--max-record-size 1M)`;
  it.each([
    [['report', '-', '--plan', '/dev/zero', '--now', NOW], tooLarge('the plan file /dev/zero')],
    [
      ['explain', '--plan', 'standard', '--ticket', '/dev/zero', '--now', NOW],
      tooLarge('/dev/zero'),
    ],
    [
      ['deadlines', '--plan', '/dev/zero', '--priority', 'high', '--opened', NOW],
      tooLarge('the plan file /dev/zero'),
    ],
  ])('%j is refused after the limit, exit 2', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`sla-clock: ${message}`);
  });

  it.each(['1', '0', '12.5M', '300M', 'lots'])('--max-record-size %s is a usage error', (size) => {
    const result = report(join(dir, 'blank.csv'), '--max-record-size', size);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`--max-record-size ${size}: a size from 1K to 256M`);
  });
});
