// sla-clock/node: the readers of the `sla-clock` command (an events CSV, a desk's CSV with one
// row per ticket, JSON Lines, a snapshot export with its mapping), for reporting scripts. Node
// only: the main entry stays free of Node built-ins, so that it runs in browsers, Deno, Bun and
// edge functions.
export { SlaError, type SlaErrorCode } from './errors/sla-error';
export { lineOfError } from './node/line-of-error';
export { type ReadTicketsOptions, readTickets } from './node/read-tickets';
export type { TicketSource } from './node/source-text';
export type { ReadTicket, RejectedTicket, TicketRecord } from './node/ticket-record';
