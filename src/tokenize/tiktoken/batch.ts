import type { EncodingName } from './encoding-names.js';
import { loadEncoder } from './encodings.js';

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
  // By encoding, then by the text itself: a key joining the two would be a new string per job,
  // copied and hashed whole on every lookup.
  const known = new Map<string, Map<string, number>>();
  const knownIn = (encoding: string) => {
    let counts = known.get(encoding);
    if (!counts) known.set(encoding, (counts = new Map()));
    return counts;
  };
  return async (jobs) => {
    const fresh: CountJob[] = [];
    const planned = new Map<string, Set<string>>();
    for (const job of jobs) {
      const seen = planned.get(job.encoding) ?? new Set<string>();
      planned.set(job.encoding, seen);
      if (knownIn(job.encoding).has(job.text) || seen.has(job.text)) continue;
      seen.add(job.text);
      fresh.push(job);
    }
    const counts = await counter(fresh);
    fresh.forEach((job, i) => knownIn(job.encoding).set(job.text, counts[i]!));
    return jobs.map((job) => known.get(job.encoding)!.get(job.text)!);
  };
}
