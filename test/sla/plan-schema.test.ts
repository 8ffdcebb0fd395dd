// Issue 4 item 2: the plan's JSON Schema, published as dist/plan.schema.json (written by
// `npm run build` from the schema definePlan uses), lets editors check plan files. Checked here
// with a small validator (test/support/sla-json-schema.ts) against the schema generated from the
// source, and against dist/plan.schema.json when a build has written it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod';
import { definePlan, type PlanConfig, SlaError, slaDeadlines, standardPlan } from '../../src/index';
import { jsonPlanConfigSchema } from '../../src/sla/plan/plan-config';
import { mq } from '../support/sla-fixtures';
import { type JsonSchema, validateJson } from '../support/sla-json-schema';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const distSchemaPath = join(root, 'dist', 'plan.schema.json');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const fixture = (name: string) => readJson(join(here, 'fixtures', name)) as Record<string, unknown>;

/** The schema exactly as scripts/write-plan-schema.mjs generates it (without its header). */
const generated = toJSONSchema(jsonPlanConfigSchema(), {
  io: 'input',
  target: 'draft-2020-12',
}) as Record<string, unknown>;

const sources: [string, () => Record<string, unknown>][] = [
  ['generated from src', () => generated],
];
if (existsSync(distSchemaPath)) {
  sources.push([
    'dist/plan.schema.json',
    () => readJson(distSchemaPath) as Record<string, unknown>,
  ]);
}

/** A plan file without its `$schema` pointer (which is for editors). */
function withoutPointer(config: Record<string, unknown>): PlanConfig {
  const { $schema: _pointer, ...rest } = config;
  return rest as unknown as PlanConfig;
}

