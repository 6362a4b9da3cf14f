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

export class Jobs {
  readonly #jobs = new Map<string, Job>();

  constructor(
    /** Counts `text` for `model` until `signal` aborts. */
    private readonly start: (model: string, text: string, signal: AbortSignal) => Promise<number>,
    private readonly cache: CountCache,
  ) {}

  /** The count at `key` (of `text` for `model`), joining the one under way or starting it; kept in the cache when it comes. */
  join(key: string, model: string, text: string): Hold {
    const job = this.#jobs.get(key) ?? this.#begin(key, model, text);
    job.waiters++;
    return [key, job];
  }

  /** A call that held `holds` has ended: what no other call waits for is stopped with `reason`. */
  leave(holds: readonly Hold[], reason: unknown): void {
    for (const [key, job] of holds) {
      if (--job.waiters === 0 && this.#jobs.get(key) === job) {
        this.#jobs.delete(key);
        job.stop.abort(reason);
      }
    }
  }

  #begin(key: string, model: string, text: string): Job {
    const stop = new AbortController();
    const tokens = this.start(model, text, stop.signal).then((n) => {
      this.cache.set(key, n);
      return n;
    });
    const job: Job = { tokens, waiters: 0, stop };
    const forget = () => {
      if (this.#jobs.get(key) === job) this.#jobs.delete(key);
    };
    tokens.then(forget, forget);
    this.#jobs.set(key, job);
    return job;
  }
}
