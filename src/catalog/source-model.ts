/**
 * The shape of one vendored model entry for vendors other than OpenAI (anthropic.ts, gemini.ts,
 * open-models.ts). It widens openai.ts `SourceModel` with what those vendors need: the source key
 * each number was read from (the entry name differs from the name users write), prices that may be
 * absent (a host lists a window but no price), long-context price tiers, a per-model caching
 * minimum, aliases, and for open models the tokenizer.json a user can vendor.
 *
 * Kept apart from catalog.ts so the data files can land before the catalog learns to read them; the
 * changes catalog.ts needs are listed in the report of issue #7.
 */
import type { CatalogSource, ModelMode } from './catalog.js';

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
  above?: { aboveTokens: number; input: number; cachedInput?: number; cacheWrite?: number; output: number };
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

/** Prompt caching, when it differs from OpenAI's shape in catalog.ts `PromptCaching`. */
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

/** BerriAI/litellm's price and window table at the commit every vendor file here was read from. */
export const LITELLM_COMMIT = '19a1f629eb6fafde70968ef4815463eb08143aac';

export function litellmSource(note: string): CatalogSource {
  return {
    url: `https://github.com/BerriAI/litellm/blob/${LITELLM_COMMIT}/model_prices_and_context_window.json`,
    repository: 'BerriAI/litellm',
    path: 'model_prices_and_context_window.json',
    commit: LITELLM_COMMIT,
    note,
  };
}

/**
 * The data's date: the same file at the same commit as openai.ts, so the same bounds as
 * OPENAI_AS_OF (see the reasoning there). Consistent with it, the file's Claude entries stop at
 * claude-haiku-4-5 and claude-sonnet-4-5 (no claude-opus-4-5).
 */
export const LITELLM_AS_OF = '2025-10-17/2025-11-13';

/** Every name an entry answers to: its own and its aliases. */
export function namesOf(model: VendorModel): string[] {
  return [model.name, ...(model.aliases ?? [])];
}
