// Debian's Chromium, driven by playwright-core: the one browser this repository checks pages in
// (the runtime check, the HTML report test and the README screenshot).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const missingChromiumMessage =
  `no Chromium at ${chromiumPath}: install Debian's package (as root: apt-get update && ` +
  'apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH';

/** Whether the browser is installed where chromiumPath says. */
export function hasChromium() {
  return existsSync(chromiumPath);
}

/**
 * Launches headless Chromium with nothing that reaches the network on its own (no updates,
 * sync or QUIC probes), so that a page's own requests are the only ones a check sees.
 */
export function launchChromium() {
  if (!hasChromium()) throw new Error(missingChromiumMessage);
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
