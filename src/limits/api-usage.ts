/**
 * What the API reports a call used, read from the response of each wrapped API, and what that
 * costs at list prices. Input includes cached input (every vendor bills it, at a lower price).
 */
import type { ModelPrices } from '../catalog/catalog.js';
import { tokenCost } from '../catalog/money.js';

export interface ApiUsage {
  input: number;
  output: number;
  cachedInput?: number;
}

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : 0);

/**
 * OpenAI Chat Completions (`usage.prompt_tokens`, `completion_tokens`, `prompt_tokens_details.cached_tokens`),
 * OpenAI Responses (`usage.input_tokens` with `input_tokens_details`), Anthropic (`usage.input_tokens`
 * excludes cache reads and writes, so they are added), Gemini (`usageMetadata.promptTokenCount`,
 * `candidatesTokenCount` plus `thoughtsTokenCount`). Undefined when the response carries none (a stream).
 */
export function readUsage(response: unknown): ApiUsage | undefined {
  if (typeof response !== 'object' || response === null) return undefined;
  const r = response as { usage?: Record<string, unknown>; usageMetadata?: Record<string, unknown> };
  const u = r.usage;
  if (u && typeof u === 'object') {
    if ('prompt_tokens' in u) {
      const cached = count((u.prompt_tokens_details as Record<string, unknown> | undefined)?.cached_tokens);
      return { input: count(u.prompt_tokens), output: count(u.completion_tokens), ...(cached > 0 && { cachedInput: cached }) };
    }
    if ('input_tokens' in u) {
      if ('input_tokens_details' in u || 'output_tokens_details' in u) {
        const cached = count((u.input_tokens_details as Record<string, unknown> | undefined)?.cached_tokens);
        return { input: count(u.input_tokens), output: count(u.output_tokens), ...(cached > 0 && { cachedInput: cached }) };
      }
      const cached = count(u.cache_read_input_tokens);
      return { input: count(u.input_tokens) + cached + count(u.cache_creation_input_tokens), output: count(u.output_tokens), ...(cached > 0 && { cachedInput: cached }) };
    }
  }
  const g = r.usageMetadata;
  if (g && typeof g === 'object' && 'promptTokenCount' in g) {
    const cached = count(g.cachedContentTokenCount);
    return { input: count(g.promptTokenCount), output: count(g.candidatesTokenCount) + count(g.thoughtsTokenCount), ...(cached > 0 && { cachedInput: cached }) };
  }
  return undefined;
}

/** Micro-dollars (rounded up: a limit never undercounts) for input, cached input and output at list prices. */
export function costMicros(prices: ModelPrices, input: number, output: number, cachedInput = 0): number {
  const cached = Math.min(cachedInput, input);
  const picos = tokenCost(input - cached, prices.inputPerMillion) + tokenCost(cached, prices.cachedInputPerMillion ?? prices.inputPerMillion) + tokenCost(output, prices.outputPerMillion);
  return Number((picos + 999_999n) / 1_000_000n);
}
