import { fstatSync, realpathSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './usage-error';

/** A file the command reads or writes, as the user named it, and what makes it that file. */
interface Place {
  readonly name: string;
  /** Device and inode; `undefined` for an input that cannot be reached (reported when opened). */
  readonly identity: string | undefined;
}

/**
 * Refuses, before anything is opened for writing, an output that is one of the inputs (the input
 * file, a plan file, or the file stdin is redirected from) or that is the other output:
 * `report t.csv --tickets t.csv` would empty `t.csv` before reading it. Files are compared by
 * device and inode, so that another path to the same file (`./t.csv`, a symbolic or hard link,
 * `/proc/self/fd/0`) is caught too; an output that does not exist yet can only be the other
 * output, compared by its resolved path.
 *
 * @throws {UsageError} naming the output and the file it would overwrite.
 */
export function refuseOutputOverInput(files: {
  readonly inputs: readonly string[];
  /** The process's stdin: its `fd` says which file it reads, when it reads one. */
  readonly stdin: object;
  readonly plan: string | undefined;
  /** `compare --with`: a second plan or policies file. */
  readonly with?: string | undefined;
  /** `--map`: the mapping of a snapshot export. */
  readonly map?: string | undefined;
  readonly tickets: string | undefined;
  readonly html: string | undefined;
  /** `report --state`: the summary's state. */
  readonly state?: string | undefined;
}): void {
  const inputs: Place[] = [];
  for (const input of files.inputs) {
    if (input === '-') {
      const stdin = stdinIdentity(files.stdin);
      if (stdin !== undefined) inputs.push({ name: 'stdin', identity: stdin });
    } else {
      inputs.push({ name: `the input ${input}`, identity: existing(input) });
    }
  }
  // `standard` and `premium` name the built-in plans (loadPlan never reads them as files).
  for (const option of ['plan', 'with'] as const) {
    const plan = files[option];
    if (plan !== undefined && plan !== 'standard' && plan !== 'premium') {
      inputs.push({ name: `--${option} ${plan}`, identity: existing(plan) });
    }
  }
  if (files.map !== undefined) {
    inputs.push({ name: `--map ${files.map}`, identity: existing(files.map) });
  }
  const outputs: Place[] = [];
  for (const option of ['tickets', 'html', 'state'] as const) {
    const path = files[option];
    if (path === undefined) continue;
    const output = { name: `--${option} ${path}`, identity: existing(path) ?? unborn(path) };
    const input = inputs.find((place) => place.identity === output.identity);
    if (input !== undefined) {
      throw new UsageError(
        `${output.name} is the same file as ${input.name}: it would be overwritten while it is read`,
      );
    }
    const twin = outputs.find((place) => place.identity === output.identity);
    if (twin !== undefined) {
      throw new UsageError(
        `${output.name} is the same file as ${twin.name}: one output would overwrite the other`,
      );
    }
    outputs.push(output);
  }
}

function identityOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

/** The identity of a file that exists (following links), or `undefined`. */
function existing(path: string): string | undefined {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats === undefined ? undefined : identityOf(stats);
  } catch {
    // Not a file one can reach (a path through a file, a folder not allowed): said when opened.
    return undefined;
  }
}

/**
 * A file yet to be created is the path it will have, its folder's links resolved: two outputs
 * named `out.csv` and `./out.csv` are one file before either exists.
 */
function unborn(path: string): string {
  const folder = dirname(resolve(path));
  let real = folder;
  try {
    real = realpathSync(folder);
  } catch {
    // A folder that does not exist is reported when the output is opened.
  }
  return `path:${join(real, basename(path))}`;
}

/** Stdin counts when it is a file redirected from disk (`< t.csv`): a pipe is no one's file. */
function stdinIdentity(stdin: object): string | undefined {
  const { fd } = stdin as { fd?: unknown };
  if (typeof fd !== 'number') return undefined;
  try {
    const stats = fstatSync(fd);
    return stats.isFile() ? identityOf(stats) : undefined;
  } catch {
    return undefined;
  }
}
