// What a fresh process (a serverless cold start) pays before its first answer, unbundled from
// node_modules: sla-clock's import, the Paris desk defined, the first addBusinessTime (a year of
// timeline compiled) and the second; beside it moment-business-time's import and first answer on
// the same desk (in its best case: the process itself in TZ=Europe/Paris, which it reads).
// Then, in one warm process: a schedule never seen before queried in a year never compiled, and
// each further year. Medians of RUNS fresh processes. Run: npm run bench
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const week = ['08:00-16:00'];

async function slaClockChild() {
  const started = performance.now();
  const { addBusinessTime, defineSchedule } = await import('sla-clock');
  const imported = performance.now();
  const paris = defineSchedule({
    timezone: 'Europe/Paris',
    hours: { mon: week, tue: week, wed: week, thu: week, fri: week },
    holidays: 'FR',
  });
  const defined = performance.now();
  addBusinessTime(paris, '2026-11-26T15:45:00+01:00', 'PT15M');
  const first = performance.now();
  addBusinessTime(paris, '2026-11-27T15:45:00+01:00', 'PT15M');
  const second = performance.now();
  return {
    import: imported - started,
    define: defined - imported,
    first: first - defined,
    second: second - first,
    total: first - started,
  };
}

async function momentChild() {
  const started = performance.now();
  const { default: moment } = await import('moment-business-time');
  const imported = performance.now();
  const hours = ['08:00:00', '16:00:00'];
  moment.updateLocale('en', {
    workinghours: { 0: null, 1: hours, 2: hours, 3: hours, 4: hours, 5: hours, 6: null },
    // The FR holidays of 2026, as a user of moment-business-time lists them.
    holidays: [
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ],
  });
  moment('2026-11-26T15:45:00+01:00').addWorkingTime(15, 'minutes').valueOf();
  const first = performance.now();
  return { import: imported - started, first: first - imported, total: first - started };
}

async function warmChild() {
  const { addBusinessTime, defineSchedule } = await import('sla-clock');
  const config = (timezone) => ({
    timezone,
    hours: { mon: week, tue: week, wed: week, thu: week, fri: week },
    holidays: 'FR',
  });
  addBusinessTime(defineSchedule(config('Europe/Paris')), '2026-11-26T15:45:00+01:00', 'PT15M');
  const zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kathmandu'];
  const firsts = [];
  const furthers = [];
  for (let i = 0; i < 200; i++) {
    const year = 1900 + 2 * i; // every schedule in years no schedule of its zone has seen
    const started = performance.now();
    const schedule = defineSchedule(config(zones[i % zones.length]));
    addBusinessTime(schedule, `${year}-06-15T10:00:00Z`, 'PT4H');
    const first = performance.now();
    addBusinessTime(schedule, `${year + 1}-06-15T10:00:00Z`, 'PT4H');
    furthers.push(performance.now() - first);
    firsts.push(first - started);
  }
  return { newSchedule: median(firsts), furtherYear: median(furthers) };
}

const role = process.argv[2];
if (role !== undefined) {
  const child = { 'sla-clock': slaClockChild, moment: momentChild, warm: warmChild }[role];
  console.log(JSON.stringify(await child()));
} else {
  const script = fileURLToPath(import.meta.url);
  const run = (role, env = {}) => {
    const result = spawnSync(process.execPath, [script, role], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    if (result.status !== 0) throw new Error(`${role}: ${result.stderr}`);
    return JSON.parse(result.stdout);
  };
  const sla = [];
  const moment = [];
  for (let i = 0; i < RUNS; i++) {
    sla.push(run('sla-clock'));
    moment.push(run('moment', { TZ: 'Europe/Paris' }));
  }
  const of = (runs, key) => median(runs.map((r) => r[key]));
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(`cold start, fresh processes, median of ${RUNS}, Node ${process.version}`);
  console.log(
    `  sla-clock: import ${ms(of(sla, 'import'))}, defineSchedule ${ms(of(sla, 'define'))}, ` +
      `first query ${ms(of(sla, 'first'))}, second ${ms(of(sla, 'second'))}; ` +
      `import to first answer ${ms(of(sla, 'total'))}`,
  );
  console.log(
    `  moment-business-time (TZ=Europe/Paris): import ${ms(of(moment, 'import'))}, ` +
      `first answer ${ms(of(moment, 'first'))}; import to first answer ${ms(of(moment, 'total'))}`,
  );
  console.log(
    `  ratio sla-clock / moment-business-time: ${(of(sla, 'total') / of(moment, 'total')).toFixed(2)}`,
  );
  const warm = run('warm');
  console.log(
    `warm process: a new schedule, first answer in a year never compiled ${warm.newSchedule.toFixed(2)} ms; ` +
      `each further year ${warm.furtherYear.toFixed(2)} ms (medians of 200)`,
  );
}
