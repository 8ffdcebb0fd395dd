export { addBusinessDays, MAX_BUSINESS_DAYS } from './arithmetic/add-business-days';
export { addBusinessTime } from './arithmetic/add-business-time';
export { businessTimeBetween } from './arithmetic/business-time-between';
export { isOpen } from './arithmetic/is-open';
export { nextOpen } from './arithmetic/next-open';
export { type OpenInterval, openIntervals } from './arithmetic/open-intervals';
export { subtractBusinessTime } from './arithmetic/subtract-business-time';
export type {
  CalendarConfig,
  EasterRule,
  ExplicitDatesRule,
  FixedDateRule,
  HolidayRule,
  HolidayRuleBase,
  WeekdayRule,
  WeekendShift,
} from './calendar/calendar-config';
export { defineCalendar } from './calendar/define-calendar';
export type {
  Holiday,
  HolidayCalendar,
  HolidayLanguage,
  HolidayNames,
} from './calendar/holiday-calendar';
export { holidayCalendar } from './calendar/holiday-calendar-by-code';
export { type HolidaysInOptions, holidaysIn } from './calendar/holidays-in';
export { isHoliday } from './calendar/is-holiday';
export type { DurationInput, LuxonDurationLike } from './duration/duration-input';
export { SlaError, type SlaErrorCode } from './errors/sla-error';
export type { InstantInput, LuxonDateTimeLike } from './instant/instant-input';
export type { ClockSummary } from './report/clock-tally';
export {
  type ComparisonGroup,
  comparePlans,
  type FlipCounts,
  type FlipDirection,
  type FlippedTicket,
  type MetricComparison,
  type PlanComparison,
  type PlanComparisonOptions,
} from './report/compare-plans';
export { createPlanComparison, type PlanComparer } from './report/create-plan-comparison';
export { createSlaSummary } from './report/create-sla-summary';
export {
  type GroupDimension,
  type GroupKey,
  NO_KIND,
  SUMMARY_DIMENSIONS,
  type SummaryDimension,
} from './report/group-key';
export type {
  RejectedSample,
  SlaSummary,
  SlaSummaryOptions,
  SlaSummaryResult,
  SummaryGroup,
} from './report/sla-summary';
export { type SummarizeTicketsOptions, summarizeTickets } from './report/summarize-tickets';
export {
  type ClockTallyState,
  type SlaSummaryState,
  SUMMARY_STATE_VERSION,
} from './report/summary-state';
export type { TakenSummary } from './report/taken-times';
export { alwaysOpen } from './schedule/always-open';
export { defineSchedule, type ScheduleConfig } from './schedule/define-schedule';
export { intersectSchedules } from './schedule/intersect-schedules';
export type { Schedule, ScheduleKind } from './schedule/schedule';
export { unionSchedules } from './schedule/union-schedules';
export type { ClockState } from './sla/cycles/clock';
export type {
  AlertReport,
  ClockReport,
  ClockStatus,
  CycleReport,
  MetricReport,
  MetricState,
} from './sla/cycles/metric-report';
export { MAX_TICKET_EVENTS } from './sla/cycles/replay-ticket';
export type { PriorityChangePolicy } from './sla/cycles/ticket-replay';
export {
  type EvaluateTicketOptions,
  evaluateTicket,
  type SkippedEvent,
  type TicketEvaluation,
} from './sla/evaluate-ticket';
export { type ExplainTicketOptions, explainTicket } from './sla/explanations/explain-ticket';
export type {
  ClockEvent,
  ClockExplanation,
  ExplainedSegment,
  SegmentKind,
  SegmentReason,
  TicketExplanation,
} from './sla/explanations/explanation';
export { BUILTIN_METRICS } from './sla/plan/builtin-metrics';
export { type BuiltinPlanOptions, DEFAULT_TARGETS } from './sla/plan/builtin-plans';
export { classifyPriority, type ImpactAssessment } from './sla/plan/classify-priority';
export {
  DEFAULT_AT_RISK,
  definePlan,
  type MetricIdsOf,
  type PlanConfig,
} from './sla/plan/define-plan';
export {
  type ConditionEvent,
  DEFAULT_OPENING_STATUS,
  type FieldValue,
  TICKET_EVENT_TYPES,
  type TicketEventType,
} from './sla/plan/event-types';
export type {
  AlertDefinition,
  EventCondition,
  MetricDefinition,
  StateCondition,
} from './sla/plan/metric-definition';
export type { MetricTargets, Plan, PlanMetric, PlanPriority } from './sla/plan/plan';
export type { MetricTargetsInput } from './sla/plan/plan-config';
export { premiumPlan } from './sla/plan/premium-plan';
export {
  CLOCKS,
  type ClockName,
  type DefaultPriority,
  type Label,
  PRIORITIES,
  PRIORITY_LABELS,
  type Priority,
  REQUEST_KINDS,
  type RequestKind,
} from './sla/plan/priority';
export { standardPlan } from './sla/plan/standard-plan';
export type { Target, TargetInput } from './sla/plan/target';
export {
  definePolicies,
  type PoliciesConfig,
  type PolicyConfig,
  type PolicyVersionConfig,
} from './sla/policies/define-policies';
export type {
  Policies,
  Policy,
  PolicyRef,
  PolicyVersion,
  PolicyWhen,
} from './sla/policies/policies';
export { slaDeadlines } from './sla/sla-deadlines';
export type { Ticket, TicketEvent } from './sla/ticket-log/ticket';
