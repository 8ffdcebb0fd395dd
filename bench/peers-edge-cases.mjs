// Two desks the peers of bench/peers.bench.mjs cannot always answer: a night shift that crosses
// midnight, and a desk with no hours at all. Each call runs in a worker thread that is stopped
// after TIME_LIMIT_MS, so a library that loops forever shows up as "no answer". Run under
// TZ=Europe/Paris (npm run bench:peers does).
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const TIME_LIMIT_MS = 3000;
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
const MONDAY_21H = Date.parse('2024-03-04T21:00:00+01:00');
const NIGHT = ['22:00-06:00'];
const DESKS = {
  'night shift Mon–Fri 22:00–06:00': { mon: NIGHT, tue: NIGHT, wed: NIGHT, thu: NIGHT, fri: NIGHT },
  'no hours at all': {},
};
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const QUESTIONS = {
  'Monday 21:00 + 1 business hour': 'add',
  'business hours in the week from Monday 21:00': 'between',
};

/** Each library's answer to one question on one desk, in the worker thread. */
const answerers = {
  'sla-clock': async (hours, question) => {
    const { addBusinessTime, businessTimeBetween, defineSchedule } = await import('sla-clock');
    const desk = defineSchedule({ timezone: 'Europe/Paris', hours });
    return question === 'add'
      ? addBusinessTime(desk, MONDAY_21H, HOUR).toISOString()
      : `${businessTimeBetween(desk, MONDAY_21H, MONDAY_21H + WEEK) / HOUR} h`;
  },
  'moment-business-time': async (hours, question) => {
    const { default: moment } = await import('moment-business-time');
    const workinghours = Object.fromEntries(
      DAY_NAMES.map((day, index) => [index, hours[day]?.flatMap(splitRange) ?? null]),
    );
    moment.updateLocale('en', { workinghours });
    return question === 'add'
      ? moment(MONDAY_21H).addWorkingTime(1, 'hours').toISOString()
      : `${moment(MONDAY_21H + WEEK).workingDiff(moment(MONDAY_21H), 'hours', true)} h`;
  },
  'dayjs-business-time': async (hours, question) => {
    const { default: dayjs } = await import('dayjs');
    const { default: dayjsBusinessTime } = await import('dayjs-business-time');
    dayjs.extend(dayjsBusinessTime);
    const longNames = [
      'sunday',
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
    ];
    dayjs.setBusinessTime(
      Object.fromEntries(
        DAY_NAMES.map((day, index) => [
          longNames[index],
          hours[day]?.map((range) => {
            const [start, end] = splitRange(range);
            return { start, end };
          }) ?? null,
        ]),
      ),
    );
    return question === 'add'
      ? dayjs(MONDAY_21H).addBusinessHours(1).toISOString()
      : `${dayjs(MONDAY_21H).businessMinutesDiff(dayjs(MONDAY_21H + WEEK)) / 60} h`;
  },
  opening_hours: async (hours, question) => {
    if (question === 'add') return 'not offered';
    const { default: OpeningHours } = await import('opening_hours');
    const osmDays = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];
    const rules = DAY_NAMES.flatMap((day, index) =>
      hours[day] ? [`${osmDays[index]} ${hours[day].join(',')}`] : [],
    );
    // ', ' adds a rule; '; ' would let Tuesday's rule replace the night that spills over from Monday.
    const openingHours = new OpeningHours(rules.length > 0 ? rules.join(', ') : 'off');
    const [open] = openingHours.getOpenDuration(new Date(MONDAY_21H), new Date(MONDAY_21H + WEEK));
    return `${open / HOUR} h`;
  },
};

function splitRange(range) {
  return range.split('-').map((time) => `${time}:00`);
}

if (!isMainThread) {
  const { library, hours, question } = workerData;
  answerers[library](hours, question).then(
    (answer) => parentPort.postMessage(answer),
    (error) => parentPort.postMessage(`throws ${error?.code ?? error?.name ?? 'an error'}`),
  );
} else {
  if (Intl.DateTimeFormat().resolvedOptions().timeZone !== 'Europe/Paris') {
    throw new Error('run under TZ=Europe/Paris (npm run bench:peers does)');
  }
  console.log(`\nEdge cases (each call stopped after ${TIME_LIMIT_MS / 1000} s)`);
  for (const [deskName, hours] of Object.entries(DESKS)) {
    for (const [questionName, question] of Object.entries(QUESTIONS)) {
      console.log(`  ${deskName}: ${questionName}`);
      for (const library of Object.keys(answerers)) {
        const answer = await answerWithin(library, hours, question);
        console.log(`    ${library.padEnd(22)} ${answer}`);
      }
    }
  }
}

function answerWithin(library, hours, question) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { library, hours, question },
    });
    const timer = setTimeout(() => {
      worker.terminate();
      resolve(`no answer after ${TIME_LIMIT_MS / 1000} s (stopped)`);
    }, TIME_LIMIT_MS);
    worker.once('message', (answer) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(answer);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve(`crashes: ${error.message}`);
    });
  });
}
