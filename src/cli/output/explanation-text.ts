import { DateTime } from 'luxon';
import type {
  ClockEvent,
  ClockExplanation,
  CycleReport,
  ExplainedSegment,
  Plan,
  Ticket,
  TicketExplanation,
} from '../../index';
import { businessTime } from './business-time';
import { eventText } from './event-text';
import { WORDS, type Words } from './explanation-words';
import { isDefaultMetric, type Language, metricTitle } from './metric-names';
import { printable } from './printable';
import { routineDays } from './routine-days';
import { why } from './segment-why';

/**
 * The explanation as text: per metric of the plan, in its order, a heading (its title in the
 * language used, its current cycle's target, time used, status and deadline), its cycles when it
 * ran more than one, then one line per segment with the running total of the cycle and why.
 * GTI's and GTR's stories keep the words desks know them by (first contact, waiting on the
 * customer, reopened); other metrics' say what the plan's conditions did, and by which event.
 * With `fold`, a run of days alike is one line (`Mon 2 – Fri 13 Mar 2026 … 09:00–18:00 each
 * business day`), and so are closed stretches in a row (a weekend and a holiday): a ticket open
 * for months reads in a screen, not in hundreds of lines.
 */
export function explanationText(
  explanation: TicketExplanation,
  ticket: Ticket,
  plan: Plan,
  now: number,
  language: Language,
  options: { readonly fold?: boolean } = {},
): string {
  const zone = plan.schedule.timezone;
  const words = WORDS[language];
  const at = (date: Date) =>
    DateTime.fromJSDate(date, { zone }).setLocale(language).toFormat('ccc d LLL yyyy HH:mm');
  const id = (ticket as { id?: unknown }).id;
  const lines = [
    // The id and the plan come from the input and reach a terminal: their controls are escaped.
    `${id === undefined ? '' : `${printable(String(id))} · `}${printable(explanation.priority)} · plan ${printable(plan.id)} · ${zone}`,
    `now ${at(new Date(now))}`,
  ];
  const metrics = explanation.metrics as Readonly<Record<string, ClockExplanation>>;
  for (const { id: metric } of plan.metrics) {
    const story = metrics[metric];
    if (story === undefined) continue;
    const title = printable(metricTitle(plan, metric, language));
    const fold = options.fold === true ? { zone, language } : undefined;
    lines.push('', ...clockLines(story, title, words, at, isDefaultMetric(metric), fold));
  }
  return `${lines.join('\n')}\n`;
}

