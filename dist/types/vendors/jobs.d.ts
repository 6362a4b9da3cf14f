/**
 * The counts under way, one per distinct text (by cache address), shared by the count() calls that
 * want it; a count no call waits for any more is stopped, whether it is queued or in flight.
 */
import type { CountCache } from './cache.js';
interface Job {
    tokens: Promise<number>;
    /** Calls under way that wait for it; at 0 it is dropped. */
    waiters: number;
    stop: AbortController;
}
/** A call's hold on one count: `leave` it when the call ends. */
export type Hold = readonly [key: string, job: Job];
export declare class Jobs {
    #private;
    /** Counts `text` for `model` until `signal` aborts. */
    private readonly start;
    private readonly cache;
    constructor(
    /** Counts `text` for `model` until `signal` aborts. */
    start: (model: string, text: string, signal: AbortSignal) => Promise<number>, cache: CountCache);
    /** The count at `key` (of `text` for `model`), joining the one under way or starting it; kept in the cache when it comes. */
    join(key: string, model: string, text: string): Hold;
    /** A call that held `holds` has ended: what no other call waits for is stopped with `reason`. */
    leave(holds: readonly Hold[], reason: unknown): void;
}
export {};
