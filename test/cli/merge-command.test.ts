// `report --state` then `sla-clock merge`, run as child processes: the example tickets split into
// two exports, each reported on its own with --state, merge into the report of both read at once
// (every count, percentile and group), and merge refuses states that cannot make one report.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, scratchDir, writeInput } from '../support/cli';

const NOW = '2026-06-30T14:00:00-04:00';
const BASE = ['--plan', 'standard', '--now', NOW];
const dir = scratchDir();
const path = (name: string) => join(dir, name);

/** The example event export split by ticket: the first 120 tickets, and the others. */
let a: string;
let b: string;

beforeAll(() => {
  const [header, ...rows] = readFileSync(join(ROOT, 'examples/tickets.csv'), 'utf8')
    .trimEnd()
    .split('\n');
  const ids = [...new Set(rows.map((row) => row.split(',')[0]))];
  const first = new Set(ids.slice(0, 120));
  const of = (inFirst: boolean) => rows.filter((row) => first.has(row.split(',')[0]) === inFirst);
  // One rejected ticket in each, so that each state holds rejections of its own.
  const bad = (id: string) => `${id},opened,not-an-instant,normal,incident`;
  a = writeInput(dir, 'a.csv', `${[header, ...of(true), bad('BAD-A')].join('\n')}\n`);
  b = writeInput(dir, 'b.csv', `${[header, bad('BAD-B'), ...of(false)].join('\n')}\n`);
  for (const [input, state] of [
    [a, 'a.json'],
    [b, 'b.json'],
  ] as const) {
    const result = runCli(['report', input, ...BASE, '--state', path(state)]);
    expect(result.status).toBe(1);
  }
});

const json = (stdout: string) => JSON.parse(stdout);

describe('sla-clock merge', () => {
  it('merge a b --json is report a b --json but for the input names in the rejections', () => {
    const report = runCli(['report', a, b, ...BASE, '--json']);
    const merged = runCli(['merge', path('a.json'), path('b.json'), '--json']);
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(1);
    expect(report.status).toBe(1);
    const expected = json(report.stdout);
    const wheres = expected.rejected.samples.map((sample: { where: string }) => sample.where);
    expect(wheres).toEqual([
      expect.stringMatching(/^.*a\.csv: line \d+$/),
      expect.stringMatching(/^.*b\.csv: line 2$/),
    ]);
    for (const sample of expected.rejected.samples) {
      sample.where = sample.where.replace(`${a}: `, '').replace(`${b}: `, '');
    }
    // Every count, percentile, group and sample; the tickets of both halves.
    expect(json(merged.stdout)).toEqual(expected);
    expect(expected.total.tickets).toBe(300);
    expect(expected.rejected.count).toBe(2);
    // And the halves on their own differ from it: the merge did not copy one of them.
    const half = json(runCli(['merge', path('a.json'), '--json']).stdout);
    expect(half.total.tickets).toBe(120);
    expect(half.total).not.toEqual(expected.total);
  });

  it('prints the tables of report a b, byte for byte', () => {
    const report = runCli(['report', a, b, ...BASE]);
    const merged = runCli(['merge', path('a.json'), path('b.json')]);
    expect(merged.stdout).toBe(report.stdout);
    expect(merged.stdout).toContain('GTI');
  });

  it('--html writes a page of the merged report', () => {
    const html = path('merged.html');
    const merged = runCli(['merge', path('a.json'), path('b.json'), '--html', html]);
    expect(merged.status).toBe(1);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('</html>');
  });

  it('--state writes a state that merges again into the same report, and the same state', () => {
    const m = path('m.json');
    const merged = runCli(['merge', path('a.json'), path('b.json'), '--json', '--state', m]);
    const again = runCli(['merge', m, '--json', '--state', path('m2.json')]);
    expect(again.stdout).toBe(merged.stdout);
    expect(again.status).toBe(merged.status);
    expect(readFileSync(path('m2.json'), 'utf8')).toBe(readFileSync(m, 'utf8'));
  });
});

describe('sla-clock merge: a state carries its plan', () => {
  it('a state made under a policies file merges after the file is gone, into the report of it', () => {
    const policies = writeInput(
      dir,
      'policies.json',
      readFileSync(join(ROOT, 'examples/policies.json'), 'utf8'),
    );
    const input = join(ROOT, 'examples/customers.csv');
    const args = [input, '--plan', policies, '--now', NOW, '--json'];
    const report = runCli(['report', ...args, '--state', path('policies-state.json')]);
    rmSync(policies);
    const merged = runCli(['merge', path('policies-state.json'), '--json']);
    expect(merged.stdout).toBe(report.stdout);
    expect(merged.status).toBe(report.status);
    expect(json(merged.stdout).total.tickets).toBeGreaterThan(0);
  });
});

describe('sla-clock merge refuses what cannot make one report (exit 2, naming the file)', () => {
  const refused = (files: readonly string[], named: string, message: RegExp) => {
    const result = runCli(['merge', ...files, '--json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(named);
    expect(result.stderr).toMatch(message);
  };

  it('a state evaluated at another --now', () => {
    const other = path('b-later.json');
    runCli([
      'report',
      b,
      '--plan',
      'standard',
      '--now',
      '2026-07-01T14:00:00-04:00',
      '--state',
      other,
    ]);
    refused([path('a.json'), other], other, /evaluated at .*give the same --now/);
  });

  it('a state of another plan', () => {
    const other = path('b-premium.json');
    runCli(['report', b, '--plan', 'premium', '--now', NOW, '--state', other]);
    refused([path('a.json'), other], other, /different plans/);
  });

  it('a state grouped otherwise', () => {
    const other = path('b-kind.json');
    runCli(['report', b, ...BASE, '--group-by', 'kind', '--state', other]);
    refused([path('a.json'), other], other, /groups differently/);
  });

  it('a file that is not a state: an export, and JSON of something else', () => {
    refused([path('a.json'), a], a, /is not JSON/);
    const other = writeInput(dir, 'other.json', '{"format":"sla-clock summary","version":"1"}\n');
    refused([path('a.json'), other], other, /is not a state file of sla-clock/);
  });

  it('a state file of another version', () => {
    const state = json(readFileSync(path('b.json'), 'utf8'));
    const other = path('b-v2.json');
    writeFileSync(other, JSON.stringify({ ...state, version: 2 }));
    refused([path('a.json'), other], other, /version 2; this sla-clock reads version 1/);
  });

  it.each([
    ['first', 0],
    ['second', 1],
  ])('a summary whose counts were tampered with, %s of the files', (_name, at) => {
    const state = json(readFileSync(path('b.json'), 'utf8'));
    state.summary.groups[0].tickets = -3;
    const other = path(`b-tampered-${at}.json`);
    writeFileSync(other, JSON.stringify(state));
    const files = at === 0 ? [other, path('a.json')] : [path('a.json'), other];
    refused(files, other, /summary\.groups\[0\]\.tickets: .*-3/);
  });
});
