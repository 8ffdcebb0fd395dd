import { ClockTally } from './clock-tally';
import type { GroupKey } from './group-key';
import type { SummaryGroup } from './sla-summary';

/** The tickets of one group of a summary: how many, and both clocks' tallies. */
export class GroupTally {
  tickets = 0;
  readonly gti = new ClockTally();
  readonly gtr = new ClockTally();

  constructor(readonly key: GroupKey) {}

  addAll(other: GroupTally): void {
    this.tickets += other.tickets;
    this.gti.addAll(other.gti);
    this.gtr.addAll(other.gtr);
  }

  summary(): SummaryGroup {
    return {
      key: { ...this.key },
      tickets: this.tickets,
      gti: this.gti.summary(),
      gtr: this.gtr.summary(),
    };
  }
}
