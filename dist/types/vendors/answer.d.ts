/**
 * What an answer to a count request means: a count, a failure worth another try, or a refusal,
 * with how far the refusal reaches (this text, this model for the rest of the run, or every count:
 * the counter is down). A pure reading; the counter acts on it.
 */
import type { VendorApi } from './vendor-api.js';
import { type VendorApiError, type VendorFailure } from './errors.js';
import type { Answer } from './http.js';
/** One request's outcome: its count, or what went wrong and the wait the API asked for before a retry. */
export type Attempt = {
    ok: true;
    tokens: number;
} | {
    ok: false;
    status?: number;
    what: string;
    retryAfterMs?: number;
};
/** A failure no retry fixes, and what it rules out: this `text`, this `model` for the run, or the whole `counter`. */
export interface Refusal {
    refused: VendorApiError;
    scope: 'text' | 'model' | 'counter';
}
/** Builds the counter's errors, and quotes the API's words, redacted and cut. */
export interface Wording {
    fail: (kind: VendorFailure, message: string, status?: number, hint?: string) => VendorApiError;
    quote: (text: string, limit?: number) => string;
}
/** The meaning of `answer` to a request for `text` with `model`. */
export declare function readAnswer(api: VendorApi, model: string, text: string, answer: Answer, { fail, quote }: Wording): Attempt | Refusal;
