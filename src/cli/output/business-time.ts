/** Business milliseconds as `h:mm`, with `:ss` or `.mmm` when they are not whole minutes. */
export function businessTime(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.abs(ms);
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const rest = total % 60_000;
  let text = `${sign}${hours}:${String(minutes).padStart(2, '0')}`;
  if (rest !== 0) {
    text += `:${String(Math.floor(rest / 1000)).padStart(2, '0')}`;
    if (rest % 1000 !== 0) text += `.${String(rest % 1000).padStart(3, '0')}`;
  }
  return text;
}
