import { type HuggingFaceTokenizer } from '../tokenize/huggingface/tokenizer-json.js';
import type { TokenCounter } from '../tokenize/tiktoken/batch.js';
import { type EstimateMethod } from '../tokenize/estimate.js';
import { type CountingVendor, type TokenizerSpec } from '../tokenize/spec.js';
import type { VendorCounter } from '../vendors/index.js';
import type { Finding, ProblemSource } from './report.js';
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
/** The name of the setting that holds a vendor's key. */
export declare function keyNameOf(vendor: CountingVendor, engines: Pick<Engines, 'keyNames'>): string;
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
/** How one tokenizer's counts were obtained in this run, for the report. */
export interface CountingMethod {
    tokenizer: TokenizerSpec;
    exact: boolean;
    /** "o200k_base", "models/llama/tokenizer.json", "Anthropic's token-counting API". */
    label: string;
    /**
     * For an estimate: the methods used (one per kind of text, see estimate.ts), why no exact count
     * was possible, and for a vendor's model, the setting whose key would give one.
     */
    estimate?: {
        methods: EstimateMethod[];
        reason: Finding;
        keyName?: string;
    };
    /**
     * A Gemini model counted with a local tokenizer.json (Gemma 3's, as Google's SDK counts offline):
     * exactly what that file gives, which is not Gemini's own count. `reason`: why its API did not
     * count (no key given, or it failed), and `keyName`, the setting whose key would.
     */
    local?: {
        model: string;
        reason: Finding;
        keyName: string;
    };
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
