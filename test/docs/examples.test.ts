// Every example of the README, the guides and the TSDoc runs as a new user would run it: pasted
// into a file of a fresh project that installed the packed package (and the optional peer
// date-holidays, which some examples use), printing what its `//=>` lines claim. See
// test/support/doc-examples.ts for the conventions. `npm test` builds first; run
// `npm run build` before running this file alone.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { consumerProject, packTarball, sh } from '../../scripts/support/consumer-project.mjs';
import { ROOT } from '../support/cli';
import {
  type DocExample,
  filesUnder,
  fulfils,
  instrument,
  markdownExamples,
  tsdocExamples,
} from '../support/doc-examples';

const run = promisify(execFile);

if (!existsSync(join(ROOT, 'dist/index.js'))) {
  throw new Error('dist/ is missing: run npm run build first');
}
const PROJECT = consumerProject(packTarball().tarball);
const { version: dateHolidays } = JSON.parse(
  readFileSync(join(ROOT, 'node_modules/date-holidays/package.json'), 'utf8'),
);
sh(
  'npm',
  ['install', `date-holidays@${dateHolidays}`, '--no-audit', '--no-fund', '--prefer-offline'],
  { cwd: PROJECT },
);
afterAll(() => rmSync(PROJECT, { recursive: true, force: true }));

const exportsOf = async (path: string) =>
  Object.keys(await import(pathToFileURL(path).href)).filter((name) => name !== 'default');
const CORE_NAMES = await exportsOf(join(PROJECT, 'node_modules/sla-clock/dist/index.js'));
const PUBLIC_IMPORTS = new Map([
  ['sla-clock', CORE_NAMES],
  [
    'sla-clock/date-holidays',
    await exportsOf(join(PROJECT, 'node_modules/sla-clock/dist/date-holidays.js')),
  ],
  // Its SlaError is the core's: imported once, from sla-clock.
  [
    'sla-clock/node',
    (await exportsOf(join(PROJECT, 'node_modules/sla-clock/dist/node.js'))).filter(
      (name) => !CORE_NAMES.includes(name),
    ),
  ],
]);
const PUBLIC_NAMES = new Set([...PUBLIC_IMPORTS.values()].flat());

// The examples of internal helpers run against every module of the sources, bundled into one
// file of the project (one instance of each module, as inside the package).
const sources = filesUnder(ROOT, 'src', /\.ts$/).filter((file) => !file.startsWith('src/cli/'));
const internals = join(PROJECT, 'internals.mjs');
const bundled = await build({
  stdin: {
    contents: sources.map((file) => `export * from './${file}';`).join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  external: ['luxon', 'date-holidays'],
  logLevel: 'silent',
});
writeFileSync(internals, bundled.outputFiles[0]?.text ?? '');
const INTERNAL_IMPORTS = new Map([[pathToFileURL(internals).href, await exportsOf(internals)]]);

const markdown = [
  'README.md',
  ...filesUnder(ROOT, 'docs', /\.md$/).filter((file) => !file.startsWith('docs/api/')),
];
const examples: DocExample[] = [
  ...markdown.flatMap((file) => markdownExamples(ROOT, file)),
  ...sources.flatMap((file) => tsdocExamples(ROOT, file)),
];

let counter = 0;
async function outputOf(example: DocExample, module: string): Promise<string[]> {
  const file = join(PROJECT, `example-${counter++}.mjs`);
  writeFileSync(file, module);
  try {
    const { stdout } = await run(process.execPath, [file], { cwd: PROJECT, timeout: 30_000 });
    return stdout.split('\n').filter((line, index, all) => line !== '' || index < all.length - 1);
  } catch (error) {
    const { stderr = '', message } = error as { stderr?: string; message: string };
    throw new Error(`${example.where} does not run: ${stderr || message}`);
  }
}

describe.concurrent('documentation examples run as written, with the values they claim', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(60);
  });

  for (const example of examples) {
    it(example.where, async () => {
      const internal = example.name !== undefined && !PUBLIC_NAMES.has(example.name);
      const { module, expectations } = instrument(
        example,
        internal ? INTERNAL_IMPORTS : PUBLIC_IMPORTS,
      );
      const output = await outputOf(example, module);
      const shown = output.map((line) =>
        line.startsWith('\u0001')
          ? { kind: 'show', text: line.slice(1) }
          : { kind: 'print', text: line },
      );
      const claims = expectations.map(
        (e) => `${e.kind === 'show' ? '' : 'printed: '}${e.expected}`,
      );
      const actual = shown.map((s) => `${s.kind === 'show' ? '' : 'printed: '}${s.text}`);
      const matches =
        shown.length === expectations.length &&
        expectations.every(
          (e, i) => shown[i]?.kind === e.kind && fulfils(shown[i]?.text ?? '', e.expected),
        );
      expect(matches ? claims : actual, `${example.where}`).toEqual(claims);
    });
  }
});
