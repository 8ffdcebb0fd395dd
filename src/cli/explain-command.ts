import type { Readable } from 'node:stream';
import { explainTicket, SlaError, type Ticket } from '../index';
import { EXPLAIN_HELP } from './help';
import { deeperThan, MAX_DEPTH } from './input/json-lines';
import { readWholeFile, readWholeStdin } from './input/read-whole';
import { RecordLimit } from './input/record-limit';
import { loadPlan, planOfTicket } from './load-plan';
import { nowOption } from './now-option';
import { explanationText } from './output/explanation-text';
import { printableJson } from './output/printable';
import { parseOptions } from './parse-options';
import { EXIT, UsageError } from './usage-error';

/** `sla-clock explain`: why a ticket's deadlines are where they are, segment by segment. */
export async function explainCommand(
  args: readonly string[],
  io: {
    readonly stdin: Readable;
    readonly stdout: { write(text: string): unknown };
    readonly currentTime: () => number;
  },
): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    plan: { type: 'string' },
    ticket: { type: 'string' },
    now: { type: 'string' },
    language: { type: 'string' },
    json: { type: 'boolean' },
    'lenient-events': { type: 'boolean' },
    'max-record-size': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(EXPLAIN_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`explain takes no file but --ticket: ${positionals.join(' ')}`);
  if (values.ticket === undefined)
    throw new UsageError('--ticket is required (a JSON file, or - for stdin)');
  const language = values.language;
  if (language !== undefined && language !== 'fr' && language !== 'en') {
    throw new UsageError(`--language ${language}: fr or en`);
  }
  const limit = RecordLimit.parse(values['max-record-size']);
  const desk = loadPlan(values.plan, limit);
  const ticket = await readTicket(values.ticket, io.stdin, limit);
  const now = nowOption(values.now, io.currentTime);
  let explanation: ReturnType<typeof explainTicket>;
  try {
    explanation = explainTicket(desk.rules, ticket, {
      now,
      ...(values['lenient-events'] ? { lenient: true } : {}),
      ...(language === undefined ? {} : { language }),
    });
  } catch (error) {
    if (!(error instanceof SlaError)) throw error;
    throw new UsageError(`the ticket cannot be evaluated: ${error.message}`);
  }
  if (values.json) {
    io.stdout.write(
      `${printableJson({ now: new Date(now).toISOString(), ...desk.json, ...explanation }, 2)}\n`,
    );
  } else {
    const plan = planOfTicket(desk, explanation.policy);
    io.stdout.write(explanationText(explanation, ticket, plan, now, language ?? 'en'));
  }
  return EXIT.ok;
}

/**
 * @throws {UsageError} when the file cannot be opened (a wrong path), is larger than the limit,
 * or is not a JSON ticket.
 * @throws {IoFailure} when reading it fails (a read error: the machine's failure).
 */
async function readTicket(path: string, stdin: Readable, limit: RecordLimit): Promise<Ticket> {
  const name = path === '-' ? 'stdin' : path;
  const source =
    path === '-' ? await readWholeStdin(stdin, limit) : readWholeFile(path, path, limit);
  let ticket: unknown;
  try {
    ticket = JSON.parse(source);
  } catch (error) {
    throw new UsageError(`${name} is not a JSON ticket: ${(error as Error).message}`);
  }
  if (deeperThan(ticket, MAX_DEPTH)) {
    throw new UsageError(`${name} is not a ticket: nested deeper than ${MAX_DEPTH} levels`);
  }
  return ticket as Ticket;
}
