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
import { type VendorModel } from './source-model.js';
export declare const OPEN_MODELS_SOURCE: import("./source-types.js").CatalogSource;
export declare const OPEN_MODELS_AS_OF: string;
export declare const OPEN_MODELS: readonly VendorModel[];
