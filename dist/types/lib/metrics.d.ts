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
import { type UsageSink } from '../limits/usage.js';
type Attributes = Record<string, string>;
/** The part of an OpenTelemetry `Meter` used here. */
export interface MeterLike {
    createHistogram(name: string, options?: {
        description?: string;
        unit?: string;
        advice?: {
            explicitBucketBoundaries?: number[];
        };
    }): {
        record(value: number, attributes?: Attributes): void;
    };
    createCounter(name: string, options?: {
        description?: string;
        unit?: string;
    }): {
        add(value: number, attributes?: Attributes): void;
    };
}
export interface OtelOptions {
    /** `gen_ai.provider.name` for a record; default: from the model's name (gpt-… → openai, claude-… → anthropic, gemini-… → gcp.gemini…), else `_OTHER`. */
    provider?: (record: UsageRecord) => string;
    /** `gen_ai.operation.name`; default `chat`. */
    operation?: string;
}
export declare function providerOf(model: string): string;
/** A sink for `usageRecorder({ meter })`, or for the guard's `onUsage` directly (`sink.record`). */
export declare function otelMetrics(meter: MeterLike, options?: OtelOptions): UsageSink;
/**
 * The same sink on the global MeterProvider the application registered, when `@opentelemetry/api`
 * is installed; undefined when it is not (then the library records nothing and needs nothing).
 */
export declare function globalOtelMetrics(options?: OtelOptions & {
    meterName?: string;
}): Promise<UsageSink | undefined>;
export {};
