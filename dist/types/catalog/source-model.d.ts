/**
 * The shape of one vendored model entry for vendors other than OpenAI (anthropic.ts, gemini.ts,
 * open-models.ts). It widens openai.ts `SourceModel` with what those vendors need: the source key
 * each number was read from (the entry name differs from the name users write), prices that may be
 * absent (a host lists a window but no price), long-context price tiers, a per-model caching
 * minimum, aliases, and for open models the tokenizer.json a user can vendor.
 *
 * The numbers are generated (litellm.generated.ts, by `npm run catalog` from data/litellm-prices.json);
 * the vendor files write only the hand-written facts of each model (CuratedModel) and join them
 * with the numbers of their `sourceKey` (withNumbers).
 */
import type { CatalogSource, ModelMode } from './source-types.js';
import type { LitellmNumbers } from './litellm-format.js';
/** USD per million tokens. */
export interface SourcePrices {
    input: number;
    /** Reading a cached prefix. */
    cachedInput?: number;
    /** Writing a prefix to the cache, where the vendor bills it (Anthropic: 1.25× input for 5 minutes). */
    cacheWrite?: number;
    output: number;
    /**
     * Prices that apply instead when the prompt is longer than `aboveTokens` (litellm's
     * `*_above_200k_tokens` fields). The whole request is billed at these, not only the excess.
     */
    above?: {
        aboveTokens: number;
        input: number;
        cachedInput?: number;
        cacheWrite?: number;
        output: number;
    };
}
export interface VendorModel {
    /** The model id users write, as the vendor's own API accepts it. */
    name: string;
    /** The exact key of the entry in the source file, so a reviewer can find every number. */
    sourceKey: string;
    /** Other ids for the same entry (a dated snapshot, a `-latest` alias); each maps to `name`. */
    aliases?: readonly string[];
    mode: ModelMode;
    /** Who made the model, where one file holds several (open-models.ts): `meta`, `mistral`, `qwen`, `deepseek`. */
    vendor?: string;
    /**
     * Whose API the limits and prices are (litellm's provider), where it is not the vendor's own:
     * an open model's window and price are a host's, and differ between hosts.
     */
    host?: string;
    /** litellm's `max_input_tokens`: the context window for every model in these files. */
    maxInput: number;
    maxOutput?: number;
    /** Absent when the source gives no price for this entry. */
    prices?: SourcePrices;
    /** Prompts shorter than this are never cached (per model where the vendor documents it). */
    cacheMinTokens?: number;
    /** Open models: the Hugging Face repository whose tokenizer.json counts this model's tokens. */
    tokenizerRepo?: string;
    /** What a reader of this entry must know (a stale source value, a host's own limit). */
    note?: string;
}
/** Prompt caching, when it differs from OpenAI's shape in source-types.ts `PromptCaching`. */
export interface VendorPromptCaching {
    /** true: the vendor caches without a request flag (OpenAI, Gemini 2.5 implicit caching). */
    automatic: boolean;
    /** The vendor-wide minimum where one applies; per-model minimums are on VendorModel. */
    minTokens?: number;
    /** Cached prefixes grow in steps of this many tokens; absent when the vendor documents none. */
    incrementTokens?: number;
    /** Multipliers of the input price, where the vendor states them. */
    writeMultiplier?: number;
    readMultiplier?: number;
    sources: readonly string[];
}
/** One vendor's vendored data, ready for the catalog to build from. */
export interface VendorSnapshot {
    vendor: string;
    asOf: string;
    source: CatalogSource;
    promptCaching?: VendorPromptCaching;
    models: readonly VendorModel[];
}
/**
 * The generator's input: which copy of litellm's file data/litellm-prices.json was taken from
 * (data/litellm-prices.source.json, carried into litellm.generated.ts).
 */
export declare const LITELLM_COMMIT: string;
export declare function litellmSource(note: string): CatalogSource;
/** The data's date: the day the copy of litellm's file was taken. */
export declare const LITELLM_AS_OF: string;
/**
 * A model as the vendor files write it: the hand-written facts only (names, aliases, notes,
 * tokenizer repositories, caching minimums). Windows, output limits, prices and mode come from the
 * generated data of `sourceKey` (withNumbers), so `npm run catalog` never loses these.
 */
export type CuratedModel = Omit<VendorModel, 'mode' | 'maxInput' | 'maxOutput' | 'prices'> & {
    /** When the source's mode is not the one to use (the source has none for a few entries). */
    mode?: ModelMode;
};
/** The source's numbers for one entry; throws for a key the generated data lacks (a test runs every file). */
export declare function numbersOf(sourceKey: string): LitellmNumbers;
/** A vendor file's model, with its numbers from the generated data. */
export declare function withNumbers(curated: CuratedModel): VendorModel;
/** Every name an entry answers to: its own and its aliases. */
export declare function namesOf(model: VendorModel): string[];
