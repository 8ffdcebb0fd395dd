import { FLIPS_SHOWN } from './output/comparison-table';

declare const __SLA_CLOCK_VERSION__: string;

/** The package version, written into the command when it is built. */
export const VERSION =
  typeof __SLA_CLOCK_VERSION__ === 'string' ? __SLA_CLOCK_VERSION__ : '0.0.0-dev';

export const MAIN_HELP = `sla-clock ${VERSION}: service-desk SLA clocks from the command line

Usage
  sla-clock report <file…> --plan <plan> [options]     sum up the SLA results of many tickets
  sla-clock merge <state…> [options]                    one report of several runs' states
  sla-clock compare <file…> --plan <plan> --with <plan> [options]
                                                         a change of plan tried on past tickets
  sla-clock explain --plan <plan> --ticket <file.json | -> [options]
                                                         why a ticket's deadlines are where they are
  sla-clock deadlines --plan <plan> --priority <p> --opened <instant> [options]
                                                         when a new ticket is due
  sla-clock <command> --help                             the options of a command
  sla-clock --version

Plans: standard (Monday–Friday 08:00–16:00 in Martinique, FR-MQ holidays), premium (24/7),
a JSON plan file (checked by sla-clock/plan.schema.json), or a JSON policies file: one policy
per customer or contract, chosen by the ticket's fields, each with plans in force from a date
(an object with "policies", checked by sla-clock/policies.schema.json).

Exit codes
  0  done
  1  some input was rejected (the report is still made)
  2  usage error: an option, an unreadable or invalid plan, an output that is an input…
  3  unexpected error: a bug, printed with its stack (please report it)
  4  the machine failed: an input could not be read or an output written (a full disk, a read
     error), said in one line
`;

export const REPORT_HELP = `Usage: sla-clock report <file…> --plan <plan> [options]

Evaluates every ticket of the inputs (files, or - for stdin) at one instant and prints one table per metric of the plan
(GTI and GTR for the built-in plans): per group, how many cycles met or missed their target, how
many are breached, at risk or on track, the compliance, and the business time the stopped cycles
took (median, 90th percentile, maximum). A metric that may run several cycles a ticket (next
reply) has a "cycles" column; one with cancelled cycles a "cancelled" column.

Inputs (- reads stdin), each detected from its extension or first line, or forced with --format;
each input is an export of its own (a ticket's rows all in one input), and with several inputs a
rejected line says its input's name ("b.csv: line 7: …"):
  JSON Lines                one ticket a line, as evaluateTicket takes it: {"id","openedAt",
                            "priority","kind"?,"status"?,"fields"?,"events"?}
  CSV, one row per event    header ticket,event,at,priority,kind; a ticket's first row is
                            "opened"; priority-changed rows carry the new priority. Optional
                            columns, for the events that carry more:
                              status    status-changed, and the opened row's opening status
                              by        replied: agent or requester
                              public    replied: true or false (default true)
                              field     field-changed: the field's name
                              value     field-changed: a number, true, false, or null (an
                                        empty cell) as JSON writes them; other text is text
                              group     assigned: the group
                              assignee  assigned: the assignee
  CSV, one row per ticket   header id,opened_at,priority,kind,responded_at,resolved_at
Any other CSV column (customer, region…) is a field of the tickets, for policies and --group-by:
read from each ticket's row (its opened row for events); an empty cell is no field; true, false
and numbers as JSON writes them are themselves, other text is text.
Instants are ISO 8601 with an offset or Z (2026-04-01T08:30:00-04:00). Text is UTF-8, or UTF-16
with a byte-order mark; CSV lines may end in CRLF, LF or CR, mixed.
  CSV snapshots             with --input snapshots --map <file>: a desk's own export, one row
                            per update holding the ticket's state after it (ServiceNow's
                            incident log…). The mapping (JSON, checked by
                            sla-clock/snapshot-map.schema.json) names the columns and how their
                            values read; each ticket's rows are held until the end and ordered
                            by instant, the first giving the opening, each change from one row
                            to the next an event (priority-changed, assigned, field-changed,
                            status-changed, resolved/closed/reopened). See docs/snapshots.md.

Order of event rows: any. Rows grouped by ticket stream in constant memory, each ticket counted
when the next begins. Any other order (an export sorted by time) is seen in the first 10,000
rows: then every ticket's rows are held until the end, about 40 bytes a row (1 M tickets of 5
events: about 330 MB at the peak, and a third of the speed). A file whose order shows only later
is read again from the start; stdin cannot be, so give --any-order for stdin in any order.

Options
  --plan <plan>             standard, premium, a plan file or a policies file (required)
  --now <instant>           evaluate at this instant (default: the current time, printed)
  --format <csv|jsonl>      the input form, when the extension does not say it
  --input snapshots         the input is a snapshot export, read with --map (default tickets:
                            the forms above)
  --map <file>              the mapping of a snapshot export (with --input snapshots)
  --group-by <dimensions>   comma-separated: priority, kind, month, policy, or any field of the
                            tickets (customer…); default priority
  --timezone <zone>         the IANA zone of the months (default the plan's zone)
  --tickets <file>          also write one row per ticket (.csv, .jsonl or .ndjson). CSV: id,
                            priority, kind, then per metric <metric>_status, _elapsed_ms,
                            _target_ms, _deadline, _breached_at (its current cycle), and for a
                            metric of many cycles _cycles and _ever_breached; a text cell
                            starting with = + - @ TAB or CR gets a leading ' so that a
                            spreadsheet does not run it as a formula (numbers are left alone).
                            JSON Lines: {"id","priority","kind","metrics":{<metric>: {"status",
                            "elapsed","target","deadline","breachedAt","everBreached","cycles"}}}
                            Under policies, policy and policy_from (CSV) or "policy":{"id",
                            "from"} (JSON Lines) follow the kind.
  --html <file>             also write the report as one HTML page (charts; the tickets at
                            risk, least time left first, then breached, most overdue first,
                            explained; the rejected rows), self-contained and printable
  --json                    print the summary as JSON instead of tables
  --state <file>            also write the summary's state (JSON), for sla-clock merge: a history
                            split into parts, each reported on its own (another process or
                            machine, the same --plan and --now), is then one report
  --jobs <n>                read with n worker threads (default 1; more than the machine's
                            cores gains nothing): files of 2 MB and more are cut where a ticket
                            ends, the parts read at once and put together in order; the output
                            is the same whatever n. Read in one piece: stdin, snapshots,
                            --any-order, and an export whose rows prove not grouped by ticket
  --strict                  stop at the first rejected ticket
  --lenient-events          skip impossible events (reported on stderr) instead of rejecting
                            their ticket
  --any-order               hold every ticket's event rows until the end from the start
  --max-record-size <size>  the longest line or record read, and the largest plan file
                            (default 1M: 1,048,576 characters; K, M: times 1,024 and 1,024²);
                            a longer line is rejected, a larger plan file refused
  -h, --help                this help

Every rejected row or ticket is one line on stderr, "line N: reason", N counting the lines of the
input (header included); control characters of the input are shown escaped (\\x1b, \\u202e).
An output (--tickets, --html) that is the input, the plan file, the file stdin reads or the other
output, by any path or link, is refused before anything is written.

Exit codes: 0 done, 1 something was rejected (the report is still made), 2 usage error, 3 a bug,
4 a read or a write failed (a full disk, a read error).

Examples
  sla-clock report tickets.csv --plan standard --now 2026-07-01T08:00:00-04:00
  sla-clock report export.csv --plan premium --group-by priority,month --json > review.json
  cat tickets.jsonl | sla-clock report - --plan plan.json --tickets late.csv
  sla-clock report 2025-*.csv 2026-*.csv --plan standard --jobs 2 --group-by month
  sla-clock report tickets.csv --plan standard --group-by priority,month --html review.html
  sla-clock report incidents.csv --input snapshots --map servicenow-map.json --plan plan.json
`;

