/**
 * What a terminal would act on instead of showing: the C0 controls (TAB and LF too, which would
 * split one line of a value into two), DEL, the C1 controls (0x9B is an 8-bit CSI), the bidi
 * controls (an unterminated U+202E reverses the rest of the line) and the line and paragraph
 * separators.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** The same, but the C0 controls, which `JSON.stringify` already escapes. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const hex = (char: string, digits: number) =>
  (char.codePointAt(0) ?? 0).toString(16).padStart(digits, '0');

/** The escapes everyone reads; the other controls are shown by their code. */
const SHORT: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * Text from the input made safe for a terminal: every control character shown as an escape
 * (`\x1b`, `\u202e`, `\n`), so that an id can neither retitle the window, clear the screen, nor
 * reverse the line it is quoted in. Backslashes are left alone: paths and messages keep theirs.
 */
export function printable(text: string): string {
  return text.replace(
    UNSAFE,
    (char) => SHORT[char] ?? (char < '\u0100' ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`),
  );
}

/**
 * `JSON.stringify`, with what it leaves raw (DEL, C1, bidi controls, U+2028, U+2029) escaped as
 * well: the same values once parsed, and nothing a terminal would act on.
 */
export function printableJson(value: object, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE_IN_JSON,
    (char) => `\\u${hex(char, 4)}`,
  );
}
