import type { ToolDefinition } from '../prompts/types.js';
import { CountCache } from './cache.js';
import { type Vendor } from './errors.js';
export interface VendorCounter {
    readonly vendor: Vendor;
    /** Tokens of each text for `model`, in order. Rejects with VendorApiError after retries. Empty text → 0 without a call. */
    count(model: string, texts: readonly string[]): Promise<number[]>;
}
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
/** The same policy as our GitHub client (src/github/client.ts): 3 retries, 1, 2, 4 s apart. */
export declare const RETRIES = 3;
export declare const BASE_DELAY_MS = 1000;
/** A rate limit that lifts later than this is not waited for: a CI job should not idle for minutes. */
export declare const MAX_WAIT_MS = 60000;
/**
 * One request, answer included: a count answers in well under a second; 30 s is a slow API with
 * room to spare, and keeps one text's 4 attempts (127 s with the waits) inside the call's deadline.
 */
export declare const DEFAULT_TIMEOUT_MS = 30000;
/**
 * The largest answer read. A count is a few dozen bytes (`{"input_tokens":123}`) and an error a
 * few hundred; a larger answer is refused as it streams, before more than this is held, so an
 * endless or gigabyte answer cannot exhaust memory.
 */
export declare const MAX_RESPONSE_BYTES: number;
/**
 * A count() call that takes longer fails as unavailable, and the run goes on with estimates. Three
 * minutes is a slow API at its worst (one text's 4 attempts of 30 s and 7 s of waits, 127 s) with
 * room to spare; it is also about 300 requests at a 100-a-minute rate limit, so a first run over
 * more distinct texts than that may end in estimates, while the cache keeps what was counted.
 */
export declare const DEFAULT_DEADLINE_MS = 180000;
export declare const DEFAULT_CONCURRENCY = 4;
/**
 * The text whose count measures the framing. A single lowercase ASCII letter is one token in
 * every byte-level BPE and SentencePiece vocabulary we know of (each byte or character is in the
 * base vocabulary, and a lone letter has nothing to merge with inside the text).
 */
export declare const FRAMING_PROBE = "a";
/** What an error body says, read by the vendor module. */
export interface ApiErrorInfo {
    /** The vendor's name for the error (`rate_limit_error`, `RESOURCE_EXHAUSTED`). */
    type?: string;
    message?: string;
    /** A wait the body asks for (Gemini's RetryInfo). */
    retryAfterMs?: number;
    /** The body says the key itself is bad, whatever the status (Gemini answers 400 to a bad key). */
    keyRejected?: boolean;
    /** The body says waiting will not help (Anthropic's monthly spend cap). */
    final?: boolean;
}
/** What a vendor module tells the shared engine. */
export interface VendorApi {
    readonly vendor: Vendor;
    /** "Anthropic", "Gemini": for messages. */
    readonly label: string;
    /** Where a user gives the key, for the hint when it is rejected. */
    readonly keySource: string;
    readonly defaultBaseUrl: string;
    /** The count endpoint for `model` under `base` (no trailing slash). */
    url(base: string, model: string): string;
    headers(apiKey: string): Record<string, string>;
    /** The request: `text` as the one user message, with `tools` (OpenAI's shape) in the vendor's own shape when given. */
    body(model: string, text: string, tools?: readonly ToolDefinition[]): unknown;
    /** The count a successful answer holds, or undefined when it holds none. */
    tokens(json: unknown): number | undefined;
    errorInfo(json: unknown): ApiErrorInfo;
    /**
     * The answer is the vendor's own for a model it does not know (and only that: the model is then
     * refused for the rest of the run, so a 400 about some other field must not match).
     */
    unknownModel(status: number, info: ApiErrorInfo): boolean;
    /**
     * A text the API refuses to count on its own (Anthropic rejects whitespace-only content). It is
     * counted after the probe instead, and the probe's own count taken off too.
     */
    needsAnchor(text: string): boolean;
}
export declare function createVendorCounter(api: VendorApi, options: VendorCounterOptions): VendorCounter;
