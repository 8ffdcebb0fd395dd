import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    // `date-holidays` is the adapter entry (sla-clock/date-holidays). Code shared by both entries
    // goes to chunks, in CommonJS too, so that both see the same SlaError class.
    entry: { index: 'src/index.ts', 'date-holidays': 'src/date-holidays.ts' },
    splitting: true,
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    treeshake: true,
    // Dependencies stay external: users' bundlers deduplicate luxon and zod.
    external: ['luxon', 'zod'],
  },
  {
    // The `sla-clock` command: a Node program of its own. It carries its own copy of the library
    // code it uses, so that the library never imports the command or its CSV parser.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    treeshake: true,
    banner: { js: '#!/usr/bin/env node' },
    define: { __SLA_CLOCK_VERSION__: JSON.stringify(version) },
    external: ['luxon', 'zod', 'papaparse'],
  },
]);
