import { compareCommand } from './compare-command';
import { deadlinesCommand } from './deadlines-command';
import { explainCommand } from './explain-command';
import { MAIN_HELP, VERSION } from './help';
import { IoFailure } from './io-failure';
import { mergeCommand } from './merge-command';
import { printable } from './output/printable';
import { type ReportIo, reportCommand } from './report-command';
import { EXIT, UsageError } from './usage-error';

/** Runs the command line `args` (without `node` and the script); resolves to the exit code. */
export async function main(args: readonly string[], io: ReportIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'report':
        return await reportCommand(rest, io);
      case 'compare':
        return await compareCommand(rest, io);
      case 'deadlines':
        return deadlinesCommand(rest, io.stdout);
      case 'merge':
        return mergeCommand(rest, io);
      case 'explain':
        return await explainCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout.write(`${VERSION}\n`);
        return EXIT.ok;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(MAIN_HELP);
        return EXIT.ok;
      default:
        throw new UsageError(
          `unknown command ${command}: report, compare, merge, explain or deadlines`,
        );
    }
  } catch (error) {
    // Messages quote arguments, paths and input: one line each, nothing a terminal acts on.
    if (error instanceof IoFailure) {
      io.stderr.write(`sla-clock: ${printable(error.message)}\n`);
      return EXIT.io;
    }
    if (!(error instanceof UsageError)) throw error;
    const help =
      command === 'report' ||
      command === 'compare' ||
      command === 'explain' ||
      command === 'deadlines' ||
      command === 'merge'
        ? `sla-clock ${command} --help`
        : 'sla-clock --help';
    io.stderr.write(`sla-clock: ${printable(error.message)}\n(${help} lists the options)\n`);
    return EXIT.usage;
  }
}
