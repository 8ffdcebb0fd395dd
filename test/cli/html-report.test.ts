// `sla-clock report --html`: the page, loaded in headless Chromium (Debian's package, driven by
// playwright-core), shows the figures of the JSON summary, draws every chart with a title and a
// text equivalent, needs no script and no network, and prints on A4. The test saves a screenshot
// in test/output/ for a person to look at. Without Chromium its tests are skipped, and the runtime
// check says so at the end of `npm test`; with CI=true they run, and fail on the missing browser.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, runBrowserChecks } from '../../scripts/support/chromium.mjs';
import { ROOT, runCli, scratchDir } from '../support/cli';

const NOW = '2026-06-30T14:00:00-04:00';
const dir = scratchDir();
const htmlPath = join(dir, 'report.html');
let summary: {
  total: { tickets: number; metrics: Record<string, Clock> };
  groups: { key: Record<string, string>; tickets: number; metrics: Record<string, Clock> }[];
  rejected: { count: number };
};
interface Clock {
  met: number;
  missed: number;
  breached: number;
  atRisk: number;
  onTrack: number;
  compliance: number | null;
}
let browser: Browser;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  // The browser first: where it is missing, that is the one error to read.
  browser = await launchChromium();
  const result = runCli([
    'report',
    join(ROOT, 'examples/tickets.csv'),
    '--plan',
    'standard',
    '--now',
    NOW,
    '--group-by',
    'priority,month',
    '--html',
    htmlPath,
    '--json',
  ]);
  expect(result.status).toBe(0);
  summary = JSON.parse(result.stdout);
  // Scripts off: the page must read without any.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 900, height: 1300 },
  });
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent(readFileSync(htmlPath, 'utf8'), { waitUntil: 'load' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!runBrowserChecks())('the HTML report', () => {
  it('loads with no console error, no network request and no script', async () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const html = readFileSync(htmlPath, 'utf8');
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(["']?https?:/i);
  });

  it('shows the figures of the JSON summary', async () => {
    const header = await page.$$eval('header [data-field]', (cells) =>
      Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-field'), cell.textContent])),
    );
    expect(header).toEqual({
      tickets: String(summary.total.tickets),
      rejected: String(summary.rejected.count),
    });
    for (const clock of ['gti', 'gtr'] as const) {
      const rows = await page.$$eval(`#summary-${clock} tr[data-group]`, (trs) =>
        trs.map((tr) => ({
          group: tr.getAttribute('data-group'),
          fields: Object.fromEntries(
            Array.from(tr.querySelectorAll('[data-field]')).map((td) => [
              td.getAttribute('data-field'),
              td.textContent,
            ]),
          ),
        })),
      );
      const expected = [
        ...summary.groups.map((group) => ({
          group: `priority=${group.key.priority},month=${group.key.month}`,
          tickets: group.tickets,
          clock: group.metrics[clock],
        })),
        {
          group: 'total',
          tickets: summary.total.tickets,
          clock: summary.total.metrics[clock] as Clock,
        },
      ];
      expect(rows.length).toBe(expected.length);
      rows.forEach((row, i) => {
        const want = expected[i];
        expect(row.group).toBe(want?.group);
        const c = want?.clock as Clock;
        expect(row.fields).toMatchObject({
          tickets: String(want?.tickets),
          met: String(c.met),
          missed: String(c.missed),
          breached: String(c.breached),
          atRisk: String(c.atRisk),
          onTrack: String(c.onTrack),
          compliance: c.compliance === null ? '–' : `${c.compliance.toFixed(1)} %`,
        });
      });
    }
  });

  it('gives every chart a title and the same numbers as text', async () => {
    const charts = await page.$$eval('svg[role="img"]', (svgs) =>
      svgs.map((svg) => ({
        title: svg.querySelector('title')?.textContent ?? '',
        desc: svg.querySelector('desc')?.textContent ?? '',
        labelled: (svg.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .every((id) => document.getElementById(id)),
        text:
          svg.closest('figure')?.querySelector('table.data')?.textContent ??
          svg.closest('article')?.querySelector('pre.explanation')?.textContent ??
          '',
      })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const chart of charts) {
      expect(chart.title.length, chart.title).toBeGreaterThan(10);
      expect(chart.desc.length, chart.title).toBeGreaterThan(10);
      expect(chart.labelled, chart.title).toBe(true);
      expect(chart.text.length, chart.title).toBeGreaterThan(20);
    }
    const titles = charts.map((chart) => chart.title);
    expect(titles).toContain('Compliance per priority');
    expect(titles).toContain('Compliance month by month');
    expect(titles.filter((title) => title.startsWith('Ticket ')).length).toBeGreaterThan(0);
  });

  it('draws each late or at-risk ticket with its explanation', async () => {
    const tickets = await page.$$eval('article.ticket', (articles) =>
      articles.map((article) => ({
        heading: article.querySelector('h3')?.textContent ?? '',
        explanation: article.querySelector('pre.explanation')?.textContent ?? '',
        segments: article.querySelectorAll('svg rect').length,
      })),
    );
    expect(tickets.length).toBeGreaterThan(0);
    for (const ticket of tickets) {
      expect(ticket.heading).toMatch(/(breached|at risk)/);
      expect(ticket.explanation).toContain('GTR · time to resolution');
      expect(ticket.segments).toBeGreaterThan(0);
    }
  });

  it('prints on A4, and leaves a screenshot for a person to look at', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const output = join(ROOT, 'test/output');
    mkdirSync(output, { recursive: true });
    // Not an assertion: the picture is for a person (screenshot() throws if it cannot write it).
    await page.screenshot({ path: join(output, 'report.png'), fullPage: true });
  });
});
