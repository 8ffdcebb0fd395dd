/**
 * How a field of a held row is kept in memory: shorter than its text where the text is
 * predictable, and given back exactly. No code produces a NUL (it separates fields), and every
 * character stays below U+0100, so that the strings holding rows take one byte a character.
 */
export interface FieldCode {
  encode(text: string): string;
  decode(kept: string): string;
}

/** Text as it is. */
export const plainText: FieldCode = {
  encode: (text) => text,
  decode: (kept) => kept,
};

/** Marks a kept field that is the text itself, when that text begins with a marker. */
const AS_IS = '\x01';
/** Marks a packed ISO instant. */
const PACKED = '\x02';
/** A pair of digits, as the character of code `PAIR_BASE + value`. */
const PAIR_BASE = 0x20;
/** Where the digits of `YYYY-MM-DDTHH:MM:SS` stand, two by two. */
const PAIRS = [0, 2, 5, 8, 11, 14, 17] as const;
/** `00` to `99`, by value. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, '0'));

/**
 * An ISO instant (`2026-04-01T08:30:00-04:00`, 25 characters) whose date and time are packed
 * two digits a character (14 characters); the rest (offset, fraction, zone) is kept as it is.
 */
export const isoInstant: FieldCode = {
  encode(text) {
    if (!isCommonIso(text)) {
      return text.startsWith(PACKED) || text.startsWith(AS_IS) ? `${AS_IS}${text}` : text;
    }
    let packed = PACKED;
    for (const at of PAIRS) {
      packed += String.fromCharCode(PAIR_BASE + twoDigits(text, at));
    }
    return packed + text.slice(19);
  },
  decode(kept) {
    if (kept.startsWith(AS_IS)) return kept.slice(1);
    if (!kept.startsWith(PACKED)) return kept;
    const pair = (index: number) => TWO_DIGITS[kept.charCodeAt(1 + index) - PAIR_BASE] as string;
    return `${pair(0)}${pair(1)}-${pair(2)}-${pair(3)}T${pair(4)}:${pair(5)}:${pair(6)}${kept.slice(8)}`;
  },
};

/** The value of the two digits at `at`, or -1. */
function twoDigits(text: string, at: number): number {
  const high = text.charCodeAt(at) - 48;
  const low = text.charCodeAt(at + 1) - 48;
  return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : -1;
}

/** `YYYY-MM-DDTHH:MM:SS` and anything after. */
function isCommonIso(text: string): boolean {
  return (
    text.length >= 19 &&
    text.charCodeAt(4) === 0x2d &&
    text.charCodeAt(7) === 0x2d &&
    text.charCodeAt(10) === 0x54 &&
    text.charCodeAt(13) === 0x3a &&
    text.charCodeAt(16) === 0x3a &&
    PAIRS.every((at) => twoDigits(text, at) !== -1)
  );
}

/** Marks a field whose text is a single character that would read as a code. */
const LITERAL = 0x1f;
/** Codes run from here up to LITERAL: 30 values. */
const FIRST_CODE = 0x01;

/**
 * A field that takes few values (an event type, a priority): each of the first 30 values met gets
 * a one-character code; later ones are kept as they are.
 */
export function fewValues(): FieldCode {
  const codes = new Map<string, string>();
  const values: string[] = [];
  return {
    encode(text) {
      if (text === '') return text;
      let code = codes.get(text);
      if (code === undefined && values.length < LITERAL - FIRST_CODE) {
        code = String.fromCharCode(FIRST_CODE + values.length);
        codes.set(text, code);
        values.push(text);
      }
      if (code !== undefined) return code;
      return text.charCodeAt(0) <= LITERAL ? `${String.fromCharCode(LITERAL)}${text}` : text;
    },
    decode(kept) {
      if (kept.length !== 1) return kept.charCodeAt(0) === LITERAL ? kept.slice(1) : kept;
      const code = kept.charCodeAt(0);
      return code >= FIRST_CODE && code < LITERAL ? (values[code - FIRST_CODE] as string) : kept;
    },
  };
}
