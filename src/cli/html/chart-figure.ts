import { escapeHtml } from './escape-html';

/** A drawing: its view box and its SVG elements. */
export interface Drawing {
  readonly width: number;
  readonly height: number;
  readonly body: string;
}

/** A figure: an SVG with a title and a description, then the same numbers as a table. */
export function figure(
  id: string,
  title: string,
  description: string,
  drawing: Drawing,
  table: string,
): string {
  return `<figure id="${id}" class="chart">
<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${drawing.width} ${drawing.height}" width="100%"><title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>${drawing.body}</svg>
<figcaption><strong>${escapeHtml(title)}.</strong> ${escapeHtml(description)}</figcaption>
<table class="data" aria-label="${escapeHtml(title)}, as numbers">${table}</table>
</figure>`;
}
