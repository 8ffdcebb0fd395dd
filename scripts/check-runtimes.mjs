// Every runtime sla-clock claims, on the packed tarball installed in a fresh project: Node 22 and
// 24, Deno and Bun (their Linux builds as the npm registry serves them, installed from
// test/runtimes/ with npm ci), and a browser: Debian's Chromium driven by playwright-core, in a
// time zone other than the desk's, on an esbuild bundle. Each answers the same smoke test
// (scripts/support/smoke/). The full test suite runs on the machine's own Node.
// A runtime that is missing fails the check, loudly: it never passes quietly. The one exception is
// Chromium outside CI, which npm cannot install: without it the browser part is skipped and the
// last line says so and how to run it; with CI=true (.ci/run sets it) a missing Chromium fails.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import {
  browserChecksSkipped,
  hasChromium,
  launchChromium,
  missingChromiumMessage,
  runBrowserChecks,
} from './support/chromium.mjs';
import { consumerProject, packTarball, root, sh } from './support/consumer-project.mjs';
import { EXPECTED } from './support/smoke/smoke.mjs';

const runtimes = join(root, 'test/runtimes');
const binaries = {
  'Node 22': join(runtimes, 'node_modules/node22/bin/node'),
  'Node 24': join(runtimes, 'node_modules/node24/bin/node'),
  Deno: join(runtimes, 'node_modules/@deno/linux-x64-glibc/deno'),
  Bun: join(runtimes, 'node_modules/@oven/bun-linux-x64/bin/bun'),
};

// Before the downloads: in CI, a missing browser fails at once.
const inBrowser = runBrowserChecks();
if (inBrowser && !hasChromium()) {
  console.error(`Runtime check failed: ${missingChromiumMessage}.`);
  process.exit(1);
}

if (Object.values(binaries).some((binary) => !existsSync(binary))) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(
      `Runtime check failed: the runtimes are the npm registry's Linux x64 builds; this machine is ${process.platform}-${process.arch}.`,
    );
    process.exit(1);
  }
  console.log('Installing Node 22, Node 24, Deno and Bun from the npm registry (test/runtimes)…');
  sh('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: runtimes });
}
const { tarball } = packTarball();
const smoke = (name) => readFileSync(join(root, 'scripts/support/smoke', name), 'utf8');
const consumer = consumerProject(tarball, {
  'smoke.mjs': smoke('smoke.mjs'),
  'run-smoke.mjs': smoke('run-smoke.mjs'),
  'smoke.cjs': smoke('smoke.cjs'),
});

const failures = [];
const expected = JSON.stringify(EXPECTED);
const answers = {};
const commands = {
  'Node 22': [binaries['Node 22'], ['run-smoke.mjs']],
  'Node 22 (require)': [binaries['Node 22'], ['smoke.cjs']],
  'Node 24': [binaries['Node 24'], ['run-smoke.mjs']],
  'Node 24 (require)': [binaries['Node 24'], ['smoke.cjs']],
  Deno: [
    binaries.Deno,
    ['run', '--quiet', '--allow-read', '--allow-env', '--allow-sys', 'run-smoke.mjs'],
  ],
  Bun: [binaries.Bun, ['run-smoke.mjs']],
};
for (const [name, [binary, args]] of Object.entries(commands)) {
  try {
    // Each in a time zone other than the desk's.
    const output = sh(binary, args, {
      cwd: consumer,
      env: { ...process.env, TZ: 'Asia/Tokyo', DENO_NO_UPDATE_CHECK: '1' },
    }).trim();
    answers[name] = output;
    const answer = JSON.parse(output);
    const same = name.endsWith('(require)')
      ? JSON.stringify(answer.deadlines) === JSON.stringify(EXPECTED.deadlines) &&
        answer.refusal === EXPECTED.refusal &&
        answer.adapter === 'function'
      : JSON.stringify(answer) === expected;
    if (!same) failures.push(`${name} answers ${output}, not ${expected}`);
  } catch (error) {
    failures.push(`${name}: ${error.message}`);
  }
}
const version = (binary, flag = '--version') => sh(binary, [flag]).trim().split('\n')[0];

// The browser: the smoke test bundled for the browser, in a page set to Tokyo's time. Returns
// what the closing line says of it.
async function checkInChromium() {
  const bundle = await build({
    entryPoints: [join(consumer, 'smoke.mjs')],
    bundle: true,
    format: 'iife',
    globalName: 'smoke',
    platform: 'browser',
    minify: true,
    write: false,
    absWorkingDir: consumer,
    logLevel: 'silent',
  });
  const page = `<!doctype html><meta charset="utf-8"><title>sla-clock smoke test</title>
<script>${bundle.outputFiles[0].text}</script>`;
  writeFileSync(join(consumer, 'smoke.html'), page);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
    const tab = await context.newPage();
    const errors = [];
    const requests = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    tab.on('request', (request) => requests.push(request.url()));
    await tab.setContent(page, { waitUntil: 'load' });
    const { result, zone } = await tab.evaluate(() => ({
      result: globalThis.smoke?.result,
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }));
    answers.Chromium = JSON.stringify(result);
    if (zone !== 'Asia/Tokyo') failures.push(`the page's time zone is ${zone}, not Asia/Tokyo`);
    if (JSON.stringify(result) !== expected)
      failures.push(`Chromium answers ${JSON.stringify(result)}, not ${expected}`);
    if (errors.length > 0) failures.push(`Chromium reported errors: ${errors.join('; ')}`);
    if (requests.length > 0)
      failures.push(`the page made network requests: ${requests.join(', ')}`);
    return `, Chromium ${browser.version()} (esbuild browser bundle, ${(bundle.outputFiles[0].contents.length / 1024).toFixed(0)} KB minified)`;
  } finally {
    await browser.close();
  }
}
const inChromium = inBrowser ? await checkInChromium() : '';

if (failures.length > 0) {
  console.error(`Runtime check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Runtime check passed, the same answers everywhere (TZ=Asia/Tokyo): Node ${version(binaries['Node 22'])} and ` +
    `${version(binaries['Node 24'])} (import and require), ${version(binaries.Deno)}, Bun ${version(binaries.Bun)}` +
    `${inChromium}.`,
);
if (!inBrowser) console.log(browserChecksSkipped);
