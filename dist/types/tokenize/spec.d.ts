/**
 * Which tokenizer counts a component, and how trustworthy its count is. A count is a promise, so
 * every number carries how it was obtained:
 *
 * - `encoding`: OpenAI's BPE encodings, exact (our engine, tested against tiktoken).
 * - `huggingface`: a tokenizer.json committed in the repository (Llama, Mistral, Qwen, DeepSeek,
 *   ...), exact (tested against Hugging Face's Rust tokenizers).
 * - `vendor`: Anthropic's or Google's token-counting API, exact when a key is given; without a key,
 *   or when the API fails, an estimate.
 * - `estimate`: a model with no public tokenizer and none committed: an OpenAI count scaled by a
 *   documented ratio, with its range (see estimate.ts).
 */
import type { EncodingName } from './tiktoken/encoding-names.js';
export type CountingVendor = 'anthropic' | 'gemini';
export type TokenizerSpec = {
    kind: 'encoding';
    encoding: EncodingName;
}
/**
 * `gemini`: a Gemini model counted with this file (Gemma 3's), as Google's SDK counts Gemini
 * offline; Gemini's countTokens API counts it instead when a key is given.
 */
 | {
    kind: 'huggingface';
    path: string;
    gemini?: string;
} | {
    kind: 'vendor';
    vendor: CountingVendor;
    model: string;
} | {
    kind: 'estimate';
    vendor: string;
};
/** A key that is equal for two tokenizers exactly when they count alike. */
export declare function tokenizerKey(tokenizer: TokenizerSpec): string;
/** For tables and logs: `o200k_base`, `tokenizer.json at models/llama/tokenizer.json`, `Anthropic API`. */
export declare function tokenizerLabel(tokenizer: TokenizerSpec): string;
export declare const VENDOR_API_NAMES: Record<CountingVendor, string>;
