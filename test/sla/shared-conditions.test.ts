// A plan judges each distinct detailed condition once per event, as a bit, for the first 31; past
// them its metrics judge their own. Both ways must give the same answers.
import { describe, expect, it } from 'vitest';
import {
  definePlan,
  evaluateTicket,
  type MetricDefinition,
  type TicketEvent,
} from '../../src/index';

const FIELDS = Array.from({ length: 40 }, (_, index) => `field-${index}`);

/** One metric per field: it starts when the field is set to "on" and stops when set to "off". */
const metricOf = (field: string): MetricDefinition => ({
  id: field,
  label: { fr: field, en: field },
  start: [{ event: 'field-changed', field, value: 'on' }],
  stop: [
    { event: 'field-changed', field, value: 'off' },
    { event: 'replied', by: 'agent' },
  ],
  cycles: 'many',
});

const planOf = (fields: readonly string[]) =>
  definePlan({
    id: 'fields',
    schedule: '24/7',
    metrics: fields.map(metricOf),
    targets: {
      normal: Object.fromEntries(fields.map((field) => [field, { hours: 1 }])),
      medium: Object.fromEntries(fields.map((field) => [field, { hours: 1 }])),
      high: Object.fromEntries(fields.map((field) => [field, { hours: 1 }])),
      critical: Object.fromEntries(fields.map((field) => [field, { hours: 1 }])),
    },
  });

const OPENED = Date.UTC(2026, 2, 9, 8);
const MINUTE = 60_000;

function eventsOf(): TicketEvent[] {
  const events: TicketEvent[] = [];
  let at = OPENED;
  FIELDS.forEach((field, index) => {
    at += MINUTE;
    events.push({ type: 'field-changed', at, field, value: 'on' });
    if (index % 3 === 0) {
      at += MINUTE;
      events.push({ type: 'field-changed', at, field, value: 'off' });
    }
    if (index % 7 === 0) {
      at += MINUTE;
      events.push({ type: 'replied', at, by: 'agent' });
    }
  });
  return events;
}

describe('shared conditions', () => {
  it('a plan with more distinct conditions than bits answers as plans of one metric each', () => {
    const ticket = { openedAt: OPENED, priority: 'normal', events: eventsOf() };
    const now = OPENED + 200 * MINUTE;
    const all = evaluateTicket(planOf(FIELDS), ticket, { now });
    let started = 0;
    for (const field of FIELDS) {
      const alone = evaluateTicket(planOf([field]), ticket, { now });
      expect(all.metrics[field]).toEqual(alone.metrics[field]);
      started += all.metrics[field]?.cycles.length ?? 0;
    }
    // Every metric started, so each one's conditions were judged, shared or not.
    expect(started).toBeGreaterThanOrEqual(FIELDS.length);
  });
});
