// What a fresh process (a serverless cold start) pays before its first answer: importing the
// package unbundled from node_modules, defining the Paris desk, the first query (a year of
// timeline compiled) and the second. Run: npm run bench (each figure is one fresh process).
const started = performance.now();
const { addBusinessTime, defineSchedule } = await import('sla-clock');
const imported = performance.now();
const week = ['08:00-16:00'];
const paris = defineSchedule({
  timezone: 'Europe/Paris',
  hours: { mon: week, tue: week, wed: week, thu: week, fri: week },
  holidays: 'FR',
});
const defined = performance.now();
addBusinessTime(paris, '2026-11-26T15:45:00+01:00', 'PT15M');
const firstAnswered = performance.now();
addBusinessTime(paris, '2026-11-27T15:45:00+01:00', 'PT15M');
const secondAnswered = performance.now();

const ms = (from, to) => `${(to - from).toFixed(1)} ms`;
console.log(
  `cold start: import ${ms(started, imported)}, defineSchedule ${ms(imported, defined)}, ` +
    `first query ${ms(defined, firstAnswered)}, second query ${ms(firstAnswered, secondAnswered)}`,
);
