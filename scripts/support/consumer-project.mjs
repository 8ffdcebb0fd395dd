// A fresh project that installs sla-clock from its packed tarball, as a user's project would:
// used by the packaging and runtime checks. The package must have been built (npm run build).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs a command, returning its stdout; its stderr is shown only when it fails. */
export function sh(command, args, options = {}) {
  try {
    return execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      ...options,
    });
  } catch (error) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${error.status}):\n${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
  }
}

/** Packs the package as it is built (no prepack: the caller built it) into a fresh folder. */
export function packTarball() {
  const destination = mkdtempSync(join(tmpdir(), 'sla-clock-pack-'));
  const [{ filename, files }] = JSON.parse(
    sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], {
      cwd: root,
    }),
  );
  return { tarball: join(destination, filename), files: files.map((file) => file.path) };
}

/** A new project in a temporary folder with the tarball installed, and `files` written in it. */
export function consumerProject(tarball, files = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sla-clock-consumer-'));
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }, null, 2)}\n`,
  );
  // luxon comes from npm's cache when this machine has installed it before.
  sh(
    'npm',
    ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    {
      cwd: dir,
    },
  );
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
