// The HTML page's data gathered while a report streams (PageData): bounded lists of the most
// urgent tickets that equal a full sort of all of them, and that merge (through JSON or
// structuredClone, in any split) into what one reader over everything keeps; the folded stories;
// and the page written from summaries alone, with no ticket at hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageData } from '../../src/cli/html/page-data';
import { writeHtmlReport } from '../../src/cli/html/write-html-report';
import { explanationText } from '../../src/cli/output/explanation-text';
import {
  createSlaSummary,
  evaluateTicket,
  explainTicket,
  standardPlan,
  type Ticket,
} from '../../src/index';
import { ROOT, scratchDir } from '../support/cli';

const plan = standardPlan();
/** Fewer than the example's late tickets, so that the bound is what chooses. */
const SHOWN = 5;
const now = Date.parse('2026-06-30T14:00:00-04:00');
// The example's tickets, and made-up open ones, opened every 47 minutes over the last ten days,
// half of them answered: many clocks at risk and breached, by different amounts.
const PRIORITIES = ['normal', 'medium', 'high', 'critical'] as const;
const tickets = [
  ...readFileSync(join(ROOT, 'examples/tickets.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Ticket & { id: string }),
  ...Array.from({ length: 300 }, (_, i) => {
    const openedAt = now - (i + 1) * 47 * 60_000;
    return {
      id: `OPEN-${i}`,
      openedAt,
      priority: PRIORITIES[i % 4] as (typeof PRIORITIES)[number],
      events: i % 2 === 0 ? [] : [{ type: 'responded' as const, at: openedAt + 60_000 }],
    };
  }),
];
const evaluated = tickets.map((ticket) => ({
  ticket,
  evaluation: evaluateTicket(plan, ticket, { now }),
}));

/** What a PageData shows, in plain comparable data. */
function view(data: PageData) {
  const list = (kept: PageData['atRisk']) => ({
    count: kept.count,
    kept: kept.kept.map(({ ticket, rank }) => [ticket.id, rank]),
  });
  return {
    shares: Object.fromEntries(data.shares),
    atRisk: list(data.atRisk),
    breached: list(data.breached),
    rejected: data.rejected.count,
  };
}

describe('PageData', () => {
  const whole = new PageData(plan, SHOWN);
  for (const { ticket, evaluation } of evaluated) whole.add(ticket, evaluation);

  it('keeps the most urgent of each list, as a sort of all the tickets would', () => {
    // Independently: every ticket's least time left on an at-risk clock, or most time over.
    const ranks = evaluated.map(({ ticket, evaluation }) => {
      const reports = Object.values(evaluation.metrics);
      const left = reports.filter((r) => r.status === 'at-risk').map((r) => r.remaining ?? 0);
      const over = reports.filter((r) => r.status === 'breached').map((r) => -(r.remaining ?? 0));
      return { id: ticket.id, left, over };
    });
    const sorted = (rows: { id: string; rank: number }[]) =>
      rows
        .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1))
        .map(({ id, rank }) => [id, rank]);
    const atRisk = sorted(
      ranks.filter((r) => r.left.length > 0).map((r) => ({ id: r.id, rank: Math.min(...r.left) })),
    );
    const breached = sorted(
      ranks
        .filter((r) => r.left.length === 0 && r.over.length > 0)
        .map((r) => ({ id: r.id, rank: -Math.max(...r.over) })),
    );
    expect(breached.length).toBeGreaterThan(SHOWN);
    expect(atRisk.length).toBeGreaterThan(SHOWN);
    expect(view(whole).atRisk).toEqual({
      count: atRisk.length,
      kept: atRisk.slice(0, SHOWN),
    });
    expect(view(whole).breached).toEqual({
      count: breached.length,
      kept: breached.slice(0, SHOWN),
    });
  });

  it('merges parts, sent as JSON or cloned, into what one reader over all of them keeps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(4), { minLength: evaluated.length, maxLength: evaluated.length }),
        fc.boolean(),
        (parts, json) => {
          const readers = Array.from({ length: 5 }, () => new PageData(plan, SHOWN));
          evaluated.forEach(({ ticket, evaluation }, i) => {
            readers[parts[i] as number]?.add(ticket, evaluation);
          });
          readers[parts[0] as number]?.reject(1, 'X-1', 'priority: is not one of …');
          const merged = new PageData(plan, SHOWN);
          for (const reader of readers) {
            const state = reader.toJSON();
            merged.absorb(json ? JSON.parse(JSON.stringify(state)) : structuredClone(state));
          }
          const expected = { ...view(whole), rejected: 1 };
          expect(view(merged)).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('lists the first 100 rejected rows and counts them all', () => {
    const data = new PageData(plan, SHOWN);
    for (let line = 2; line < 152; line++) data.reject(line, `T-${line}`, 'why');
    expect(data.rejected.count).toBe(150);
    expect(data.rejected.rows.map((row) => row.line)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 2),
    );
  });
});

describe('a folded story', () => {
  it('tells a run of days alike in one line, its time the days times the hours', () => {
    // Mon 2 March 2026, 08:00 in Martinique (desk open 08:00–16:00, Monday to Friday); nothing
    // happens until Friday 10 April: GTR (56 h for a normal ticket) runs for six weeks, across
    // Good Friday (3 April) and Easter Monday (6 April).
    const ticket = {
      id: 'T-1',
      openedAt: '2026-03-02T08:00:00-04:00',
      priority: 'normal' as const,
    };
    const end = Date.parse('2026-04-10T16:00:00-04:00');
    const explanation = explainTicket(plan, ticket, { now: end, language: 'en' });
    const folded = explanationText(explanation, ticket, plan, end, 'en', { fold: true });
    const gtr = folded.slice(folded.indexOf('GTR ·')).split('\n');
    // 2–10 March: 7 business days of 8 h, the target; 11 March–2 April: 17; 7–10 April: 4.
    expect(gtr.filter((line) => line.includes('each business day'))).toEqual([
      expect.stringMatching(
        /^ {2}Mon 2 – Tue 10 Mar 2026 +counted +\+56:00 = 56:00 +08:00–16:00 each business day \(7 days\)$/,
      ),
      expect.stringMatching(
        /^ {2}Wed 11 Mar – Thu 2 Apr 2026 +counted +\+136:00 = 192:00 .*\(17 days\)$/,
      ),
      expect.stringMatching(
        /^ {2}Tue 7 – Fri 10 Apr 2026 +counted +\+32:00 = 224:00 .*\(4 days\)$/,
      ),
    ]);
    expect(gtr).toContainEqual(
      expect.stringMatching(
        /Thu 2 Apr 2026 16:00 +→ Tue 7 Apr 2026 08:00 +closed .*Good Friday.*Easter Monday/,
      ),
    );
    const unfolded = explanationText(explanation, ticket, plan, end, 'en');
    expect(folded.split('\n').length).toBeLessThan(unfolded.split('\n').length / 4);
  });
});

describe('the page from summaries alone', () => {
  it('has the tables, with subtotals, and says it lists no ticket', () => {
    const summary = createSlaSummary({ plan, groupBy: ['priority', 'month'] });
    for (const { ticket, evaluation } of evaluated) summary.add(ticket, evaluation);
    const path = join(scratchDir(), 'merged.html');
    writeHtmlReport(path, {
      result: summary.result(),
      plan,
      rules: plan,
      policies: undefined,
      now,
      evaluateOptions: { now },
      summary,
    });
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('made from summaries alone: it lists no ticket');
    expect(html).not.toContain('<article');
    for (const priority of ['normal', 'medium', 'high', 'critical']) {
      expect(html).toContain(`data-subtotal="priority=${priority}"`);
    }
  });
});
