// Bad input never stops a report silently: every bad row or ticket is one line on stderr,
// `line N: reason`, N counting the lines of the input (header included, a quoted field's line
// breaks included), and the other tickets are still counted.
import { describe, expect, it } from 'vitest';
import { type CliResult, runCli, scratchDir, writeInput } from '../support/cli';

const NOW = '2026-06-30T14:00:00-04:00';
const dir = scratchDir();

function report(name: string, text: string, ...options: string[]): CliResult {
  return runCli([
    'report',
    writeInput(dir, name, text),
    '--plan',
    'standard',
    '--now',
    NOW,
    '--json',
    ...options,
  ]);
}

/** The stderr lines, each cut to `line N: ticket X: ` and the start of its reason. */
const stderrLines = (result: CliResult) => result.stderr.trimEnd().split('\n');

// One row per event, with an extra column (ignored) that holds commas, quotes and line breaks.
const EVENT_ROWS = [
  'ticket,event,at,priority,kind,note', // 1
  'G1,opened,2026-06-30T08:00:00-04:00,high,incident,', // 2
  'G1,responded,2026-06-30T08:10:00-04:00,,,"called back, left a message"', // 3
  'G2,opened,2026-06-30T09:00:00-04:00,normal,request,"first line', // 4
  'second line, with a comma', // 5
  'third ""quoted"" line"', // 6
  'G2,paused,2026-06-30T10:00:00-04:00,,,', // 7
  'B1,opened,yesterday,high,,', // 8
  'B2,opened,2026-06-30T08:00:00-04:00,high,,', // 9
  'B2,responded,2026-06-30 08:20,,,', // 10
  'B3,opened,2026-06-30T08:00:00-04:00,urgent,,', // 11
  'B4,opened,2026-06-30T08:00:00-04:00,high,question,', // 12
  'B5,opened,2026-06-30T08:00:00-04:00,high,,', // 13
  'B5,called,2026-06-30T08:30:00-04:00,,,', // 14
  'B6,opened,2026-06-30T08:00:00-04:00,high,,', // 15
  'B6,resolved,2026-06-30T10:00:00-04:00,,,', // 16
  'B6,responded,2026-06-30T09:00:00-04:00,,,', // 17
  'B7,responded,2026-06-30T09:00:00-04:00,,,', // 18
  'B10,opened,2026-06-30T11:00:00-04:00,high,,,', // 19
  'B8,opened,2026-06-30T08:00:00-04:00,high,', // 20
  'G3,opened,2026-06-30T12:00:00-04:00,critical,incident,', // 21
  '', // 22
  'G4,opened,2026-06-30T12:30:00-04:00,medium,,', // 23
  'B9,opened,"2026-06-30T13:00:00-04:00,low,,', // 24: the quote is never closed
  'G5,opened,2026-06-30T13:00:00-04:00,high,,', // 25: swallowed by line 24's field
];

const EXPECTED_EVENT_ERRORS = [
  'line 8: ticket B1: opened at: is not an ISO-8601 date-time with an offset or Z',
  'line 10: ticket B2: event at: is not an ISO-8601 date-time with an offset or Z (a string without an offset is not an instant) (got "2026-06-30 08:20")',
  'line 11: ticket B3: priority: is not one of normal, medium, high, critical (got "urgent")',
  'line 12: ticket B4: kind: is not one of request, incident, information (got "question")',
  'line 14: ticket B5: event type: is not one of responded, paused, resumed, priority-changed, resolved, reopened, status-changed, replied, assigned, field-changed, closed (got "called")',
  'line 17: ticket B6: responded is out of order: before the previous event (2026-06-30T10:00:00-04:00)',
  'line 18: ticket B7: its first row is "responded": a ticket\'s rows must begin with an "opened" row',
  'line 19: ticket B10: has 7 fields, the header has 6',
  'line 20: ticket B8: has 5 fields, the header has 6',
  // Its ticket id was read before the quote: the record is B9's, G4 is whole.
  'line 24: ticket B9: a quoted field is not closed: the rest of the input was read into it',
];

function expectEventErrors(result: CliResult): void {
  const lines = stderrLines(result);
  expect(lines).toHaveLength(EXPECTED_EVENT_ERRORS.length);
  lines.forEach((line, index) => {
    expect(line.startsWith(EXPECTED_EVENT_ERRORS[index] as string), line).toBe(true);
  });
  const summary = JSON.parse(result.stdout);
  expect(summary.total.tickets).toBe(4); // G1, G2, G3, G4
  expect(summary.rejected.count).toBe(EXPECTED_EVENT_ERRORS.length);
  expect(result.status).toBe(1);
}

