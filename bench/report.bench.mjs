// npm run bench:report — `sla-clock report` (and `sla-clock compare`, which evaluates each ticket
// under two plans: its tickets per second against report's) on generated exports of 100,000 and
// 1,000,000 tickets (about 5 events a ticket) in each input form: tickets per second end to end (a fresh
// process, pinned to one core when `taskset` is there) and its peak RSS; then, for JSON Lines and
// CSV, what reading alone and evaluating alone cost, to show that the command adds nothing to
// the work a script would do by hand. Last, `--jobs 2` against `--jobs 1` on the whole machine.
//
// The exports are generated once into the system's temporary folder (about 1.1 GB for both
// sizes; 30 s) by scripts/generate-tickets.mjs, with the event export also sorted by time, and
// kept there for the next run.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { createSlaSummary, evaluateTicket, standardPlan } from '../dist/index.js';
import { median } from './harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(tmpdir(), 'sla-clock-bench-report');
const NOW = '2026-06-30T14:00:00-04:00';
// BENCH_SIZES=100k measures the smaller size alone (the 1M runs take minutes on a small machine).
const SIZES = [
  ['100k', 100_000],
  ['1M', 1_000_000],
].filter(([name]) => (process.env.BENCH_SIZES ?? '100k,1M').split(',').includes(name));
const FORMS = [
  ['JSON Lines', '.jsonl'],
  ['CSV, one row per event', '.csv'],
  ['CSV, events by time', '-by-time.csv'],
  ['CSV, one row per ticket', '-export.csv'],
];
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

for (const [name, count] of SIZES) {
  if (existsSync(join(dir, `${name}-export.csv`))) continue;
  console.error(`generating ${count} tickets into ${dir} …`);
  execFileSync(
    process.execPath,
    [
      join(root, 'scripts/generate-tickets.mjs'),
      ...['--count', String(count), '--out', dir, '--name', name],
      ...['--from', '2025-07-01T00:00:00-04:00', '--now', NOW, '--pause-share', '0.8'],
    ],
    { stdio: 'inherit' },
  );
}

// The event export sorted by time, as most desks export events: ticket rows interleaved.
for (const [name] of SIZES) {
  const sorted = join(dir, `${name}-by-time.csv`);
  if (existsSync(sorted)) continue;
  const [header, ...rows] = readFileSync(join(dir, `${name}.csv`), 'utf8')
    .trimEnd()
    .split('\n');
  const at = rows.map((row) => Date.parse(row.split(',')[2]));
  const order = Uint32Array.from(rows.keys()).sort((a, b) => at[a] - at[b] || a - b);
  const out = openSync(sorted, 'w');
  writeSync(out, `${header}\n`);
  for (let start = 0; start < order.length; start += 100_000) {
    const lines = Array.from(order.subarray(start, start + 100_000), (index) => rows[index]);
    writeSync(out, `${lines.join('\n')}\n`);
  }
  closeSync(out);
}

