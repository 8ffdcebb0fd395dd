// Engine throughput on an 08:00–16:00 Europe/Paris desk with French public holidays (the
// built-in FR calendar). Run: npm run bench
import {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  defineSchedule,
  isOpen,
} from 'sla-clock';
import { measure, printTable, seededRandom } from './harness.mjs';

const DAY = 86_400_000;
const BATCH = 1000;

const week = ['08:00-16:00'];
const config = {
  timezone: 'Europe/Paris',
  hours: { mon: week, tue: week, wed: week, thu: week, fri: week },
  holidays: 'FR', // the built-in calendar, computed lazily per year
};

const compileStarted = performance.now();
const paris = defineSchedule(config);
businessTimeBetween(paris, Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1));
const compileMs = performance.now() - compileStarted;

const random = seededRandom(2026);
const starts = Array.from(
  { length: BATCH },
  () => Date.UTC(2020, 0, 1) + Math.floor(random() * 9 * 365 * DAY),
);

const rows = [
  measure('isOpen', starts, (t) => isOpen(paris, t)),
  measure('businessTimeBetween, 1-day span', starts, (t) => businessTimeBetween(paris, t, t + DAY)),
  measure('businessTimeBetween, 365-day span', starts, (t) =>
    businessTimeBetween(paris, t, t + 365 * DAY),
  ),
  measure('businessTimeBetween, 10-year span', starts, (t) =>
    businessTimeBetween(paris, t - 5 * 365 * DAY, t + 5 * 365 * DAY),
  ),
  // A business day here is 8 hours, so 1 and 365 days of span are 8 h and 2,920 h of business time.
  measure('addBusinessTime, 1 day (8 h)', starts, (t) =>
    addBusinessTime(paris, t, 8 * 3_600_000).getTime(),
  ),
  measure('addBusinessTime, 365 days (2,920 h)', starts, (t) =>
    addBusinessTime(paris, t, 365 * 8 * 3_600_000).getTime(),
  ),
  measure('addBusinessTime, ISO duration PT4H30M', starts, (t) =>
    addBusinessTime(paris, t, 'PT4H30M').getTime(),
  ),
  measure(
    'addBusinessTime, ISO instant string',
    starts.map((t) => new Date(t).toISOString()),
    (t) => addBusinessTime(paris, t, 3_600_000).getTime(),
  ),
  measure('addBusinessDays, 5 days', starts, (t) => addBusinessDays(paris, t, 5).getTime()),
];

console.log(
  `Node ${process.version}; schedule compiled and 10 years of timeline built in ${compileMs.toFixed(1)} ms`,
);
printTable(rows);
