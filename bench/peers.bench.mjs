// sla-clock beside the libraries a team would otherwise pick, on one desk: Europe/Paris,
// Monday–Friday 08:00–16:00, French public holidays. Run: npm run bench:peers
//
// The peers read wall times in the process's own zone, so this script runs under
// TZ=Europe/Paris: their best case. For each operation it reports calls per second and how many
// answers differ from sla-clock's. Two deadlines count as the same when no business time lies
// between them (16:00 on Friday and 08:00 on Monday are the same business instant; DESIGN §4
// answers the second).
import dayjs from 'dayjs';
import dayjsBusinessTime from 'dayjs-business-time';
import luxonBusinessDays from 'luxon-business-days';
import moment from 'moment-business-time';
import OpeningHours from 'opening_hours';
import {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  defineSchedule,
  holidaysIn,
  isOpen,
} from 'sla-clock';
import { measure, printTable, seededRandom } from './harness.mjs';

const ZONE = 'Europe/Paris';
if (Intl.DateTimeFormat().resolvedOptions().timeZone !== ZONE) {
  throw new Error(
    `run under TZ=${ZONE} (npm run bench:peers does): the peers use the process zone`,
  );
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const FIRST_YEAR = 2019;
const LAST_YEAR = 2031;

const holidayDates = [];
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  for (const holiday of holidaysIn('FR', year)) holidayDates.push(holiday.date);
}
const holidaySet = new Set(holidayDates);

const week = ['08:00-16:00'];
const paris = defineSchedule({
  timezone: ZONE,
  hours: { mon: week, tue: week, wed: week, thu: week, fri: week },
  holidays: 'FR',
});

moment.updateLocale('en', {
  workinghours: {
    0: null,
    1: ['08:00:00', '16:00:00'],
    2: ['08:00:00', '16:00:00'],
    3: ['08:00:00', '16:00:00'],
    4: ['08:00:00', '16:00:00'],
    5: ['08:00:00', '16:00:00'],
    6: null,
  },
  holidays: holidayDates,
});

dayjs.extend(dayjsBusinessTime);
const segment = [{ start: '08:00:00', end: '16:00:00' }];
dayjs.setBusinessTime({
  sunday: null,
  monday: segment,
  tuesday: segment,
  wednesday: segment,
  thursday: segment,
  friday: segment,
  saturday: null,
});
dayjs.setHolidays(holidayDates);

const openingHours = new OpeningHours('Mo-Fr 08:00-16:00; PH off', {
  lat: 48.8566,
  lon: 2.3522,
  address: { country_code: 'fr', state: 'Île-de-France' },
});

const LuxonBusinessDateTime = luxonBusinessDays.DateTime; // a CommonJS module
// luxon-business-days keeps its set-up on DateTime.prototype: one global configuration.
LuxonBusinessDateTime.local().setupBusiness({
  businessDays: [1, 2, 3, 4, 5],
  holidayMatchers: [(dateTime) => holidaySet.has(dateTime.toISODate())],
});
const luxonBusinessStart = (t) => LuxonBusinessDateTime.fromMillis(t, { zone: ZONE });

// Instants with milliseconds, spread over 2020–2028; the 365-day operations use the first 50,
// because the peers that walk day by day take up to a quarter of a second per call there.
const random = seededRandom(2026);
const starts = Array.from(
  { length: 1000 },
  () => Date.UTC(2020, 0, 1) + Math.floor(random() * 9 * 365 * DAY),
);
const openStarts = starts.filter((t) => isOpen(paris, t));

/** Same business instant: no open time between the two answers. */
const sameDeadline = (expected, actual) => businessTimeBetween(paris, expected, actual) === 0;

