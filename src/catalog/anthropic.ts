/**
 * Anthropic's Claude models: context windows, output limits and list prices, as one dated, pinned
 * snapshot, read entry by entry from BerriAI/litellm `model_prices_and_context_window.json` (the
 * commit in ANTHROPIC_SOURCE); `sourceKey` names the entry. Only entries whose `litellm_provider`
 * is `anthropic` (Anthropic's own API) are used, not the Bedrock or Vertex copies.
 *
 * Conversions as in openai.ts: `*_cost_per_token` × 10^6 → USD per million tokens;
 * `cache_read_input_token_cost` → cachedInput, `cache_creation_input_token_cost` → cacheWrite,
 * the `*_above_200k_tokens` fields → prices.above. Nothing is filled in from memory.
 *
 * Claude has no public tokenizer for Claude 3 and later: counts for these models are exact only
 * through POST /v1/messages/count_tokens (free, needs a key), else estimated (src/tokenize/estimate.ts).
 */
import { LITELLM_AS_OF, litellmSource, type VendorModel, type VendorPromptCaching } from './source-model.js';

export const ANTHROPIC_SOURCE = litellmSource(
  'max_input_tokens is the context window. claude-sonnet-4-20250514 is listed with 1,000,000 (the long-context beta), ' +
    'claude-sonnet-4-5 with 200,000 although both have prices above 200k tokens.',
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

/** Sonnet's long-context tier, as the source gives it for claude-sonnet-4-5 and claude-sonnet-4-20250514. */
const SONNET_ABOVE_200K = { aboveTokens: 200_000, input: 6, cachedInput: 0.6, cacheWrite: 7.5, output: 22.5 };

export const ANTHROPIC_MODELS: readonly VendorModel[] = [
  // Claude 4.5. The dated entries (claude-sonnet-4-5-20250929, claude-haiku-4-5-20251001) repeat these numbers.
  {
    name: 'claude-sonnet-4-5', sourceKey: 'claude-sonnet-4-5', aliases: ['claude-sonnet-4-5-20250929'],
    mode: 'chat', maxInput: 200_000, maxOutput: 64_000, cacheMinTokens: 1_024,
    prices: { input: 3, cachedInput: 0.3, cacheWrite: 3.75, output: 15, above: SONNET_ABOVE_200K },
  },
  {
    name: 'claude-haiku-4-5', sourceKey: 'claude-haiku-4-5', aliases: ['claude-haiku-4-5-20251001'],
    mode: 'chat', maxInput: 200_000, maxOutput: 64_000, cacheMinTokens: 4_096,
    prices: { input: 1, cachedInput: 0.1, cacheWrite: 1.25, output: 5 },
  },

  // Claude 4. claude-opus-4-1-20250805 repeats claude-opus-4-1 (and dates its deprecation 2026-08-05).
  // claude-opus-4-0 / claude-sonnet-4-0 are the API's aliases of the 20250514 snapshots (as third-party
  // clients call them); the source has no entry under those names, and its claude-4-opus-20250514 /
  // claude-4-sonnet-20250514 entries repeat the numbers below.
  {
    name: 'claude-opus-4-1', sourceKey: 'claude-opus-4-1', aliases: ['claude-opus-4-1-20250805'],
    mode: 'chat', maxInput: 200_000, maxOutput: 32_000, cacheMinTokens: 1_024,
    prices: { input: 15, cachedInput: 1.5, cacheWrite: 18.75, output: 75 },
  },
  {
    name: 'claude-opus-4-20250514', sourceKey: 'claude-opus-4-20250514', aliases: ['claude-opus-4-0'],
    mode: 'chat', maxInput: 200_000, maxOutput: 32_000, cacheMinTokens: 1_024,
    prices: { input: 15, cachedInput: 1.5, cacheWrite: 18.75, output: 75 },
    note: 'litellm dates its deprecation 2026-05-14.',
  },
  {
    name: 'claude-sonnet-4-20250514', sourceKey: 'claude-sonnet-4-20250514', aliases: ['claude-sonnet-4-0'],
    mode: 'chat', maxInput: 1_000_000, maxOutput: 64_000, cacheMinTokens: 1_024,
    prices: { input: 3, cachedInput: 0.3, cacheWrite: 3.75, output: 15, above: SONNET_ABOVE_200K },
    note:
      'The 1,000,000 window is what the source records; it is the long-context beta, which clients enable with a ' +
      'request header (anthropic-beta: context-1m-2025-08-07). litellm dates its deprecation 2026-05-14.',
  },

  // Claude 3.x. claude-3-7-sonnet-latest repeats the 3.7 numbers. claude-3-5-haiku-latest does NOT repeat
  // claude-3-5-haiku-20241022: it says 1 / 0.1 / 1.25 / 5, the dated entry 0.8 / 0.08 / 1 / 4; both are kept.
  {
    name: 'claude-3-7-sonnet-20250219', sourceKey: 'claude-3-7-sonnet-20250219', aliases: ['claude-3-7-sonnet-latest'],
    mode: 'chat', maxInput: 200_000, maxOutput: 128_000, cacheMinTokens: 1_024,
    prices: { input: 3, cachedInput: 0.3, cacheWrite: 3.75, output: 15 },
    note: 'litellm dates its deprecation 2026-02-19.',
  },
  {
    name: 'claude-3-5-haiku-20241022', sourceKey: 'claude-3-5-haiku-20241022',
    mode: 'chat', maxInput: 200_000, maxOutput: 8_192, cacheMinTokens: 2_048,
    prices: { input: 0.8, cachedInput: 0.08, cacheWrite: 1, output: 4 },
    note: 'litellm dates its deprecation 2025-10-01.',
  },
  {
    name: 'claude-3-5-haiku-latest', sourceKey: 'claude-3-5-haiku-latest',
    mode: 'chat', maxInput: 200_000, maxOutput: 8_192, cacheMinTokens: 2_048,
    prices: { input: 1, cachedInput: 0.1, cacheWrite: 1.25, output: 5 },
    note: 'Priced above its dated snapshot in the source; litellm dates its deprecation 2025-10-01.',
  },
  {
    name: 'claude-3-haiku-20240307', sourceKey: 'claude-3-haiku-20240307',
    mode: 'chat', maxInput: 200_000, maxOutput: 4_096, cacheMinTokens: 2_048,
    prices: { input: 0.25, cachedInput: 0.03, cacheWrite: 0.3, output: 1.25 },
    note: 'The source prices the cache write at 0.30 and the cache read at 0.03, not 1.25x and 0.1x of input.',
  },
  {
    name: 'claude-3-opus-20240229', sourceKey: 'claude-3-opus-20240229',
    mode: 'chat', maxInput: 200_000, maxOutput: 4_096, cacheMinTokens: 1_024,
    prices: { input: 15, cachedInput: 1.5, cacheWrite: 18.75, output: 75 },
    note: 'litellm dates its deprecation 2026-05-01.',
  },
];
