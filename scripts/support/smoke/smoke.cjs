// The same questions through CommonJS require.
const {
  defineSchedule,
  evaluateTicket,
  SlaError,
  slaDeadlines,
  standardPlan,
} = require('sla-clock');
const { fromDateHolidays } = require('sla-clock/date-holidays');

const plan = standardPlan();
const ticket = {
  openedAt: '2026-11-27T15:50:00-04:00',
  priority: 'critical',
  kind: 'incident',
  events: [{ type: 'responded', at: '2026-11-30T08:03:00-04:00' }],
};
const { gti, gtr } = slaDeadlines(plan, ticket);
const evaluation = evaluateTicket(plan, ticket, { now: '2026-11-30T11:00:00-04:00' });
let refusal = 'none';
try {
  defineSchedule({ timezone: 'Mars/Olympus', hours: {} });
} catch (error) {
  refusal = error instanceof SlaError ? `${error.code} ${error.path}` : String(error);
}
console.log(
  JSON.stringify({
    deadlines: [gti.toISOString(), gtr.toISOString()],
    statuses: [evaluation.metrics.gti.status, evaluation.metrics.gtr.status],
    refusal,
    adapter: typeof fromDateHolidays,
    schema: require('sla-clock/plan.schema.json').title,
    version: require('sla-clock/package.json').version,
  }),
);
