// DESIGN §13's built-in metrics, transcribed from the design's text (not from the library) as
// plain data of the reference model: the property suite runs the library's built-ins by name and
// the model on these, so a difference in either transcription shows.
import type { ModelCondition, ModelMetric } from './cycle-model';

/** "agent reply": a public `replied` by an agent. */
const AGENT_REPLY: ModelCondition = { event: 'replied', by: 'agent', public: true };
/** "solved": `status-changed` to solved or closed. */
const SOLVED: ModelCondition = { event: 'status-changed', status: ['solved', 'closed'] };
const OPENED: ModelCondition = { event: 'opened' };
const REOPENED_STATUS: ModelCondition = {
  event: 'status-changed',
  status: ['new', 'open', 'pending', 'hold'],
};

const definitions = {
  gti: { start: [OPENED], stop: [{ event: 'responded' }, { event: 'resolved' }] },
  gtr: {
    start: [OPENED],
    stop: [{ event: 'resolved' }],
    resume: [{ event: 'reopened' }],
    pause: [{ waiting: true }],
  },
  'first-reply': { start: [OPENED], stop: [AGENT_REPLY, SOLVED] },
  'next-reply': {
    start: [{ event: 'replied', by: 'requester', public: true }],
    stop: [AGENT_REPLY, SOLVED],
    cycles: 'many',
  },
  'periodic-update': { start: [AGENT_REPLY], stop: [AGENT_REPLY, SOLVED], cycles: 'many' },
  'pausable-update': {
    start: [AGENT_REPLY],
    stop: [AGENT_REPLY, SOLVED],
    cycles: 'many',
    pause: [{ status: ['pending'] }],
  },
  'requester-wait': {
    start: [OPENED],
    stop: [SOLVED],
    resume: [REOPENED_STATUS],
    pause: [{ status: ['pending'] }],
  },
  'agent-work': {
    start: [OPENED],
    stop: [SOLVED],
    resume: [REOPENED_STATUS],
    pause: [{ status: ['pending', 'hold'] }],
  },
  'total-resolution': { start: [OPENED], stop: [SOLVED], resume: [REOPENED_STATUS] },
  'time-to-first-response': { start: [OPENED], stop: [AGENT_REPLY, { event: 'resolved' }] },
  'time-to-resolution': {
    start: [OPENED, { event: 'reopened' }],
    stop: [{ event: 'resolved' }],
    pause: [{ waiting: true }],
    cycles: 'many',
  },
  'time-to-close-after-resolution': {
    start: [{ event: 'resolved' }],
    stop: [{ event: 'closed' }],
    cancel: [{ event: 'reopened' }],
    cycles: 'many',
  },
} satisfies Record<string, Omit<ModelMetric, 'id'>>;

export type BuiltinMetricName = keyof typeof definitions;

export const BUILTIN_METRIC_DATA = Object.fromEntries(
  Object.entries(definitions).map(([id, definition]): [string, ModelMetric] => [
    id,
    { id, ...definition },
  ]),
) as Readonly<Record<BuiltinMetricName, ModelMetric>>;
export const BUILTIN_METRIC_NAMES = Object.keys(definitions) as BuiltinMetricName[];
