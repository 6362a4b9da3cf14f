/**
 * OpenAI models: context windows, output limits and list prices, as one dated, pinned snapshot.
 *
 * Why a vendored copy: prices and windows change, and a CI gate must give the same answer for the
 * same commit. So nothing is fetched at run time; updating this file is a reviewed change.
 *
 * Every number comes from litellm's `model_prices_and_context_window.json` (the copy in
 * OPENAI_SOURCE), through the generated src/catalog/litellm.generated.ts (`npm run catalog`); this
 * file names the models and what the source does not say. Conversions: `max_input_tokens` → maxInput, `max_output_tokens` → maxOutput,
 * `input_cost_per_token`, `cache_read_input_token_cost` and `output_cost_per_token` × 10^6 → USD
 * per million tokens. Nothing is filled in from memory: a field the source lacks is left out.
 *
 * Encodings are deliberately absent: src/tokenize/models.ts owns that knowledge, and the catalog
 * asks it (see catalog.ts).
 */
import type { CatalogSource, ModelMode, PromptCaching } from './source-types.js';
/** One model as the source states it; prices in USD per million tokens. */
export interface SourceModel {
    name: string;
    /** litellm's `mode`: `responses` models are served by the Responses API only. */
    mode: ModelMode;
    /** litellm's `max_input_tokens` (see OPENAI_SOURCE.note on what it means for GPT-5). */
    maxInput: number;
    /**
     * The whole context window, input and output together, where it is not maxInput: for the GPT-5
     * models whose input is capped below the window (OpenAI: a 400,000 window of which 128,000 is
     * output, so 272,000 input).
     */
    contextWindow?: number;
    maxOutput?: number;
    input: number;
    cachedInput?: number;
    output: number;
}
export declare const OPENAI_SOURCE: CatalogSource;
/** The data's date: the day the copy of litellm's file was taken (see source-model.ts). */
export declare const OPENAI_AS_OF: string;
/**
 * Prompt caching, as OpenAI documents it: automatic (no request flag, no fee), for prompts of
 * 1,024 tokens or more, "enabled for all recent models, gpt-4o and newer"
 * (developers.openai.com/api/docs/guides/prompt-caching); cache hits come "in increments of 128
 * tokens" (openai-cookbook, examples/Prompt_Caching_201.ipynb, section 1.1). The cookbook notes
 * it describes models before GPT-5.6, which covers every model in this file.
 */
export declare const OPENAI_PROMPT_CACHING: PromptCaching;
export declare const OPENAI_MODELS: readonly SourceModel[];
