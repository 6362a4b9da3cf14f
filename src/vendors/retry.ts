/**
 * How the vendor counters space their requests: a few at a time, and a failed one retried after
 * the wait the API asks for, or else with exponential backoff.
 */
import { unlessAborted } from './abort.js';

/** 3 retries, 1, 2, 4 s apart (GitHub's client, src/github/client.ts, allows as many). */
export const RETRIES = 3;
const BASE_DELAY_MS = 1_000;
/** A rate limit that lifts later than this is not waited for: a CI job should not idle for minutes. */
export const MAX_WAIT_MS = 60_000;

/** The wait before retry `attempt + 1`: what the API asked for, or the backoff. */
export function retryWait(attempt: number, askedMs: number | undefined): number {
  return askedMs ?? BASE_DELAY_MS * 2 ** attempt;
}

/** `retry-after` in seconds or as an HTTP date (RFC 9110 §10.2.3), in milliseconds from now. */
export function retryAfter(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/**
 * The waits before retries, each logged once for all the requests of a model that wait out the
 * same retry (a rate limit hits them together), not once per request.
 */
export class RetryWaits {
  /** Requests now waiting, by model and attempt. */
  readonly #waiting = new Map<string, number>();

  constructor(
    private readonly sleep: Sleep,
    private readonly log: (line: string) => void,
  ) {}

  /** Waits `ms` before retry `attempt + 1` of a `label` count for `model`, after `what` went wrong. */
  async wait(label: string, model: string, attempt: number, ms: number, what: string, signal: AbortSignal): Promise<void> {
    const key = JSON.stringify([model, attempt]);
    const others = this.#waiting.get(key) ?? 0;
    if (others === 0) this.log(`${label} token count for ${model}: ${what}; retrying in ${Math.ceil(ms / 1000)} s (${attempt + 1} of ${RETRIES}).`);
    this.#waiting.set(key, others + 1);
    try {
      await unlessAborted(this.sleep(ms, signal), signal);
    } finally {
      const left = (this.#waiting.get(key) ?? 1) - 1;
      if (left > 0) this.#waiting.set(key, left);
      else this.#waiting.delete(key);
    }
  }
}

/**
 * Runs at most `max` tasks at once; a finished task hands its place straight to the next in line.
 * A task whose signal aborts while in line leaves the line and rejects with the signal's reason.
 */
export function limiter(max: number): <T>(task: () => Promise<T>, signal: AbortSignal) => Promise<T> {
  if (!Number.isSafeInteger(max) || max < 1) throw new RangeError(`concurrency must be a positive integer, not ${max}`);
  let active = 0;
  const line: (() => void)[] = [];
  return async (task, signal) => {
    signal.throwIfAborted();
    if (active < max) active++;
    else {
      await new Promise<void>((resolve, reject) => {
        const start = () => {
          signal.removeEventListener('abort', leave);
          resolve();
        };
        const leave = () => {
          line.splice(line.indexOf(start), 1);
          reject(signal.reason);
        };
        line.push(start);
        signal.addEventListener('abort', leave, { once: true });
      });
    }
    try {
      return await task();
    } finally {
      const next = line.shift();
      if (next) next();
      else active--;
    }
  };
}
