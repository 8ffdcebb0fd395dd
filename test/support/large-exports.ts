// Seeded ticket exports of a few megabytes for `report --jobs`: event CSV grouped by ticket, CSV of
// one row per ticket, and JSON Lines, with hostile records (quoted line breaks, `""`, CRLF and lone
// CR line ends, multibyte text, empty ids, rejected tickets…) packed around the places where
// `--jobs` cuts a file (a fraction of its size, moved to the next record and ticket), and sprinkled
// elsewhere. Each export also says where each of its records starts and which ticket it belongs
// to, known from the writing rather than from a parser: the tests check the cuts against it.

import { cutTargets } from '../../src/cli/jobs/file-parts';

/** The instant the tickets are evaluated at (`--now`); events after it are left out. */
export const EXPORT_NOW = '2026-06-30T14:00:00-04:00';
const FROM = Date.parse('2026-04-01T08:00:00-04:00');
const LAST = Date.parse(EXPORT_NOW);
const MINUTE = 60_000;
const OFFSET = -4 * 60 * MINUTE; // Martinique: UTC−4 all year.

/** The jobs whose cuts the hostile records are packed around. */
const AIMED_JOBS = [1, 2, 3, 4];
/** Bytes before and after an aimed cut where every record is hostile. */
const WINDOW_BEFORE = 6 * 1024;
const WINDOW_AFTER = 20 * 1024;

/** A small seeded generator (xorshift32): the same seed gives the same files everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

/** The hostile things an export may hold, each switched on by name. */
export interface Hostility {
  /** Quoted cells holding line breaks (LF and CRLF), `""` and commas (CSV). */
  readonly quotedBreaks?: boolean;
  /** Some records end in CRLF. */
  readonly crlf?: boolean;
  /** Some records end in a lone CR (CSV). */
  readonly loneCr?: boolean;
  /** Accents, CJK and emoji in the text, unquoted and quoted. */
  readonly multibyte?: boolean;
  /** Rows without a ticket id (event CSV: after a ticket's rows; ticket CSV: a row of its own). */
  readonly emptyIds?: boolean;
  /** Tickets that are rejected: an instant that is not one, an unknown priority, a bad line. */
  readonly rejected?: boolean;
  /** Impossible events (a resume without a pause): rejected, or skipped by --lenient-events. */
  readonly impossible?: boolean;
  /** A byte-order mark at the start of the file. */
  readonly bom?: boolean;
  /** JSON Lines: blank lines, and a U+FEFF (a BOM character) at the start of some lines. */
  readonly oddLines?: boolean;
}

export interface ExportOptions {
  /** `export`: the desk's usual export, `id,opened_at,priority,kind,responded_at,resolved_at`. */
  readonly form: 'events' | 'tickets' | 'export' | 'jsonl';
  /** The size to reach (the export stops at the first ticket that reaches it). */
  readonly bytes: number;
  readonly seed: number;
  readonly hostility?: Hostility;
  /** The share of tickets outside the windows around the cuts that are hostile (default 0.02). */
  readonly sprinkle?: number;
  /** The id prefix (tickets of several exports kept apart). */
  readonly prefix?: string;
}

/** A record of an export: where it starts (bytes) and the ticket id it names (`''`: none). */
export interface ExportRecord {
  readonly offset: number;
  readonly id: string;
}

export interface LargeExport {
  readonly text: string;
  readonly bytes: number;
  /** Every record after the header, in order. */
  readonly records: readonly ExportRecord[];
}

const PRIORITIES = ['normal', 'normal', 'normal', 'medium', 'medium', 'high', 'critical'];
const KINDS = ['incident', 'request'];
const WORDS = ['printer', 'VPN', 'mail', 'badge', 'laptop', 'payroll'];
const MULTIBYTE = ['été', 'Ωmega', '中文字', '🚀🚀', 'naïve café', 'ẞtraße', '日本語テキスト'];

/** An instant as the desk writes it: local time with its offset. */
const iso = (ms: number) => `${new Date(ms + OFFSET).toISOString().slice(0, 19)}-04:00`;
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

interface Event {
  readonly type: string;
  readonly at: string;
  readonly priority?: string;
}