const operations = [
  {
    name: 'isOpen',
    inputs: starts,
    ours: (t) => isOpen(paris, t),
    same: (expected, actual) => expected === actual,
    peers: {
      'moment-business-time': (t) => moment(t).isWorkingTime(),
      'dayjs-business-time': (t) => dayjs(t).isBusinessTime(),
      opening_hours: (t) => openingHours.getState(new Date(t)),
    },
  },
  {
    name: 'addBusinessTime, 8 h (1 business day)',
    inputs: starts,
    ours: (t) => addBusinessTime(paris, t, 8 * HOUR).getTime(),
    same: sameDeadline,
    peers: {
      'moment-business-time': (t) => moment(t).addWorkingTime(8, 'hours').valueOf(),
      'dayjs-business-time': (t) => dayjs(t).addBusinessHours(8).valueOf(),
    },
  },
  {
    name: 'addBusinessTime, 2,920 h (365 business days)',
    inputs: starts.slice(0, 50),
    ours: (t) => addBusinessTime(paris, t, 2920 * HOUR).getTime(),
    same: sameDeadline,
    peers: {
      'moment-business-time': (t) => moment(t).addWorkingTime(2920, 'hours').valueOf(),
      'dayjs-business-time': (t) => dayjs(t).addBusinessHours(2920).valueOf(),
    },
  },
  {
    name: 'businessTimeBetween, 1-day span',
    inputs: starts,
    ours: (t) => businessTimeBetween(paris, t, t + DAY),
    same: (expected, actual) => expected === actual,
    peers: {
      'moment-business-time': (t) => moment(t + DAY).workingDiff(moment(t), 'milliseconds'),
      'dayjs-business-time': (t) => dayjs(t).businessMinutesDiff(dayjs(t + DAY)) * MINUTE,
      opening_hours: (t) => openingHours.getOpenDuration(new Date(t), new Date(t + DAY))[0],
    },
  },
  {
    name: 'businessTimeBetween, 365-day span',
    inputs: starts.slice(0, 50),
    ours: (t) => businessTimeBetween(paris, t, t + 365 * DAY),
    same: (expected, actual) => expected === actual,
    peers: {
      'moment-business-time': (t) => moment(t + 365 * DAY).workingDiff(moment(t), 'milliseconds'),
      'dayjs-business-time': (t) => dayjs(t).businessMinutesDiff(dayjs(t + 365 * DAY)) * MINUTE,
      opening_hours: (t) => openingHours.getOpenDuration(new Date(t), new Date(t + 365 * DAY))[0],
    },
  },
  {
    // Starts inside opening hours only: outside them the libraries define "+5 days" differently
    // (DESIGN §5 counts from the next opening), which is a choice, not an error.
    name: 'addBusinessDays, 5 days (open starts)',
    inputs: openStarts,
    ours: (t) => addBusinessDays(paris, t, 5).getTime(),
    same: sameDeadline,
    peers: {
      'moment-business-time': (t) => moment(t).addWorkingTime(5, 'days').valueOf(),
      'dayjs-business-time': (t) => dayjs(t).addBusinessDays(5).valueOf(),
      'luxon-business-days': (t) => luxonBusinessStart(t).plusBusiness({ days: 5 }).toMillis(),
    },
  },
];

// The peers take milliseconds per call, so they are timed on the first 100 inputs; their answers
// are compared on all of them.
const PEER_TIMING_SAMPLE = 100;

console.log(`Node ${process.version}; TZ=${ZONE}; ${starts.length} random instants in 2020–2028`);
const answersInParis = new Map();
for (const operation of operations) {
  const expected = operation.inputs.map(operation.ours);
  answersInParis.set(`${operation.name}/sla-clock`, expected);
  const rows = [measure('sla-clock', operation.inputs, operation.ours)];
  const verdicts = [];
  for (const [peer, peerFn] of Object.entries(operation.peers)) {
    const call = (t) => attempt(() => peerFn(t));
    const answers = operation.inputs.map(call);
    answersInParis.set(`${operation.name}/${peer}`, answers);
    rows.push(measure(peer, operation.inputs.slice(0, PEER_TIMING_SAMPLE), call));
    verdicts.push(`${peer}: ${describeDifferences(operation, expected, answers)}`);
  }
  console.log(`\n${operation.name} (${operation.inputs.length} inputs)`);
  printTable(rows);
  for (const verdict of verdicts) console.log(`  ${verdict}`);
}

// Serverless runtimes usually run in UTC. Node applies a change of TZ at once; sla-clock's answers
// cannot change (its zone is part of the schedule), the peers' can.
process.env.TZ = 'UTC';
console.log('\nThe same calls with the process in TZ=UTC (answers that change)');
for (const operation of operations) {
  const changedAnswers = (name, fn) => {
    const before = answersInParis.get(`${operation.name}/${name}`);
    return operation.inputs.filter((t, i) => {
      const after = attempt(() => fn(t));
      return after instanceof Error ? !(before[i] instanceof Error) : !Object.is(after, before[i]);
    }).length;
  };
  const changes = Object.entries(operation.peers).map(
    ([peer, peerFn]) => `${peer} ${changedAnswers(peer, peerFn)}`,
  );
  console.log(
    `  ${operation.name}: sla-clock ${changedAnswers('sla-clock', operation.ours)}, ${changes.join(', ')}`,
  );
}

function attempt(fn) {
  try {
    return fn();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function describeDifferences(operation, expected, answers) {
  const differing = operation.inputs.flatMap((t, i) =>
    answers[i] instanceof Error || !operation.same(expected[i], answers[i])
      ? [{ t, expected: expected[i], actual: answers[i] }]
      : [],
  );
  const total = operation.inputs.length;
  if (differing.length === 0) return `same answers on all ${total}`;
  const first = differing[0];
  const show = (value) =>
    typeof value === 'number' && value > 1e11 ? new Date(value).toISOString() : String(value);
  return `${differing.length} of ${total} differ, e.g. at ${new Date(first.t).toISOString()}: sla-clock ${show(first.expected)}, peer ${show(first.actual)}`;
}
