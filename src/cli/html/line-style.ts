/** How the trend draws a metric's line, by its position: told apart without colour. */
export interface LineStyle {
  readonly dash: string;
  readonly name: string;
  readonly markers: string;
  marker(x: number, y: number, fill: string): string;
}

const LINE_STYLES: readonly LineStyle[] = [
  {
    dash: '',
    name: '',
    markers: 'circles',
    marker: (x, y, fill) => `<circle cx="${x}" cy="${y}" r="4" fill="${fill}"/>`,
  },
  {
    dash: '6 3',
    name: 'dashed',
    markers: 'squares',
    marker: (x, y, fill) => `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="${fill}"/>`,
  },
  {
    dash: '2 2',
    name: 'dotted',
    markers: 'diamonds',
    marker: (x, y, fill) =>
      `<path d="M${x} ${y - 5} L${x + 5} ${y} L${x} ${y + 5} L${x - 5} ${y} Z" fill="${fill}"/>`,
  },
  {
    dash: '8 3 2 3',
    name: 'dash-dotted',
    markers: 'triangles',
    marker: (x, y, fill) =>
      `<path d="M${x} ${y - 5} L${x + 5} ${y + 4} L${x - 5} ${y + 4} Z" fill="${fill}"/>`,
  },
];

/** The style of the metric at `position`: the styles take turns past the last one. */
export function lineStyle(position: number): LineStyle {
  return LINE_STYLES[position % LINE_STYLES.length] as LineStyle;
}
