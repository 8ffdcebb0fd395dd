// The progress line of `sla-clock report`: on a terminal only, redrawn in place, erased at the
// end; nothing at all on stderr otherwise (the other tests check that a clean report writes
// nothing there).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress';
import { CLI, scratchDir, writeInput } from '../support/cli';

/** What redraws the line: back to its start, then erase it. */
const CLEAR = '\r\u001b[K';

describe('Progress', () => {
  it('shows lines, tickets, the rate, the share done and the time left', () => {
    const written: string[] = [];
    let time = 0;
    const progress = new Progress(
      { write: (text) => written.push(text) },
      1000,
      () => 500,
      () => time,
    );
    progress.update(100, 20); // too soon after the start: not drawn
    expect(written).toHaveLength(0);
    time = 2000;
    progress.update(1200, 300);
    expect(written).toHaveLength(1);
    expect(written[0]?.startsWith(CLEAR)).toBe(true);
    expect(written[0]?.slice(CLEAR.length)).toMatch(
      /^1,200 lines · 300 tickets · [\d,]+ tickets\/s · 50 % · \d+ s left$/,
    );
    time = 2100;
    progress.update(1300, 310); // within 250 ms of the last one: not redrawn
    expect(written).toHaveLength(1);
    progress.clear();
    expect(written[1]).toBe(CLEAR);
  });

  it('without a known size, no share and no time left', () => {
    const written: string[] = [];
    let time = 0;
    const progress = new Progress(
      { write: (text) => written.push(text) },
      undefined,
      () => 0,
      () => time,
    );
    time = 1000;
    progress.update(10, 2);
    expect(written[0]?.startsWith(CLEAR)).toBe(true);
    expect(written[0]?.slice(CLEAR.length)).toMatch(/^10 lines · 2 tickets · [\d,]+ tickets\/s$/);
  });

  it('on a real terminal, the report shows it and erases it', () => {
    // The input comes through a pipe that pauses for 0.6 s half-way, more than the 250 ms before
    // the first draw, so the line is drawn however fast the machine is.
    const dir = scratchDir();
    const line = (i: number) =>
      JSON.stringify({ id: `T-${i}`, openedAt: '2026-06-29T08:00:00-04:00', priority: 'high' });
    const part = (name: string, from: number) =>
      writeInput(
        dir,
        name,
        `${Array.from({ length: 1000 }, (_, i) => line(from + i)).join('\n')}\n`,
      );
    const [first, second] = [part('first.jsonl', 0), part('second.jsonl', 1000)];
    const report = `${process.execPath} ${CLI} report - --plan standard --now 2026-06-30T14:00:00-04:00 --json > /dev/null`;
    const command = `(cat ${first}; sleep 0.6; cat ${second}) | ${report}`;
    // `script` runs the command on a pseudo-terminal (util-linux, on every Debian machine).
    const screen = execFileSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    const drawn = screen.split(CLEAR).filter((text) => text !== '');
    expect(drawn.length).toBeGreaterThan(0);
    for (const text of drawn) {
      // Read from a pipe, the size is unknown: no share done and no time left.
      expect(text).toMatch(/^[\d,]+ lines · [\d,]+ tickets · [\d,]+ tickets\/s$/);
    }
    expect(screen.endsWith(CLEAR)).toBe(true);
  });
});