describe.each(sources)('plan JSON Schema (%s)', (_name, load) => {
  const schema = () => load() as JsonSchema & Record<string, unknown>;

  it('is a draft 2020-12 object schema requiring id, schedule and targets, closed to unknown keys', () => {
    const s = schema();
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.type).toBe('object');
    expect([...(s.required as string[])].sort()).toEqual(['id', 'schedule', 'targets']);
    expect(s.additionalProperties).toBe(false);
    const properties = s.properties as Record<string, unknown>;
    for (const key of ['priorities', 'requestKinds', 'metrics', 'kinds', 'atRisk']) {
      expect(properties[key], key).toBeDefined();
    }
  });

  it('accepts the plan files of test/sla/fixtures', () => {
    for (const name of ['plan-standard.json', 'plan-gold.json', 'plan-desk.json']) {
      expect(validateJson(schema(), withoutPointer(fixture(name))), name).toEqual([]);
      expect(() => definePlan(withoutPointer(fixture(name))), name).not.toThrow();
    }
  });

  it('refuses a plan file with a bad target, at targets.high.gtr', () => {
    const errors = validateJson(schema(), fixture('plan-bad.json'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain('targets.high.gtr');
  });

  it.each([
    ['no id', (c: Record<string, unknown>) => delete c.id],
    ['no targets', (c: Record<string, unknown>) => delete c.targets],
    ['an unknown key', (c: Record<string, unknown>) => Object.assign(c, { slaa: 1 })],
    ['atRisk 0', (c: Record<string, unknown>) => Object.assign(c, { atRisk: 0 })],
    ['atRisk 1.5', (c: Record<string, unknown>) => Object.assign(c, { atRisk: 1.5 })],
    [
      'a bad range',
      (c: Record<string, unknown>) =>
        Object.assign(c, { schedule: { timezone: 'UTC', hours: { mon: ['8-16'] } } }),
    ],
    [
      'a schedule without hours',
      (c: Record<string, unknown>) => Object.assign(c, { schedule: { timezone: 'UTC' } }),
    ],
    [
      'a bad holiday date',
      (c: Record<string, unknown>) =>
        Object.assign(c, { schedule: { timezone: 'UTC', hours: {}, holidays: ['25/12/2026'] } }),
    ],
    [
      'an unknown built-in metric',
      (c: Record<string, unknown>) => Object.assign(c, { metrics: ['gti', 'next-rply'] }),
    ],
    [
      'a metric without stop',
      (c: Record<string, unknown>) =>
        Object.assign(c, { metrics: [{ id: 'x', start: [{ event: 'opened' }] }] }),
    ],
    [
      'a condition on an unknown event',
      (c: Record<string, unknown>) =>
        Object.assign(c, {
          metrics: [{ id: 'x', start: [{ event: 'created' }], stop: [{ event: 'closed' }] }],
        }),
    ],
    [
      'a pause that is not a state',
      (c: Record<string, unknown>) =>
        Object.assign(c, {
          metrics: [
            {
              id: 'x',
              start: [{ event: 'opened' }],
              stop: [{ event: 'closed' }],
              pause: [{ event: 'paused' }],
            },
          ],
        }),
    ],
    [
      'a "P1W" target',
      (c: Record<string, unknown>) =>
        Object.assign(c, {
          targets: { ...(c.targets as object), normal: { gti: 'P1W', gtr: 'P7D' } },
        }),
    ],
  ])('refuses a plan with %s (as definePlan does)', (_label, mutate) => {
    const config = structuredClone(withoutPointer(fixture('plan-gold.json'))) as unknown as Record<
      string,
      unknown
    >;
    mutate(config);
    expect(validateJson(schema(), config)).not.toEqual([]);
    expect(() => definePlan(config as unknown as PlanConfig)).toThrow(SlaError);
  });

  // Whatever definePlan accepts, the editor must not flag: the schema is not stricter than the
  // library on what a JSON file can hold. (The converse cannot hold everywhere: a schema cannot
  // say "the sum of hours and minutes is positive".)
  it('every target that definePlan accepts passes the schema', () => {
    const targets: unknown[] = [
      { minutes: 45 },
      { hours: 1.5 },
      { hours: 1, minutes: 30, seconds: 15 },
      'PT4H',
      'PT1.5H',
      'PT4H30M',
      'P3D',
      { businessDays: 3 },
      { businessDays: '2' },
      { businessDays: [3] },
      'p2d',
      ' P2D ',
      'pt4h',
      { hours: 2, minutes: -30 },
    ];
    const flagged = targets.filter((target) => {
      const config = {
        ...withoutPointer(fixture('plan-gold.json')),
        kinds: { incident: { high: { gtr: target } } },
      } as unknown as PlanConfig;
      try {
        definePlan(config);
      } catch {
        return false; // refused by the library: the schema may refuse it too
      }
      return validateJson(schema(), config).length > 0;
    });
    expect(flagged).toEqual([]);
  });

  it('accepts a plan file that points editors at its schema with "$schema"', () => {
    const config = fixture('plan-standard.json');
    expect(config.$schema).toBeDefined();
    expect(validateJson(schema(), config)).toEqual([]);
    expect(() => definePlan(config as unknown as PlanConfig)).not.toThrow();
  });
});

describe('plan files', () => {
  it('plan-standard.json gives the same deadlines as standardPlan()', () => {
    const fromFile = definePlan(withoutPointer(fixture('plan-standard.json')));
    for (const priority of ['normal', 'medium', 'high', 'critical'] as const) {
      for (const openedAt of [
        mq('2026-11-27 15:50'),
        mq('2026-05-22 09:00'),
        mq('2026-11-28 10:00'),
      ]) {
        expect(slaDeadlines(fromFile, { openedAt, priority })).toEqual(
          slaDeadlines(standardPlan(), { openedAt, priority }),
        );
      }
    }
  });

  it('plan-gold.json compiles with its kinds and atRisk; plan-bad.json is refused at targets.high.gtr', () => {
    const gold = definePlan(fixture('plan-gold.json') as unknown as PlanConfig);
    expect(gold.atRisk).toBe(0.8);
    expect(gold.kinds.incident?.critical?.gti).toEqual({ unit: 'time', milliseconds: 300_000 });
    expect(() => definePlan(fixture('plan-bad.json') as unknown as PlanConfig)).toThrow(
      expect.objectContaining({ code: 'invalid_plan', path: 'targets.high.gtr' }),
    );
  });

  it('package.json publishes the schema as sla-clock/plan.schema.json', () => {
    const manifest = readJson(join(root, 'package.json')) as {
      exports: Record<string, unknown>;
      files: string[];
      scripts: Record<string, string>;
    };
    expect(manifest.exports['./plan.schema.json']).toBe('./dist/plan.schema.json');
    expect(manifest.files).toContain('dist');
    expect(manifest.scripts.build).toContain('write-plan-schema');
  });

  it.skipIf(!existsSync(distSchemaPath))(
    'dist/plan.schema.json is the build of the current source',
    () => {
      const { $id, title, description, ...body } = readJson(distSchemaPath) as Record<
        string,
        unknown
      >;
      expect(typeof $id).toBe('string');
      expect(typeof title).toBe('string');
      expect(typeof description).toBe('string');
      expect(body).toEqual(generated);
    },
  );
});
