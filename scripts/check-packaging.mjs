// The package as npm publishes it and as a user's project receives it:
// 1. `npm pack` from a clean tree (no dist/) builds first (prepack) and holds the built files;
// 2. publint --strict, and @arethetypeswrong/cli on the tarball in every resolution mode;
// 3. a fresh project installing the tarball: ESM import and CommonJS require of every subpath,
//    TypeScript type-checking under node16, bundler and node10 resolution, and the command.
// Run by `npm test` after the build.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { consumerProject, packTarball, root, sh } from './support/consumer-project.mjs';
import { EXPECTED } from './support/smoke/smoke.mjs';

const failures = [];
const check = (condition, message) => {
  if (!condition) failures.push(message);
};
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const BUILT = [
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/date-holidays.js',
  'dist/date-holidays.cjs',
  'dist/date-holidays.d.ts',
  'dist/date-holidays.d.cts',
  'dist/node.js',
  'dist/node.cjs',
  'dist/node.d.ts',
  'dist/node.d.cts',
  'dist/cli.js',
  'dist/plan.schema.json',
  'dist/policies.schema.json',
  'dist/snapshot-map.schema.json',
];

// 1. A clean tree: the files git knows (committed or not), no dist/, the installed dependencies.
const clean = mkdtempSync(join(tmpdir(), 'sla-clock-clean-'));
const tracked = sh('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root })
  .split('\n')
  // A node_modules symlink (a git worktree's) is no file of the package: it is linked below.
  .filter((file) => file !== '' && file !== 'node_modules' && !file.startsWith('dist/'));
for (const file of tracked) {
  mkdirSync(dirname(join(clean, file)), { recursive: true });
  try {
    cpSync(join(root, file), join(clean, file));
  } catch {
    // A file deleted from the working tree but not yet from git's index.
  }
}
symlinkSync(join(root, 'node_modules'), join(clean, 'node_modules'), 'dir');
const [dryRun] = JSON.parse(sh('npm', ['pack', '--dry-run', '--json'], { cwd: clean }));
const packedFromClean = dryRun.files.map((file) => file.path);
for (const file of BUILT) {
  check(packedFromClean.includes(file), `npm pack from a clean tree does not hold ${file}`);
}

// 2. Lints of the package and of its types.
const { tarball, files } = packTarball();
// Chunk names carry a hash of their contents: compare the lists without it.
const listed = (paths) =>
  JSON.stringify(paths.map((path) => path.replace(/chunk-\w+/, 'chunk-*')).sort());
check(
  listed(files) === listed(packedFromClean),
  `the clean tree packs other files than the working tree: ${packedFromClean} vs ${files}`,
);
sh(
  process.execPath,
  [join(root, 'node_modules/publint/src/cli.js'), '--strict', '--pack', 'false'],
  {
    cwd: root,
  },
);
sh(process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball], {
  cwd: root,
});

// 3. A user's project.
const typeCheck = `import { addBusinessTime, defineSchedule, evaluateTicket, SlaError, type ClockReport,
  type Ticket, standardPlan } from 'sla-clock';
import { fromDateHolidays, type DateHolidaysLike } from 'sla-clock/date-holidays';
import { lineOfError, readTickets, type TicketRecord } from 'sla-clock/node';

const desk = defineSchedule({ timezone: 'America/Martinique', hours: { mon: ['08:00-16:00'] } });
const due: Date = addBusinessTime(desk, '2026-11-30T08:00:00-04:00', { hours: 1 });
const ticket: Ticket = { openedAt: due, priority: 'high' };
const report: ClockReport = evaluateTicket(standardPlan(), ticket, { now: due }).metrics.gtr;
const code: string = new SlaError('invalid_plan', 'plan', null, 'is missing').code;
const adapter: (holidays: DateHolidaysLike) => unknown = fromDateHolidays;
// @ts-expect-error: the standard plan runs gti and gtr, no other metric
const wrong = evaluateTicket(standardPlan(), ticket, { now: due }).metrics['first-reply'];
async function firstLine(path: string): Promise<number | undefined> {
  for await (const record of readTickets(path, { format: 'csv', order: 'any' })) {
    const read: TicketRecord = record;
    if (read.rejected) return read.line;
    return lineOfError(read, new Error('none'));
  }
  return undefined;
}
export { report, code, adapter, wrong, firstLine };
`;
const tsconfig = (options) =>
  `${JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, types: [], target: 'es2022', ...options }, files: ['check.ts'] }, null, 2)}\n`;