describe('CSV, one row per event', () => {
  it('names the line of each bad row and still counts the good tickets', () => {
    expectEventErrors(report('events.csv', `${EVENT_ROWS.join('\n')}\n`));
  });

  it('the same with CRLF line endings and a byte-order mark', () => {
    expectEventErrors(report('events-crlf.csv', `\uFEFF${EVENT_ROWS.join('\r\n')}\r\n`));
  });

  it('the same read from stdin', () => {
    const result = runCli(
      ['report', '-', '--plan', 'standard', '--now', NOW, '--json'],
      `${EVENT_ROWS.join('\n')}\n`,
    );
    expectEventErrors(result);
  });

  it('--strict stops at the first bad row', () => {
    const result = report('strict.csv', `${EVENT_ROWS.join('\n')}\n`, '--strict');
    expect(stderrLines(result)).toEqual([
      expect.stringMatching(/^line 8: ticket B1: opened at: /),
      'stopped at the first rejected ticket (--strict): no report',
    ]);
    expect(result.status).toBe(1);
  });

  it('the same with every row held to the end (--any-order), messages in another order', () => {
    const result = report('any-order.csv', `${EVENT_ROWS.join('\n')}\n`, '--any-order');
    // Rows are judged as they are read, tickets once the input has ended.
    const byLine = (line: string) => Number(/^line (\d+)/.exec(line)?.[1]);
    const sorted = {
      ...result,
      stderr: stderrLines(result)
        .sort((a, b) => byLine(a) - byLine(b))
        .join('\n'),
    };
    expectEventErrors(sorted);
  });
});

describe('CSV rows that are lost', () => {
  const HEADER = 'ticket,event,at,priority,kind';

  it('an unreadable record in the middle of a ticket rejects that ticket, never half of it', () => {
    const rows = [
      HEADER, // 1
      'T1,opened,2026-06-30T08:00:00-04:00,high,', // 2
      'T1,responded,"2026-06-30T08:10:00-04:00""x,,', // 3: the quote closes on line 4
      'T1,paused,"2026-06-30T08:20:00-04:00",,', // 4
      'T1,resolved,2026-06-30T09:00:00-04:00,,', // 5: skipped, T1 is rejected
      'T2,opened,2026-06-30T08:00:00-04:00,high,', // 6
    ];
    const result = report('lost-record.csv', `${rows.join('\n')}\n`);
    expect(stderrLines(result)).toEqual([
      'line 3: ticket T1: a quote inside a field that is not quoted (a field with quotes must be quoted whole)',
    ]);
    const summary = JSON.parse(result.stdout);
    expect(summary.total.tickets).toBe(1); // T2 only
    expect(summary.rejected.count).toBe(1);
  });

  it('a record whose ticket id cannot be read rejects the ticket being read with it', () => {
    const rows = [
      HEADER, // 1
      'T1,opened,2026-06-30T08:00:00-04:00,high,', // 2
      'T"1,responded,2026-06-30T08:10:00-04:00,,', // 3: the id itself holds a stray quote
      'T1,resolved,2026-06-30T09:00:00-04:00,,', // 4: skipped, T1 is rejected
      'T2,opened,2026-06-30T08:00:00-04:00,high,', // 5
    ];
    const result = report('lost-id.csv', `${rows.join('\n')}\n`);
    expect(stderrLines(result)).toEqual([
      'line 3: a quote inside a field that is not quoted (a field with quotes must be quoted whole)',
      'line 3: ticket T1: the record on this line cannot be read and may be one of its rows',
    ]);
    expect(JSON.parse(result.stdout).total.tickets).toBe(1); // T2 only
  });

  it('each row without a ticket id is rejected, and so is the ticket it may belong to', () => {
    const rows = [
      HEADER, // 1
      'T1,opened,2026-06-30T08:00:00-04:00,high,', // 2
      ',responded,2026-06-30T08:10:00-04:00,,', // 3
      ',opened,2026-06-30T08:20:00-04:00,high,', // 4
      ',opened,2026-06-30T08:30:00-04:00,high,', // 5
      'T1,resolved,2026-06-30T09:00:00-04:00,,', // 6
      'T2,opened,2026-06-30T08:00:00-04:00,high,', // 7
    ];
    const result = report('empty-ids.csv', `${rows.join('\n')}\n`);
    expect(stderrLines(result)).toEqual([
      'line 3: the ticket id is empty',
      'line 3: ticket T1: the row on this line has no ticket id and may be one of its rows',
      'line 4: the ticket id is empty',
      'line 5: the ticket id is empty',
    ]);
    expect(JSON.parse(result.stdout).total.tickets).toBe(1); // T2 only
  });
});

