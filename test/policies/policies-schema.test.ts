// The policies file's JSON Schema, published as dist/policies.schema.json (written by `npm run
// build`): it accepts the policies definePolicies accepts and refuses what it refuses, checked
// against the schema generated from the source and against the published file when built.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod';
import { definePolicies, SlaError } from '../../src/index';
import { jsonPoliciesConfigSchema } from '../../src/sla/policies/policies-config-schema';
import { type JsonSchema, validateJson } from '../support/sla-json-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const generated = toJSONSchema(jsonPoliciesConfigSchema(), {
  io: 'input',
  target: 'draft-2020-12',
}) as JsonSchema;
const sources: [string, () => JsonSchema][] = [['generated from src', () => generated]];
if (existsSync(join(root, 'dist/policies.schema.json'))) {
  sources.push([
    'dist/policies.schema.json',
    () => readJson('dist/policies.schema.json') as JsonSchema,
  ]);
}

const docsBlock = (): unknown => {
  const text = readFileSync(join(root, 'docs/policies.md'), 'utf8');
  return JSON.parse(/```json\n([\s\S]*?)```/.exec(text)?.[1] ?? 'null');
};
const version = { plan: 'standard' };
const valid: [string, () => unknown][] = [
  ['examples/policies.json', () => readJson('examples/policies.json')],
  ['examples/policies-globex-april.json', () => readJson('examples/policies-globex-april.json')],
  ['the policies guide', docsBlock],
  ['a catch-all', () => ({ policies: [{ id: 'all', versions: [version] }] })],
  [
    'numbers, booleans and null in when',
    () => ({
      policies: [
        { id: 'a', when: { seats: [10, 20], vip: true, region: null }, versions: [version] },
      ],
    }),
  ],
];
const invalid: [string, unknown][] = [
  ['no policies', { policies: [] }],
  ['a policy without versions', { policies: [{ id: 'a', versions: [] }] }],
  [
    'a when naming priority',
    { policies: [{ id: 'a', when: { priority: 'high' }, versions: [version] }] },
  ],
  [
    'a from without an offset',
    { policies: [{ id: 'a', versions: [{ from: '2026-09-01T00:00', plan: 'premium' }] }] },
  ],
  [
    'an empty list of values',
    { policies: [{ id: 'a', when: { customer: [] }, versions: [version] }] },
  ],
  ['an unknown key', { policies: [{ id: 'a', versions: [version], owner: 'x' }] }],
  ['an empty id', { policies: [{ id: '', versions: [version] }] }],
  [
    'a bad inline plan',
    { policies: [{ id: 'a', versions: [{ plan: { id: 'x', schedule: '24/7' } }] }] },
  ],
];

describe.each(sources)('policies JSON Schema (%s)', (_name, load) => {
  it.each(valid)('accepts %s, as definePolicies does', (_what, config) => {
    const value = config();
    expect(validateJson(load(), value)).toEqual([]);
    const { $schema: _pointer, ...rest } = value as Record<string, unknown>;
    expect(() => definePolicies(rest as never)).not.toThrow();
  });

  it.each(invalid)('refuses %s, as definePolicies does', (_what, config) => {
    expect(validateJson(load(), config).length).toBeGreaterThan(0);
    expect(() => definePolicies(config as never)).toThrow(SlaError);
  });
});
