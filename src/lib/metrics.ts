/**
 * Usage records as OpenTelemetry metrics, following the GenAI semantic conventions' client
 * metrics (https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-metrics/, the version after
 * v1.36.0 that renamed `gen_ai.system` to `gen_ai.provider.name`): `gen_ai.client.token.usage`, a
 * histogram in `{token}` with the buckets the convention recommends, one point for the input and
 * one for the output of each call whose API reported usage (the convention says to report none
 * when the counts are not available). Beside it, prompt-budget's own: the count delta (its size,
 * with `prompt_budget.count.direction` api_above / api_below / equal, since a histogram takes no
 * negative value), tokens trimmed, and limits hit.
 *
 * `@opentelemetry/api` stays optional: `otelMetrics` takes the application's Meter, typed here by
 * the few methods used (a real Meter fits), so neither the bundle nor its types import the API;
 * `globalOtelMetrics` loads it only when called, and answers undefined when it is not installed.
 * No user id becomes an attribute: it is personal data, and unbounded in number.
 */
import type { UsageRecord } from '../limits/types.js';
import { deltaOf, type UsageSink } from '../limits/usage.js';

type Attributes = Record<string, string>;

/** The part of an OpenTelemetry `Meter` used here. */
export interface MeterLike {
  createHistogram(name: string, options?: { description?: string; unit?: string; advice?: { explicitBucketBoundaries?: number[] } }): { record(value: number, attributes?: Attributes): void };
  createCounter(name: string, options?: { description?: string; unit?: string }): { add(value: number, attributes?: Attributes): void };
}

export interface OtelOptions {
  /** `gen_ai.provider.name` for a record; default: from the model's name (gpt-… → openai, claude-… → anthropic, gemini-… → gcp.gemini…), else `_OTHER`. */
  provider?: (record: UsageRecord) => string;
  /** `gen_ai.operation.name`; default `chat`. */
  operation?: string;
}

/** The convention's ExplicitBucketBoundaries for token counts: powers of 4 from 1 to 4^13. */
const TOKEN_BUCKETS = Array.from({ length: 14 }, (_, i) => 4 ** i);

/** Well-known `gen_ai.provider.name` values, by the start of a model's name. */
const PROVIDERS: [RegExp, string][] = [
  [/^(gpt-|o\d|chatgpt-|codex-)/, 'openai'],
  [/^claude-/, 'anthropic'],
  [/^gemini-/, 'gcp.gemini'],
  [/^grok-/, 'x_ai'],
  [/^(mistral|codestral|magistral|devstral)/, 'mistral_ai'],
  [/^deepseek-/, 'deepseek'],
];

export function providerOf(model: string): string {
  return PROVIDERS.find(([pattern]) => pattern.test(model))?.[1] ?? '_OTHER';
}

/** A sink for `usageRecorder({ meter })`, or for the guard's `onUsage` directly (`sink.record`). */
export function otelMetrics(meter: MeterLike, options: OtelOptions = {}): UsageSink {
  const tokens = meter.createHistogram('gen_ai.client.token.usage', { description: 'Number of input and output tokens used', unit: '{token}', advice: { explicitBucketBoundaries: TOKEN_BUCKETS } });
  const delta = meter.createHistogram('prompt_budget.count.delta', { description: "How far the API's reported input is from prompt-budget's pre-flight count (count fidelity); the sign is prompt_budget.count.direction", unit: '{token}' });
  const trimmed = meter.createCounter('prompt_budget.trimmed.tokens', { description: 'Tokens of history dropped or input cut to fit the reserves', unit: '{token}' });
  const hits = meter.createCounter('prompt_budget.limit.hits', { description: 'Calls a limit refused or alerted on', unit: '{hit}' });
  const provider = options.provider ?? ((record: UsageRecord) => providerOf(record.model));
  const operation = options.operation ?? 'chat';
  return {
    record(record) {
      const genAi = { 'gen_ai.operation.name': operation, 'gen_ai.provider.name': provider(record), 'gen_ai.request.model': record.model };
      const ours = { 'prompt_budget.request': record.request, 'gen_ai.request.model': record.model };
      if (record.usage) {
        tokens.record(record.usage.input, { ...genAi, 'gen_ai.token.type': 'input', 'prompt_budget.request': record.request });
        tokens.record(record.usage.output, { ...genAi, 'gen_ai.token.type': 'output', 'prompt_budget.request': record.request });
      }
      const countDelta = deltaOf(record);
      // A histogram takes no negative value (the SDK drops it), so the sign is an attribute.
      if (countDelta !== undefined) delta.record(Math.abs(countDelta), { ...ours, 'prompt_budget.count.direction': countDelta > 0 ? 'api_above' : countDelta < 0 ? 'api_below' : 'equal' });
      if (record.trimmed.tokens > 0) trimmed.add(record.trimmed.tokens, ours);
      for (const limit of record.limitsHit) hits.add(1, { ...ours, 'prompt_budget.limit': limit });
    },
  };
}

/**
 * The same sink on the global MeterProvider the application registered, when `@opentelemetry/api`
 * is installed; undefined when it is not (then the library records nothing and needs nothing).
 */
export async function globalOtelMetrics(options: OtelOptions & { meterName?: string } = {}): Promise<UsageSink | undefined> {
  let api: { metrics: { getMeter(name: string): MeterLike } };
  try {
    api = (await import('@opentelemetry/api')) as unknown as typeof api;
  } catch {
    return undefined;
  }
  return otelMetrics(api.metrics.getMeter(options.meterName ?? 'prompt-budget'), options);
}
