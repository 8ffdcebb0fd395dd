import type { ClockName, SummaryGroup } from '../../index';
import { compliancePercent } from '../../report/compliance-percent';

/** Compliance of both clocks: a percentage, or `null` when no clock was judged. */
export type ClockCompliance = Readonly<Record<ClockName, number | null>>;

/** Both clocks' compliance over groups taken together: their counts added, then the ratio. */
export function complianceOf(groups: readonly SummaryGroup[]): ClockCompliance {
  const of = (clock: ClockName) => {
    let [met, missed, breached] = [0, 0, 0];
    for (const group of groups) {
      const summary = group.metrics[clock];
      met += summary?.met ?? 0;
      missed += summary?.missed ?? 0;
      breached += summary?.breached ?? 0;
    }
    return compliancePercent(met, missed, breached);
  };
  return { gti: of('gti'), gtr: of('gtr') };
}
