import type { ExplainedSegment } from '../../index';

/**
 * Colours from the Okabe–Ito palette, which colour-blind readers tell apart, chosen also to differ
 * in lightness and, where two could meet, in pattern, so that the page reads in greyscale.
 */
export const COLOURS = {
  gti: '#0072B2',
  gtr: '#D55E00',
  counted: '#0072B2',
  projected: '#56B4E9',
  closed: '#E0E0E0',
  holiday: '#E69F00',
  override: '#BBBBBB',
  paused: '#F0E442',
  stopped: '#555555',
  discarded: '#CC79A7',
  ink: '#1A1A1A',
} as const;

/**
 * The colour of each metric, in the plan's order, on the charts: GTI's and GTR's first, then the
 * rest of the palette (again from the start past eight metrics).
 */
const METRIC_COLOURS = [
  COLOURS.gti,
  COLOURS.gtr,
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
] as const;

export function metricColour(position: number): string {
  return METRIC_COLOURS[position % METRIC_COLOURS.length] as string;
}

/** The patterns that the segment fills refer to, defined once in the page. */
export const PATTERN_DEFS = `<svg width="0" height="0" aria-hidden="true" style="position:absolute">
<defs>
<pattern id="p-holiday" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect width="6" height="6" fill="${COLOURS.holiday}"/><rect width="2" height="6" fill="#8A5A00"/></pattern>
<pattern id="p-paused" width="6" height="6" patternUnits="userSpaceOnUse">
<rect width="6" height="6" fill="${COLOURS.paused}"/><circle cx="3" cy="3" r="1.2" fill="#6B6300"/></pattern>
<pattern id="p-projected" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
<rect width="6" height="6" fill="${COLOURS.projected}"/><rect width="1.5" height="6" fill="#FFFFFF"/></pattern>
<pattern id="p-override" width="5" height="5" patternUnits="userSpaceOnUse">
<rect width="5" height="5" fill="${COLOURS.override}"/><rect width="5" height="1.5" fill="#7A7A7A"/></pattern>
</defs></svg>`;

/** The fill of each kind of stretch a timeline draws (closed ones by their reason). */
const FILLS = {
  counted: COLOURS.counted,
  projected: 'url(#p-projected)',
  closed: COLOURS.closed,
  holiday: 'url(#p-holiday)',
  override: 'url(#p-override)',
  paused: 'url(#p-paused)',
  stopped: COLOURS.stopped,
  discarded: COLOURS.discarded,
  // No cycle running (metrics other than GTI and GTR, between their cycles): left blank.
  idle: '#FFFFFF',
} as const;

/** The legend: each kind of stretch in the words of the page, with its fill. */
export const SWATCHES: readonly (readonly [words: string, fill: string])[] = [
  ['counted', FILLS.counted],
  ['still to come', FILLS.projected],
  ['closed (outside hours)', FILLS.closed],
  ['holiday', FILLS.holiday],
  ['special hours', FILLS.override],
  ['waiting on the customer', FILLS.paused],
  ['resolved, until reopened', FILLS.stopped],
  ['before a restart', FILLS.discarded],
];

/** The fill of a segment of a timeline. */
export function fillOf(segment: ExplainedSegment): string {
  const reason = segment.reason?.type;
  if (segment.kind === 'closed' && (reason === 'holiday' || reason === 'override')) {
    return FILLS[reason];
  }
  return FILLS[segment.kind];
}
