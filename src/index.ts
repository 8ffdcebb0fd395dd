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
export { createSlaSummary } from './report/create-sla-summary';
export {
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
export type { TakenSummary } from './report/taken-times';
export { alwaysOpen } from './schedule/always-open';
export { defineSchedule, type ScheduleConfig } from './schedule/define-schedule';
export { intersectSchedules } from './schedule/intersect-schedules';
export type { Schedule, ScheduleKind } from './schedule/schedule';
export { unionSchedules } from './schedule/union-schedules';
export { type BuiltinPlanOptions, DEFAULT_TARGETS } from './sla/builtin-plans';
export { classifyPriority, type ImpactAssessment } from './sla/classify-priority';
export type { ClockState } from './sla/clock';
export type { ClockReport, ClockStatus } from './sla/clock-report';
export { DEFAULT_AT_RISK, definePlan, type PlanConfig } from './sla/define-plan';
export {
  type EvaluateTicketOptions,
  evaluateTicket,
  type SkippedEvent,
  type TicketEvaluation,
} from './sla/evaluate-ticket';
export { type ExplainTicketOptions, explainTicket } from './sla/explain-ticket';
export type {
  ClockEvent,
  ClockExplanation,
  ExplainedSegment,
  SegmentKind,
  SegmentReason,
  TicketExplanation,
} from './sla/explanation';
export type { ClockTargets, Plan } from './sla/plan';
export { premiumPlan } from './sla/premium-plan';
export {
  CLOCKS,
  type ClockName,
  PRIORITIES,
  PRIORITY_LABELS,
  type Priority,
  REQUEST_KINDS,
  type RequestKind,
} from './sla/priority';
export { MAX_TICKET_EVENTS } from './sla/replay-ticket';
export { slaDeadlines } from './sla/sla-deadlines';
export { standardPlan } from './sla/standard-plan';
export type { Target, TargetInput } from './sla/target';
export {
  TICKET_EVENT_TYPES,
  type Ticket,
  type TicketEvent,
  type TicketEventType,
} from './sla/ticket';
export type { PriorityChangePolicy } from './sla/ticket-replay';
