import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    // Vitest defaults to one worker fewer than the cores, which is one on the 2-core CI machine.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
