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

/**
 * A counter that counts each distinct (encoding, text) once, however often it is asked: a file
 * the PR did not touch has the same text at base and head, and is tokenized only at head.
 */
export function countOnce(counter: TokenCounter): TokenCounter {
  const known = new Map<string, number>();
  const keyOf = (job: CountJob) => `${job.encoding}\0${job.text}`;
  return async (jobs) => {
    const fresh = new Map<string, CountJob>();
    for (const job of jobs) if (!known.has(keyOf(job))) fresh.set(keyOf(job), job);
    const counts = await counter([...fresh.values()]);
    [...fresh.keys()].forEach((key, i) => known.set(key, counts[i]!));
    return jobs.map((job) => known.get(keyOf(job))!);
  };
}
