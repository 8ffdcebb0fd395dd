import { escapeHtml } from './escape-html';

/** The isolate controls: LRI, RLI, FSI and PDI. */
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

/**
 * Text from the input (a ticket id, a plan's name) as HTML, isolated in a `<bdi>`: an
 * unterminated override inside (U+202E) then ends with the element instead of reversing the rest
 * of the line. Browsers isolate an element by putting FSI…PDI around it, so the id's own isolate
 * controls would pair with those and let the override out: they are shown as escapes instead.
 */
export function bdi(text: string): string {
  const inert = text.replace(
    ISOLATE_CONTROLS,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16)}`,
  );
  return `<bdi>${escapeHtml(inert)}</bdi>`;
}
