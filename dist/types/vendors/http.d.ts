/**
 * The largest answer read. A count is a few dozen bytes (`{"input_tokens":123}`) and an error a
 * few hundred; a larger answer is refused as it streams, before more than this is held, so an
 * endless or gigabyte answer cannot exhaust memory.
 */
export declare const MAX_RESPONSE_BYTES: number;
export interface Post {
    url: string;
    headers: Record<string, string>;
    body: string;
    /** How long the request may take, from sending it to the last byte of the answer. */
    timeoutMs: number;
}
/** An answer read whole: its status, headers and text. */
export interface Answer {
    status: number;
    ok: boolean;
    headers: Headers;
    raw: string;
}
/**
 * The answer, or `{ noAnswer }` saying why there was none (refused, reset, past the deadline), with
 * the cause's words passed through `quote`. Rejects with `signal`'s reason when it aborts (the
 * count is no longer wanted), and with TooLarge for an answer past MAX_RESPONSE_BYTES.
 */
export declare function post(fetchImpl: typeof fetch, request: Post, signal: AbortSignal, quote: (text: string, limit: number) => string): Promise<Answer | {
    noAnswer: string;
}>;
/** An answer longer than MAX_RESPONSE_BYTES. */
export declare class TooLarge extends Error {
    readonly status: number;
    constructor(status: number);
}
export declare function seconds(ms: number): string;
