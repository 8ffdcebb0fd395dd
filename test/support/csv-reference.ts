// A slow, obviously correct CSV reader with the command's rules, for the properties of its
// streaming parser: the whole text at once, one character at a time, no shortcut.
//   - `\r\n`, `\n` and a lone `\r` end a line; lines are counted from 1.
//   - A quote opens a quoted field only as the first character of a field; `""` inside quotes is
//     one quote; anything but a comma or a line break after a closing quote, or a quote inside an
//     unquoted field, makes the record malformed (the characters are kept as they are).
//   - A record longer than `limit` characters (line breaks inside quotes included) is malformed
//     and skipped up to the next line break, quoted or not.
//   - Blank lines are not records.

export type ReferenceRecord =
  | { readonly line: number; readonly cells: readonly string[] }
  | { readonly line: number; readonly malformed: string; readonly cells: readonly string[] };

export function referenceCsv(text: string, limit: number): ReferenceRecord[] {
  const records: ReferenceRecord[] = [];
  let line = 1;
  let at = 0;
  const isBreak = (index: number) => text[index] === '\n' || text[index] === '\r';
  /** Moves past the line break at `at`, counting it. */
  const passBreak = () => {
    at += text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1;
    line++;
  };
  while (at < text.length) {
    const start = line;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let afterQuote = false;
    let fresh = true;
    let problem: string | undefined;
    let before = 0;
    let length = 0;
    const fail = (reason: string) => {
      if (problem !== undefined) return;
      problem = reason;
      before = cells.length;
    };
    while (at < text.length) {
      const char = text[at] as string;
      if (length >= limit && (quoted || !isBreak(at))) {
        if (problem === undefined) before = cells.length;
        problem = 'too long';
        while (at < text.length && !isBreak(at)) at++;
        break;
      }
      length++;
      if (quoted) {
        if (char === '"') {
          quoted = false;
          afterQuote = true;
          at++;
        } else if (isBreak(at)) {
          const wasCrLf = text[at] === '\r' && text[at + 1] === '\n';
          cell += wasCrLf ? '\r\n' : char;
          if (wasCrLf) length++;
          passBreak();
        } else {
          cell += char;
          at++;
        }
        continue;
      }
      if (afterQuote) {
        afterQuote = false;
        if (char === '"') {
          cell += '"';
          quoted = true;
          at++;
          continue;
        }
        if (char !== ',' && !isBreak(at)) fail('stray quote');
      }
      if (char === ',') {
        cells.push(cell);
        cell = '';
        fresh = true;
        at++;
      } else if (isBreak(at)) {
        break;
      } else if (char === '"' && fresh) {
        quoted = true;
        fresh = false;
        at++;
      } else {
        if (char === '"') fail('stray quote');
        cell += char;
        fresh = false;
        at++;
      }
    }
    if (quoted && problem === undefined) fail('not closed');
    cells.push(cell);
    if (problem !== undefined) {
      records.push({ line: start, malformed: problem, cells: cells.slice(0, before) });
    } else if (cells.length > 1 || cells[0] !== '') {
      records.push({ line: start, cells });
    }
    if (at < text.length) passBreak();
  }
  return records;
}
