import type { FieldValue } from '../plan/event-types';
import type { CompiledPolicy } from './policies';

/**
 * The policies that may take a ticket, by its value of the field most policies test: a desk with
 * one policy per customer looks at one or two candidates, not at every policy before the match.
 * Candidates keep the policies' order, so the first that matches is still the first of all.
 */
export interface PolicyIndex {
  /** `null` when no policy tests any field: every policy is a candidate. */
  readonly field: string | null;
  readonly isKind: boolean;
  /** Per value of the field, the policies that allow it or do not test the field. */
  readonly byValue: ReadonlyMap<FieldValue, readonly CompiledPolicy[]>;
  /** The policies that do not test the field: the candidates for any other value. */
  readonly others: readonly CompiledPolicy[];
}

export function indexPolicies(policies: readonly CompiledPolicy[]): PolicyIndex {
  const field = mostTestedField(policies);
  const byValue = new Map<FieldValue, CompiledPolicy[]>();
  const others: CompiledPolicy[] = [];
  if (field === null) return { field, isKind: false, byValue, others: policies };
  for (const policy of policies) {
    const test = policy.tests.find((candidate) => candidate.field === field);
    if (test === undefined) {
      // A policy that does not test the field is a candidate for every value.
      others.push(policy);
      for (const candidates of byValue.values()) candidates.push(policy);
      continue;
    }
    for (const value of test.allowed) {
      let candidates = byValue.get(value);
      if (candidates === undefined) {
        // Values first seen now still follow the policies before that take any value.
        candidates = [...others];
        byValue.set(value, candidates);
      }
      candidates.push(policy);
    }
  }
  return { field, isKind: field === 'kind', byValue, others };
}

function mostTestedField(policies: readonly CompiledPolicy[]): string | null {
  const counts = new Map<string, number>();
  for (const policy of policies) {
    for (const test of policy.tests) counts.set(test.field, (counts.get(test.field) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [field, count] of counts)
    if (best === null || count > (counts.get(best) ?? 0)) best = field;
  return best;
}
