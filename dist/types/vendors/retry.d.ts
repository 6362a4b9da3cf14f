/** 3 retries, 1, 2, 4 s apart (GitHub's client, src/github/client.ts, allows as many). */
export declare const RETRIES = 3;
/** A rate limit that lifts later than this is not waited for: a CI job should not idle for minutes. */
export declare const MAX_WAIT_MS = 60000;
/** The wait before retry `attempt + 1`: what the API asked for, or the backoff. */
export declare function retryWait(attempt: number, askedMs: number | undefined): number;
/** `retry-after` in seconds or as an HTTP date (RFC 9110 §10.2.3), in milliseconds from now. */
export declare function retryAfter(headers: Headers, now?: number): number | undefined;
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;
/**
 * The waits before retries, each logged once for all the requests of a model that wait out the
 * same retry (a rate limit hits them together), not once per request.
 */
export declare class RetryWaits {
    #private;
    private readonly sleep;
    private readonly log;
    constructor(sleep: Sleep, log: (line: string) => void);
    /** Waits `ms` before retry `attempt + 1` of a `label` count for `model`, after `what` went wrong. */
    wait(label: string, model: string, attempt: number, ms: number, what: string, signal: AbortSignal): Promise<void>;
}
/**
 * Runs at most `max` tasks at once; a finished task hands its place straight to the next in line.
 * A task whose signal aborts while in line leaves the line and rejects with the signal's reason.
 */
export declare function limiter(max: number): <T>(task: () => Promise<T>, signal: AbortSignal) => Promise<T>;
