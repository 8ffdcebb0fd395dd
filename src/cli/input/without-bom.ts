/** The text without the byte-order mark some editors put at the start of a UTF-8 file. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
