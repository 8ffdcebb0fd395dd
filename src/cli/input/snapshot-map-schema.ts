import * as z from 'zod/mini';
import { lazy } from '../../errors/from-zod-issue';

const columnName = () =>
  z
    .string({ error: 'is not a column name (a text)' })
    .check(z.minLength(1, { error: 'is empty: a column name is expected' }));

/** A value of ours (a priority, a status, a kind), or a text the mapping needs. */
const text = () =>
  z.string({ error: 'is not a text' }).check(z.minLength(1, { error: 'is empty' }));

/**
 * A column given as `{ column, … }`, or, where `shorthand` (the published schema), by its name
 * alone. The validator turns names into objects first, so that its messages name the key at fault
 * instead of "invalid input" for a union.
 */
function orName<T extends z.ZodMiniType>(shorthand: boolean, object: T) {
  // Typed as the object form: the shorthand schema is only turned into JSON Schema, never parsed.
  return (shorthand ? z.union([columnName(), object]) : object) as T;
}

/** A column as an object: `{ column, …more }`. */
function columnObject<Shape extends Record<string, z.ZodMiniType>>(more: Shape) {
  return z.strictObject(
    { column: columnName(), ...more },
    { error: 'is not a column name, nor an object { "column": …, … }' },
  );
}

/** A column whose values are turned into ours by `values` (the desk's value → ours). */
const mappedColumn = (shorthand: boolean) =>
  orName(
    shorthand,
    columnObject({
      values: z.optional(z.record(z.string(), text())),
    }),
  );

/** An instant column: its name, and how its cells are written (a luxon format, a zone). */
const instantColumn = () =>
  z.strictObject(
    { column: columnName(), format: z.optional(text()), zone: text() },
    { error: 'is not an object { "column", "format"?, "zone" }' },
  );

const statusList = () => z.optional(z.array(text()));

const fieldValue = () =>
  z.union([z.string(), z.number(), z.boolean(), z.null()], {
    error: 'is not a text, a number, true, false or null',
  });

/**
 * The mapping of a snapshot export (`--input snapshots --map <file>`): which column holds what,
 * and how its values read. Strict: an unknown key is refused. The JSON Schema
 * `snapshot-map.schema.json` is generated from it at build.
 */
export const snapshotMapSchema = /* @__PURE__ */ lazy(() => mapSchema(true));

/** The same, with every column as an object (`{ column }`): what the validator checks. */
export const snapshotMapObjectSchema = /* @__PURE__ */ lazy(() => mapSchema(false));

function mapSchema(shorthand: boolean) {
  return z.strictObject(
    {
      $schema: z.optional(z.string()),
      ticket: columnName(),
      at: instantColumn(),
      openedAt: z.optional(
        orName(
          shorthand,
          columnObject({
            format: z.optional(text()),
            zone: z.optional(text()),
          }),
        ),
      ),
      status: orName(
        shorthand,
        columnObject({
          values: z.optional(z.record(z.string(), text())),
          resolved: statusList(),
          closed: statusList(),
        }),
      ),
      priority: mappedColumn(shorthand),
      kind: z.optional(mappedColumn(shorthand)),
      assignee: z.optional(columnName()),
      group: z.optional(columnName()),
      fields: z.optional(
        z.record(
          text(),
          orName(
            shorthand,
            columnObject({
              values: z.optional(z.record(z.string(), fieldValue())),
            }),
          ),
        ),
      ),
      empty: z.optional(z.array(z.string({ error: 'is not a text' }))),
    },
    { error: 'is not a snapshot mapping: a JSON object is expected' },
  );
}

/** The mapping file with every column as an object (before its defaults are filled in). */
export type SnapshotMapConfig = z.infer<ReturnType<typeof snapshotMapObjectSchema>>;
