import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader, type DataPoint, type Histogram } from '@opentelemetry/sdk-metrics';
import { afterEach, describe, expect, it } from 'vitest';
import { metrics } from '@opentelemetry/api';
import { globalOtelMetrics, otelMetrics, providerOf } from '../../../src/lib/metrics.js';
import { usageRecorder } from '../../../src/limits/usage.js';
import type { UsageRecord } from '../../../src/limits/types.js';

const RECORD: UsageRecord = {
  time: '2026-12-07T10:00:00.000Z',
  request: 'support-chat',
  model: 'gpt-4.1',
  user: 'u123',
  counted: { fixed: 1000, history: 6000, userInput: 400, total: 7400, exact: true },
  usage: { input: 7396, output: 812 },
  countDelta: -4,
  trimmed: { messages: 4, tokens: 2500, truncated: false, summarized: false },
  limitsHit: ['requests.support-chat.limits.per_user.free'],
};

let provider: MeterProvider | undefined;
afterEach(async () => provider?.shutdown());

/** A real SDK MeterProvider whose metrics are read back from an in-memory exporter. */
function sdk() {
  const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 60_000 });
  provider = new MeterProvider({ readers: [reader] });
  const read = async () => {
    await reader.forceFlush();
    const metrics = exporter.getMetrics().at(-1)?.scopeMetrics.flatMap((scope) => scope.metrics) ?? [];
    return new Map(metrics.map((metric) => [metric.descriptor.name, metric]));
  };
  return { meter: provider.getMeter('prompt-budget'), read };
}

describe('otelMetrics', () => {
  it('records gen_ai.client.token.usage per token type with the convention\'s attributes, and our own metrics', async () => {
    const { meter, read } = sdk();
    const onUsage = usageRecorder({ meter: otelMetrics(meter) });
    onUsage(RECORD);
    onUsage({ ...RECORD, usage: { input: 100, output: 20 }, countDelta: 2, trimmed: { ...RECORD.trimmed, tokens: 0 }, limitsHit: [] });
    const metrics = await read();

    const usage = metrics.get('gen_ai.client.token.usage')!;
    expect(usage.descriptor).toMatchObject({ unit: '{token}', type: 'HISTOGRAM' });
    const points = usage.dataPoints as DataPoint<Histogram>[];
    const attributes = { 'gen_ai.operation.name': 'chat', 'gen_ai.provider.name': 'openai', 'gen_ai.request.model': 'gpt-4.1', 'prompt_budget.request': 'support-chat' };
    expect(points.map((p) => [p.attributes, p.value.count, p.value.sum])).toEqual([
      [{ ...attributes, 'gen_ai.token.type': 'input' }, 2, 7496],
      [{ ...attributes, 'gen_ai.token.type': 'output' }, 2, 832],
    ]);
    // The convention's recommended buckets: 1, 4, 16, ... 4^13.
    expect(points[0]!.value.buckets.boundaries).toEqual([1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864]);

    const delta = metrics.get('prompt_budget.count.delta')!.dataPoints as DataPoint<Histogram>[];
    expect(delta.map((p) => [p.attributes['prompt_budget.count.direction'], p.value.count, p.value.sum])).toEqual([
      ['api_below', 1, 4],
      ['api_above', 1, 2],
    ]);
    expect(metrics.get('prompt_budget.trimmed.tokens')!.dataPoints.map((p) => p.value)).toEqual([2500]);
    const hits = metrics.get('prompt_budget.limit.hits')!.dataPoints;
    expect(hits.map((p) => [p.attributes['prompt_budget.limit'], p.value])).toEqual([['requests.support-chat.limits.per_user.free', 1]]);
    // No user id in any attribute.
    for (const metric of metrics.values()) for (const point of metric.dataPoints) expect(Object.values(point.attributes)).not.toContain('u123');
  });

  it('reports no token usage for a call whose API reported none', async () => {
    const { meter, read } = sdk();
    const noUsage: UsageRecord = { ...RECORD, limitsHit: [] };
    delete noUsage.usage;
    delete noUsage.countDelta;
    otelMetrics(meter, { provider: () => 'azure.ai.openai' }).record(noUsage);
    const metrics = await read();
    expect(metrics.get('gen_ai.client.token.usage')?.dataPoints ?? []).toEqual([]);
    expect(metrics.get('prompt_budget.count.delta')?.dataPoints ?? []).toEqual([]);
  });

  it('uses the global MeterProvider through globalOtelMetrics when @opentelemetry/api is installed', async () => {
    const { read } = sdk();
    metrics.setGlobalMeterProvider(provider!);
    try {
      const sink = await globalOtelMetrics();
      sink!.record(RECORD);
      expect((await read()).get('gen_ai.client.token.usage')?.dataPoints).toHaveLength(2);
    } finally {
      metrics.disable();
    }
  });

  it('names the provider from the model', () => {
    expect(['gpt-4.1', 'o3-mini', 'claude-sonnet-4-5', 'gemini-2.5-pro', 'grok-4', 'deepseek-v4-pro', 'llama-3.3-70b'].map(providerOf)).toEqual(['openai', 'openai', 'anthropic', 'gcp.gemini', 'x_ai', 'deepseek', '_OTHER']);
  });
});
