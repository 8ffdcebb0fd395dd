import { defineConfig } from 'vitest/config';

const testTimeout = 120_000;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout,
    // Speed targets live in the benchmarks: a passing test is never listed as slow, so each run
    // prints one line per file, then every failure in full.
    slowTestThreshold: testTimeout,
    // Vitest defaults to one worker fewer than the cores, which is one on the 2-core CI machine.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
