// Memory, measured on the library's sources (bundled here by esbuild, so that the timeline's
// cache can be counted): one million queries at random instants from 1970 to 2100 on one schedule
// keep its cache of compiled chunks within its bound; 100,000 schedules built, used once and
// dropped leave the heap, after garbage collection, where it started. Run: npm run bench
// (node --expose-gc bench/memory.mjs).
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { seededRandom } from './harness.mjs';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundled = await build({
  stdin: {
    contents: `export * from './src/index.ts';
      export { compiledOf } from './src/schedule/schedule.ts';
      export { MAX_CACHED_CHUNKS, CHUNK_SPAN } from './src/timeline/timeline.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  external: ['luxon'],
});
const scratch = join(root, `.memory-bench-${process.pid}.mjs`);
writeFileSync(scratch, bundled.outputFiles[0].text);
const lib = await import(pathToFileURL(scratch).href).finally(() =>
  rmSync(scratch, { force: true }),
);
const { addBusinessTime, businessTimeBetween, compiledOf, defineSchedule, isOpen } = lib;

const week = ['08:00-16:00'];
const config = (timezone) => ({
  timezone,
  hours: { mon: week, tue: week, wed: week, thu: week, fri: week },
  holidays: 'FR',
});
const MB = 1024 * 1024;
const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

// One schedule, one million queries at random instants 1970–2100.
const random = seededRandom(11);
const from = Date.UTC(1970, 0, 1);
const span = Date.UTC(2100, 0, 1) - from;
const paris = defineSchedule(config('Europe/Paris'));
const timeline = compiledOf(paris).timeline;
let peakChunks = 0;
const started = performance.now();
for (let i = 0; i < 1_000_000; i++) {
  const t = from + Math.floor(random() * span);
  if (i % 3 === 0) isOpen(paris, t);
  else if (i % 3 === 1) addBusinessTime(paris, t, 4 * 3_600_000);
  else businessTimeBetween(paris, t, t + 86_400_000);
  if (i % 1000 === 0) peakChunks = Math.max(peakChunks, timeline.cachedChunks);
}
const seconds = (performance.now() - started) / 1000;
peakChunks = Math.max(peakChunks, timeline.cachedChunks);
const chunkDays = lib.CHUNK_SPAN / 86_400_000;
console.log(
  `1,000,000 queries at random instants 1970–2100 on one schedule (${seconds.toFixed(1)} s): ` +
    `at most ${peakChunks} chunks cached, bound ${lib.MAX_CACHED_CHUNKS} ` +
    `(${chunkDays} days each: ${Math.round((lib.MAX_CACHED_CHUNKS * chunkDays) / 365.25)} years) ` +
    `${peakChunks <= lib.MAX_CACHED_CHUNKS ? 'within' : 'OVER'} the bound`,
);

// 100,000 schedules built, used once and dropped.
const zones = ['Europe/Paris', 'America/New_York', 'America/Martinique', 'Asia/Kathmandu'];
const warm = defineSchedule(config('Australia/Sydney'));
addBusinessTime(warm, '2026-06-01T10:00:00Z', 'PT1H');
const before = heap();
for (let i = 0; i < 100_000; i++) {
  const schedule = defineSchedule(config(zones[i % zones.length]));
  addBusinessTime(schedule, Date.UTC(2000 + (i % 40), i % 12, 1 + (i % 28), 10), 3_600_000);
}
const after = heap();
console.log(
  `100,000 schedules built, used once and dropped: heap ${(before / MB).toFixed(1)} MB → ` +
    `${(after / MB).toFixed(1)} MB after GC (${((after - before) / MB).toFixed(1)} MB, bound 5 MB)`,
);
