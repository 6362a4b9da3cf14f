import type { EncodingName } from './encoding-names.js';
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
export declare const countHere: TokenCounter;
/**
 * A counter that counts each distinct (encoding, text) once, however often it is asked: a file
 * the PR did not touch has the same text at base and head, and is tokenized only at head.
 */
export declare function countOnce(counter: TokenCounter): TokenCounter;
