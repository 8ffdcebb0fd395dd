/**
 * A text table: the header and the rows in columns as wide as their widest cell, two spaces
 * apart; the first `leftColumns` (the names of a group) aligned left, the figures right.
 */
export function alignedRows(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  leftColumns: number,
): string[] {
  const widths = header.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const render = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column < leftColumns
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [render(header), ...rows.map(render)];
}
