/**
 * The model catalog: what a model's context window, output limit, prices and tokenizer are, from
 * a vendored snapshot (openai.ts) plus what the user writes under `models:` in budgets.yml.
 *
 * Lookups are by exact name. A dated snapshot or a fine-tune ("gpt-4o-2024-05-13",
 * "ft:gpt-4o-mini:acme::x") does not inherit its family's prices or limits, because they differ
 * (gpt-4o-2024-05-13 is priced above gpt-4o; fine-tunes are priced apart): it gets only the
 * encoding src/tokenize/models.ts knows, and the user adds the rest.
 *
 * Pure: no I/O, no clock. Merging never throws: budgets.yml's loader validates `models:` and
 * points at the line of what is wrong.
 */
import { type EncodingName } from '../tokenize/tiktoken/encoding-names.js';
import type { CatalogSource, ModelMode, PromptCaching } from './source-types.js';
export interface ModelPrices {
    currency: 'USD';
    inputPerMillion: number;
    /** Absent when the vendor lists no cached-input price for the model. */
    cachedInputPerMillion?: number;
    outputPerMillion: number;
}
export interface ModelSpec {
    name: string;
    vendor: string;
    /** Absent only while merging an override that names none (mergeCatalog reports it). */
    encoding?: EncodingName;
    /** The context window: input and output together must fit in it. */
    contextWindow?: number;
    /** A cap on input below the window, where the vendor sets one (GPT-5: 272,000 of 400,000). */
    maxInput?: number;
    maxOutput?: number;
    prices?: ModelPrices;
    mode?: ModelMode;
    /**
     * Where the facts come from: the vendored catalog, only the tokenizer's model map (an encoding
     * and nothing else), budgets.yml, or the catalog with fields overridden in budgets.yml.
     */
    origin: 'catalog' | 'tokenizer' | 'user' | 'catalog+user';
    /** The fields budgets.yml set, so a report can say a price is the user's, not the list price. */
    userFields?: readonly OverrideField[];
    /** The repository's litellm-format file (budgets.yml `catalog:`) the user's prices come from; absent: budgets.yml. */
    pricesFrom?: string;
}
export interface Catalog {
    vendor: string;
    /** The date (or ISO 8601 interval) of the data, not of the build. */
    asOf: string;
    source: CatalogSource;
    promptCaching?: PromptCaching;
    /** A Map, not an object: a model named "constructor" must not find Object.prototype's. */
    models: ReadonlyMap<string, ModelSpec>;
}
/** A model under `models:` in budgets.yml; every field but the name is optional. */
export interface ModelOverride {
    name: string;
    encoding?: string;
    /** A tokenizer.json path: the model is counted by it, so it needs no encoding. */
    tokenizer?: string;
    contextWindow?: number;
    maxOutput?: number;
    /** USD per million tokens. */
    prices?: {
        input?: number;
        cachedInput?: number;
        output?: number;
    };
    /** The litellm-format file (budgets.yml `catalog:`) these prices come from; absent when budgets.yml wrote them. */
    pricesFrom?: string;
}
export type OverrideField = 'encoding' | 'contextWindow' | 'maxOutput' | 'prices.input' | 'prices.cachedInput' | 'prices.output';
export declare const OPENAI_CATALOG: Catalog;
/**
 * Every vendor's models. All come from the same copy of litellm's file as OpenAI's (the generated
 * litellm.generated.ts), so one date and one source describe them; `vendor` on each spec says
 * whose model it is.
 */
export declare const CATALOG: Catalog;
/**
 * The facts for one model: the catalog's entry with the user's overrides for that name applied
 * field by field; for a name only the tokenizer knows, its encoding alone; undefined when nothing
 * is known (or an override of an unknown model names no encoding: mergeCatalog leaves it out).
 */
export declare function findModelSpec(name: string, overrides?: readonly ModelOverride[], base?: Catalog): ModelSpec | undefined;
/**
 * The catalog with the user's models added or overridden. budgets.yml's loader has said what is
 * wrong with an override; here an invalid value is ignored, a model with no encoding the catalog
 * knows is left out (nothing could count its tokens), and half a price list is no prices.
 */
export declare function mergeCatalog(base: Catalog, userModels: readonly ModelOverride[]): Catalog;
/**
 * The vendor's prompt caching, when it applies to this model: OpenAI caches for gpt-4o and newer,
 * which in the catalog are exactly the models with a cached-input price.
 */
export declare function promptCachingFor(spec: ModelSpec, catalog?: Catalog): PromptCaching | undefined;
/** How many leading tokens of a prompt can be served from the cache: 0 below the minimum, else whole steps. */
export declare function cacheableTokens(promptTokens: number, caching: PromptCaching): number;
/**
 * The facts a request's evaluation needs, shaped like src/budget/report.ts `ModelFacts` (without
 * importing it, so the catalog stays below the budget layer). A user's price is dated by its file
 * (budgets.yml, or the litellm-format file its `catalog:` names).
 */
export declare function toModelFacts(spec: ModelSpec, catalog?: Catalog): {
    asOf: string;
    promptCaching?: {
        minTokens: number;
    } | undefined;
    prices?: ModelPrices | undefined;
    maxOutput?: number | undefined;
    maxInput?: number | undefined;
    contextWindow?: number | undefined;
};
/**
 * The vendor of a model the catalog lists that neither an OpenAI encoding nor a counting API
 * counts (an open model): without a tokenizer file, its tokens can only be estimated.
 */
export declare function catalogVendorOf(name: string, catalog?: Catalog): string | undefined;
