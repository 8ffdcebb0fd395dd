// `sla-clock report --html` as a review a manager acts on, checked in headless Chromium over a
// generated export of 4,000 tickets with three bad rows: tickets at risk (least time left first),
// then breached (most overdue first), bounded, with how many in all, checked against the
// per-ticket output (--tickets); stories folded; rejected rows listed as stderr says them;
// subtotals per priority equal to the page grouped by priority alone; nothing wider than its
// container at 1,200 px and on A4. Screenshots are left in test/output/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, runBrowserChecks } from '../../scripts/support/chromium.mjs';
import { ROOT, runCli, scratchDir } from '../support/cli';

const NOW = '2026-06-30T14:00:00-04:00';
const dir = scratchDir();
const BAD_ROWS = [
  'BAD-1,opened,not-a-date,normal,incident',
  'BAD-2,opened,2026-05-01T10:00:00-04:00,urgentissime,incident',
];
let browser: Browser;
const pages: Record<'month' | 'priority', Page> = {} as never;
let stderr: string;
let perTicket: Record<string, string>[];

async function open(path: string, width = 1200): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  await page.setContent(readFileSync(path, 'utf8'), { waitUntil: 'load' });
  return page;
}

beforeAll(async () => {
  browser = await launchChromium();
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'scripts/generate-tickets.mjs'),
      ...['--count', '4000', '--out', dir, '--name', 'late'],
    ],
    { stdio: 'ignore' },
  );
  const input = join(dir, 'late.csv');
  appendFileSync(input, `${BAD_ROWS.join('\n')}\n`);
  const common = ['report', input, '--plan', 'standard', '--now', NOW];
  const month = runCli([
    ...common,
    '--group-by',
    'priority,month',
    '--html',
    join(dir, 'm.html'),
    '--tickets',
    join(dir, 't.csv'),
  ]);
  expect(month.status).toBe(1);
  stderr = month.stderr;
  expect(runCli([...common, '--group-by', 'priority', '--html', join(dir, 'p.html')]).status).toBe(
    1,
  );
  const [head, ...rows] = readFileSync(join(dir, 't.csv'), 'utf8').trim().split('\n');
  const names = (head as string).split(',');
  perTicket = rows.map((row) => Object.fromEntries(row.split(',').map((v, i) => [names[i], v])));
  pages.month = await open(join(dir, 'm.html'));
  pages.priority = await open(join(dir, 'p.html'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Business milliseconds left (negative: overdue) of a metric in the --tickets output. */
const left = (row: Record<string, string>, clock: string) =>
  Number(row[`${clock}_target_ms`]) - Number(row[`${clock}_elapsed_ms`]);

describe.skipIf(!runBrowserChecks())('the HTML review', () => {
  it('lists tickets at risk, least time left first, then breached, most overdue first', async () => {
    const clocks = ['gti', 'gtr'];
    const ranked = (rank: (row: Record<string, string>) => number) =>
      perTicket
        .map((row) => ({ id: row.id as string, rank: rank(row) }))
        .filter(({ rank }) => Number.isFinite(rank))
        .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
    const rankOf = (row: Record<string, string>, status: string) =>
      Math.min(...clocks.filter((c) => row[`${c}_status`] === status).map((c) => left(row, c)));
    const atRisk = ranked((row) => rankOf(row, 'at-risk'));
    const breached = ranked((row) =>
      Number.isFinite(rankOf(row, 'at-risk')) ? Number.NaN : rankOf(row, 'breached'),
    );
    for (const [id, expected] of [
      ['at-risk', atRisk],
      ['breached', breached],
    ] as const) {
      const shown = await pages.month.$$eval(`#${id} article.ticket h3 bdi`, (ids) =>
        ids.map((bdi) => bdi.textContent),
      );
      const count = await pages.month.getAttribute(`#${id} [data-count]`, 'data-count');
      expect(Number(count)).toBe(expected.length);
      expect(expected.length).toBeGreaterThan(0);
      expect(shown).toEqual(expected.slice(0, 25).map(({ id }) => id));
    }
    // The order on the page: at risk before breached.
    const order = await pages.month.$$eval('#attention h3.list', (h) =>
      h.map((e) => e.textContent),
    );
    expect(order).toEqual(['At risk', 'Breached']);
    expect(breached.length).toBeGreaterThan(25);
  });

  it('folds each run of days alike into one line, its time the days times the hours', async () => {
    const stories = await pages.month.$$eval('pre.explanation', (pres) =>
      pres.map((p) => p.textContent ?? ''),
    );
    const folded = stories
      .flatMap((story) => story.split('\n'))
      .filter((line) => line.includes('each business day'));
    expect(folded.length).toBeGreaterThan(10);
    for (const line of folded) {
      const match =
        /\+(\d+):(\d\d) .* (\d\d):(\d\d)–(\d\d):(\d\d) each business day \((\d+) days\)$/.exec(
          line,
        );
      expect(match, line).not.toBeNull();
      const [h = 0, m = 0, fh = 0, fm = 0, th = 0, tm = 0, days = 0] = (match as RegExpExecArray)
        .slice(1)
        .map(Number);
      expect(days, line).toBeGreaterThanOrEqual(2);
      expect(h * 60 + m, line).toBe(days * (th * 60 + tm - (fh * 60 + fm)));
    }
    // The longest story is read in a screen, not hundreds of lines.
    expect(Math.max(...stories.map((story) => story.split('\n').length))).toBeLessThan(60);
  });

  it('lists the rejected rows as stderr says them', async () => {
    const rows = await pages.month.$$eval('#rejected tbody tr', (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)),
    );
    const said = stderr
      .trim()
      .split('\n')
      .filter((line) => /^line \d+: ticket BAD/.test(line));
    expect(said.length).toBe(BAD_ROWS.length);
    expect(rows.map(([where, ticket, why]) => `${where}: ticket ${ticket}: ${why}`)).toEqual(said);
  });

  it('ends each priority with its subtotal, equal to the page grouped by priority alone', async () => {
    const rows = (page: Page, selector: string) =>
      page.$$eval(selector, (trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('td'))
            .map((td) => td.textContent)
            .join(' | '),
        ),
      );
    for (const clock of ['gti', 'gtr']) {
      const subtotals = await rows(pages.month, `#summary-${clock} tr[data-subtotal]`);
      const alone = await rows(pages.priority, `#summary-${clock} tr[data-group^="priority="]`);
      expect(subtotals.length).toBe(4);
      expect(subtotals).toEqual(alone);
    }
  });

  it('has nothing wider than its container, at 1,200 px and printed on A4', async () => {
    const output = join(ROOT, 'test/output');
    mkdirSync(output, { recursive: true });
    const a4 = await open(join(dir, 'm.html'), 794);
    await a4.emulateMedia({ media: 'print' });
    for (const [name, page] of [
      ['screen', pages.month],
      ['a4', a4],
    ] as const) {
      const overflows = await page.evaluate(() => {
        const found: string[] = [];
        for (const element of Array.from(document.querySelectorAll('body, body *'))) {
          if (element.closest('svg') !== null && element.tagName !== 'svg') continue;
          const parent = element.parentElement;
          const box = element.getBoundingClientRect();
          const label = `${element.tagName}#${element.id}`;
          if (
            element.scrollWidth > element.clientWidth + 1 &&
            getComputedStyle(element).display !== 'inline'
          ) {
            found.push(`${label} scrolls ${element.scrollWidth} > ${element.clientWidth}`);
          }
          if (
            parent !== null &&
            parent !== document.documentElement &&
            box.right > parent.getBoundingClientRect().right + 1
          ) {
            found.push(`${label} ends at ${box.right} past ${parent.tagName}`);
          }
        }
        return found;
      });
      expect(overflows, name).toEqual([]);
      await page.screenshot({ path: join(output, `review-${name}.png`), fullPage: true });
    }
    expect((await a4.pdf({ format: 'A4' })).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
