/**
 * OpenAI models: context windows, output limits and list prices, as one dated, pinned snapshot.
 *
 * Why a vendored copy: prices and windows change, and a CI gate must give the same answer for the
 * same commit. So nothing is fetched at run time; updating this file is a reviewed change.
 *
 * Every number below was read from BerriAI/litellm `model_prices_and_context_window.json` at the
 * commit in OPENAI_SOURCE, entry by entry (the entry's key is the model name unless a comment
 * says otherwise). Conversions: `max_input_tokens` → maxInput, `max_output_tokens` → maxOutput,
 * `input_cost_per_token`, `cache_read_input_token_cost` and `output_cost_per_token` × 10^6 → USD
 * per million tokens. Nothing is filled in from memory: a field the source lacks is left out.
 *
 * Encodings are deliberately absent: src/tokenize/models.ts owns that knowledge, and the catalog
 * asks it (see catalog.ts).
 */
import type { CatalogSource, ModelMode, PromptCaching } from './catalog.js';

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

export const OPENAI_SOURCE: CatalogSource = {
  url: 'https://github.com/BerriAI/litellm/blob/19a1f629eb6fafde70968ef4815463eb08143aac/model_prices_and_context_window.json',
  repository: 'BerriAI/litellm',
  path: 'model_prices_and_context_window.json',
  commit: '19a1f629eb6fafde70968ef4815463eb08143aac',
  note:
    'max_input_tokens is what litellm records, and it is not one quantity across models: for gpt-4o and older it ' +
    "equals OpenAI's context window (output included), for gpt-5/-mini/-nano/-codex it is 272,000 where OpenAI " +
    'states a 400,000 window of which 128,000 is output, and for gpt-5-pro it is the 400,000 total.',
};

/**
 * The data's date, as an ISO 8601 interval: the store that served the file gives no commit date,
 * so it is bounded by what the file contains. It has the Bedrock Claude Haiku 4.5 entries that
 * BerriAI/litellm#15650 and #15653 added (opened 2025-10-17) and lacks gpt-5.1, which OpenAI
 * released on 2025-11-13. Replace it with the commit's date once someone can look it up.
 */
export const OPENAI_AS_OF = '2025-10-17/2025-11-13';

/**
 * Prompt caching, as OpenAI documents it: automatic (no request flag, no fee), for prompts of
 * 1,024 tokens or more, "enabled for all recent models, gpt-4o and newer"
 * (developers.openai.com/api/docs/guides/prompt-caching); cache hits come "in increments of 128
 * tokens" (openai-cookbook, examples/Prompt_Caching_201.ipynb, section 1.1). The cookbook notes
 * it describes models before GPT-5.6, which covers every model in this file.
 */
export const OPENAI_PROMPT_CACHING: PromptCaching = {
  automatic: true,
  minTokens: 1_024,
  incrementTokens: 128,
  sources: [
    'https://developers.openai.com/api/docs/guides/prompt-caching',
    'https://github.com/openai/openai-cookbook/blob/main/examples/Prompt_Caching_201.ipynb',
  ],
};

