import { type HuggingFaceTokenizer } from '../tokenize/huggingface/tokenizer-json.js';
import type { TokenCounter } from '../tokenize/tiktoken/batch.js';
import { type CountingVendor, type TokenizerSpec } from '../tokenize/spec.js';
import type { CountingMethod, ProblemSource } from './report.js';
/**
 * A vendor's counting API, as the counting here uses it; src/vendors implements it (an adapter:
 * it owns the network and the cache file).
 */
export interface VendorCounter {
    readonly vendor: CountingVendor;
    /** Tokens of each text for `model`, in order. Rejects with VendorApiError after retries. Empty text → 0 without a call. */
    count(model: string, texts: readonly string[]): Promise<number[]>;
}
/** What counts: injected by the adapters, which own threads, files and API keys. */
export interface Engines {
    /** OpenAI encodings (on this thread or on workers). */
    encodings: TokenCounter;
    /** tokenizer.json files, loaded, by the path budgets.yml gives. */
    huggingface?: ReadonlyMap<string, HuggingFaceTokenizer>;
    /** Counting APIs, for the vendors whose key was given. */
    vendors?: Partial<Record<CountingVendor, VendorCounter>>;
    /**
     * Where a user gives each vendor's key, as messages should name it: the action's inputs by
     * default (`anthropic-api-key`), the CLI's environment variables (`ANTHROPIC_API_KEY`).
     */
    keyNames?: Partial<Record<CountingVendor, string>>;
}
export interface TextJob {
    tokenizer: TokenizerSpec;
    text: string;
}
/** A count; `high` is above `tokens` only for an estimate, and is what budget checks use. */
export interface Counted {
    tokens: number;
    high: number;
    /**
     * Why the text could not be counted (tokens and high are then 0): only with `problems: true`,
     * for a tokenizer.json that refuses the text or a run-wide limit that ran out.
     */
    problem?: {
        message: string;
        from: ProblemSource;
    };
}
export interface CountingOptions {
    /**
     * A text a tokenizer.json cannot count becomes a Counted with its problem, for its file to
     * fail alone; without this, the UserError stops the whole count (`prompt-budget count`).
     */
    problems?: boolean;
}
export interface CountingResult {
    counts: Counted[];
    /** By tokenizerKey. */
    methods: Map<string, CountingMethod>;
}
/**
 * Counts every job, grouped by tokenizer so each engine (or API) is called once, and each distinct
 * text once per tokenizer: a file the PR did not touch has the same text at base and head.
 */
export declare function countTexts(jobs: readonly TextJob[], engines: Engines, options?: CountingOptions): Promise<CountingResult>;
