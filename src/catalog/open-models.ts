/**
 * Open-weight models (and the API-only models of the same vendors): Llama, Mistral, Qwen and
 * DeepSeek. Windows, output limits and prices are those of litellm's
 * `model_prices_and_context_window.json` entry named by `sourceKey` (the copy in
 * OPEN_MODELS_SOURCE, through the generated litellm.generated.ts). Conversions as in openai.ts.
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
import { LITELLM_AS_OF, litellmSource, withNumbers, type CuratedModel, type VendorModel } from './source-model.js';

export const OPEN_MODELS_SOURCE = litellmSource(
  'max_input_tokens is the context window as the named host serves it. DeepInfra lists max_output_tokens equal ' +
    'to the window for every model (the whole window may be spent on output).',
);

export const OPEN_MODELS_AS_OF = LITELLM_AS_OF;

const bedrock = { vendor: 'meta', host: 'bedrock' } as const;
const deepinfra = { vendor: 'qwen', host: 'deepinfra' } as const;
const qwen = { vendor: 'qwen' } as const;
const mistral = { vendor: 'mistral', host: 'mistral' } as const;
const deepseek = { vendor: 'deepseek', host: 'deepseek' } as const;

const CURATED: readonly CuratedModel[] = [
  // Llama on Amazon Bedrock. Bedrock caps output well below the window. Meta's own API entries give
  // windows of 1,000,000 (Maverick) and 10,000,000 (Scout) with no prices; Bedrock serves 128,000.
  { ...bedrock, name: 'llama-3.1-8b', sourceKey: 'meta.llama3-1-8b-instruct-v1:0', aliases: ['meta.llama3-1-8b-instruct-v1:0'], tokenizerRepo: 'meta-llama/Llama-3.1-8B-Instruct' },
  { ...bedrock, name: 'llama-3.1-70b', sourceKey: 'meta.llama3-1-70b-instruct-v1:0', aliases: ['meta.llama3-1-70b-instruct-v1:0'], tokenizerRepo: 'meta-llama/Llama-3.1-70B-Instruct' },
  { ...bedrock, name: 'llama-3.1-405b', sourceKey: 'meta.llama3-1-405b-instruct-v1:0', aliases: ['meta.llama3-1-405b-instruct-v1:0'], tokenizerRepo: 'meta-llama/Llama-3.1-405B-Instruct' },
  { ...bedrock, name: 'llama-3.3-70b', sourceKey: 'meta.llama3-3-70b-instruct-v1:0', aliases: ['meta.llama3-3-70b-instruct-v1:0'], tokenizerRepo: 'meta-llama/Llama-3.3-70B-Instruct' },
  { ...bedrock, name: 'llama-4-scout', sourceKey: 'meta.llama4-scout-17b-instruct-v1:0', aliases: ['meta.llama4-scout-17b-instruct-v1:0'], tokenizerRepo: 'meta-llama/Llama-4-Scout-17B-16E-Instruct' },
  { ...bedrock, name: 'llama-4-maverick', sourceKey: 'meta.llama4-maverick-17b-instruct-v1:0', aliases: ['meta.llama4-maverick-17b-instruct-v1:0'], tokenizerRepo: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct' },

  // Mistral's own API (`mistral/…` keys). -latest ids float: their numbers are those of the model they served on the
  // data's date (mistral-large-latest: Mistral Large 3, whose entries mistral-large-3 and mistral-large-2512 repeat
  // its numbers). Which weights a -latest id serves is not in the source, so those entries name no tokenizer.
  { ...mistral, name: 'mistral-large-latest', sourceKey: 'mistral/mistral-large-latest', aliases: ['mistral-large-3', 'mistral-large-2512'] },
  { ...mistral, name: 'mistral-large-2411', sourceKey: 'mistral/mistral-large-2411', tokenizerRepo: 'mistralai/Mistral-Large-Instruct-2411' },
  { ...mistral, name: 'mistral-medium-latest', sourceKey: 'mistral/mistral-medium-latest' },
  { ...mistral, name: 'mistral-medium-2505', sourceKey: 'mistral/mistral-medium-2505' },
  { ...mistral, name: 'mistral-small-latest', sourceKey: 'mistral/mistral-small-latest' },
  { ...mistral, name: 'devstral-latest', sourceKey: 'mistral/devstral-latest' },
  { ...mistral, name: 'magistral-medium-latest', sourceKey: 'mistral/magistral-medium-latest' },
  { ...mistral, name: 'codestral-latest', sourceKey: 'mistral/codestral-latest', aliases: ['codestral-2405'],
    note: 'The numbers are those of codestral-2405 in the source; codestral-latest may now serve a newer model.' },
  { ...mistral, name: 'open-mistral-nemo', sourceKey: 'mistral/open-mistral-nemo', aliases: ['open-mistral-nemo-2407'], tokenizerRepo: 'mistralai/Mistral-Nemo-Instruct-2407' },
  { ...mistral, name: 'open-mixtral-8x22b', sourceKey: 'mistral/open-mixtral-8x22b', tokenizerRepo: 'mistralai/Mixtral-8x22B-Instruct-v0.1',
    note: 'The source says 65,336, most likely a typo for 65,536; kept as written.' },
  { ...mistral, name: 'open-mixtral-8x7b', sourceKey: 'mistral/open-mixtral-8x7b', tokenizerRepo: 'mistralai/Mixtral-8x7B-Instruct-v0.1' },
  { ...mistral, name: 'open-mistral-7b', sourceKey: 'mistral/open-mistral-7b' },

  // Qwen3 on DeepInfra (`deepinfra/Qwen/…` keys).
  { ...deepinfra, name: 'qwen3-235b-a22b-instruct-2507', sourceKey: 'deepinfra/Qwen/Qwen3-235B-A22B-Instruct-2507', tokenizerRepo: 'Qwen/Qwen3-235B-A22B-Instruct-2507' },
  { ...deepinfra, name: 'qwen3-235b-a22b-thinking-2507', sourceKey: 'deepinfra/Qwen/Qwen3-235B-A22B-Thinking-2507', tokenizerRepo: 'Qwen/Qwen3-235B-A22B-Thinking-2507' },
  { ...deepinfra, name: 'qwen3-235b-a22b', sourceKey: 'deepinfra/Qwen/Qwen3-235B-A22B', tokenizerRepo: 'Qwen/Qwen3-235B-A22B' },
  { ...deepinfra, name: 'qwen3-32b', sourceKey: 'deepinfra/Qwen/Qwen3-32B', tokenizerRepo: 'Qwen/Qwen3-32B' },
  { ...deepinfra, name: 'qwen3-30b-a3b', sourceKey: 'deepinfra/Qwen/Qwen3-30B-A3B', tokenizerRepo: 'Qwen/Qwen3-30B-A3B' },
  { ...deepinfra, name: 'qwen3-14b', sourceKey: 'deepinfra/Qwen/Qwen3-14B', tokenizerRepo: 'Qwen/Qwen3-14B' },
  { ...deepinfra, name: 'qwen3-coder-480b-a35b-instruct', sourceKey: 'deepinfra/Qwen/Qwen3-Coder-480B-A35B-Instruct', tokenizerRepo: 'Qwen/Qwen3-Coder-480B-A35B-Instruct' },
  { ...deepinfra, name: 'qwen3-next-80b-a3b-instruct', sourceKey: 'deepinfra/Qwen/Qwen3-Next-80B-A3B-Instruct', tokenizerRepo: 'Qwen/Qwen3-Next-80B-A3B-Instruct' },

  // Qwen3.5, 3.6 and Max: DeepInfra lists none of them in the source. The open Qwen3.5 flagship on Together AI, the
  // open Qwen3.6 MoE on Scaleway; Qwen3-Max and Qwen3.5-Plus (weights not published) on Alibaba's own API
  // (`dashscope/…`), whose entries give only tiered prices (by prompt length, three tiers for Max), which this
  // catalog's one price per model cannot hold: they have windows and no prices (set them under `models:`), and
  // Qwen3.6-Plus through OpenRouter, the only host the source prices it for.
  { ...qwen, host: 'together_ai', name: 'qwen3.5-397b-a17b', sourceKey: 'together_ai/Qwen/Qwen3.5-397B-A17B' },
  { ...qwen, host: 'scaleway', name: 'qwen3.6-35b-a3b', sourceKey: 'scaleway/qwen/qwen3.6-35b-a3b' },
  { ...qwen, host: 'dashscope', name: 'qwen3-max', sourceKey: 'dashscope/qwen3-max', note: 'Tiered prices in the source (by prompt length): none kept.' },
  { ...qwen, host: 'dashscope', name: 'qwen3.5-plus', sourceKey: 'dashscope/qwen3.5-plus', note: 'Tiered prices in the source (by prompt length): none kept.' },
  { ...qwen, host: 'openrouter', name: 'qwen3.6-plus', sourceKey: 'openrouter/qwen/qwen3.6-plus' },

  // DeepSeek's own API. The unprefixed entries are used (they cite DeepSeek's pricing page); the `deepseek/…`
  // entries repeat them for V4 and hold older numbers for deepseek-chat and deepseek-reasoner. Which weights
  // deepseek-chat and deepseek-reasoner serve changes over time, so no tokenizer is named; the DeepSeek-V3
  // family's tokenizer.json is the place to start.
  //
  // Checked against DeepSeek's pricing page as archived on 2026-04-26
  // (https://megalodon.jp/ref/2026-0426-0157-09/https://api-docs.deepseek.com:443/quick_start/pricing): it gives
  // both V4 models a 1M context and "MAXIMUM: 384K" output (the source: 8,192), and V4 Pro's prices as a
  // limited-time 75% discount. The numbers stay the source's (384K is not an exact count, and no later copy of the
  // page was at hand); the notes say what differs. Set `max_output` under `models:` to reserve more output.
  { ...deepseek, name: 'deepseek-v4-pro', sourceKey: 'deepseek-v4-pro',
    note: "The prices are V4 Pro's launch discount (75% off, which DeepSeek's page of 2026-04-26 said ends 2026-05-05); the output limit is the source's 8,192, where DeepSeek states up to 384K." },
  { ...deepseek, name: 'deepseek-v4-flash', sourceKey: 'deepseek-v4-flash',
    note: "The output limit is the source's 8,192, where DeepSeek states up to 384K." },
  { ...deepseek, name: 'deepseek-chat', sourceKey: 'deepseek-chat',
    note: "DeepSeek's page of 2026-04-26: this id is V4 Flash (non-thinking) and is retired after 2026-07-24; the source's numbers are its older ones." },
  { ...deepseek, name: 'deepseek-reasoner', sourceKey: 'deepseek-reasoner',
    note: "DeepSeek's page of 2026-04-26: this id is V4 Flash (thinking) and is retired after 2026-07-24; the source's numbers are its older ones." },
];

export const OPEN_MODELS: readonly VendorModel[] = CURATED.map(withNumbers);