/** One fresh `sla-clock report` (or `compare`) process: seconds and peak RSS (MB). */
function runReport(file, command = 'report', extra = [], pin = pinned) {
  const withPlan = command === 'compare' ? ['--with', 'premium'] : [];
  const line = [
    process.execPath,
    '--import',
    join(root, 'bench/support/print-max-rss.mjs'),
    join(root, 'dist/cli.js'),
    ...[command, file, '--plan', 'standard', ...withPlan, '--now', NOW, '--json', ...extra],
  ];
  const [program, ...args] = pin ? ['taskset', '-c', '0', ...line] : line;
  const started = performance.now();
  const result = spawnSync(program, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  const rss = /maxRSS (\d+)/.exec(result.stderr)?.[1];
  if (result.status !== 0 || rss === undefined) {
    throw new Error(`sla-clock ${command} ${file} failed (${result.status}): ${result.stderr}`);
  }
  const { total } = JSON.parse(result.stdout);
  // compare counts its tickets on each side: `{ before, after }`.
  const tickets = typeof total.tickets === 'object' ? total.tickets.before : total.tickets;
  return { seconds, rssMb: Number(rss) / 1024, tickets, output: result.stdout };
}

console.log(
  `sla-clock report, fresh process${pinned ? ' pinned to one core (taskset -c 0)' : ''}, median of ${REPEATS}, Node ${process.version}`,
);
console.log(`${'input'.padEnd(32)}   tickets   seconds   tickets/s   peak RSS`);
const endToEnd = new Map();
for (const [name, count] of SIZES) {
  for (const [form, suffix] of FORMS) {
    const runs = Array.from({ length: REPEATS }, () => runReport(join(dir, `${name}${suffix}`)));
    const seconds = median(runs.map((run) => run.seconds));
    const rss = median(runs.map((run) => run.rssMb));
    if (runs[0].tickets !== count) throw new Error(`${name}${suffix}: ${runs[0].tickets} tickets`);
    endToEnd.set(`${name}${suffix}`, seconds / count);
    console.log(
      `${`${form}, ${name}`.padEnd(32)} ${String(count).padStart(9)} ${seconds.toFixed(2).padStart(9)} ${Math.round(
        count / seconds,
      )
        .toLocaleString('en-US')
        .padStart(11)} ${`${rss.toFixed(0)} MB`.padStart(10)}`,
    );
  }
}

// compare evaluates every ticket twice (standard, then premium): the target is at least 60 % of
// report's tickets per second on the same input.
console.log(
  `\nsla-clock compare --plan standard --with premium, median of ${REPEATS}: against report`,
);
console.log(`${'input'.padEnd(32)}   tickets   seconds   tickets/s   peak RSS   of report's`);
for (const [name, count] of SIZES) {
  for (const [form, suffix] of FORMS.slice(0, 2)) {
    const runs = Array.from({ length: REPEATS }, () =>
      runReport(join(dir, `${name}${suffix}`), 'compare'),
    );
    const seconds = median(runs.map((run) => run.seconds));
    const rss = median(runs.map((run) => run.rssMb));
    if (runs[0].tickets !== count) throw new Error(`${name}${suffix}: ${runs[0].tickets} tickets`);
    const share = (endToEnd.get(`${name}${suffix}`) * count) / seconds;
    console.log(
      `${`${form}, ${name}`.padEnd(32)} ${String(count).padStart(9)} ${seconds.toFixed(2).padStart(9)} ${Math.round(
        count / seconds,
      )
        .toLocaleString('en-US')
        .padStart(
          11,
        )} ${`${rss.toFixed(0)} MB`.padStart(10)} ${`${(100 * share).toFixed(0)} %`.padStart(13)}`,
    );
  }
}
// --jobs: the same command with one worker thread and with two, on the whole machine (not pinned),
// the runs alternated; the output is checked equal. Targets: two jobs at least 1.6 times the
// tickets per second of one, on the 2-core machine.
console.log(
  `\nsla-clock report --jobs 1 and --jobs 2, all cores (${availableParallelism()}), median of ${REPEATS}, alternated`,
);
console.log(
  `${'input'.padEnd(32)}   tickets   1 job s   2 jobs s   1 job/s    2 jobs/s   speed-up   RSS 1 / 2 jobs`,
);
for (const [name, count] of SIZES) {
  for (const [form, suffix] of FORMS.slice(0, 2)) {
    const file = join(dir, `${name}${suffix}`);
    const runs = { 1: [], 2: [] };
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      for (const jobs of [1, 2])
        runs[jobs].push(runReport(file, 'report', ['--jobs', String(jobs)], false));
    }
    const [one, two] = [runs[1], runs[2]].map((list) => ({
      seconds: median(list.map((run) => run.seconds)),
      rss: median(list.map((run) => run.rssMb)),
    }));
    if (runs[2][0].output !== runs[1][0].output)
      throw new Error(`${file}: --jobs 2 printed another report`);
    console.log(
      `${`${form}, ${name}`.padEnd(32)} ${String(count).padStart(9)} ${one.seconds.toFixed(2).padStart(9)} ${two.seconds
        .toFixed(2)
        .padStart(10)} ${Math.round(count / one.seconds)
        .toLocaleString('en-US')
        .padStart(10)} ${Math.round(count / two.seconds)
        .toLocaleString('en-US')
        .padStart(
          11,
        )} ${`${(one.seconds / two.seconds).toFixed(2)}×`.padStart(10)} ${`${one.rss.toFixed(0)} / ${two.rss.toFixed(0)} MB`.padStart(16)}`,
    );
  }
}
if (!SIZES.some(([name]) => name === '100k')) process.exit(0);

// The same work by hand, in this process, on the 100k exports: reading and parsing the file
// into tickets, then evaluating tickets already in memory and summing them up.
const plan = standardPlan();
async function readJsonLines(file, onTicket) {
  let pending = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop();
    for (const line of lines) if (line !== '') onTicket(JSON.parse(line));
  }
}
function readEventCsv(file, onTicket) {
  return new Promise((resolve) => {
    let current;
    Papa.parse(createReadStream(file, { encoding: 'utf8' }), {
      chunk({ data }) {
        for (const [id, type, at, priority, kind] of data) {
          if (id === 'ticket' || id === '') continue;
          if (type === 'opened') {
            if (current) onTicket(current);
            current = { id, openedAt: at, priority, ...(kind ? { kind } : {}), events: [] };
          } else {
            current.events.push(
              type === 'priority-changed' ? { type, at, priority } : { type, at },
            );
          }
        }
      },
      complete() {
        if (current) onTicket(current);
        resolve();
      },
    });
  });
}
const inMemory = readFileSync(join(dir, '100k.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const evaluate = () => {
  const summary = createSlaSummary();
  const started = performance.now();
  for (const ticket of inMemory) summary.add(ticket, evaluateTicket(plan, ticket, { now: NOW }));
  summary.result();
  return (performance.now() - started) / 1000 / inMemory.length;
};
const evaluating = median(Array.from({ length: REPEATS }, evaluate));
console.log(
  '\nper ticket (µs), 100k tickets    read + parse   evaluate + sum   by hand   sla-clock report',
);
for (const [form, suffix, read] of [
  ['JSON Lines', '.jsonl', readJsonLines],
  ['CSV, one row per event', '.csv', readEventCsv],
]) {
  const parsing = median(
    await Promise.all(
      Array.from({ length: REPEATS }, async () => {
        let tickets = 0;
        const started = performance.now();
        await read(join(dir, `100k${suffix}`), () => tickets++);
        return (performance.now() - started) / 1000 / tickets;
      }),
    ),
  );
  const micro = (seconds) => (seconds * 1e6).toFixed(1).padStart(8);
  console.log(
    `${form.padEnd(32)} ${micro(parsing)}       ${micro(evaluating)}   ${micro(parsing + evaluating)}   ${micro(endToEnd.get(`${SIZES.at(-1)[0]}${suffix}`))} (${SIZES.at(-1)[0]}, with process start)`,
  );
}
