// Generates seeded, realistic tickets of the Martinique desk (standard plan: Monday–Friday
// 08:00–16:00, FR-MQ holidays) in the three input forms of `sla-clock report`:
//   <name>.csv          one row per event (ticket,event,at,priority,kind)
//   <name>.jsonl        one ticket a line, as evaluateTicket takes it
//   <name>-export.csv   one row per ticket (id,opened_at,priority,kind,responded_at,resolved_at):
//                       the usual desk export, which keeps only the first response and the last
//                       resolution (pauses, priority changes and reopenings are lost)
//
//   node scripts/generate-tickets.mjs                        → examples/tickets*.{csv,jsonl}
//   (after `npm run build`: it draws business times with the built library)
//   node scripts/generate-tickets.mjs --count 1000000 --out /tmp/bench --name tickets --pause-share 0.8
//   node scripts/generate-tickets.mjs --name customers --customers acme,globex --from … --now …
//   (each ticket gets a `customer` field: a column of both CSVs, `fields` in JSON Lines)
//
// The tickets are made up: arrivals mostly in office hours, some in the evening, at weekends and
// on public holidays; first contact and resolution drawn around each priority's targets so that
// a few are missed; pauses waiting on the customer, priority changes, reopenings; events after
// the report's `now` are left out, so that recent tickets are still open. Not a test oracle: the
// tests compute their expectations with the library, never from these files' contents.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addBusinessTime, holidayCalendar, holidaysIn, standardPlan } from '../dist/index.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '300' },
    seed: { type: 'string', default: '20260701' },
    out: { type: 'string', default: 'examples' },
    name: { type: 'string', default: 'tickets' },
    from: { type: 'string', default: '2026-04-01T00:00:00-04:00' },
    now: { type: 'string', default: '2026-06-30T14:00:00-04:00' },
    // The share of tickets that wait on the customer (the benchmark raises it for ~5 events).
    'pause-share': { type: 'string', default: '0.22' },
    customers: { type: 'string' },
  },
});

const COUNT = Number(values.count);
const FROM = Date.parse(values.from);
const NOW = Date.parse(values.now);
const PAUSE_SHARE = Number(values['pause-share']);
const CUSTOMERS = values.customers?.split(',') ?? [];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const OFFSET = -4 * HOUR; // Martinique: UTC−4 all year.

