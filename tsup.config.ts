import { defineConfig } from 'tsup';

export default defineConfig({
  // `date-holidays` is the adapter entry (sla-clock/date-holidays). Code shared by both entries
  // goes to chunks, in CommonJS too, so that both see the same SlaError class.
  entry: { index: 'src/index.ts', 'date-holidays': 'src/date-holidays.ts' },
  splitting: true,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  // Dependencies stay external: users' bundlers deduplicate luxon and zod.
  external: ['luxon', 'zod'],
});
