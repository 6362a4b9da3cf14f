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
import { LITELLM_AS_OF, litellmSource, numbersOf } from './source-model.js';

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

export const OPENAI_SOURCE: CatalogSource = litellmSource(
  'max_input_tokens is what litellm records, and it is not one quantity across models: for gpt-4o and older it ' +
    "equals OpenAI's context window (output included), for gpt-5/-mini/-nano/-codex it is 272,000 where OpenAI " +
    'states a 400,000 window of which 128,000 is output, and for gpt-5-pro it is the 400,000 total. For the GPT-5.x ' +
    'models the window is max_input_tokens as litellm gives it (272,000 for 5.1-5.3, 1,050,000 from 5.4): where OpenAI ' +
    'states a larger total, a request is judged against the smaller number, which can only be stricter.',
);

/** The data's date: the day the copy of litellm's file was taken (see source-model.ts). */
export const OPENAI_AS_OF = LITELLM_AS_OF;

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

/** A model as this file writes it: its name, and where the source's entry differs in key or window. */
interface CuratedOpenAIModel {
  name: string;
  /** The source's key, when it is not the name. */
  sourceKey?: string;
  /** The window, input and output together, where OpenAI states one above the source's max_input_tokens. */
  contextWindow?: number;
}

/** GPT-5, -mini, -nano and -codex: OpenAI's pages give a 400,000 window, of which 272,000 input (the source's number). */
const GPT5_WINDOW = 400_000;

const CURATED: readonly CuratedOpenAIModel[] = [
  // GPT-5.x. The dated snapshots (gpt-5.1-2025-11-13, gpt-5.4-2026-03-05, ...) repeat these numbers in the
  // source; they are left to src/tokenize/models.ts (encoding only) and budgets.yml, as every dated id is.
  { name: 'gpt-5.6' },
  { name: 'gpt-5.6-sol' },
  { name: 'gpt-5.6-terra' },
  { name: 'gpt-5.6-luna' },
  { name: 'gpt-5.5' },
  { name: 'gpt-5.5-pro' },
  { name: 'gpt-5.4' },
  { name: 'gpt-5.4-mini' },
  { name: 'gpt-5.4-nano' },
  { name: 'gpt-5.4-pro' },
  { name: 'gpt-5.3-chat-latest' },
  { name: 'gpt-5.3-codex' },
  { name: 'gpt-5.2' },
  { name: 'gpt-5.2-pro' },
  { name: 'gpt-5.2-chat-latest' },
  { name: 'gpt-5.2-codex' },
  { name: 'gpt-5.1' },
  { name: 'gpt-5.1-chat-latest' },
  { name: 'gpt-5.1-codex' },
  { name: 'gpt-5.1-codex-max' },
  { name: 'gpt-5.1-codex-mini' },

  // GPT-5.
  { name: 'gpt-5', contextWindow: GPT5_WINDOW },
  { name: 'gpt-5-mini', contextWindow: GPT5_WINDOW },
  { name: 'gpt-5-nano', contextWindow: GPT5_WINDOW },
  { name: 'gpt-5-chat-latest' },
  { name: 'gpt-5-codex', contextWindow: GPT5_WINDOW },
  // No cached-input price in the source for most pro models.
  { name: 'gpt-5-pro' },

  // GPT-4.1 and GPT-4o. (gpt-4.5-preview, o1-mini and gpt-4-32k are no longer in the source: retired.)
  { name: 'gpt-4.1' },
  { name: 'gpt-4.1-mini' },
  { name: 'gpt-4.1-nano' },
  { name: 'gpt-4o' },
  { name: 'gpt-4o-mini' },
  { name: 'chatgpt-4o-latest' },

  // o-series.
  { name: 'o1' },
  { name: 'o1-pro' },
  { name: 'o3' },
  { name: 'o3-mini' },
  { name: 'o3-pro' },
  { name: 'o4-mini' },

  // GPT-4 and GPT-3.5 (cl100k_base). OpenAI's own gpt-4 page gives 8,192 max output tokens; the source says 4,096.
  { name: 'gpt-4' },
  { name: 'gpt-4-turbo' },
  { name: 'gpt-3.5-turbo' },
  { name: 'gpt-3.5-turbo-16k' },
  { name: 'gpt-3.5-turbo-instruct' },
  { name: 'davinci-002' },
  { name: 'babbage-002' },

  // Embeddings: no output tokens; the source's output price is 0.0 and it gives no max_output_tokens.
  { name: 'text-embedding-3-small' },
  { name: 'text-embedding-3-large' },
  { name: 'text-embedding-ada-002' },
];

function toSourceModel(m: CuratedOpenAIModel): SourceModel {
  const n = numbersOf(m.sourceKey ?? m.name);
  if (n.maxInput === undefined || n.input === undefined || n.output === undefined || n.mode === undefined) {
    throw new Error(`src/catalog/openai.ts: ${m.name} lacks a window, a price or a mode in the source`);
  }
  return {
    name: m.name,
    mode: n.mode,
    maxInput: n.maxInput,
    ...(m.contextWindow !== undefined && { contextWindow: m.contextWindow }),
    ...(n.maxOutput !== undefined && { maxOutput: n.maxOutput }),
    input: n.input,
    ...(n.cachedInput !== undefined && { cachedInput: n.cachedInput }),
    output: n.output,
  };
}

export const OPENAI_MODELS: readonly SourceModel[] = CURATED.map(toSourceModel);