// A small seeded generator (xorshift32): the same seed gives the same files on every machine.
let state = Number(values.seed) >>> 0 || 1;
function random() {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 0x1_0000_0000;
}
const pick = (weighted) => {
  let r = random() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1][0];
};
/** A log-normal draw with the given median: most values near it, a long tail above. */
const around = (median, spread) => median * Math.exp(spread * gaussian());
function gaussian() {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const plan = standardPlan();
const desk = plan.schedule;
const TARGETS = {
  normal: { gti: 1 * HOUR, gtr: 7 * 8 * HOUR },
  medium: { gti: 45 * MINUTE, gtr: 3 * 8 * HOUR },
  high: { gti: 30 * MINUTE, gtr: 8 * HOUR },
  critical: { gti: 15 * MINUTE, gtr: 4 * HOUR },
};
const PRIORITY_MIX = [
  ['normal', 45],
  ['medium', 30],
  ['high', 17],
  ['critical', 8],
];
const KIND_MIX = [
  ['request', 45],
  ['incident', 40],
  ['information', 15],
];
const calendar = holidayCalendar('FR-MQ');
const holidayDays = new Set(
  [2025, 2026, 2027].flatMap((year) => holidaysIn(calendar, year).map((h) => h.date)),
);

const localDate = (ms) => new Date(ms + OFFSET).toISOString().slice(0, 10);
const iso = (ms) => `${new Date(ms + OFFSET).toISOString().slice(0, 19)}-04:00`;
const isWeekend = (ms) => [0, 6].includes(new Date(ms + OFFSET).getUTCDay());

/** When a ticket comes in: office hours mostly, else evenings, nights, weekends, holidays. */
function openingTime() {
  const days = Math.max(1, Math.floor((NOW - FROM) / DAY));
  for (;;) {
    const day = FROM + Math.floor(random() * days) * DAY;
    const closedDay = isWeekend(day) || holidayDays.has(localDate(day));
    // Few people write to a closed desk: most draws of a closed day are dropped.
    if (closedDay && random() < 0.8) continue;
    const when = closedDay
      ? 'daytime'
      : pick([
          ['office', 88],
          ['evening', 9],
          ['night', 3],
        ]);
    const hour = {
      office: () => 8 + random() * 8,
      evening: () => 16 + random() * 6,
      night: () => random() * 8,
      daytime: () => 7 + random() * 14,
    }[when]();
    const at = day + Math.floor(hour * 60) * MINUTE + Math.floor(random() * 60) * 1000;
    if (at < NOW - 10 * MINUTE) return at;
  }
}

const after = (start, businessMs) =>
  addBusinessTime(desk, start, Math.max(0, Math.round(businessMs / 1000) * 1000)).getTime();

/** A ticket and its log, in time order; events after the report's `now` left out. */
function makeTicket(index, openedAt) {
  const id = `MQ-${String(index + 1).padStart(COUNT >= 10_000 ? 7 : 4, '0')}`;
  const openedPriority = pick(PRIORITY_MIX);
  let priority = openedPriority;
  const kind = random() < 0.92 ? pick(KIND_MIX) : undefined;
  const events = [];
  const targets = TARGETS[priority];
  // First contact: usually well within the target, about one in ten late.
  // A few are forgotten for a while: first contact many times the target later.
  const forgotten = random() < 0.05;
  // And the desk has a backlog: a third of the last three days' tickets are not answered yet.
  if (NOW - openedAt < 3 * DAY && random() < 0.35) {
    return { id, openedAt, openedPriority, priority, kind, events: [] };
  }
  const respondedAt = after(openedAt, around(targets.gti * (forgotten ? 8 : 0.45), 0.7));
  events.push({ type: 'responded', at: respondedAt });
  let clock = respondedAt;
  if (random() < 0.1) {
    const to = pick(PRIORITY_MIX.filter(([p]) => p !== priority));
    priority = to;
    clock = after(clock, around(HOUR, 1));
    events.push({ type: 'priority-changed', at: clock, priority: to });
  }
  const gtr = TARGETS[priority].gtr;
  let work = around(gtr * 0.4, 0.8);
  // Waiting on the customer, from an hour to several days in wall time; sometimes twice.
  for (let pauses = 0; pauses < 3 && random() < PAUSE_SHARE / 2 ** pauses; pauses++) {
    const pausedAt = after(clock, work * random() * 0.5);
    const resumedAt = pausedAt + Math.round(around(20 * HOUR, 1.1) / MINUTE) * MINUTE;
    events.push({ type: 'paused', at: pausedAt }, { type: 'resumed', at: resumedAt });
    clock = resumedAt;
    work *= 0.6;
  }
  const resolvedAt = after(clock, work);
  events.push({ type: 'resolved', at: resolvedAt });
  if (random() < 0.06) {
    const reopenedAt = resolvedAt + Math.round(around(30 * HOUR, 0.8) / MINUTE) * MINUTE;
    events.push(
      { type: 'reopened', at: reopenedAt },
      { type: 'resolved', at: after(reopenedAt, around(2 * HOUR, 0.9)) },
    );
  }
  return {
    id,
    openedAt,
    openedPriority,
    priority,
    kind,
    events: events.filter((e) => e.at <= NOW),
  };
}

await mkdir(values.out, { recursive: true });
const events = createWriteStream(join(values.out, `${values.name}.csv`));
const lines = createWriteStream(join(values.out, `${values.name}.jsonl`));
const exported = createWriteStream(join(values.out, `${values.name}-export.csv`));
const write = async (stream, text) => {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
};
const customerColumn = CUSTOMERS.length > 0 ? ',customer' : '';
await write(events, `ticket,event,at,priority,kind${customerColumn}\n`);
await write(exported, `id,opened_at,priority,kind,responded_at,resolved_at${customerColumn}\n`);
// Tickets are numbered in the order they came in, as a desk's tool numbers them.
const openings = Float64Array.from({ length: COUNT }, openingTime).sort();
for (let index = 0; index < COUNT; index++) {
  const {
    id,
    openedAt,
    openedPriority,
    kind = '',
    events: log,
  } = makeTicket(index, openings[index]);
  // Drawn after the ticket, so that the tickets themselves are those of the same seed without.
  const customer = CUSTOMERS.length > 0 ? pick(CUSTOMERS.map((name) => [name, 1])) : undefined;
  const cell = customer === undefined ? '' : `,${customer}`;
  const empty = customer === undefined ? '' : ',';
  // The export shows the priority in force at `now`, as desk tools do.
  const priority =
    log.findLast((event) => event.type === 'priority-changed')?.priority ?? openedPriority;
  let rows = `${id},opened,${iso(openedAt)},${openedPriority},${kind}${cell}\n`;
  for (const event of log) {
    rows += `${id},${event.type},${iso(event.at)},${event.priority ?? ''},${empty}\n`;
  }
  await write(events, rows);
  await write(
    lines,
    `${JSON.stringify({
      id,
      openedAt: iso(openedAt),
      priority: openedPriority,
      ...(kind === '' ? {} : { kind }),
      ...(customer === undefined ? {} : { fields: { customer } }),
      events: log.map((event) => ({ ...event, at: iso(event.at) })),
    })}\n`,
  );
  const responded = log.find((event) => event.type === 'responded');
  const resolved = log.findLast((event) => event.type === 'resolved');
  const reopened = log.findLast((event) => event.type === 'reopened');
  const stillResolved =
    resolved !== undefined && (reopened === undefined || reopened.at < resolved.at);
  await write(
    exported,
    `${id},${iso(openedAt)},${priority},${kind},${responded ? iso(responded.at) : ''},${stillResolved ? iso(resolved.at) : ''}${cell}\n`,
  );
}
await Promise.all(
  [events, lines, exported].map((stream) => new Promise((resolve) => stream.end(resolve))),
);
console.error(`${COUNT} tickets written to ${values.out}/${values.name}{.csv,.jsonl,-export.csv}`);
