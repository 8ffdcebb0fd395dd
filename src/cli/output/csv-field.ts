/**
 * The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection):
 * `=HYPERLINK(…)` or `+1+cmd|…` in a ticket id would run when the file is opened.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field as RFC 4180 writes it: quoted, with quotes doubled, when it needs to be. Text
 * that a spreadsheet would take for a formula is prefixed with `'`, as OWASP recommends. Only
 * text is: it comes from the input (ids), while numbers are the command's own (milliseconds) and
 * must stay numbers, a negative one included.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  // `;` and TAB too: a spreadsheet set for French or German splits cells on them, and a cell
  // `x;=1+1` would bring its formula to the start of a cell of its own.
  return /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV line (with its line break). */
export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\n`;
}
