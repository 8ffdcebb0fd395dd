// `npm ci && npm test` on a machine with Node alone: without Chromium the browser checks are
// skipped, reported as skipped, and one line says how to run them; with CI=true they fail
// instead. Installs and test runs print nothing a user has no use for. Each case runs in a child
// process with CHROMIUM_PATH pointing nowhere, so the answers do not depend on this machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config';
import { ROOT } from '../support/cli';

const NOWHERE = '/nonexistent/chromium';
const MISSING =
  `no Chromium at ${NOWHERE}: install Debian's package (as root: apt-get update && ` +
  'apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH';
const SKIPPED =
  `Browser checks skipped (no Chromium at ${NOWHERE}): test/cli/html-report.test.ts and ` +
  "Chromium in the runtime check. To run them, install Debian's chromium (as root: apt-get " +
  'update && apt-get install -y chromium) or set CHROMIUM_PATH; with CI=true they are required.';

/** A shell's environment without Vitest's variables, CI or CHROMIUM_PATH, then `extra`. */
function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([name]) => !name.startsWith('VITEST') && name !== 'CI' && name !== 'CHROMIUM_PATH',
  );
  return { ...Object.fromEntries(inherited), CHROMIUM_PATH: NOWHERE, ...extra };
}

function decide(extra: Record<string, string>): { run: boolean; line: string } {
  const module = pathToFileURL(join(ROOT, 'scripts/support/chromium.mjs')).href;
  const source = `const m = await import(${JSON.stringify(module)});
console.log(JSON.stringify({ run: m.runBrowserChecks(), line: m.browserChecksSkipped }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '--eval', source], {
    env: environment(extra),
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout);
}

interface VitestJson {
  success: boolean;
  numTotalTests: number;
  numPassedTests: number;
  numPendingTests: number;
  numFailedTests: number;
  numFailedTestSuites: number;
  testResults: { message: string }[];
}

function runHtmlReportTest(extra: Record<string, string>): { status: number | null } & VitestJson {
  const output = join(mkdtempSync(join(tmpdir(), 'sla-clock-vitest-')), 'result.json');
  const child = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vitest/vitest.mjs'),
      'run',
      'test/cli/html-report.test.ts',
      '--reporter=json',
      `--outputFile=${output}`,
    ],
    { cwd: ROOT, env: environment(extra), encoding: 'utf8' },
  );
  return { status: child.status, ...JSON.parse(readFileSync(output, 'utf8')) };
}

describe('without Chromium', () => {
  it('the browser checks are skipped outside CI, with one line saying how to run them', () => {
    expect(decide({})).toEqual({ run: false, line: SKIPPED });
    expect(decide({ CI: 'false' })).toEqual({ run: false, line: SKIPPED });
    expect(decide({ CI: 'true' }).run).toBe(true);
    expect(decide({ CHROMIUM_PATH: process.execPath }).run).toBe(true);
  });

  it('the HTML report test reports its tests as skipped, and passes', () => {
    const run = runHtmlReportTest({});
    expect(run.status).toBe(0);
    expect(run.success).toBe(true);
    expect(run.numTotalTests).toBe(5);
    expect(run.numPendingTests).toBe(5);
    expect(run.numPassedTests).toBe(0);
  });

  it('with CI=true the HTML report test fails, naming the missing browser', () => {
    const run = runHtmlReportTest({ CI: 'true' });
    expect(run.status).toBe(1);
    expect(run.success).toBe(false);
    expect(run.numFailedTestSuites).toBe(1);
    expect(run.testResults.map((file) => file.message).join('\n')).toContain(MISSING);
  });

  it('with CI=true the runtime check fails at once, before any download', () => {
    const child = spawnSync(process.execPath, [join(ROOT, 'scripts/check-runtimes.mjs')], {
      cwd: ROOT,
      env: environment({ CI: 'true' }),
      encoding: 'utf8',
    });
    expect(child.status).toBe(1);
    expect(child.stdout).toBe('');
    expect(child.stderr).toBe(`Runtime check failed: ${MISSING}.\n`);
  });
});

describe('quiet runs', () => {
  it('a passing test is never listed as slow (the limit is the timeout)', () => {
    const { testTimeout, slowTestThreshold } = config.test ?? {};
    expect(testTimeout).toBeGreaterThan(0);
    expect(slowTestThreshold).toBeGreaterThanOrEqual(testTimeout ?? Number.POSITIVE_INFINITY);
  });

  // npm 11 warns at every install about each package whose install scripts allowScripts does
  // not approve or deny; npm 10 ignores the field.
  it.each(['.', 'test/runtimes'])(
    'every install script in %s/package-lock.json is approved or denied',
    (dir) => {
      const read = (name: string) => JSON.parse(readFileSync(join(ROOT, dir, name), 'utf8'));
      const allowScripts: Record<string, boolean> = read('package.json').allowScripts ?? {};
      const packages: Record<string, { version: string; hasInstallScript?: boolean }> =
        read('package-lock.json').packages;
      const unreviewed = Object.entries(packages)
        .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
        .map(
          ([path, { version }]) =>
            `${path.slice(path.lastIndexOf('node_modules/') + 13)}@${version}`,
        )
        .filter((spec) => {
          const name = spec.slice(0, spec.lastIndexOf('@'));
          return !(name in allowScripts) && !(spec in allowScripts);
        });
      expect(unreviewed).toEqual([]);
    },
  );
});
