/**
 * What the API reports a call used, read from the response of each wrapped API, and what that
 * costs at list prices. Input includes cached input (every vendor bills it, at a lower price).
 */
import type { ModelPrices } from '../catalog/catalog.js';
export interface ApiUsage {
    input: number;
    output: number;
    cachedInput?: number;
}
/**
 * OpenAI Chat Completions (`usage.prompt_tokens`, `completion_tokens`, `prompt_tokens_details.cached_tokens`),
 * OpenAI Responses (`usage.input_tokens` with `input_tokens_details`), Anthropic (`usage.input_tokens`
 * excludes cache reads and writes, so they are added), Gemini (`usageMetadata.promptTokenCount`,
 * `candidatesTokenCount` plus `thoughtsTokenCount`). Undefined when the response carries none (a stream).
 */
export declare function readUsage(response: unknown): ApiUsage | undefined;
/** Micro-dollars (rounded up: a limit never undercounts) for input, cached input and output at list prices. */
export declare function costMicros(prices: ModelPrices, input: number, output: number, cachedInput?: number): number;
