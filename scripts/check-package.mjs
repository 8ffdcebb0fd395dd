// Checks the built package as a user receives it: both entry points (and the sla-clock/date-holidays
// adapter, and the Node-only readers of sla-clock/node), their type declarations, the published file
// list, no Node built-ins in the library, no load of the optional peer date-holidays, and the
// command line kept apart from the library.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const failures = [];
const check = (condition, message) => {
  if (!condition) failures.push(message);
};

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const entry of ['.', './date-holidays', './node']) {
  check(manifest.exports[entry] !== undefined, `exports["${entry}"] is missing`);
  for (const [condition, target] of Object.entries(manifest.exports[entry] ?? {})) {
    check(
      existsSync(join(root, target.types)),
      `exports["${entry}"].${condition}.types ${target.types} is missing`,
    );
    check(
      existsSync(join(root, target.default)),
      `exports["${entry}"].${condition}.default ${target.default} is missing`,
    );
  }
}
check(
  manifest.peerDependenciesMeta?.['date-holidays']?.optional === true &&
    manifest.peerDependencies?.['date-holidays'] !== undefined &&
    manifest.dependencies?.['date-holidays'] === undefined,
  'date-holidays must be an optional peer dependency, not a dependency',
);
check(manifest.sideEffects === false, 'package.json must declare sideEffects: false');

const esm = await import('sla-clock');
const cjs = createRequire(import.meta.url)('sla-clock');
const esmNames = Object.keys(esm)
  .filter((name) => name !== 'default')
  .sort();
check(esmNames.length > 0, 'the ESM entry exports nothing');
check(
  JSON.stringify(esmNames) === JSON.stringify(Object.keys(cjs).sort()),
  `ESM and CommonJS exports differ: ${esmNames} vs ${Object.keys(cjs).sort()}`,
);
const declarations = readFileSync(join(root, 'dist/index.d.ts'), 'utf8');
for (const name of esmNames) {
  check(new RegExp(`\\b${name}\\b`).test(declarations), `dist/index.d.ts does not declare ${name}`);
}

// sla-clock/date-holidays: the same names in ESM and CommonJS, declared, sharing the core's
// SlaError class (code shared by both entries lives in chunks).
const adapterEsm = await import('sla-clock/date-holidays');
const adapterCjs = createRequire(import.meta.url)('sla-clock/date-holidays');
const adapterNames = Object.keys(adapterEsm)
  .filter((name) => name !== 'default')
  .sort();
check(adapterNames.includes('fromDateHolidays'), 'sla-clock/date-holidays lacks fromDateHolidays');
check(
  JSON.stringify(adapterNames) === JSON.stringify(Object.keys(adapterCjs).sort()),
  `sla-clock/date-holidays: ESM and CommonJS exports differ: ${adapterNames} vs ${Object.keys(adapterCjs).sort()}`,
);
for (const file of ['dist/date-holidays.d.ts', 'dist/date-holidays.d.cts']) {
  const text = readFileSync(join(root, file), 'utf8');
  for (const name of adapterNames)
    check(new RegExp(`\\b${name}\\b`).test(text), `${file} does not declare ${name}`);
}
check(
  adapterEsm.SlaError === esm.SlaError && adapterCjs.SlaError === cjs.SlaError,
  'sla-clock/date-holidays has its own copy of SlaError',
);

// sla-clock/node: the same names in ESM and CommonJS, declared, sharing the core's SlaError class,
// and working: a bad option is refused with the core's SlaError, a CSV is read.
const nodeEsm = await import('sla-clock/node');
const nodeCjs = createRequire(import.meta.url)('sla-clock/node');
const nodeNames = Object.keys(nodeEsm)
  .filter((name) => name !== 'default')
  .sort();
check(nodeNames.includes('readTickets'), 'sla-clock/node lacks readTickets');
check(
  JSON.stringify(nodeNames) === JSON.stringify(Object.keys(nodeCjs).sort()),
  `sla-clock/node: ESM and CommonJS exports differ: ${nodeNames} vs ${Object.keys(nodeCjs).sort()}`,
);
for (const file of ['dist/node.d.ts', 'dist/node.d.cts']) {
  const text = readFileSync(join(root, file), 'utf8');
  for (const name of [...nodeNames, 'TicketRecord', 'ReadTicketsOptions'])
    check(new RegExp(`\\b${name}\\b`).test(text), `${file} does not declare ${name}`);
}
check(
  nodeEsm.SlaError === esm.SlaError && nodeCjs.SlaError === cjs.SlaError,
  'sla-clock/node has its own copy of SlaError',
);
for (const [name, module, core] of [
  ['ESM', nodeEsm, esm],
  ['CommonJS', nodeCjs, cjs],
]) {
  let refusal;
  try {
    module.readTickets('tickets.csv', { order: 'sorted' });
  } catch (error) {
    refusal = error;
  }
  check(
    refusal instanceof core.SlaError && refusal.path === 'options.order',
    `sla-clock/node (${name}) does not refuse a bad option with the core's SlaError: ${refusal}`,
  );
  const ids = [];
  for await (const record of module.readTickets([
    'id,opened_at,priority\n',
    'A,2026-01-05T09:00:00Z,high\n',
  ]))
    ids.push(record.rejected ? `line ${record.line}` : record.ticket.id);
  check(ids.join() === 'A', `sla-clock/node (${name}) reads ${ids.join()} instead of A`);
}

