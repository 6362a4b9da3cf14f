/** What a vendor module (anthropic.ts, gemini.ts) tells the shared counter (api-counter.ts). */
import type { ToolDefinition } from '../prompts/types.js';
import type { Vendor } from './errors.js';
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
