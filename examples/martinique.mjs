// npm start: business-time answers for a Martinique service desk open Monday to Friday,
// 08:00–16:00 local time (UTC−4, no DST), closed on the 2026 public holidays of Martinique.
import {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  defineSchedule,
  isOpen,
  nextOpen,
  openIntervals,
  subtractBusinessTime,
} from 'sla-clock';

const week = ['08:00-16:00'];
const desk = defineSchedule({
  timezone: 'America/Martinique',
  hours: { mon: week, tue: week, wed: week, thu: week, fri: week },
  holidays: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-01',
    '2026-05-08',
    '2026-05-14',
    '2026-05-22',
    '2026-05-25',
    '2026-07-14',
    '2026-07-21',
    '2026-08-15',
    '2026-11-01',
    '2026-11-11',
    '2026-12-25',
  ],
  overrides: { '2026-12-24': ['08:00-12:00'] },
});

const local = (date) =>
  date.toLocaleString('en-GB', {
    timeZone: 'America/Martinique',
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
const hours = (ms) => `${(ms / 3_600_000).toFixed(2)} h`;

const ticket = '2026-11-27T15:45:00-04:00'; // Friday 15:45 in Fort-de-France
console.log('Desk: Mon–Fri 08:00–16:00 America/Martinique, FR-MQ holidays 2026\n');
console.log(`Open at Friday 15:45?                 ${isOpen(desk, ticket)}`);
console.log(
  `15 business minutes after it:         ${local(addBusinessTime(desk, ticket, { minutes: 15 }))}`,
);
console.log(
  `4 business hours after it (critical): ${local(addBusinessTime(desk, ticket, 'PT4H'))}`,
);
console.log(
  `1 business day after Saturday 10:00:  ${local(addBusinessDays(desk, '2026-11-28T10:00:00-04:00', 1))}`,
);
console.log(
  `Next opening after Friday 16:00:      ${local(nextOpen(desk, '2026-11-27T16:00:00-04:00'))}`,
);
console.log(
  `1 h before Monday 08:30:              ${local(subtractBusinessTime(desk, '2026-11-30T08:30:00-04:00', { hours: 1 }))}`,
);
console.log(
  `Business time, Thu 21 May 12:00 → Tue 26 May 12:00 (22 and 25 May are holidays): ${hours(
    businessTimeBetween(desk, '2026-05-21T12:00:00-04:00', '2026-05-26T12:00:00-04:00'),
  )}`,
);
console.log('\nOpen periods around Christmas 2026:');
for (const { start, end } of openIntervals(
  desk,
  '2026-12-23T00:00:00-04:00',
  '2026-12-29T00:00:00-04:00',
)) {
  console.log(`  ${local(start)} → ${local(end)}`);
}
