import {
  evaluateTicket,
  type FieldValue,
  type Plan,
  type PolicyRef,
  SlaError,
  slaDeadlines,
  type Ticket,
} from '../index';
import { toEpochMs } from '../instant/instant-input';
import { DEADLINES_HELP } from './help';
import { RecordLimit } from './input/record-limit';
import { fieldValueOf } from './input/ticket-of-rows';
import { loadPlan, planOfTicket } from './load-plan';
import { localTime } from './output/format';
import { printable } from './output/printable';
import { parseOptions } from './parse-options';
import { EXIT, UsageError } from './usage-error';

/** `sla-clock deadlines`: when a ticket opened now would be due. */
export function deadlinesCommand(
  args: readonly string[],
  stdout: { write(text: string): unknown },
): number {
  const { values, positionals } = parseOptions(args, {
    plan: { type: 'string' },
    priority: { type: 'string' },
    opened: { type: 'string' },
    kind: { type: 'string' },
    field: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    'max-record-size': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    stdout.write(DEADLINES_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`deadlines takes no file: ${positionals.join(' ')}`);
  for (const name of ['priority', 'opened'] as const) {
    if (values[name] === undefined) throw new UsageError(`--${name} is required`);
  }
  const desk = loadPlan(values.plan, RecordLimit.parse(values['max-record-size']));
  const fields = fieldsOf(values.field ?? []);
  const ticket = {
    openedAt: values.opened,
    priority: values.priority,
    ...(values.kind === undefined ? {} : { kind: values.kind }),
    ...(fields === undefined ? {} : { fields }),
  } as Ticket;
  let deadlines: Partial<Record<string, Date | null>>;
  let policy: PolicyRef | undefined;
  try {
    deadlines = slaDeadlines(desk.rules, ticket);
    // Under policies, the version the ticket is held to gives the zone and metrics shown.
    if (desk.policies !== undefined) {
      policy = evaluateTicket(desk.rules, ticket, { now: ticket.openedAt }).policy;
    }
  } catch (error) {
    if (!(error instanceof SlaError)) throw error;
    const option = {
      'ticket.openedAt': '--opened',
      'ticket.priority': '--priority',
      'ticket.kind': '--kind',
      'ticket.fields': '--field',
    }[error.path];
    throw new UsageError(`${option ?? error.path} ${JSON.stringify(error.value)}: ${error.reason}`);
  }
  const plan = planOfTicket(desk, policy);
  const zone = plan.schedule.timezone;
  if (values.json) {
    const iso = Object.fromEntries(
      Object.entries(deadlines).map(([metric, due]) => [metric, due?.toISOString() ?? null]),
    );
    stdout.write(`${JSON.stringify(iso)}\n`);
    return EXIT.ok;
  }
  // Accepted by slaDeadlines above, so it reads.
  const opened = toEpochMs(values.opened, '--opened');
  stdout.write(
    [
      // The echo of the options and of a plan file's id: input, shown with its controls escaped.
      printable(
        `${policy === undefined ? '' : `${policyText(policy)} · `}plan ${plan.id} · ${values.priority}${values.kind === undefined ? '' : ` ${values.kind}`} · opened ${localTime(opened, zone)}`,
      ),
      ...plan.metrics.map(({ id: metric }) => {
        const title = DEADLINE_TITLES[metric] ?? printable(`${metric}  due`).padEnd(23);
        if (!(metric in deadlines)) {
          // slaDeadlines leaves out a metric without a target, or that starts at a later event.
          return `${title}  ${measured(plan, ticket, metric) ? 'none yet: starts at a later event' : 'none: not measured at this priority'}`;
        }
        const due = deadlines[metric];
        return due == null
          ? `${title}  paused from the opening`
          : `${title}  ${localTime(due.getTime(), zone)}  (${due.toISOString()})`;
      }),
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

/**
 * `--field customer=acme`, repeated: the ticket's fields for policies, each value read as a CSV
 * cell is (`true`, `false` and numbers as JSON writes them are themselves, other text is text).
 */
function fieldsOf(options: readonly string[]): Record<string, FieldValue> | undefined {
  if (options.length === 0) return undefined;
  const fields: Record<string, FieldValue> = {};
  for (const option of options) {
    const equals = option.indexOf('=');
    if (equals <= 0) throw new UsageError(`--field ${option}: name=value`);
    fields[option.slice(0, equals)] = fieldValueOf(option.slice(equals + 1));
  }
  return fields;
}

/** `policy globex since 2026-09-01T04:00:00.000Z`: the policy and version a ticket is held to. */
function policyText(policy: PolicyRef): string {
  return `policy ${policy.id}${policy.from === null ? '' : ` since ${policy.from.toISOString()}`}`;
}

/** Whether a metric has a target at the ticket's priority, for its kind. */
function measured(plan: Plan, ticket: Ticket, metric: string): boolean {
  const byKind = ticket.kind === undefined ? undefined : plan.kinds[ticket.kind];
  const override = byKind?.[ticket.priority]?.[metric];
  return (override !== undefined ? override : plan.targets[ticket.priority]?.[metric]) != null;
}

/** The default metrics' lines, as desks name them. */
const DEADLINE_TITLES: Readonly<Record<string, string>> = {
  gti: 'GTI  first contact due',
  gtr: 'GTR  resolution due   ',
};
