// The mapping of a snapshot export (--map): refusals name the path in the mapping and the value,
// with no line number; the published JSON Schema (dist/snapshot-map.schema.json, generated from
// the same zod schema) and the validator agree on the examples below.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod';
import { snapshotMapOf } from '../../src/cli/input/snapshot-map';
import { snapshotMapSchema } from '../../src/cli/input/snapshot-map-schema';
import { UsageError } from '../../src/cli/usage-error';
import { ROOT } from '../support/cli';
import { type JsonSchema, validateJson } from '../support/sla-json-schema';

const example = JSON.parse(readFileSync(join(ROOT, 'examples/servicenow-map.json'), 'utf8'));
const minimal = {
  ticket: 'id',
  at: { column: 'updated', zone: 'UTC' },
  status: 'state',
  priority: 'priority',
};
const refuse = (config: unknown) => {
  try {
    snapshotMapOf(config, 'map.json');
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('accepted');
};
const withChange = (change: Record<string, unknown>) => ({ ...minimal, ...change });

/** Mistakes the schema sees too, with what the validator says. */
const SHAPE_MISTAKES: [string, unknown, string][] = [
  ['not an object', [], 'map.json is not a snapshot mapping: a JSON object is expected'],
  [
    'no ticket',
    { ...minimal, ticket: undefined },
    'map.json is not a valid snapshot mapping: ticket is required',
  ],
  [
    'an unknown key',
    withChange({ colour: 'red' }),
    'colour: is not a key of a snapshot mapping (got "red")',
  ],
  // Not taken for the whole mapping (whose path is also "input") not being an object.
  [
    'an unknown key named input',
    withChange({ input: 'x' }),
    'map.json is not a valid snapshot mapping: input: is not a key of a snapshot mapping (got "x")',
  ],
  [
    'an unknown key inside',
    withChange({ at: { column: 'u', zone: 'UTC', fmt: 'x' } }),
    'at.fmt: is not a key',
  ],
  ['no zone', withChange({ at: { column: 'u' } }), 'at.zone is required'],
  [
    'an empty column name',
    withChange({ ticket: '' }),
    'ticket: is empty: a column name is expected (got "")',
  ],
  [
    'a number for a column',
    withChange({ status: 7 }),
    'status: is not a column name, nor an object { "column": …, … } (got 7)',
  ],
  [
    'a number for a priority',
    withChange({ priority: { column: 'p', values: { '1 - Critical': 1 } } }),
    'priority.values.1 - Critical: is not a text (got 1)',
  ],
  [
    'a list for a field value',
    withChange({ fields: { tier: { column: 't', values: { a: [1] } } } }),
    'fields.tier.values.a: is not a text, a number, true, false or null (got [1])',
  ],
  ['empty not a list', withChange({ empty: '?' }), 'empty'],
];

describe('snapshotMapOf', () => {
  it('accepts the ServiceNow example and fills in the defaults', () => {
    const map = snapshotMapOf(example, 'examples/servicenow-map.json');
    expect(map.openedAt).toEqual({
      column: 'opened_at',
      format: 'dd-MM-yyyy HH:mm',
      zone: 'America/Sao_Paulo',
    });
    expect(map.priority.values?.get('4 - Low')).toBe('low');
    expect([...map.status.resolved]).toEqual(['Resolved']);
    expect(map.fields.map(([name, column]) => [name, column.column])).toEqual([
      ['category', 'category'],
      ['contact', 'contact_type'],
      ['made_sla', 'made_sla'],
    ]);
    expect([...map.empty]).toEqual(['?']);
  });

  it.each(SHAPE_MISTAKES)('refuses %s', (_name, config, message) => {
    const said = refuse(config);
    expect(said).toContain(message);
    expect(said).not.toMatch(/line \d/);
  });

  it('refuses an unknown zone and a resolved status that status.values never gives', () => {
    expect(refuse(withChange({ at: { column: 'u', zone: 'Europe/Londn' } }))).toBe(
      'map.json is not a valid snapshot mapping: at.zone: is not a known IANA time zone (got "Europe/Londn")',
    );
    expect(
      refuse(withChange({ status: { column: 's', values: { Done: 'done' }, closed: ['Done'] } })),
    ).toContain('status.closed[0]: is none of the statuses status.values gives (got "Done")');
  });
});

const distPath = join(ROOT, 'dist', 'snapshot-map.schema.json');
const generated = toJSONSchema(snapshotMapSchema(), { io: 'input', target: 'draft-2020-12' });
const sources: [string, () => JsonSchema][] = [
  ['generated from src', () => generated as JsonSchema],
];
if (existsSync(distPath)) {
  sources.push(['dist/snapshot-map.schema.json', () => JSON.parse(readFileSync(distPath, 'utf8'))]);
}

describe.each(sources)('the snapshot mapping JSON Schema (%s)', (_name, schema) => {
  it('accepts what the validator accepts: the example, the minimal mapping, columns by name or object', () => {
    const accepted = [
      example,
      minimal,
      withChange({ openedAt: { column: 'o', format: 'yyyy', zone: 'UTC' }, kind: 'k' }),
      withChange({ fields: { tier: 't', vip: { column: 'v', values: { Y: true, N: null } } } }),
    ];
    for (const config of accepted) {
      expect(validateJson(schema(), config)).toEqual([]);
      expect(() => snapshotMapOf(config, 'map.json')).not.toThrow();
    }
  });

  it.each(SHAPE_MISTAKES)('refuses %s, as the validator does', (_name, config) => {
    expect(validateJson(schema(), JSON.parse(JSON.stringify(config)))).not.toEqual([]);
    expect(() => snapshotMapOf(config, 'map.json')).toThrow(UsageError);
  });
});
