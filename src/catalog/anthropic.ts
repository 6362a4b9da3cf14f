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
import { LITELLM_AS_OF, litellmSource, numbersOf, withNumbers, type CuratedModel, type VendorModel, type VendorPromptCaching } from './source-model.js';

export const ANTHROPIC_SOURCE = litellmSource(
  'max_input_tokens is the context window. claude-sonnet-4-20250514 is listed with 1,000,000 (the long-context beta), ' +
    'claude-sonnet-4-5 with 200,000.',
);

export const ANTHROPIC_AS_OF = LITELLM_AS_OF;

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
export const ANTHROPIC_PROMPT_CACHING: VendorPromptCaching = {
  automatic: false,
  writeMultiplier: 1.25,
  readMultiplier: 0.1,
  sources: [
    'https://platform.claude.com/docs/en/build-with-claude/prompt-caching',
    'https://github.com/anthropics/anthropic-sdk-python/issues/1194',
    'https://docs.truefoundry.com/gateway/chat-completions-prompt-caching',
  ],
};

const CURATED: readonly CuratedModel[] = [
  // Claude 5 and 4.6-4.8. The source gives these a 1,000,000 window (Opus 4.5: 200,000). Anthropic's caching page
  // as quoted above gives no minimum for Opus 4.7/4.8/5 or Sonnet 5, so none is set for them.
  { name: 'claude-opus-5', sourceKey: 'claude-opus-5' },
  { name: 'claude-sonnet-5', sourceKey: 'claude-sonnet-5' },
  { name: 'claude-opus-4-8', sourceKey: 'claude-opus-4-8' },
  { name: 'claude-opus-4-7', sourceKey: 'claude-opus-4-7', aliases: ['claude-opus-4-7-20260416'] },
  { name: 'claude-opus-4-6', sourceKey: 'claude-opus-4-6', aliases: ['claude-opus-4-6-20260205'], cacheMinTokens: 4_096 },
  { name: 'claude-sonnet-4-6', sourceKey: 'claude-sonnet-4-6', cacheMinTokens: 1_024 },
  { name: 'claude-opus-4-5', sourceKey: 'claude-opus-4-5', aliases: ['claude-opus-4-5-20251101'], cacheMinTokens: 4_096 },

  // Claude 4.5. The dated entries (claude-sonnet-4-5-20250929, claude-haiku-4-5-20251001) repeat these numbers.
  { name: 'claude-sonnet-4-5', sourceKey: 'claude-sonnet-4-5', aliases: ['claude-sonnet-4-5-20250929'], cacheMinTokens: 1_024 },
  { name: 'claude-haiku-4-5', sourceKey: 'claude-haiku-4-5', aliases: ['claude-haiku-4-5-20251001'], cacheMinTokens: 4_096 },

  // Claude 4. claude-opus-4-1-20250805 repeats claude-opus-4-1. claude-opus-4-0 / claude-sonnet-4-0 are the API's
  // aliases of the 20250514 snapshots (as third-party clients call them); the source has no entry under those names.
  { name: 'claude-opus-4-1', sourceKey: 'claude-opus-4-1', aliases: ['claude-opus-4-1-20250805'], cacheMinTokens: 1_024 },
  { name: 'claude-opus-4-20250514', sourceKey: 'claude-opus-4-20250514', aliases: ['claude-opus-4-0'], cacheMinTokens: 1_024 },
  {
    name: 'claude-sonnet-4-20250514', sourceKey: 'claude-sonnet-4-20250514', aliases: ['claude-sonnet-4-0'], cacheMinTokens: 1_024,
    note:
      'The 1,000,000 window is what the source records; it is the long-context beta, which clients enable with a ' +
      'request header (anthropic-beta: context-1m-2025-08-07).',
  },

  // Claude 3.x. The source no longer lists claude-3-7-sonnet-latest, claude-3-5-haiku-20241022 or
  // claude-3-5-haiku-latest (retired); it now gives claude-3-7-sonnet-20250219 64,000 output tokens (128,000 before,
  // which Anthropic allows only with the output-128k beta header).
  { name: 'claude-3-7-sonnet-20250219', sourceKey: 'claude-3-7-sonnet-20250219', cacheMinTokens: 1_024 },
  {
    name: 'claude-3-haiku-20240307', sourceKey: 'claude-3-haiku-20240307', cacheMinTokens: 2_048,
    note: 'The source prices the cache write at 0.30 and the cache read at 0.03, not 1.25x and 0.1x of input.',
  },
  { name: 'claude-3-opus-20240229', sourceKey: 'claude-3-opus-20240229', cacheMinTokens: 1_024 },
];

/** With their numbers from the generated data; a deprecation date the source gives is added to the note. */
export const ANTHROPIC_MODELS: readonly VendorModel[] = CURATED.map(withDeprecation);

function withDeprecation(curated: CuratedModel): VendorModel {
  const date = numbersOf(curated.sourceKey).deprecationDate;
  const said = date === undefined ? undefined : `litellm dates its deprecation ${date}.`;
  return withNumbers({ ...curated, ...(said && { note: curated.note ? `${curated.note} ${said}` : said }) });
}
