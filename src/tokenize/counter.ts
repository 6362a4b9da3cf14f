import { loadEncoder, type EncodingName } from './encodings.js';

export interface CountJob {
  readonly encoding: EncodingName;
  readonly text: string;
}

/**
 * Counts many texts at once, results in the order of the jobs. The core asks for all of a
 * revision's counts in one call, so an adapter can spread them over threads (src/parallel).
 */
export type TokenCounter = (jobs: readonly CountJob[]) => Promise<number[]>;

/** Counts on the calling thread. */
export const countHere: TokenCounter = async (jobs) => {
  const counts: number[] = [];
  for (const { encoding, text } of jobs) counts.push((await loadEncoder(encoding)).count(text));
  return counts;
};