export const OPENAI_MODELS: readonly SourceModel[] = [
  // GPT-5 family. gpt-5.1 is in src/tokenize/models.ts but not in this version of the source.
  { name: 'gpt-5', contextWindow: 400_000, mode: 'chat', maxInput: 272_000, maxOutput: 128_000, input: 1.25, cachedInput: 0.125, output: 10 },
  { name: 'gpt-5-mini', contextWindow: 400_000, mode: 'chat', maxInput: 272_000, maxOutput: 128_000, input: 0.25, cachedInput: 0.025, output: 2 },
  { name: 'gpt-5-nano', contextWindow: 400_000, mode: 'chat', maxInput: 272_000, maxOutput: 128_000, input: 0.05, cachedInput: 0.005, output: 0.4 },
  { name: 'gpt-5-chat-latest', mode: 'chat', maxInput: 128_000, maxOutput: 16_384, input: 1.25, cachedInput: 0.125, output: 10 },
  { name: 'gpt-5-codex', contextWindow: 400_000, mode: 'responses', maxInput: 272_000, maxOutput: 128_000, input: 1.25, cachedInput: 0.125, output: 10 },
  // No cached-input price in the source for the pro models.
  { name: 'gpt-5-pro', mode: 'responses', maxInput: 400_000, maxOutput: 272_000, input: 15, output: 120 },

  // GPT-4.5: litellm dates the shutdown of its snapshot gpt-4.5-preview-2025-02-27 to 2025-07-14.
  { name: 'gpt-4.5-preview', mode: 'chat', maxInput: 128_000, maxOutput: 16_384, input: 75, cachedInput: 37.5, output: 150 },

  // GPT-4.1 and GPT-4o.
  { name: 'gpt-4.1', mode: 'chat', maxInput: 1_047_576, maxOutput: 32_768, input: 2, cachedInput: 0.5, output: 8 },
  { name: 'gpt-4.1-mini', mode: 'chat', maxInput: 1_047_576, maxOutput: 32_768, input: 0.4, cachedInput: 0.1, output: 1.6 },
  { name: 'gpt-4.1-nano', mode: 'chat', maxInput: 1_047_576, maxOutput: 32_768, input: 0.1, cachedInput: 0.025, output: 0.4 },
  { name: 'gpt-4o', mode: 'chat', maxInput: 128_000, maxOutput: 16_384, input: 2.5, cachedInput: 1.25, output: 10 },
  { name: 'gpt-4o-mini', mode: 'chat', maxInput: 128_000, maxOutput: 16_384, input: 0.15, cachedInput: 0.075, output: 0.6 },
  { name: 'chatgpt-4o-latest', mode: 'chat', maxInput: 128_000, maxOutput: 4_096, input: 5, output: 15 },

  // o-series. o1-mini: the undated entry says 1.1/0.55/4.4, its snapshot o1-mini-2024-09-12 says 3/1.5/12
  // (and a 2025-10-27 deprecation date); the undated entry is the one kept here.
  { name: 'o1', mode: 'chat', maxInput: 200_000, maxOutput: 100_000, input: 15, cachedInput: 7.5, output: 60 },
  { name: 'o1-mini', mode: 'chat', maxInput: 128_000, maxOutput: 65_536, input: 1.1, cachedInput: 0.55, output: 4.4 },
  { name: 'o1-pro', mode: 'responses', maxInput: 200_000, maxOutput: 100_000, input: 150, output: 600 },
  { name: 'o3', mode: 'chat', maxInput: 200_000, maxOutput: 100_000, input: 2, cachedInput: 0.5, output: 8 },
  { name: 'o3-mini', mode: 'chat', maxInput: 200_000, maxOutput: 100_000, input: 1.1, cachedInput: 0.55, output: 4.4 },
  { name: 'o3-pro', mode: 'responses', maxInput: 200_000, maxOutput: 100_000, input: 20, output: 80 },
  { name: 'o4-mini', mode: 'chat', maxInput: 200_000, maxOutput: 100_000, input: 1.1, cachedInput: 0.275, output: 4.4 },

  // GPT-4 and GPT-3.5 (cl100k_base). OpenAI's own gpt-4 page gives 8,192 max output tokens; the source says 4,096.
  { name: 'gpt-4', mode: 'chat', maxInput: 8_192, maxOutput: 4_096, input: 30, output: 60 },
  { name: 'gpt-4-turbo', mode: 'chat', maxInput: 128_000, maxOutput: 4_096, input: 10, output: 30 },
  { name: 'gpt-4-32k', mode: 'chat', maxInput: 32_768, maxOutput: 4_096, input: 60, output: 120 },
  { name: 'gpt-3.5-turbo', mode: 'chat', maxInput: 16_385, maxOutput: 4_096, input: 0.5, output: 1.5 },
  { name: 'gpt-3.5-turbo-16k', mode: 'chat', maxInput: 16_385, maxOutput: 4_096, input: 3, output: 4 },
  { name: 'gpt-3.5-turbo-instruct', mode: 'completion', maxInput: 8_192, maxOutput: 4_096, input: 1.5, output: 2 },
  { name: 'davinci-002', mode: 'completion', maxInput: 16_384, maxOutput: 4_096, input: 2, output: 2 },
  { name: 'babbage-002', mode: 'completion', maxInput: 16_384, maxOutput: 4_096, input: 0.4, output: 0.4 },

  // Embeddings: no output tokens; the source's output price is 0.0 and it gives no max_output_tokens.
  { name: 'text-embedding-3-small', mode: 'embedding', maxInput: 8_191, input: 0.02, output: 0 },
  { name: 'text-embedding-3-large', mode: 'embedding', maxInput: 8_191, input: 0.13, output: 0 },
  { name: 'text-embedding-ada-002', mode: 'embedding', maxInput: 8_191, input: 0.1, output: 0 },
];
