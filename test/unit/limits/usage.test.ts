import { describe, expect, it, vi } from 'vitest';
import { analyzeUsage, nearestRank, parseUsageLines, toJsonLine, UNUSED_SHARE, usageRecorder } from '../../../src/limits/usage.js';
import type { UsageRecord } from '../../../src/limits/types.js';

function record(over: Partial<UsageRecord> & { history?: number; userInput?: number; output?: number; dropped?: number } = {}): UsageRecord {
  const { history = 100, userInput = 50, output = 200, dropped = 0, ...rest } = over;
  return {
    time: '2026-12-07T10:00:00.000Z',
    request: 'support-chat',
    model: 'gpt-4.1',
    counted: { fixed: 500, history, userInput, total: 500 + history + userInput, exact: true },
    usage: { input: 500 + history + userInput + 3, output },
    trimmed: { messages: dropped > 0 ? 1 : 0, tokens: dropped, truncated: false, summarized: false },
    limitsHit: [],
    ...rest,
  };
}

const reserve = (history: number, userInput: number, output: number) => [{ name: 'support-chat', reserve: { history, userInput, output } }];

describe('nearestRank', () => {
  it('is the ⌈p/100 × n⌉-th smallest, always an observed value', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([50, 95, 99, 100].map((p) => nearestRank(hundred, p))).toEqual([50, 95, 99, 100]);
    expect(nearestRank([7], 99)).toBe(7);
    // 10 values: p95 and p99 are both the 10th, p50 the 5th.
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([nearestRank(ten, 50), nearestRank(ten, 95), nearestRank(ten, 99)]).toEqual([5, 10, 10]);
  });
});

describe('JSON lines', () => {
  it('round-trips records, one per line, skipping blank lines and CRLF endings', () => {
    const a = record();
    const b = record({ request: 'summarize', user: 'u1', tier: 'pro', cost: 0.0012, countDelta: -4, maxOutput: 1024 });
    const text = `${toJsonLine(a)}\n${toJsonLine(b).replace('\n', '\r\n')}`;
    expect(toJsonLine(a).endsWith('\n')).toBe(true);
    expect(toJsonLine(a).slice(0, -1)).not.toContain('\n');
    expect(parseUsageLines(text, 'usage.jsonl')).toEqual({ records: [a, b], problems: [] });
  });

  it('reports each bad line at file:line and keeps reading the rest', () => {
    const good = toJsonLine(record());
    const text = [
      good.trim(),
      '{"time": "2026-12-07", "request": "x"',
      '[1, 2]',
      JSON.stringify({ ...record(), counted: { ...record().counted, history: -1 } }),
      JSON.stringify({ ...record(), request: undefined }),
      JSON.stringify({ ...record(), usage: { input: 3 } }),
      JSON.stringify({ ...record(), limitsHit: 'all' }),
      JSON.stringify({ ...record(), time: 'yesterday' }),
      'x'.repeat(70_000),
      good.trim(),
    ].join('\n');
    const { records, problems } = parseUsageLines(text, 'logs/usage.jsonl');
    expect(records).toHaveLength(2);
    expect(problems).toEqual([
      { file: 'logs/usage.jsonl', line: 2, message: 'not JSON: each line must be one usage record as a JSON object' },
      { file: 'logs/usage.jsonl', line: 3, message: 'not a usage record: a line must be a JSON object' },
      { file: 'logs/usage.jsonl', line: 4, message: 'counted.history must be tokens' },
      { file: 'logs/usage.jsonl', line: 5, message: 'request is missing' },
      { file: 'logs/usage.jsonl', line: 6, message: 'usage.output is missing' },
      { file: 'logs/usage.jsonl', line: 7, message: 'limitsHit must be a list of limit names' },
      { file: 'logs/usage.jsonl', line: 8, message: 'time must be a time (ISO 8601 text)' },
      { file: 'logs/usage.jsonl', line: 9, message: 'a line of 70,000 characters is longer than a usage record can be (65,536)' },
    ]);
  });
});

describe('analyzeUsage', () => {
  it('gives nearest-rank percentiles per request of the history offered, user input, output and count delta', () => {
    const records = Array.from({ length: 100 }, (_, i) => record({ history: 1000 + i, userInput: i, output: 10 * i, dropped: i === 99 ? 5000 : 0 }));
    records.push(record({ request: 'other', model: 'claude-sonnet-4-5', usage: undefined }));
    const [chat, other] = analyzeUsage(records, reserve(8000, 2000, 4096), ['a.jsonl']).requests;
    expect(chat).toMatchObject({
      request: 'support-chat',
      calls: 100,
      models: ['gpt-4.1'],
      // The 100th call offered 1,099 kept + 5,000 dropped.
      history: { count: 100, p50: 1049, p95: 1094, p99: 1098, max: 6099 },
      userInput: { count: 100, p50: 49, p95: 94, p99: 98, max: 99 },
      output: { count: 100, p50: 490, p95: 940, p99: 980, max: 990 },
      countDelta: { count: 100, p50: 3, p95: 3, p99: 3, max: 3 },
      reserve: { history: 8000, user_input: 2000, output: 4096 },
    });
    expect(other).toMatchObject({ request: 'other', calls: 1, output: null, countDelta: null, reserve: null, flags: [] });
  });

  it('flags a reserve the p99 exceeds, and one the largest call stays below a quarter of', () => {
    expect(UNUSED_SHARE).toBe(0.25);
    const records = Array.from({ length: 100 }, (_, i) => record({ history: 7000, dropped: i < 98 ? 0 : 4400, userInput: 499, output: 4096 }));
    const { requests } = analyzeUsage(records, reserve(8000, 2000, 4096));
    // p99 of the history offered is the 99th call: 11,400; user input's max 499 < 500 = 25% of 2,000; output at the cap is neither.
    expect(requests[0]!.flags).toEqual([
      { request: 'support-chat', reserve: 'history', limit: 8000, kind: 'exceeded', observed: 11400 },
      { request: 'support-chat', reserve: 'user_input', limit: 2000, kind: 'unused', observed: 499 },
    ]);
  });

  it('does not flag at the boundaries, a 0 reserve as unused, or output 0 (the model maximum)', () => {
    const atQuarter = [record({ history: 2000, userInput: 0, output: 9000 })];
    expect(analyzeUsage(atQuarter, reserve(8000, 0, 0)).requests[0]!.flags).toEqual([]);
    // One call in a hundred over the reserve is the p99's 1%: not flagged.
    const oneOver = Array.from({ length: 100 }, (_, i) => record({ history: i === 0 ? 9000 : 7000 }));
    expect(analyzeUsage(oneOver, reserve(8000, 100, 1000)).requests[0]!.flags.filter((f) => f.reserve === 'history')).toEqual([]);
  });
});

describe('usageRecorder', () => {
  it('hands each record to the callback and the sink, and a failing one does not stop the other', () => {
    const seen: string[] = [];
    const onError = vi.fn();
    const recorder = usageRecorder({
      onRecord: () => {
        throw new Error('callback down');
      },
      meter: { record: (r) => seen.push(r.request) },
      onError,
    });
    recorder(record());
    expect(seen).toEqual(['support-chat']);
    expect(onError).toHaveBeenCalledWith(new Error('callback down'));
    expect(() => usageRecorder({ onRecord: () => { throw new Error('x'); } })(record())).toThrow('x');
  });
});
