export type Vendor = 'anthropic' | 'gemini';
/**
 * Why a count failed, so a caller can tell a user mistake from an outage:
 * - `config`: our own options are wrong (empty key, plain-http base URL to another host);
 * - `auth`: the API rejected the key;
 * - `model`: the API does not know the model;
 * - `request`: the API rejected the request for another reason (too large, bad argument);
 * - `rate-limit`: the API asked us to wait longer than a CI job should, or a spend cap is hit;
 * - `unavailable`: no usable answer after the retries (5xx, 429, timeouts, refused connections);
 * - `response`: an answer we cannot read (not JSON, no count, a count below the framing).
 */
export type VendorFailure = 'config' | 'auth' | 'model' | 'request' | 'rate-limit' | 'unavailable' | 'response';
/**
 * A count the vendor's API could not give. The message never holds the API key, and whatever
 * the API said is cut short and stripped of control characters before it gets here.
 */
export declare class VendorApiError extends Error {
    readonly vendor: Vendor;
    readonly kind: VendorFailure;
    /** The HTTP status of the last answer, when there was one. */
    readonly status?: number | undefined;
    /** What to do about it, in one sentence. */
    readonly hint?: string | undefined;
    readonly name = "VendorApiError";
    constructor(vendor: Vendor, kind: VendorFailure, message: string, 
    /** The HTTP status of the last answer, when there was one. */
    status?: number | undefined, 
    /** What to do about it, in one sentence. */
    hint?: string | undefined);
}
/** Longest excerpt of an API's own words that goes into a message. */
export declare const API_TEXT_LIMIT = 200;
/** Longest excerpt of an API's error type or status (`rate_limit_error`, `RESOURCE_EXHAUSTED`). */
export declare const API_TYPE_LIMIT = 60;
/**
 * Text from an API (an error message, a body that is not JSON), made fit for a log line:
 * control and bidirectional-override characters become spaces (no escape sequences, no forged
 * log lines, no reordered text), runs of spaces collapse, every secret is redacted (`redact`: all
 * the process's secrets by default, src/common/secrets.ts), and only then is it cut at `limit`
 * characters, so a key across the cut cannot survive in part.
 */
export declare function cleanApiText(text: string, limit?: number, redact?: (text: string) => string): string;
