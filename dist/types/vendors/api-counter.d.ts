import { CountCache } from './cache.js';
import type { VendorApi } from './vendor-api.js';
import type { VendorCounter } from '../budget/count-texts.js';
export interface VendorCounterOptions {
    apiKey: string;
    /** Scheme, host and optional path prefix; https, or http to a loopback address (tests, local proxies). */
    baseUrl?: string;
    fetch?: typeof fetch;
    /** Waits `ms`; may end early when `signal` aborts (the counter stops waiting then anyway). */
    sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
    /** Shared with other counters and saved by the caller; an in-memory one by default. */
    cache?: CountCache;
    log?: (message: string) => void;
    /** Requests under way at once; 4 by default. */
    concurrency?: number;
    /**
     * How long one request may take, from sending it to the last byte of the answer; 30 s by default.
     * It is a deadline of our own, raced against the fetch and every read of the body: it holds even
     * where fetch's abort does not reach a body being read (Node 20, after a garbage collection).
     */
    timeoutMs?: number;
    /** How long one count() call may take in all, retries and waits included; 3 minutes by default. */
    deadlineMs?: number;
}
/**
 * One request, answer included: a count answers in well under a second; 30 s is a slow API with
 * room to spare, and keeps one text's 4 attempts (127 s with the waits) inside the call's deadline.
 */
export declare const DEFAULT_TIMEOUT_MS = 30000;
export { MAX_RESPONSE_BYTES } from './http.js';
export declare function createVendorCounter(api: VendorApi, options: VendorCounterOptions): VendorCounter;