export const MERGE_HELP = `Usage: sla-clock merge <state…> [options]

Prints the report of the state files that sla-clock report --state wrote, as one report over all
their tickets would print it: the same tables, JSON or page. The states must come from reports at
the same instant (--now) under the same plan; each file carries its plan, so the files may come
from other machines. A state file holds the summary's counts and the business time every stopped
cycle took (8 bytes each): a million tickets by priority and month is about 17 MB.

Options
  --json                    print the summary as JSON instead of tables
  --html <file>             also write the report as one HTML page (its charts and tables; the
                            tickets themselves are not in a state)
  --state <file>            also write the merged state (to merge again, in a tree of merges)
  -h, --help                this help

Exit codes: 0 done, 1 some ticket was rejected in one of the parts, 2 usage error (a file that is
not a state, states of other instants or plans), 3 a bug, 4 a read or a write failed.

Examples
  sla-clock report jan.csv --plan standard --now 2026-07-01T00:00:00Z --state jan.state.json
  sla-clock report feb.csv --plan standard --now 2026-07-01T00:00:00Z --state feb.state.json
  sla-clock merge jan.state.json feb.state.json --json > review.json
`;

export const DEADLINES_HELP = `Usage: sla-clock deadlines --plan <plan> --priority <p> --opened <instant> [options]

Prints when a ticket opened at <instant> is due, for each metric of the plan: first contact
(GTI) and resolution (GTR) for the built-in plans. A metric that starts at a later event (next
reply) or has no target at the priority has no deadline yet.

Options
  --plan <plan>             standard, premium, a plan file or a policies file (required)
  --priority <p>            one of the plan's priorities: normal, medium, high or critical for
                            the built-in plans (required)
  --opened <instant>        ISO 8601 with an offset or Z (required)
  --kind <kind>             one of the plan's kinds: request, incident or information for the
                            built-in plans (plans may set other targets)
  --field <name=value>      a field of the ticket, for a policies file to choose its policy
                            (repeat it for several: --field customer=acme --field tier=2);
                            true, false and numbers are themselves, other text is text
  --json                    print {"<metric>": deadline} as JSON ({"gti","gtr"} for the built-in
                            plans)
  --max-record-size <size>  the largest plan file read (default 1M: 1,048,576 bytes)
  -h, --help                this help

Examples
  sla-clock deadlines --plan standard --priority critical --opened 2026-11-27T15:50:00-04:00
  sla-clock deadlines --plan premium --priority high --opened 2026-11-30T23:00:00Z --json
`;

