// A small timing harness: runs a function over a fixed batch of inputs until enough time has
// passed, and reports calls per second (median of several rounds, so one GC pause does not
// decide the figure).
import { performance } from 'node:perf_hooks';

const ROUNDS = 7;
const MIN_ROUND_MS = 200;

export function measure(name, inputs, fn) {
  let sink = 0;
  for (const input of inputs) sink += Number(fn(input)) || 0; // warm-up and JIT
  const rates = [];
  for (let round = 0; round < ROUNDS; round++) {
    let calls = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < MIN_ROUND_MS) {
      for (const input of inputs) sink += Number(fn(input)) || 0;
      calls += inputs.length;
      elapsed = performance.now() - started;
    }
    rates.push((calls / elapsed) * 1000);
  }
  const rate = median(rates);
  return { name, callsPerSecond: Math.round(rate), nsPerCall: Math.round(1e9 / rate), sink };
}

/** The middle value (the upper one of an even count). */
export function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

export function printTable(rows) {
  const width = Math.max(...rows.map((row) => row.name.length));
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(width)}  ${row.callsPerSecond.toLocaleString('en-US').padStart(12)} calls/s  ${String(row.nsPerCall).padStart(7)} ns/call`,
    );
  }
}

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same inputs. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
