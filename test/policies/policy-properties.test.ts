// Properties of policies: the first policy whose `when` matches holds the ticket, whatever the
// later ones say; within it, the version in force at the opening, the one whose `[from, next
// from)` holds it; and the result is the chosen plan's, word for word, plus `policy`.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
  definePolicies,
  evaluateTicket,
  type FieldValue,
  type PolicyConfig,
  SlaError,
} from '../../src/index';
import { DAY } from '../support/arbitraries';
import { itHolds } from '../support/fast-check-settings';
import {
  optionsOf,
  planConfigArb,
  planOf,
  scenarioArb,
  ticketOf,
} from '../support/sla-arbitraries';

const CUSTOMERS: FieldValue[] = ['acme', 'globex', 'initech', null];
const customerArb = fc.constantFrom(...CUSTOMERS);
const valuesArb = <T>(arb: fc.Arbitrary<T>) =>
  fc.option(fc.oneof(arb, fc.uniqueArray(arb, { minLength: 1, maxLength: 3 })), { nil: undefined });
/** Tests of `customer`, of `kind`, of both or of neither: policies a field index must order. */
const whenArb = fc.record({
  customer: valuesArb(customerArb),
  kind: valuesArb(fc.constantFrom<FieldValue>('request', 'incident', 'information')),
});
/** Offsets of versions from the ticket's opening: before it, at it, just after it. */
const fromOffsetArb = fc.option(fc.constantFrom(-30 * DAY, -DAY, -1, 0, 1, DAY), {
  nil: undefined,
});
const policyArb = fc.record({
  when: whenArb,
  versions: fc.uniqueArray(fc.record({ offset: fromOffsetArb, plan: fc.nat(2) }), {
    minLength: 1,
    maxLength: 3,
    selector: (version) => version.offset ?? 'always',
  }),
});
const caseArb = fc.record({
  scenario: scenarioArb,
  plans: fc.array(planConfigArb, { minLength: 3, maxLength: 3 }),
  customer: fc.option(customerArb, { nil: undefined }),
  policies: fc.array(policyArb, { minLength: 1, maxLength: 5 }),
  others: fc.array(policyArb, { maxLength: 3 }),
});

interface PolicySketch {
  when: {
    customer: FieldValue | FieldValue[] | undefined;
    kind: FieldValue | FieldValue[] | undefined;
  };
  versions: { offset: number | undefined; plan: number }[];
}

function configOf(sketches: PolicySketch[], openedAt: number, plans: unknown[], prefix: string) {
  return sketches.map(
    (sketch, index): PolicyConfig => ({
      id: `${prefix}${index}`,
      ...(sketch.when.customer === undefined && sketch.when.kind === undefined
        ? {}
        : {
            when: {
              ...(sketch.when.customer === undefined ? {} : { customer: sketch.when.customer }),
              ...(sketch.when.kind === undefined ? {} : { kind: sketch.when.kind }),
            },
          }),
      versions: sketch.versions.map((version) => ({
        ...(version.offset === undefined ? {} : { from: openedAt + version.offset }),
        plan: plans[version.plan] as never,
      })),
    }),
  );
}

const allows = (values: FieldValue | FieldValue[] | undefined, value: FieldValue) =>
  values === undefined || (Array.isArray(values) ? values.includes(value) : values === value);

describe('policies', () => {
  itHolds(
    'the first matching policy and its version in force at the opening hold the ticket',
    fc.property(caseArb, ({ scenario, plans: configs, customer, policies, others }) => {
      const plans = configs.map(planOf);
      const { openedAt } = scenario;
      const ticket = {
        ...ticketOf(scenario),
        ...(customer === undefined ? {} : { fields: { customer } }),
      };
      const options = optionsOf(scenario, scenario.now);
      const kind = scenario.kind ?? null;
      const index = policies.findIndex(
        (policy) =>
          allows(policy.when.customer, customer ?? null) && allows(policy.when.kind, kind),
      );
      // What follows the first match may be anything: it must not change the answer.
      const tail = index === -1 ? [] : others;
      const sketches = index === -1 ? policies : [...policies.slice(0, index + 1), ...tail];
      const defined = definePolicies({ policies: configOf(sketches, openedAt, plans, 'p') });
      const call = () => evaluateTicket(defined, ticket, options);
      const matched = policies[index];
      const inForce = matched?.versions
        .filter((version) => (version.offset ?? -Infinity) <= 0)
        .sort((a, b) => (b.offset ?? -Infinity) - (a.offset ?? -Infinity))[0];
      if (matched === undefined || inForce === undefined) {
        expect(call).toThrow(SlaError);
        expect(call).toThrow(expect.objectContaining({ code: 'no_policy' }));
        return;
      }
      const expected = evaluateTicket(plans[inForce.plan] as never, ticket, options);
      const from = inForce.offset === undefined ? null : new Date(openedAt + inForce.offset);
      expect(call()).toEqual({ ...expected, policy: { id: `p${index}`, from } });
    }),
  );
});