/** Writes a seeded export of `options.form` of about `options.bytes` bytes. */
export function largeExport(options: ExportOptions): LargeExport {
  const random = seededRandom(options.seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const hostility = options.hostility ?? {};
  const prefix = options.prefix ?? 'T';
  const windows = AIMED_JOBS.flatMap((jobs) => cutTargets(options.bytes, jobs));
  const nearCut = (offset: number) =>
    windows.some((at) => offset >= at - WINDOW_BEFORE && offset <= at + WINDOW_AFTER);
  const pieces: string[] = [];
  const records: ExportRecord[] = [];
  let bytes = 0;
  const write = (text: string) => {
    pieces.push(text);
    bytes += Buffer.byteLength(text);
  };
  const record = (id: string, text: string) => {
    records.push({ offset: bytes, id });
    write(text);
  };
  if (hostility.bom) write('\uFEFF');
  const csv = options.form !== 'jsonl';
  if (options.form === 'events') write('ticket,event,at,priority,kind,note\n');
  if (options.form === 'export') write('id,opened_at,priority,kind,responded_at,resolved_at\r\n');
  if (options.form === 'tickets') {
    write('id,opened_at,priority,kind,responded_at,resolved_at,customer,note\n');
  }
  let opened = FROM;
  for (let number = 1; bytes < options.bytes; number++) {
    opened += Math.floor(random() * 6 * MINUTE) + MINUTE;
    if (opened > LAST - 60 * MINUTE) opened = FROM + Math.floor(random() * 30 * 24 * 60) * MINUTE;
    const hostile = nearCut(bytes) || random() < (options.sprinkle ?? 0.02);
    const id = `${prefix}-${String(number).padStart(6, '0')}`;
    const has = (name: keyof Hostility, share: number) =>
      hostile && hostility[name] === true && random() < share;
    const end = has('loneCr', 0.4) ? '\r' : has('crlf', 0.5) ? '\r\n' : '\n';
    const priority = has('rejected', 0.08) ? 'urgent' : pick(PRIORITIES);
    const kind = pick(KINDS);
    const events: Event[] = [];
    let at = opened + Math.floor(random() * 90 * MINUTE) + MINUTE;
    const push = (type: string) => {
      if (at < LAST) events.push({ type, at: iso(at) });
      at += Math.floor(random() * 2 * 24 * 60 * MINUTE) + MINUTE;
    };
    if (has('impossible', 0.1)) push('resumed');
    push('responded');
    if (random() < 0.3) {
      push('paused');
      push('resumed');
    }
    if (random() < 0.7) push('resolved');
    if (has('rejected', 0.08)) events.push({ type: 'responded', at: 'yesterday' });
    let note = pick(WORDS);
    if (has('multibyte', 0.6)) note = `${pick(MULTIBYTE)} ${note} ${pick(MULTIBYTE)}`;
    if (has('quotedBreaks', 0.8)) {
      // Long enough that an aimed cut often falls inside it.
      const lines = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(WORDS));
      note = `${note}${pick(['\n', '\r\n', '\n\n'])}said "${lines.join(`",${pick(['\n', '\r\n'])}"`)}", then\n${note}`;
    }
    const cell = (text: string) => (/[",\r\n]/.test(text) ? quoted(text) : text);
    if (options.form === 'jsonl') {
      if (has('oddLines', 0.3)) write(pick(['\n', '\r\n', '   \n']));
      const ticket = {
        id,
        openedAt: iso(opened),
        priority,
        kind,
        fields: { note },
        events,
      };
      const lead = has('oddLines', 0.3) ? '\uFEFF' : '';
      const line = has('rejected', 0.05) ? `{"id":"${id}","openedAt":` : JSON.stringify(ticket);
      record(id, `${lead}${line}${end}`);
    } else if (options.form === 'export') {
      const responded = events.find((event) => event.type === 'responded')?.at ?? '';
      const resolved = events.find((event) => event.type === 'resolved')?.at ?? '';
      record(id, `${[id, iso(opened), priority, kind, responded, resolved].join(',')}${end}`);
    } else if (options.form === 'tickets') {
      const responded = events.find((event) => event.type === 'responded')?.at ?? '';
      const resolved = events.find((event) => event.type === 'resolved')?.at ?? '';
      const customer = pick(['acme', 'globex', 'initech']);
      if (has('emptyIds', 0.1)) {
        record('', `,${iso(opened)},normal,incident,,,acme,orphan${end}`);
      }
      const cells = [id, iso(opened), priority, kind, responded, resolved, customer, cell(note)];
      record(id, `${cells.join(',')}${end}`);
    } else {
      record(id, `${[id, 'opened', iso(opened), priority, kind, cell(note)].join(',')}${end}`);
      for (const event of events) {
        const rowEnd = csv && has('crlf', 0.3) ? '\r\n' : end;
        // Only the opened row's note is a field; the others are read past, quoted or not.
        const rowNote = has('quotedBreaks', 0.7) ? cell(`${note}\n${pick(WORDS)}`) : '';
        record(id, `${id},${event.type},${event.at},,,${rowNote}${rowEnd}`);
      }
      if (has('emptyIds', 0.1)) record('', `,responded,${iso(opened)},,,${end}`);
    }
  }
  const text = pieces.join('');
  return { text, bytes, records };
}

/**
 * How many of the cuts `--jobs` aims at would fall inside a record if they were put after the
 * next line break: the export is hostile where it matters when some would.
 */
export function aimedCutsInsideRecords(made: LargeExport): number {
  const bytes = Buffer.from(made.text);
  const starts = new Set(made.records.map((record) => record.offset));
  let inside = 0;
  for (const jobs of AIMED_JOBS) {
    for (const target of cutTargets(bytes.length, jobs)) {
      if (!starts.has(bytes.indexOf(0x0a, target) + 1)) inside++;
    }
  }
  return inside;
}