export const COMPARE_HELP = `Usage: sla-clock compare <file | -> --plan <plan> --with <plan> [options]

Tries a change of plan on past tickets before it is made: evaluates every ticket of the input
under --plan (in force) and --with (to try), at one instant, and prints per metric and group the
compliance before and after and the change in percentage points, how many tickets flip each way
(worse: met before and not after, or missed or breached after and not before; better: the
reverse; other: missed ↔ breached, on-track ↔ at-risk…), and the first ${FLIPS_SHOWN} flipped tickets with
their statuses and deadlines. A ticket either plan refuses is rejected and counted on neither.
The input is read as sla-clock report reads it (sla-clock report --help), in constant memory:
only the flipped tickets listed are kept.

Options
  --plan <plan>             in force: standard, premium, a plan file or a policies file (required)
  --with <plan>             to try: standard, premium, a plan file or a policies file (required)
  --now <instant>           evaluate at this instant (default: the current time, printed)
  --format <csv|jsonl>      the input form, when the extension does not say it
  --input snapshots         the input is a snapshot export, read with --map (as for report)
  --map <file>              the mapping of a snapshot export (with --input snapshots)
  --group-by <dimensions>   comma-separated: priority, kind, month, policy, or any field of the
                            tickets (customer…); default priority. Under policies, a ticket counts
                            in its policy's group on each side
  --timezone <zone>         the IANA zone of the months (default the zone of --plan's plan)
  --tickets <file>          also write every flipped ticket (.csv, .jsonl or .ndjson). CSV: id,
                            metric, direction, status_before, status_after, deadline_before,
                            deadline_after; JSON Lines: {"id","metric","direction",
                            "statusBefore","statusAfter","deadlineBefore","deadlineAfter"}
  --html <file>             also write the comparison as one HTML page (the first 100 flips)
  --json                    print the comparison as JSON (with both sides' summaries; the first
                            100 flipped tickets)
  --strict                  stop at the first rejected ticket, and write no comparison (exit 1)
  --lenient-events          skip impossible events instead of rejecting their ticket
  --any-order               hold every ticket's rows until the end (event rows in any order)
  --max-record-size <size>  as for sla-clock report (default 1M)
  -h, --help                this help

Exit codes: as sla-clock report.

Examples
  sla-clock compare tickets.csv --plan standard --with premium --now 2026-07-01T08:00:00-04:00
  sla-clock compare export.csv --plan policies.json --with policies-next.json --group-by policy
  sla-clock compare tickets.jsonl --plan standard --with gold.json --tickets flips.csv --json
`;

export const EXPLAIN_HELP = `Usage: sla-clock explain --plan <plan> --ticket <file.json | -> [options]

Explains each metric of the plan (GTI and GTR for the built-in plans), stretch by stretch from
the ticket's opening, with its cycles when it ran several: the business time that counted (with
the running total of the cycle), the time that did not and why (outside the desk's hours, a
holiday by name, special hours on a date, waiting on the customer, a status that pauses it,
resolved until reopened), the event that started, stopped, cancelled or reset a cycle, the
priority changes that swapped a target, the breach, and the open time still to come up to the
deadline. Times are shown in the desk's time zone; a metric's title is its label in --language.

The ticket is a JSON object as evaluateTicket takes it:
  {"id": "T-7", "openedAt": "2026-11-27T15:50:00-04:00", "priority": "critical",
   "events": [{"type": "responded", "at": "2026-11-30T08:03:00-04:00"}]}

Options
  --plan <plan>             standard, premium, a plan file or a policies file (required)
  --ticket <file.json | ->  the ticket, from a file or stdin (required)
  --now <instant>           explain at this instant (default: the current time)
  --language <fr|en>        the language of the labels and holiday names (default en)
  --json                    print the explanation as JSON
  --lenient-events          skip impossible events instead of refusing the ticket
  --max-record-size <size>  the largest ticket or plan file read (default 1M: 1,048,576 bytes)
  -h, --help                this help

Examples
  sla-clock explain --plan standard --ticket ticket.json --now 2026-11-30T09:00:00-04:00
  cat ticket.json | sla-clock explain --plan standard --ticket - --language fr --json
`;
