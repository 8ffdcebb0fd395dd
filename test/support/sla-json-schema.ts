// A small JSON Schema (draft 2020-12) validator for the subset of keywords that zod emits for the
// plan schema, so that the published plan.schema.json can be checked without another dependency.
// An unknown keyword is an error (the schema grew a keyword that this checker would ignore).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonSchema = boolean | { [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$comment', 'default']);
const KEYWORDS = new Set([
  ...ANNOTATIONS,
  '$ref',
  '$defs',
  'definitions',
  'type',
  'const',
  'enum',
  'anyOf',
  'oneOf',
  'allOf',
  'not',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'format',
]);

function typeOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: Json, type: string): boolean {
  const actual = typeOf(value);
  if (type === 'integer') return actual === 'number' && Number.isInteger(value);
  return actual === type;
}

const deepEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The errors of `value` against `schema` (empty when valid), as `path: problem` lines. */
export function validateJson(root: JsonSchema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (ref: string): JsonSchema => {
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    let node: unknown = root;
    for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown>)[part];
    if (node === undefined) throw new Error(`dangling $ref ${ref}`);
    return node as JsonSchema;
  };
  const check = (schema: JsonSchema, data: Json, path: string): boolean => {
    const before = errors.length;
    const fail = (problem: string) => errors.push(`${path || '(root)'}: ${problem}`);
    if (schema === true) return true;
    if (schema === false) {
      fail('no value is allowed');
      return false;
    }
    for (const keyword of Object.keys(schema)) {
      if (!KEYWORDS.has(keyword)) throw new Error(`unsupported JSON Schema keyword ${keyword}`);
    }
    const s = schema as Record<string, unknown>;
    if (typeof s.$ref === 'string') check(resolve(s.$ref), data, path);
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((type) => hasType(data, type))) fail(`is not of type ${types.join('|')}`);
    }
    if ('const' in s && !deepEqual(s.const, data)) fail(`is not ${JSON.stringify(s.const)}`);
    if (Array.isArray(s.enum) && !s.enum.some((option) => deepEqual(option, data)))
      fail('is not one of the enum');
    const branches = (list: unknown) =>
      (list as JsonSchema[]).map((branch) => {
        const saved = errors.length;
        const ok = check(branch, data, path);
        errors.length = saved;
        return ok;
      });
    if (s.anyOf !== undefined && !branches(s.anyOf).some(Boolean)) fail('matches no anyOf branch');
    if (s.oneOf !== undefined && branches(s.oneOf).filter(Boolean).length !== 1)
      fail('does not match exactly one oneOf branch');
    if (s.allOf !== undefined)
      for (const branch of s.allOf as JsonSchema[]) check(branch, data, path);
    if (s.not !== undefined && branches([s.not])[0]) fail('matches a "not" schema');
    if (typeof data === 'string') {
      if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(data))
        fail(`does not match ${s.pattern}`);
      const length = [...data].length;
      if (typeof s.minLength === 'number' && length < s.minLength) fail('is too short');
      if (typeof s.maxLength === 'number' && length > s.maxLength) fail('is too long');
    }
    if (typeof data === 'number') {
      if (typeof s.minimum === 'number' && data < s.minimum) fail(`is below ${s.minimum}`);
      if (typeof s.maximum === 'number' && data > s.maximum) fail(`is above ${s.maximum}`);
      if (typeof s.exclusiveMinimum === 'number' && data <= s.exclusiveMinimum)
        fail(`is not above ${s.exclusiveMinimum}`);
      if (typeof s.exclusiveMaximum === 'number' && data >= s.exclusiveMaximum)
        fail(`is not below ${s.exclusiveMaximum}`);
    }
    if (Array.isArray(data)) {
      if (typeof s.minItems === 'number' && data.length < s.minItems) fail('has too few items');
      if (typeof s.maxItems === 'number' && data.length > s.maxItems) fail('has too many items');
      if (s.items !== undefined)
        data.forEach((item, i) => {
          check(s.items as JsonSchema, item, `${path}[${i}]`);
        });
    }
    if (typeOf(data) === 'object') {
      const object = data as Record<string, Json>;
      const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
      for (const key of (s.required ?? []) as string[])
        if (!(key in object)) fail(`misses the required ${key}`);
      for (const [key, item] of Object.entries(object)) {
        const at = path ? `${path}.${key}` : key;
        if (s.propertyNames !== undefined) check(s.propertyNames as JsonSchema, key, at);
        const own = properties[key];
        if (own !== undefined) check(own, item, at);
        else if (s.additionalProperties !== undefined)
          check(s.additionalProperties as JsonSchema, item, at);
      }
    }
    return errors.length === before;
  };
  check(root, value as Json, '');
  return errors;
}
