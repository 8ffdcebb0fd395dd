import { UsageError } from '../usage-error';

/** The default of `--max-record-size`: far beyond any real ticket, far below a runaway input. */
export const DEFAULT_RECORD_LIMIT = 1024 * 1024;

/** The largest limit: a JavaScript string holds at most about 512 M characters. */
export const MAX_RECORD_LIMIT = 256 * 1024 * 1024;

/** The smallest limit. */
export const MIN_RECORD_LIMIT = 1024;

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2 };

/**
 * The most an input may hold in one line (JSON Lines) or record (CSV), and in a file read whole
 * (a plan, a ticket to explain): what lies beyond is refused rather than read into memory.
 */
export class RecordLimit {
  private constructor(
    /** Characters of a line or record; bytes of a file read whole. */
    readonly characters: number,
    /** The setting that raises the limit, as its user writes it (`--max-record-size 1M`). */
    private readonly setting: string,
  ) {}

  static readonly default = new RecordLimit(DEFAULT_RECORD_LIMIT, '--max-record-size 1M');

  /** A limit set otherwise than by `--max-record-size` (a library option, named by `setting`). */
  static of(characters: number, setting: string): RecordLimit {
    return new RecordLimit(characters, setting);
  }

  /**
   * The limit `--max-record-size` gives: a whole number, optionally followed by K or M
   * (times 1,024 and 1,024²).
   *
   * @throws {UsageError} for anything else, or a limit below 1K.
   */
  static parse(option: string | undefined): RecordLimit {
    if (option === undefined) return RecordLimit.default;
    const match = /^(\d{1,10})([KM]?)$/i.exec(option.trim());
    const characters =
      match === null
        ? Number.NaN
        : Number(match[1]) * (UNITS[(match[2] as string).toUpperCase()] as number);
    if (!(characters >= MIN_RECORD_LIMIT && characters <= MAX_RECORD_LIMIT)) {
      throw new UsageError(
        `--max-record-size ${option}: a size from 1K to 256M, such as 512K or 4M`,
      );
    }
    return new RecordLimit(characters, `--max-record-size ${option.trim()}`);
  }

  /** The limit in words, with the option that raises it. */
  describe(unit: 'characters' | 'bytes' = 'characters'): string {
    return `${this.characters.toLocaleString('en-US')} ${unit} (${this.setting})`;
  }
}
