import type { EventCondition, MetricDefinition } from './metric-definition';

const frozen = <T extends object>(value: T): T => Object.freeze(value);
const on = (event: EventCondition['event'], extra: Omit<EventCondition, 'event'> = {}) =>
  frozen({ event, ...extra });
const list = <T>(...items: T[]): readonly T[] => Object.freeze(items);

// Zendesk's vocabulary: a public reply by an agent, and a ticket set solved or closed.
const agentReply = on('replied', { by: 'agent', public: true });
const solved = on('status-changed', { status: list('solved', 'closed') });
const unsolved = on('status-changed', { status: list('new', 'open', 'pending', 'hold') });
const pending = frozen({ status: list('pending') });

const metric = (definition: MetricDefinition): MetricDefinition =>
  frozen({ ...definition, label: frozen({ ...definition.label }) });

/**
 * The metrics a plan can name instead of defining them: the default plans' two clocks, Zendesk's
 * seven and Jira Service Management's three, as data.
 *
 * @example
 * BUILTIN_METRICS['next-reply'].cycles;
 * //=> 'many'
 */
export const BUILTIN_METRICS: Readonly<Record<string, MetricDefinition>> = frozen({
  gti: metric({
    id: 'gti',
    label: { fr: 'Délai d’intervention', en: 'Time to first contact' },
    start: list(on('opened')),
    stop: list(on('responded'), on('resolved')),
  }),
  gtr: metric({
    id: 'gtr',
    label: { fr: 'Délai de résolution', en: 'Time to resolution' },
    start: list(on('opened')),
    stop: list(on('resolved')),
    resume: list(on('reopened')),
    pause: list(frozen({ waiting: true as const })),
  }),
  'first-reply': metric({
    id: 'first-reply',
    label: { fr: 'Première réponse', en: 'First reply time' },
    start: list(on('opened')),
    stop: list(agentReply, solved),
  }),
  'next-reply': metric({
    id: 'next-reply',
    label: { fr: 'Réponse suivante', en: 'Next reply time' },
    start: list(on('replied', { by: 'requester', public: true })),
    stop: list(agentReply, solved),
    cycles: 'many',
  }),
  'periodic-update': metric({
    id: 'periodic-update',
    label: { fr: 'Mise à jour périodique', en: 'Periodic update' },
    start: list(agentReply),
    stop: list(agentReply, solved),
    cycles: 'many',
  }),
  'pausable-update': metric({
    id: 'pausable-update',
    label: { fr: 'Mise à jour suspendable', en: 'Pausable update' },
    start: list(agentReply),
    stop: list(agentReply, solved),
    pause: list(pending),
    cycles: 'many',
  }),
  'requester-wait': metric({
    id: 'requester-wait',
    label: { fr: 'Attente du demandeur', en: 'Requester wait time' },
    start: list(on('opened')),
    stop: list(solved),
    resume: list(unsolved),
    pause: list(pending),
  }),
  'agent-work': metric({
    id: 'agent-work',
    label: { fr: 'Travail des agents', en: 'Agent work time' },
    start: list(on('opened')),
    stop: list(solved),
    resume: list(unsolved),
    pause: list(frozen({ status: list('pending', 'hold') })),
  }),
  'total-resolution': metric({
    id: 'total-resolution',
    label: { fr: 'Résolution totale', en: 'Total resolution time' },
    start: list(on('opened')),
    stop: list(solved),
    resume: list(unsolved),
  }),
  'time-to-first-response': metric({
    id: 'time-to-first-response',
    label: { fr: 'Délai de première réponse', en: 'Time to first response' },
    start: list(on('opened')),
    stop: list(agentReply, on('resolved')),
  }),
  'time-to-resolution': metric({
    id: 'time-to-resolution',
    label: { fr: 'Délai de résolution', en: 'Time to resolution' },
    start: list(on('opened'), on('reopened')),
    stop: list(on('resolved')),
    pause: list(frozen({ waiting: true as const })),
    cycles: 'many',
  }),
  'time-to-close-after-resolution': metric({
    id: 'time-to-close-after-resolution',
    label: { fr: 'Délai de clôture après résolution', en: 'Time to close after resolution' },
    start: list(on('resolved')),
    stop: list(on('closed')),
    cancel: list(on('reopened')),
    cycles: 'many',
  }),
});
