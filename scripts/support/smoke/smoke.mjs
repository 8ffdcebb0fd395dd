// What every runtime must answer alike: a deadline, a ticket evaluation, a refusal and a
// daylight-saving weekend, through the package as a user installs it.
import {
  addBusinessTime,
  defineSchedule,
  evaluateTicket,
  SlaError,
  slaDeadlines,
  standardPlan,
} from 'sla-clock';

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
const week = ['09:00-17:00'];
const paris = defineSchedule({
  timezone: 'Europe/Paris',
  hours: { mon: week, tue: week, wed: week, thu: week, fri: week },
  holidays: 'FR',
});

export const result = {
  deadlines: [gti.toISOString(), gtr.toISOString()],
  statuses: [evaluation.metrics.gti.status, evaluation.metrics.gtr.status],
  nextChangeAt: evaluation.metrics.gtr.nextChangeAt?.toISOString() ?? null,
  refusal,
  acrossDst: addBusinessTime(paris, '2026-03-27T16:00:00+01:00', 'PT2H').toISOString(),
};

/** What the smoke test must give, whatever the runtime and its time zone. */
export const EXPECTED = {
  deadlines: ['2026-11-30T12:05:00.000Z', '2026-11-30T15:50:00.000Z'],
  statuses: ['met', 'at-risk'],
  nextChangeAt: '2026-11-30T15:50:00.000Z',
  refusal: 'unknown_timezone timezone',
  acrossDst: '2026-03-30T08:00:00.000Z',
};
