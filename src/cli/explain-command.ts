import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { explainTicket, SlaError, type Ticket } from '../index';
import { EXPLAIN_HELP } from './help';
import { withoutBom } from './input/without-bom';
import { loadPlan } from './load-plan';
import { nowOption } from './now-option';
import { explanationText } from './output/explanation-text';
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
  const plan = loadPlan(values.plan);
  const ticket = await readTicket(values.ticket, io.stdin);
  const now = nowOption(values.now, io.currentTime);
  let explanation: ReturnType<typeof explainTicket>;
  try {
    explanation = explainTicket(plan, ticket, {
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
      `${JSON.stringify({ now: new Date(now).toISOString(), plan: plan.id, ...explanation }, null, 2)}\n`,
    );
  } else {
    io.stdout.write(explanationText(explanation, ticket, plan, now, language ?? 'en'));
  }
  return EXIT.ok;
}

async function readTicket(path: string, stdin: Readable): Promise<Ticket> {
  let source: string;
  try {
    source = path === '-' ? await text(stdin) : readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(withoutBom(source)) as Ticket;
  } catch (error) {
    throw new UsageError(
      `${path === '-' ? 'stdin' : path} is not a JSON ticket: ${(error as Error).message}`,
    );
  }
}
