import type { SummaryGroup } from '../../index';
import { compliancePercent } from '../../report/compliance-percent';

/** Each metric's compliance: a percentage, or `null` when no cycle was judged. */
export type ClockCompliance = Readonly<Record<string, number | null>>;

/** Each metric's compliance over groups taken together: their counts added, then the ratio. */
export function complianceOf(
  groups: readonly SummaryGroup[],
  metrics: readonly string[],
): ClockCompliance {
  const of = (metric: string) => {
    let [met, missed, breached] = [0, 0, 0];
    for (const group of groups) {
      const summary = group.metrics[metric];
      met += summary?.met ?? 0;
      missed += summary?.missed ?? 0;
      breached += summary?.breached ?? 0;
    }
    return compliancePercent(met, missed, breached);
  };
  return Object.fromEntries(metrics.map((metric) => [metric, of(metric)]));
}
