/**
 * Open-weight models: Llama, Mistral, Qwen3 and DeepSeek. Windows, output limits and prices read
 * entry by entry from BerriAI/litellm `model_prices_and_context_window.json` (the commit in
 * OPEN_MODELS_SOURCE); `sourceKey` names the entry. Conversions as in openai.ts.
 *
 * Open models are served by many hosts at different prices and limits, so each entry names its
 * `host`: the vendor's own API where it has one (DeepSeek, Mistral), else one host for a whole
 * family: Amazon Bedrock for Llama (its entries have windows, output caps and prices; Meta's own
 * API entries, `meta_llama/…`, have no prices), DeepInfra for Qwen3 (Alibaba's API sells Qwen under
 * other names, and its `dashscope/qwen3-30b-a3b` entry has no price). A user on another host
 * overrides the numbers in budgets.yml.
 *
 * Token counts are exact from the model's tokenizer.json, which users vendor and name with
 * `tokenizer: path/to/tokenizer.json`; `tokenizerRepo` says which Hugging Face repository's file
 * matches, where one public repository is certain. The ids are the names users write: the vendor
 * API's model ids for DeepSeek and Mistral, lower-case family names for Llama and Qwen3 (the hosts'
 * ids are aliases where they are plain ids).
 */
import { LITELLM_AS_OF, litellmSource, type VendorModel } from './source-model.js';

export const OPEN_MODELS_SOURCE = litellmSource(
  'max_input_tokens is the context window as the named host serves it. DeepInfra lists max_output_tokens equal ' +
    'to the window for every model (the whole window may be spent on output).',
);

export const OPEN_MODELS_AS_OF = LITELLM_AS_OF;

const bedrock = { vendor: 'meta', host: 'bedrock', mode: 'chat' } as const;
const deepinfra = { vendor: 'qwen', host: 'deepinfra', mode: 'chat' } as const;
const mistral = { vendor: 'mistral', host: 'mistral', mode: 'chat' } as const;
const deepseek = { vendor: 'deepseek', host: 'deepseek', mode: 'chat' } as const;

