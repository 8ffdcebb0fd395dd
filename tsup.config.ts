import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const ZOD_NOTICE =
  '/*! Includes parts of zod (https://zod.dev), MIT License, Copyright (c) 2025 Colin McDonnell: see THIRD-PARTY-NOTICES.md */';

export default defineConfig([
  {
    // `date-holidays` is the adapter entry (sla-clock/date-holidays), `node` the readers of
    // exports (sla-clock/node, Node only: only its own file imports Node built-ins). Code shared
    // by the entries goes to chunks, in CommonJS too, so that all see the same SlaError class.
    entry: { index: 'src/index.ts', 'date-holidays': 'src/date-holidays.ts', node: 'src/node.ts' },
    splitting: true,
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    treeshake: true,
    // luxon stays external (users' bundlers deduplicate it). The parts of zod/mini that the
    // library uses are bundled in: loading zod's hundred modules would triple the import time.
    external: ['luxon'],
    noExternal: ['zod'],
    banner: { js: ZOD_NOTICE },
  },
  {
    // The `sla-clock` command: a Node program of its own. It carries its own copy of the library
    // code it uses, so that the library never imports the command or its CSV parser.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    treeshake: true,
    define: { __SLA_CLOCK_VERSION__: JSON.stringify(version) },
    external: ['luxon'],
    noExternal: ['zod'],
    banner: { js: `#!/usr/bin/env node\n${ZOD_NOTICE}` },
  },
]);