describe('CSV, one row per ticket', () => {
  it('names the line of each bad row', () => {
    const rows = [
      'id,opened_at,priority,kind,responded_at,resolved_at',
      'A1,2026-06-30T08:00:00-04:00,high,incident,2026-06-30T08:10:00-04:00,',
      'A2,2026-06-30,high,,,',
      'A3,2026-06-30T08:00:00-04:00,high,,2026-06-30T11:00:00-04:00,2026-06-30T10:00:00-04:00',
      'A4,2026-06-30T08:00:00-04:00,high',
      ',2026-06-30T08:00:00-04:00,high,,,',
      'A1,2026-06-30T09:00:00-04:00,normal,,,',
      '"A,5",2026-06-30T08:00:00-04:00,critical,"request",,',
    ];
    const result = report('export.csv', `${rows.join('\n')}\n`);
    expect(stderrLines(result)).toEqual([
      expect.stringMatching(/^line 3: ticket A2: opened at: is not an ISO-8601 date-time/),
      expect.stringMatching(/^line 4: ticket A3: resolved is out of order/),
      'line 5: ticket A4: has 3 fields, the header has 6',
      'line 6: the id is empty',
      'line 7: ticket A1: the same ticket id appears earlier in the input',
    ]);
    expect(JSON.parse(result.stdout).total.tickets).toBe(2);
  });
});

describe('JSON Lines', () => {
  it('names the line of each bad ticket, counting blank lines', () => {
    const lines = [
      JSON.stringify({ id: 'J1', openedAt: '2026-06-30T08:00:00-04:00', priority: 'high' }),
      '',
      '{"id": "J2", "openedAt": ',
      '[1, 2]',
      JSON.stringify({ openedAt: '2026-06-30T08:00:00-04:00', priority: 'high' }),
      JSON.stringify({ id: 'J3', openedAt: '2026-06-30T08:00:00', priority: 'high' }),
      JSON.stringify({
        id: 'J4',
        openedAt: '2026-06-30T08:00:00-04:00',
        priority: 'high',
        events: [
          { type: 'responded', at: '2026-06-30T09:00:00-04:00' },
          { type: 'responded', at: '2026-06-30T10:00:00-04:00' },
        ],
      }),
      JSON.stringify({ id: 'J1', openedAt: '2026-06-30T08:00:00-04:00', priority: 'high' }),
      JSON.stringify({ id: 5, openedAt: '2026-06-30T08:00:00-04:00', priority: 'normal' }),
      JSON.stringify({ id: 'J6', openedAt: '2026-07-01T08:00:00-04:00', priority: 'high' }),
    ];
    const result = report('tickets.jsonl', `${lines.join('\r\n')}\r\n`);
    expect(stderrLines(result)).toEqual([
      expect.stringMatching(/^line 3: not valid JSON: /),
      'line 4: not a ticket: a JSON object { id, openedAt, priority, kind?, events? } is expected',
      'line 5: the ticket has no id (a string or a number), got none',
      expect.stringMatching(/^line 6: ticket J3: opened at: is not an ISO-8601 date-time/),
      expect.stringMatching(
        /^line 7: ticket J4: responded is impossible: the first-contact clock has stopped/,
      ),
      'line 8: ticket J1: the same ticket id appears earlier in the input',
      // The ticket is at fault, not --now.
      'line 10: ticket J6: opened at: is after the report\'s now (2026-06-30T18:00:00.000Z) (got "2026-07-01T08:00:00-04:00")',
    ]);
    expect(JSON.parse(result.stdout).total.tickets).toBe(2);
    expect(result.status).toBe(1);
  });
});

describe('empty inputs', () => {
  it.each([
    ['an empty CSV file', 'empty.csv', '', 'line 1: the input is empty'],
    ['an empty JSON Lines file', 'empty.jsonl', '', 'line 1: the input is empty'],
    ['blank lines only', 'blank.jsonl', '\n  \n\n', 'line 1: the input is empty'],
    [
      'a header-only CSV file',
      'header.csv',
      'ticket,event,at,priority,kind\n',
      'line 2: no ticket after the header',
    ],
    [
      'a header-only CSV file with CRLF',
      'header-crlf.csv',
      'id,opened_at,priority\r\n',
      'line 2: no ticket after the header',
    ],
  ])('%s is reported, exit 1', (_what, name, text, message) => {
    const result = report(name, text);
    expect(stderrLines(result)).toEqual([message]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).total.tickets).toBe(0);
  });

  it('a CSV header of neither form is a usage error, exit 2', () => {
    const result = report('other.csv', 'name,date\nx,y\n');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('line 1: the CSV header is neither one row per event');
  });
});