function clockLines(
  clock: ClockExplanation,
  title: string,
  words: Words,
  at: (date: Date) => string,
  known: boolean,
  fold: { readonly zone: string; readonly language: Language } | undefined,
): string[] {
  const { report } = clock;
  const due = report.deadline === null ? words.noDeadline : `${words.due} ${at(report.deadline)}`;
  const target =
    report.target === null ? words.noTarget : `${words.target} ${businessTime(report.target)}`;
  const lines = [
    report.state === 'idle'
      ? `${title} · ${target} · ${report.status}`
      : `${title} · ${target} · ${words.used} ${businessTime(report.elapsed)} · ${report.status} · ${due}`,
  ];
  if (report.cycles.length > 1) {
    report.cycles.forEach((cycle, index) => {
      lines.push(`  ${words.cycle} ${index + 1}  ${cycleText(cycle, at)}`);
    });
  }
  if (clock.segments.length === 0) {
    lines.push(`  ${report.state === 'idle' && !known ? words.metric.noCycle : words.noTime}`);
  }
  const pending = [...clock.events];
  let total = 0;
  const width = Math.max(...clock.segments.map((s) => at(s.from).length), 0);
  const flushEvents = (until: number) => {
    while (pending.length > 0 && (pending[0] as ClockEvent).at.getTime() <= until) {
      const event = pending.shift() as ClockEvent;
      // A new cycle counts from zero.
      if (event.type === 'started') total = 0;
      lines.push(`  * ${at(event.at)}  ${eventText(event, words, known)}`);
    }
  };
  const { segments } = clock;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] as ExplainedSegment;
    flushEvents(segment.from.getTime());
    const run =
      fold === undefined
        ? undefined
        : routineDays(segments, index, pending[0]?.at.getTime() ?? Infinity, fold.zone);
    if (fold !== undefined && run !== undefined) {
      if (segment.kind === 'counted') total += run.business;
      const kind = words.kinds[segment.kind as 'counted' | 'projected'];
      const amount = `+${businessTime(run.business)}`;
      const running = segment.kind === 'counted' ? `= ${businessTime(total)}` : '';
      const span = daySpan(run.from, run.to, fold.zone, fold.language);
      lines.push(
        `  ${span.padEnd(width * 2 + 3)}  ${kind.padEnd(9)} ${amount.padStart(8)} ${running.padEnd(9)} ${run.hours} ${words.eachDay} (${run.days} ${words.days})`,
      );
      index = run.last;
      continue;
    }
    // Folded, closed stretches in a row (a weekend, then a holiday) are one line with their reasons.
    let last = index;
    const nextEvent = pending[0]?.at.getTime() ?? Number.POSITIVE_INFINITY;
    while (fold !== undefined && segment.kind === 'closed') {
      const next = segments[last + 1];
      if (next?.kind !== 'closed' || next.from.getTime() >= nextEvent) break;
      last++;
    }
    if (last > index) {
      const reasons = new Set(segments.slice(index, last + 1).map((s) => why(s, words, known)));
      // Nights and weekends go without saying next to a holiday.
      if (reasons.size > 1) reasons.delete(words.why['outside-hours']);
      const to = (segments[last] as ExplainedSegment).to;
      lines.push(
        `  ${at(segment.from).padEnd(width)} → ${at(to).padEnd(width)}  ${words.kinds.closed.padEnd(9)} ${''.padStart(8)} ${''.padEnd(9)} ${[...reasons].join('; ')}`,
      );
      index = last;
      continue;
    }
    if (segment.kind === 'counted') total += segment.business;
    const amount = segment.business > 0 ? `+${businessTime(segment.business)}` : '';
    const running = segment.kind === 'counted' ? `= ${businessTime(total)}` : '';
    const kind = (words.kinds as Readonly<Record<string, string>>)[segment.kind] ?? segment.kind;
    lines.push(
      `  ${at(segment.from).padEnd(width)} → ${at(segment.to).padEnd(width)}  ${kind.padEnd(9)} ${amount.padStart(8)} ${running.padEnd(9)} ${why(segment, words, known)}`.trimEnd(),
    );
  }
  flushEvents(Number.POSITIVE_INFINITY);
  return lines;
}

/** `Mon 2 – Fri 13 Mar 2026`: the local days of a run, the month and year said once where shared. */
function daySpan(from: Date, to: Date, zone: string, language: Language): string {
  const start = DateTime.fromJSDate(from, { zone }).setLocale(language);
  // The run's end is the end of its last day's hours: an instant of that day, or midnight after.
  const end = DateTime.fromJSDate(new Date(to.getTime() - 1), { zone }).setLocale(language);
  const head =
    start.year !== end.year ? 'ccc d LLL yyyy' : start.month !== end.month ? 'ccc d LLL' : 'ccc d';
  return `${start.toFormat(head)} – ${end.toFormat('ccc d LLL yyyy')}`;
}

/** One cycle of a metric that ran several: its span, status and time against its target. */
function cycleText(cycle: CycleReport, at: (date: Date) => string): string {
  const span = `${at(cycle.startedAt)} → ${cycle.endedAt === null ? '…' : at(cycle.endedAt)}`;
  return `${span}  ${cycle.status}  ${businessTime(cycle.elapsed)} / ${businessTime(cycle.target)}`;
}
