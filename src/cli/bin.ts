import { cannotWrite } from './io-failure';
import { servePartsIfWorker } from './jobs/part-pool';
import { main } from './main';
import { printable } from './output/printable';
import { EXIT } from './usage-error';

// A worker thread of `--jobs` runs this same file: it reads parts of the input and nothing else.
if (!servePartsIfWorker()) runCommand();

function runCommand(): void {
  // Reading a report into `head` closes stdout early: that is not an error. Any other failure (a
  // full disk, a device error) is the machine's: one line, exit 4. It may come after main has
  // resolved (a write fails on the next tick), so the process ends here rather than leave an exit
  // code that main's result would overwrite.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    process.stderr.write(`sla-clock: ${printable(cannotWrite('stdout', error).message)}\n`);
    process.exit(EXIT.io);
  });
  // With stderr gone there is no one to tell: the exit code says it.
  process.stderr.on('error', () => process.exit(EXIT.io));

  main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    currentTime: () => Date.now(),
    workerScript: new URL(import.meta.url),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const stack = String((error as Error)?.stack ?? error);
      process.stderr.write(
        `sla-clock: unexpected error (please report it): ${stack.split('\n').map(printable).join('\n')}\n`,
      );
      process.exitCode = EXIT.unexpected;
    },
  );
}
