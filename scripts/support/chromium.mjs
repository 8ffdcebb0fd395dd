// Debian's Chromium, driven by playwright-core: the one browser this repository checks pages in
// (the runtime check, the HTML report test and the README screenshot).
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Read as Vitest reads it (std-env): set and not "false". .ci/run sets CI=true.
const ci = process.env.CI;
export const browserChecksRequired = ci !== undefined && ci !== '' && ci !== 'false';

export const missingChromiumMessage =
  `no Chromium at ${chromiumPath}: install Debian's package (as root: apt-get update && ` +
  'apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH';

/** The one line `npm test` prints when it skips the browser checks. */
export const browserChecksSkipped =
  `Browser checks skipped (no Chromium at ${chromiumPath}): test/cli/html-report.test.ts and ` +
  "Chromium in the runtime check. To run them, install Debian's chromium (as root: apt-get update && " +
  'apt-get install -y chromium) or set CHROMIUM_PATH; with CI=true they are required.';

/** Whether the browser is installed where chromiumPath says. */
export function hasChromium() {
  return existsSync(chromiumPath);
}

/**
 * Whether to run the browser checks: with Chromium, yes; without it, no, unless CI is set. There
 * they run, so that the missing browser fails them instead of passing them quietly.
 */
export function runBrowserChecks() {
  return hasChromium() || browserChecksRequired;
}

/**
 * Launches headless Chromium with nothing that reaches the network on its own (no updates,
 * sync or QUIC probes), so that a page's own requests are the only ones a check sees.
 */
export async function launchChromium() {
  if (!hasChromium()) throw new Error(missingChromiumMessage);
  // Loaded here, not on import: deciding to skip the browser checks needs no browser driver.
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