// The library: every file the entry points load, following relative imports. None may load a
// Node built-in, the optional peer date-holidays, the command line or its CSV parser.
const libraryFiles = new Set();
const visit = (file) => {
  if (libraryFiles.has(file)) return;
  libraryFiles.add(file);
  const code = readFileSync(join(root, 'dist', file), 'utf8');
  for (const [, target] of code.matchAll(
    /(?:\bfrom|\bimport|require\(|import\()\s*["']\.\/([\w.-]+)["']/g,
  ))
    visit(target);
};
for (const entry of ['index.js', 'index.cjs', 'date-holidays.js', 'date-holidays.cjs'])
  visit(entry);
// Any import of a module (static, bare, dynamic or require) whose name is a Node built-in, with or
// without `node:` (esbuild drops the prefix): the same test finds the ones of dist/node.js.
const BUILT_IN_NAMES = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const builtInOf = (code) =>
  [...code.matchAll(/(?:\bfrom|\bimport|require\(|import\()\s*["']([\w:/.-]+)["']/g)]
    .map((match) => match[1])
    .find((name) => BUILT_IN_NAMES.has(name) || name.startsWith('node:'));
check(
  builtInOf(readFileSync(join(root, 'dist/node.js'), 'utf8')) !== undefined &&
    builtInOf(readFileSync(join(root, 'dist/node.cjs'), 'utf8')) !== undefined,
  'the check for Node built-ins finds none in dist/node.js or dist/node.cjs, which read files',
);
for (const file of libraryFiles) {
  const code = readFileSync(join(root, 'dist', file), 'utf8');
  const builtIn = builtInOf(code);
  check(builtIn === undefined, `dist/${file} imports the Node built-in ${builtIn}`);
  const peer = /(?:from\s*|require\(|import\()\s*["']date-holidays["']/.test(code);
  check(!peer, `dist/${file} loads date-holidays (it must only be passed an instance)`);
  const cli = /(?:\bfrom|\bimport|require\(|import\()\s*["'](\.\/cli(?:\.js)?)["']/.exec(code);
  check(!cli, `dist/${file} loads ${cli?.[1]}, which belongs to the command line`);
}
check(!libraryFiles.has('cli.js'), 'the library loads dist/cli.js');

// The command: declared as the package's bin (the packaging check runs it once installed).
check(
  manifest.bin?.['sla-clock'] === './dist/cli.js',
  'package.json bin.sla-clock must be ./dist/cli.js',
);

const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
  }),
);
const publishedFiles = packed[0].files.map((file) => file.path);
const allowed =
  /^(dist\/cli\.js|dist\/(index|date-holidays|node)\.(js|cjs|d\.ts|d\.cts)|dist\/chunk-\w+\.(js|cjs)|dist\/[a-z-]+-[\w-]+\.d\.c?ts|dist\/(plan|policies|snapshot-map)\.schema\.json|docs\/(recipes\/)?[a-z-]+\.md|docs\/report-example\.png|examples\/tickets(-export)?\.(csv|jsonl)|examples\/customers\.csv|examples\/(policies|servicenow)(-[a-z-]+)?\.json|README\.md|CHANGELOG\.md|LICENSE|THIRD-PARTY-NOTICES\.md|package\.json)$/;
for (const file of publishedFiles)
  check(allowed.test(file), `unexpected file in the published package: ${file}`);

// What users read stands on its own: no internal design document, no file that only the
// repository has (the guides ship, so links between them work).
const REPOSITORY_ONLY =
  /\bDESIGN\b|\b(?:bench|test|scripts|\.ci)\/[\w./-]*|shared vectors|CONTRIBUTING\.md/;
for (const file of publishedFiles.filter((name) => /\.(md|d\.c?ts)$/.test(name))) {
  const text = readFileSync(join(root, file), 'utf8');
  const found = REPOSITORY_ONLY.exec(text);
  check(!found, `${file} sends readers to "${found?.[0]}", which they cannot see`);
}
const markdownLinks = publishedFiles.filter((name) => name.endsWith('.md'));
for (const file of markdownLinks) {
  const text = readFileSync(join(root, file), 'utf8');
  for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
    if (/^(https?:|mailto:)/.test(target)) continue;
    const resolved = join(dirname(file), target);
    check(
      publishedFiles.includes(resolved),
      `${file} links to ${target}, which the package does not hold`,
    );
  }
}

if (failures.length > 0) {
  console.error(`Package check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
const gzipped = gzipSync(readFileSync(join(root, 'dist/index.js'))).length;
console.log(
  `Package check passed: ${esmNames.length} exports (ESM = CJS), ${publishedFiles.length} published files, ` +
    `dist/index.js ${(gzipped / 1024).toFixed(1)} KB gzipped (luxon excluded; zod/mini bundled in).`,
);
