/**
 * Issue 17: admission before a call and settlement after it, with the in-memory store and with
 * stores that fail or hang. A model declared with round prices ($2 in, $0.50 cached, $8 out per
 * million tokens) keeps the arithmetic readable: 1,000 input tokens cost 2,000 micro-dollars.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import type { FittedRequest } from '../../../src/guard/fit.js';
import { LimitExceededError, LimitStoreError, RequestDisabledError } from '../../../src/limits/errors.js';
import { Limiter, type Alert, type LimitCallbacks } from '../../../src/limits/limiter.js';
import { MemoryLimitStore } from '../../../src/limits/memory-store.js';
import type { AdmitResult, Charge, LimitStore, UsageRecord } from '../../../src/limits/types.js';
import { readUsage } from '../../../src/limits/api-usage.js';

const PRICES = { currency: 'USD' as const, inputPerMillion: 2, cachedInputPerMillion: 0.5, outputPerMillion: 8 };

function config(limits: string[], top: string[] = []) {
  return parseConfig(
    [
      'version: 1',
      'models:',
      '  acme: { encoding: o200k_base, context_window: 100000, max_output: 4000, prices: { input: 2, cached_input: 0.5, output: 8 } }',
      'components:',
      '  c: { files: a.md, max_tokens: 100, model: acme }',
      'requests:',
      '  chat:',
      '    model: acme',
      '    components: [c]',
      '    limits:',
      ...limits.map((l) => `      ${l}`),
      ...top,
      '',
    ].join('\n'),
    'budgets.yml',
  );
}

const fitted = (input: number, maxOutput = 500): FittedRequest => ({
  request: 'chat',
  model: 'acme',
  messages: [],
  maxOutput,
  tokens: { fixed: input, history: 0, userInput: 0, total: input },
  exact: true,
  trimmed: { messages: 0, tokens: 0, truncated: false, summarized: false },
});

function limiter(limits: string[], options: { top?: string[]; store?: LimitStore; callbacks?: LimitCallbacks; now?: () => number } = {}) {
  const store = options.store ?? new MemoryLimitStore(options.now);
  return { store, limiter: new Limiter(config(limits, options.top), store, () => PRICES, options.callbacks, options.now) };
}

describe('admission and settlement', () => {
  it('reserves the input plus the output cap, and settles to what the API reports', async () => {
    const records: UsageRecord[] = [];
    const { store, limiter: l } = limiter(['per_user: { free: 10k/day }', 'total: $1/day'], { callbacks: { onUsage: (r) => records.push(r) } });
    const admission = await l.admit(fitted(1000), { user: 'u1', tier: 'free' });
    const [user, total] = admission.charges;
    expect(user).toMatchObject({ amount: 1500, limit: 10_000, periodSeconds: 86_400, name: 'requests.chat.limits.per_user.free' });
    // 1,000 × $2 + 500 × $8 per million = 6,000 micro-dollars.
    expect(total).toMatchObject({ amount: 6000, limit: 1_000_000, name: 'requests.chat.limits.total' });
    expect((store as MemoryLimitStore).used(user!.key)).toBe(1500);

    // 900 input of which 400 cached, 100 output: 1,000 tokens; 500×2 + 400×0.5 + 100×8 = 2,000 micro-dollars.
    const record = await admission.settle({ usage: { prompt_tokens: 900, completion_tokens: 100, prompt_tokens_details: { cached_tokens: 400 } } });
    expect((store as MemoryLimitStore).used(user!.key)).toBe(1000);
    expect((store as MemoryLimitStore).used(total!.key)).toBe(2000);
    expect(record).toMatchObject({ request: 'chat', model: 'acme', user: 'u1', tier: 'free', usage: { input: 900, output: 100, cachedInput: 400 }, countDelta: -100, cost: 0.002, maxOutput: 500, limitsHit: [] });
    expect(records).toEqual([record]);
    // Settling twice charges once.
    await admission.settle({ usage: { prompt_tokens: 5000, completion_tokens: 5000 } });
    expect((store as MemoryLimitStore).used(user!.key)).toBe(1000);
  });

  it('refuses with a typed error naming the limit, and charges nothing (all or nothing)', async () => {
    const records: UsageRecord[] = [];
    const { store, limiter: l } = limiter(['per_user: 10k/day', 'total: 12k/day'], { callbacks: { onUsage: (r) => records.push(r) }, now: () => Date.UTC(2026, 11, 7, 18) });
    await l.admit(fitted(5000, 0), { user: 'a' });
    await l.admit(fitted(5000, 0), { user: 'b' });
    // b's per-user allowance has room (5k of 10k), the total has not (10k of 12k): neither is charged.
    const refused = await l.admit(fitted(5000, 0), { user: 'b' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LimitExceededError);
    expect(refused).toMatchObject({ limit: 'requests.chat.limits.total', used: 10_000, allowed: 12_000, unit: 'tokens', retryAfterSeconds: 6 * 3600, user: 'b', request: 'chat' });
    const admitted = await l.admit(fitted(2000, 0), { user: 'b' });
    expect((store as MemoryLimitStore).used(admitted.charges[0]!.key)).toBe(7000);
    expect(records).toEqual([expect.objectContaining({ user: 'b', limitsHit: ['requests.chat.limits.total'] })]);
  });

  it('gives a failed call its reservation back', async () => {
    const { store, limiter: l } = limiter(['total: 10k/hour']);
    const admission = await l.admit(fitted(3000));
    await admission.release();
    expect((store as MemoryLimitStore).used(admission.charges[0]!.key)).toBe(0);
  });

  it('needs the user and a tier budgets.yml names', async () => {
    const { limiter: l } = limiter(['per_user: { free: 10k/day }']);
    await expect(l.admit(fitted(10))).rejects.toThrow(/pass the call's user/);
    await expect(l.admit(fitted(10), { user: 'u', tier: 'gold' })).rejects.toThrow(/tier `gold` is not in budgets.yml: per_user names free/);
  });

  it('applies global limits to every request, a period rolling over frees them', async () => {
    let now = Date.UTC(2026, 11, 7, 12, 0, 30);
    const { limiter: l } = limiter(['per_user: 1M/day'], { top: ['limits:', '  total: 2k/minute'], now: () => now });
    await l.admit(fitted(1500, 0), { user: 'u' });
    await expect(l.admit(fitted(1000, 0), { user: 'v' })).rejects.toMatchObject({ limit: 'limits.total', retryAfterSeconds: 30 });
    now += 30_000;
    await expect(l.admit(fitted(1000, 0), { user: 'v' })).resolves.toBeDefined();
  });

  it('a dollar limit refuses and alerts in micro-dollars, a global one too', async () => {
    const alerts: Alert[] = [];
    const { limiter: l } = limiter(['alert: $0.005/day'], { top: ['limits:', '  total: $0.01/day'], callbacks: { onAlert: (a) => alerts.push(a) } });
    // 1,000 × $2 + 500 × $8 per million = 6,000 micro-dollars a call.
    await l.admit(fitted(1000));
    await expect(l.admit(fitted(1000))).rejects.toMatchObject({ limit: 'limits.total', used: 6000, allowed: 10_000, unit: 'microdollars' });
    expect(alerts).toEqual([expect.objectContaining({ name: 'requests.chat.limits.alert', used: 6000, threshold: 5000, unit: 'microdollars' })]);
  });
});

describe('concurrent admissions with the memory store', () => {
  it('500 concurrent admissions never take a 10k/day limit beyond it, and none is lost', async () => {
    const { store, limiter: l } = limiter(['per_user: 10k/day']);
    const results = await Promise.allSettled(Array.from({ length: 500 }, (_, i) => l.admit(fitted(30 + (i % 7), 0), { user: 'same' })));
    const admitted = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<{ charges: readonly Charge[] }>).value);
    const refused = results.filter((r) => r.status === 'rejected');
    const charged = admitted.reduce((sum, a) => sum + a.charges[0]!.amount, 0);
    expect(charged).toBeLessThanOrEqual(10_000);
    // Every admitted charge is on the counter: none lost, none counted twice.
    expect((store as MemoryLimitStore).used(admitted[0]!.charges[0]!.key)).toBe(charged);
    expect(refused.every((r) => (r as PromiseRejectedResult).reason instanceof LimitExceededError)).toBe(true);
    // The limit was filled to within one call of it.
    expect(10_000 - charged).toBeLessThan(37);
  });
});

describe('alerts and the kill switch', () => {
  it('calls onAlert once when a threshold is crossed in its period, and never refuses', async () => {
    const alerts: Alert[] = [];
    const { limiter: l } = limiter(['alert: 2k/hour'], { callbacks: { onAlert: (a) => alerts.push(a) } });
    for (let i = 0; i < 5; i++) await l.admit(fitted(900, 0));
    expect(alerts).toEqual([{ name: 'requests.chat.limits.alert', request: 'chat', used: 2700, threshold: 2000, unit: 'tokens', periodSeconds: 3600 }]);
  });

  it('refuses a request whose kill switch is on in the store', async () => {
    const store = new MemoryLimitStore();
    const { limiter: l } = limiter(['kill_switch: true'], { store });
    await expect(l.admit(fitted(10))).resolves.toBeDefined();
    store.setDisabled('chat', true);
    await expect(l.admit(fitted(10))).rejects.toBeInstanceOf(RequestDisabledError);
  });
});

describe('a store that fails or hangs', () => {
  const failing = (mode: 'throw' | 'hang'): LimitStore => {
    const fail = () => (mode === 'throw' ? Promise.reject(new Error('connection refused')) : new Promise<never>(() => {}));
    return { admit: fail as () => Promise<AdmitResult>, adjust: fail as () => Promise<void>, isDisabled: fail as () => Promise<boolean> };
  };

  for (const mode of ['throw', 'hang'] as const) {
    it(`on_failure: open admits with a warning when the store ${mode}s, within the timeout`, async () => {
      const warnings: string[] = [];
      const { limiter: l } = limiter(['per_user: 10k/day', 'kill_switch: true'], { store: failing(mode), top: ['limits:', '  store: { timeout: 50ms, on_failure: open }'], callbacks: { onWarning: (m) => warnings.push(m) } });
      const started = Date.now();
      const admission = await l.admit(fitted(10), { user: 'u' });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(admission.charges).toEqual([]);
      expect(warnings.join('\n')).toMatch(/on_failure: open admits the call/);
    });

    it(`on_failure: closed refuses with LimitStoreError when the store ${mode}s`, async () => {
      const { limiter: l } = limiter(['per_user: 10k/day'], { store: failing(mode), top: ['limits:', '  store: { timeout: 50ms, on_failure: closed }'] });
      await expect(l.admit(fitted(10), { user: 'u' })).rejects.toBeInstanceOf(LimitStoreError);
    });
  }

  it('never refuses for an alert the store cannot count, even with on_failure: closed', async () => {
    const memory = new MemoryLimitStore();
    const store: LimitStore = { admit: (c) => (c.some((x) => x.name.endsWith('.alert')) ? new Promise<never>(() => {}) : memory.admit(c)), adjust: (c) => memory.adjust(c), isDisabled: () => Promise.resolve(false) };
    const warnings: string[] = [];
    const { limiter: l } = limiter(['total: 10k/day', 'alert: 1k/hour'], { store, top: ['limits:', '  store: { timeout: 30ms, on_failure: closed }'], callbacks: { onWarning: (m) => warnings.push(m) } });
    const admission = await l.admit(fitted(100));
    expect(admission.charges.map((c) => c.name)).toEqual(['requests.chat.limits.total']);
    expect(warnings).toEqual([expect.stringMatching(/counting requests.chat.limits.alert: no answer within 30ms .*alerts are not counted/)]);
  });

  it('keeps the reservation as the charge when the response reports no usage, and says so', async () => {
    const warnings: string[] = [];
    const { store, limiter: l } = limiter(['total: 10k/day'], { callbacks: { onWarning: (m) => warnings.push(m) } });
    const admission = await l.admit(fitted(100));
    const record = await admission.settle({ choices: [] });
    expect((store as MemoryLimitStore).used(admission.charges[0]!.key)).toBe(600);
    expect(record.usage).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/reports no usage/)]);
  });

  it('retries usage it could not record once, then reports it with the amounts', async () => {
    const memory = new MemoryLimitStore();
    let adjusts = 0;
    const store: LimitStore = { admit: (c) => memory.admit(c), adjust: () => (adjusts++, Promise.reject(new Error('down'))), isDisabled: () => Promise.resolve(false) };
    const warnings: string[] = [];
    const { limiter: l } = limiter(['total: 10k/day'], { store, callbacks: { onWarning: (m) => warnings.push(m) } });
    const admission = await l.admit(fitted(1000));
    const record = await admission.settle({ usage: { input_tokens: 700, output_tokens: 50 } });
    expect(adjusts).toBe(2);
    expect(warnings).toEqual([expect.stringMatching(/usage could not be recorded in the limit store: pb:req:chat:total:0:tokens:day -750/)]);
    expect(record.usage).toEqual({ input: 700, output: 50 });
  });
});

describe('reading usage', () => {
  it('reads the four APIs, cached input included', () => {
    expect(readUsage({ usage: { prompt_tokens: 10, completion_tokens: 2, prompt_tokens_details: { cached_tokens: 4 } } })).toEqual({ input: 10, output: 2, cachedInput: 4 });
    expect(readUsage({ usage: { input_tokens: 10, output_tokens: 2, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: {} } })).toEqual({ input: 10, output: 2 });
    // Anthropic's input_tokens leaves out cache reads and writes.
    expect(readUsage({ usage: { input_tokens: 10, output_tokens: 2, cache_read_input_tokens: 30, cache_creation_input_tokens: 5 } })).toEqual({ input: 45, output: 2, cachedInput: 30 });
    expect(readUsage({ usageMetadata: { promptTokenCount: 10, candidatesTokenCount: 2, thoughtsTokenCount: 3, cachedContentTokenCount: 6 } })).toEqual({ input: 10, output: 5, cachedInput: 6 });
    expect(readUsage({ choices: [] })).toBeUndefined();
  });
});
