/**
 * Anthropic's Claude models: context windows, output limits and list prices, as one dated, pinned
 * snapshot: the numbers are those of litellm's `model_prices_and_context_window.json` entry named by
 * `sourceKey` (the copy in ANTHROPIC_SOURCE, through the generated litellm.generated.ts). Only entries whose `litellm_provider`
 * is `anthropic` (Anthropic's own API) are used, not the Bedrock or Vertex copies.
 *
 * Conversions as in openai.ts: `*_cost_per_token` × 10^6 → USD per million tokens;
 * `cache_read_input_token_cost` → cachedInput, `cache_creation_input_token_cost` → cacheWrite,
 * the `*_above_200k_tokens` fields → prices.above. Nothing is filled in from memory.
 *
 * Claude has no public tokenizer for Claude 3 and later: counts for these models are exact only
 * through POST /v1/messages/count_tokens (free, needs a key), else estimated (src/tokenize/estimate.ts).
 */
import { type VendorModel, type VendorPromptCaching } from './source-model.js';
export declare const ANTHROPIC_SOURCE: import("./source-types.js").CatalogSource;
export declare const ANTHROPIC_AS_OF: string;
/**
 * Prompt caching, as Anthropic documents it: opt-in per request (`cache_control`), never applied
 * without it; a minimum prefix per model (cacheMinTokens below), quoted from Anthropic's prompt
 * caching page in anthropics/anthropic-sdk-python#1194: 4,096 for Opus 4.6/4.5 and Haiku 4.5;
 * 1,024 for Sonnet 4.6/4.5, Opus 4.1/4, Sonnet 4 and 3.7; 2,048 for Haiku 3.5 and 3 (Opus 3:
 * 1,024, per gateway docs that copy Anthropic's table). The prefix is cached up to the breakpoint,
 * not in steps. The multipliers (write 1.25× input for the 5-minute cache, read 0.1×) agree with
 * every entry's prices below but one: the source prices claude-3-haiku-20240307's cache write at
 * 0.30 and read at 0.03, not 0.3125 and 0.025.
 */
export declare const ANTHROPIC_PROMPT_CACHING: VendorPromptCaching;
/** With their numbers from the generated data; a deprecation date the source gives is added to the note. */
export declare const ANTHROPIC_MODELS: readonly VendorModel[];