const consumer = consumerProject(tarball, {
  'check.ts': typeCheck,
  'tsconfig.node16.json': tsconfig({ module: 'node16', moduleResolution: 'node16' }),
  'tsconfig.bundler.json': tsconfig({ module: 'esnext', moduleResolution: 'bundler' }),
  'tsconfig.node10.json': tsconfig({ module: 'commonjs', moduleResolution: 'node10' }),
  'smoke.mjs': readFileSync(join(root, 'scripts/support/smoke/smoke.mjs'), 'utf8'),
  'run-smoke.mjs': readFileSync(join(root, 'scripts/support/smoke/run-smoke.mjs'), 'utf8'),
  'smoke.cjs': readFileSync(join(root, 'scripts/support/smoke/smoke.cjs'), 'utf8'),
  'subpaths.mjs': `import * as core from 'sla-clock';
import * as adapter from 'sla-clock/date-holidays';
import * as node from 'sla-clock/node';
import schema from 'sla-clock/plan.schema.json' with { type: 'json' };
import policies from 'sla-clock/policies.schema.json' with { type: 'json' };
import snapshotMap from 'sla-clock/snapshot-map.schema.json' with { type: 'json' };
import manifest from 'sla-clock/package.json' with { type: 'json' };
const ids = [];
for await (const record of node.readTickets('node_modules/sla-clock/examples/tickets.jsonl'))
  if (!record.rejected) ids.push(record.ticket.id);
console.log(JSON.stringify({ core: typeof core.evaluateTicket, adapter: typeof adapter.fromDateHolidays,
  sameError: adapter.SlaError === core.SlaError, schema: schema.title, policies: policies.title,
  snapshotMap: snapshotMap.title, version: manifest.version, node: ids.length, nodeError: node.SlaError === core.SlaError }));
`,
  'node.cjs': `const core = require('sla-clock');
const node = require('sla-clock/node');
(async () => {
  const ids = [];
  for await (const record of node.readTickets('node_modules/sla-clock/examples/tickets.csv'))
    if (!record.rejected) ids.push(record.ticket.id);
  console.log(JSON.stringify({ node: ids.length, nodeError: node.SlaError === core.SlaError }));
})();
`,
});
const node = (file) => JSON.parse(sh(process.execPath, [file], { cwd: consumer }));
check(
  JSON.stringify(node('run-smoke.mjs')) === JSON.stringify(EXPECTED),
  'ESM import gives other answers',
);
const required = node('smoke.cjs');
check(
  JSON.stringify(required.deadlines) === JSON.stringify(EXPECTED.deadlines) &&
    required.refusal === EXPECTED.refusal &&
    required.adapter === 'function' &&
    required.schema === 'sla-clock support plan' &&
    required.version === manifest.version,
  `CommonJS require gives other answers: ${JSON.stringify(required)}`,
);
const subpaths = node('subpaths.mjs');
check(
  subpaths.core === 'function' &&
    subpaths.adapter === 'function' &&
    subpaths.sameError === true &&
    subpaths.schema === 'sla-clock support plan' &&
    subpaths.policies === 'sla-clock policies' &&
    subpaths.snapshotMap === 'sla-clock snapshot mapping' &&
    subpaths.version === manifest.version &&
    subpaths.node === 300 &&
    subpaths.nodeError === true,
  `ESM subpaths: ${JSON.stringify(subpaths)}`,
);
const nodeRequired = node('node.cjs');
check(
  nodeRequired.node === 300 && nodeRequired.nodeError === true,
  `CommonJS require of sla-clock/node: ${JSON.stringify(nodeRequired)}`,
);
const tsc = join(root, 'node_modules/typescript/bin/tsc');
for (const resolution of ['node16', 'bundler', 'node10']) {
  try {
    sh(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: consumer });
  } catch (error) {
    failures.push(`TypeScript (${resolution} resolution) refuses a user's code: ${error.message}`);
  }
}
const bin = join(consumer, 'node_modules/.bin/sla-clock');
check(
  sh(bin, ['--version'], { cwd: consumer }).trim() === manifest.version,
  'the installed sla-clock command does not print the version',
);
check(
  sh(
    bin,
    [
      'deadlines',
      '--plan',
      'standard',
      '--priority',
      'critical',
      '--opened',
      '2026-11-27T15:50:00-04:00',
      '--json',
    ],
    {
      cwd: consumer,
    },
  ).trim() === JSON.stringify({ gti: EXPECTED.deadlines[0], gtr: EXPECTED.deadlines[1] }),
  'the installed sla-clock command gives other deadlines',
);

if (failures.length > 0) {
  console.error(`Packaging check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Packaging check passed: npm pack from a clean tree builds first (${packedFromClean.length} files), ` +
    'publint --strict and attw (node10, node16 CJS/ESM, bundler) clean, a fresh project imports ' +
    'and requires every subpath (sla-clock/node reads the examples either way), type-checks under node16, bundler and node10, and runs the command.',
);
