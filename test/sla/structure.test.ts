// The SLA code is layered: the plan's vocabulary, then the ticket log read against it, then the
// policies that choose a ticket's plan, then the cycles replayed over the log, then the
// explanations of the cycles. A file imports only from its own layer or lower ones, and no file
// imports itself back through others.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../src/sla');
const LAYERS = ['plan', 'ticket-log', 'policies', 'cycles', 'explanations'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/from '(\.[^']+)'/g)].map(
    (m) => `${resolve(dirname(file), m[1] ?? '')}.ts`,
  );
}

/** The layer of a file under src/sla: its folder's rank; the public entry points come last. */
function layerOf(file: string): number {
  const folder = relative(ROOT, file).split('/')[0] ?? '';
  const rank = LAYERS.indexOf(folder);
  return rank === -1 ? LAYERS.length : rank;
}

describe('src/sla structure', () => {
  const all = files(ROOT);
  const graph = new Map(
    all.map((file) => [file, importsOf(file).filter((f) => f.startsWith(ROOT))]),
  );

  it('has a folder per layer and imports only from the same layer or below', () => {
    for (const layer of LAYERS)
      expect(all.some((f) => relative(ROOT, f).startsWith(`${layer}/`))).toBe(true);
    for (const [file, imports] of graph) {
      for (const imported of imports) {
        expect(
          layerOf(imported),
          `${relative(ROOT, file)} imports ${relative(ROOT, imported)}`,
        ).toBeLessThanOrEqual(layerOf(file));
      }
    }
  });

  it('has no import cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      expect(
        state.get(file),
        `cycle: ${[...path, file].map((f) => relative(ROOT, f)).join(' → ')}`,
      ).not.toBe('visiting');
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of all) visit(file, []);
  });
});
