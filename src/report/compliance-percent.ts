/**
 * `100 × met / (met + missed + breached)`, unrounded, or `null` when no clock is judged yet: an
 * open ticket already past its target has failed whatever happens next, so it counts against.
 */
export function compliancePercent(met: number, missed: number, breached: number): number | null {
  const judged = met + missed + breached;
  return judged === 0 ? null : (100 * met) / judged;
}
