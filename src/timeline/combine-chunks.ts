import { type Chunk, chunkFromIntervals, type FlatIntervals, flatIntervalsOf } from './chunk';

/** The chunk that is open wherever any of `chunks` (all over one span) is open. */
export function unionOfChunks(start: number, end: number, chunks: readonly Chunk[]): Chunk {
  const flat: FlatIntervals = [];
  for (const chunk of chunks) flat.push(...flatIntervalsOf(chunk));
  return chunkFromIntervals(start, end, flat);
}

/** The chunk that is open wherever all of `chunks` (all over one span, at least one) are open. */
export function intersectionOfChunks(start: number, end: number, chunks: readonly Chunk[]): Chunk {
  let common: FlatIntervals = [start, end];
  for (const chunk of chunks) common = intersectSorted(common, chunk);
  return chunkFromIntervals(start, end, common);
}

function intersectSorted(flat: FlatIntervals, chunk: Chunk): FlatIntervals {
  const result: FlatIntervals = [];
  let i = 0;
  let j = 0;
  while (i < flat.length && j < chunk.starts.length) {
    const from = Math.max(flat[i] as number, chunk.starts[j] as number);
    const to = Math.min(flat[i + 1] as number, chunk.ends[j] as number);
    if (to > from) result.push(from, to);
    if ((flat[i + 1] as number) < (chunk.ends[j] as number)) i += 2;
    else j += 1;
  }
  return result;
}
