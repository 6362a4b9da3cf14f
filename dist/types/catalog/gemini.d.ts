/**
 * Google's Gemini models on the Gemini API (ai.google.dev): context windows, output limits and list
 * prices for text, as one dated, pinned snapshot: the numbers of litellm's
 * `model_prices_and_context_window.json` entry named by `sourceKey` (the copy in GEMINI_SOURCE,
 * through the generated litellm.generated.ts). The entries used are the
 * `gemini/…` keys (`litellm_provider: gemini`, the Gemini API), not the unprefixed Vertex AI ones,
 * whose cached-input prices have differed (gemini-2.5-pro on the Gemini API: 0.3125 in the data of
 * 2025-11, 0.125 in that of 2026-07). Model ids are the
 * same on both APIs. Conversions as in openai.ts; audio, image and video prices are left out.
 *
 * Tokenizer: Google's own SDK counts Gemini 2.0, 2.5 and 3 (preview) text offline with the Gemma 3
 * SentencePiece model (googleapis/python-genai `google/genai/_local_tokenizer_loader.py` at
 * 04095a79eea91ae9ef3b290d4e19d386147b7987 maps gemini-2.5-pro/-flash/-flash-lite, gemini-2.0-flash/
 * -flash-lite, gemini-3-pro-preview and gemini-3-flash-preview to `gemma3`, and gemini-3.1-* and
 * gemini-3.5-flash to `gemma4`). Hence `tokenizerRepo` below: with that tokenizer.json vendored, a
 * count is exact for text; without it, estimate.ts estimates.
 */
import { type VendorModel, type VendorPromptCaching } from './source-model.js';
export declare const GEMINI_SOURCE: import("./source-types.js").CatalogSource;
export declare const GEMINI_AS_OF: string;
/**
 * Implicit caching, as the Gemini API documents it (ai.google.dev/gemini-api/docs/caching):
 * "enabled by default for all Gemini 2.5 and newer models", no flag and no fee, with a minimum
 * prompt per model (cacheMinTokens below). The page has given two sets of minimums: 1,024 for 2.5
 * Flash and 4,096 for 2.5 Pro in one version, 2,048 for both in a later one (last updated
 * 2026-07-07); the later is used. No step size is documented. Gemini 2.0 has explicit caching only
 * (a cache the caller creates), so its models have no cacheMinTokens.
 */
export declare const GEMINI_PROMPT_CACHING: VendorPromptCaching;
export declare const GEMINI_MODELS: readonly VendorModel[];
