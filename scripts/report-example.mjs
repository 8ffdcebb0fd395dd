// npm run report:example — the HTML report of the example tickets (grouped by priority and
// month) into docs/report-example.html, and a screenshot of its first screen into
// docs/report-example.png for the README, taken in Debian's Chromium through playwright-core.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './support/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const html = join(root, 'docs/report-example.html');
const png = join(root, 'docs/report-example.png');

execFileSync(
  process.execPath,
  [
    join(root, 'dist/cli.js'),
    ...['report', join(root, 'examples/tickets.csv'), '--plan', 'standard'],
    ...['--now', '2026-06-30T14:00:00-04:00', '--group-by', 'priority,month', '--html', html],
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1150 } });
  await page.setContent(readFileSync(html, 'utf8'), { waitUntil: 'load' });
  await page.screenshot({ path: png });
} finally {
  await browser.close();
}
console.log(`wrote ${html} and ${png}`);