export const OPEN_MODELS: readonly VendorModel[] = [
  // Llama on Amazon Bedrock. Bedrock caps output well below the window. Meta's own API entries give
  // windows of 1,000,000 (Maverick) and 10,000,000 (Scout) with no prices; Bedrock serves 128,000.
  {
    ...bedrock, name: 'llama-3.1-8b', sourceKey: 'meta.llama3-1-8b-instruct-v1:0', aliases: ['meta.llama3-1-8b-instruct-v1:0'],
    maxInput: 128_000, maxOutput: 2_048, prices: { input: 0.22, output: 0.22 }, tokenizerRepo: 'meta-llama/Llama-3.1-8B-Instruct',
  },
  {
    ...bedrock, name: 'llama-3.1-70b', sourceKey: 'meta.llama3-1-70b-instruct-v1:0', aliases: ['meta.llama3-1-70b-instruct-v1:0'],
    maxInput: 128_000, maxOutput: 2_048, prices: { input: 0.99, output: 0.99 }, tokenizerRepo: 'meta-llama/Llama-3.1-70B-Instruct',
  },
  {
    ...bedrock, name: 'llama-3.1-405b', sourceKey: 'meta.llama3-1-405b-instruct-v1:0', aliases: ['meta.llama3-1-405b-instruct-v1:0'],
    maxInput: 128_000, maxOutput: 4_096, prices: { input: 5.32, output: 16 }, tokenizerRepo: 'meta-llama/Llama-3.1-405B-Instruct',
  },
  {
    ...bedrock, name: 'llama-3.3-70b', sourceKey: 'meta.llama3-3-70b-instruct-v1:0', aliases: ['meta.llama3-3-70b-instruct-v1:0'],
    maxInput: 128_000, maxOutput: 4_096, prices: { input: 0.72, output: 0.72 }, tokenizerRepo: 'meta-llama/Llama-3.3-70B-Instruct',
  },
  {
    ...bedrock, name: 'llama-4-scout', sourceKey: 'meta.llama4-scout-17b-instruct-v1:0', aliases: ['meta.llama4-scout-17b-instruct-v1:0'],
    maxInput: 128_000, maxOutput: 4_096, prices: { input: 0.17, output: 0.66 }, tokenizerRepo: 'meta-llama/Llama-4-Scout-17B-16E-Instruct',
  },
  {
    ...bedrock, name: 'llama-4-maverick', sourceKey: 'meta.llama4-maverick-17b-instruct-v1:0', aliases: ['meta.llama4-maverick-17b-instruct-v1:0'],
    maxInput: 128_000, maxOutput: 4_096, prices: { input: 0.24, output: 0.97 }, tokenizerRepo: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct',
  },

  // Mistral's own API (`mistral/…` keys). Each alias's entry repeats its model's numbers. Medium 3 and the
  // current Codestral have no public weights, and which weights the -latest ids serve is not in the source,
  // so those entries name no tokenizer.
  { ...mistral, name: 'mistral-large-latest', sourceKey: 'mistral/mistral-large-latest', aliases: ['mistral-large-2411'],
    maxInput: 128_000, maxOutput: 128_000, prices: { input: 2, output: 6 }, tokenizerRepo: 'mistralai/Mistral-Large-Instruct-2411' },
  { ...mistral, name: 'mistral-medium-latest', sourceKey: 'mistral/mistral-medium-latest', aliases: ['mistral-medium-2505'],
    maxInput: 131_072, maxOutput: 8_191, prices: { input: 0.4, output: 2 } },
  { ...mistral, name: 'mistral-small-latest', sourceKey: 'mistral/mistral-small-latest',
    maxInput: 32_000, maxOutput: 8_191, prices: { input: 0.1, output: 0.3 },
    note: 'The source gives 32,000, the window of older Mistral Small versions; check the current one.' },
  { ...mistral, name: 'codestral-latest', sourceKey: 'mistral/codestral-latest', aliases: ['codestral-2405'],
    maxInput: 32_000, maxOutput: 8_191, prices: { input: 1, output: 3 },
    note: 'The numbers are those of codestral-2405 in the source; codestral-latest may now serve a newer model.' },
  { ...mistral, name: 'open-mistral-nemo', sourceKey: 'mistral/open-mistral-nemo', aliases: ['open-mistral-nemo-2407'],
    maxInput: 128_000, maxOutput: 128_000, prices: { input: 0.3, output: 0.3 }, tokenizerRepo: 'mistralai/Mistral-Nemo-Instruct-2407' },
  { ...mistral, name: 'open-mixtral-8x22b', sourceKey: 'mistral/open-mixtral-8x22b',
    maxInput: 65_336, maxOutput: 8_191, prices: { input: 2, output: 6 }, tokenizerRepo: 'mistralai/Mixtral-8x22B-Instruct-v0.1',
    note: 'The source says 65,336, most likely a typo for 65,536; kept as written.' },
  { ...mistral, name: 'open-mixtral-8x7b', sourceKey: 'mistral/open-mixtral-8x7b',
    maxInput: 32_000, maxOutput: 8_191, prices: { input: 0.7, output: 0.7 }, tokenizerRepo: 'mistralai/Mixtral-8x7B-Instruct-v0.1' },
  { ...mistral, name: 'open-mistral-7b', sourceKey: 'mistral/open-mistral-7b',
    maxInput: 32_000, maxOutput: 8_191, prices: { input: 0.25, output: 0.25 } },

  // Qwen3 on DeepInfra (`deepinfra/Qwen/…` keys).
  { ...deepinfra, name: 'qwen3-235b-a22b-instruct-2507', sourceKey: 'deepinfra/Qwen/Qwen3-235B-A22B-Instruct-2507',
    maxInput: 262_144, maxOutput: 262_144, prices: { input: 0.09, output: 0.6 }, tokenizerRepo: 'Qwen/Qwen3-235B-A22B-Instruct-2507' },
  { ...deepinfra, name: 'qwen3-235b-a22b-thinking-2507', sourceKey: 'deepinfra/Qwen/Qwen3-235B-A22B-Thinking-2507',
    maxInput: 262_144, maxOutput: 262_144, prices: { input: 0.3, output: 2.9 }, tokenizerRepo: 'Qwen/Qwen3-235B-A22B-Thinking-2507' },
  { ...deepinfra, name: 'qwen3-235b-a22b', sourceKey: 'deepinfra/Qwen/Qwen3-235B-A22B',
    maxInput: 40_960, maxOutput: 40_960, prices: { input: 0.18, output: 0.54 }, tokenizerRepo: 'Qwen/Qwen3-235B-A22B' },
  { ...deepinfra, name: 'qwen3-32b', sourceKey: 'deepinfra/Qwen/Qwen3-32B',
    maxInput: 40_960, maxOutput: 40_960, prices: { input: 0.1, output: 0.28 }, tokenizerRepo: 'Qwen/Qwen3-32B' },
  { ...deepinfra, name: 'qwen3-30b-a3b', sourceKey: 'deepinfra/Qwen/Qwen3-30B-A3B',
    maxInput: 40_960, maxOutput: 40_960, prices: { input: 0.08, output: 0.29 }, tokenizerRepo: 'Qwen/Qwen3-30B-A3B' },
  { ...deepinfra, name: 'qwen3-14b', sourceKey: 'deepinfra/Qwen/Qwen3-14B',
    maxInput: 40_960, maxOutput: 40_960, prices: { input: 0.06, output: 0.24 }, tokenizerRepo: 'Qwen/Qwen3-14B' },
  { ...deepinfra, name: 'qwen3-coder-480b-a35b-instruct', sourceKey: 'deepinfra/Qwen/Qwen3-Coder-480B-A35B-Instruct',
    maxInput: 262_144, maxOutput: 262_144, prices: { input: 0.4, output: 1.6 }, tokenizerRepo: 'Qwen/Qwen3-Coder-480B-A35B-Instruct' },
  { ...deepinfra, name: 'qwen3-next-80b-a3b-instruct', sourceKey: 'deepinfra/Qwen/Qwen3-Next-80B-A3B-Instruct',
    maxInput: 262_144, maxOutput: 262_144, prices: { input: 0.14, output: 1.4 }, tokenizerRepo: 'Qwen/Qwen3-Next-80B-A3B-Instruct' },

  // DeepSeek's own API. The unprefixed entries are used: they cite DeepSeek's pricing page and give 131,072;
  // the `deepseek/deepseek-chat` and `deepseek/deepseek-reasoner` entries hold older numbers (65,536 input,
  // 0.27 / 0.07 / 1.1 and 0.55 / 0.14 / 2.19). Which V3.x or R1 weights the ids serve changes over time,
  // so no tokenizer is named; the DeepSeek-V3 family's tokenizer.json is the place to start.
  { ...deepseek, name: 'deepseek-chat', sourceKey: 'deepseek-chat',
    maxInput: 131_072, maxOutput: 8_192, prices: { input: 0.6, cachedInput: 0.06, output: 1.7 } },
  { ...deepseek, name: 'deepseek-reasoner', sourceKey: 'deepseek-reasoner',
    maxInput: 131_072, maxOutput: 65_536, prices: { input: 0.6, cachedInput: 0.06, output: 1.7 } },
];
