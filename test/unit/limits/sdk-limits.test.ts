/**
 * Issue 17 through the real `openai` SDK: withBudgets charges the call's user before it is sent,
 * settles the counters from the response's usage, gives a failed call's reservation back, and
 * refuses a user over their tier's allowance without sending anything.
 */
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardYaml } from '../../helpers/guard.js';
import { LimitExceededError, MemoryLimitStore, openBudgets, withBudgets, type UsageRecord } from '../../../src/lib/index.js';

let calls = 0;
let url = '';
const server = createServer((request, response) => {
  let data = '';
  request.setEncoding('utf8').on('data', (chunk: string) => (data += chunk));
  request.on('end', () => {
    calls++;
    const body = JSON.parse(data) as { model: string; messages: unknown[] };
    const reply = (status: number, json: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    if (request.url === '/v1/messages') {
      // docs.anthropic.com/en/api/messages: input_tokens leaves out the cache reads.
      return reply(200, { id: 'msg_1', type: 'message', role: 'assistant', model: body.model, content: [{ type: 'text', text: 'ok' }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 12, cache_read_input_tokens: 30, output_tokens: 5 } });
    }
    if (body.messages.length > 2) return reply(400, { error: { type: 'invalid_request_error', message: 'too many messages for this test server' } });
    // platform.openai.com/docs/api-reference/chat/object, with cached input reported.
    reply(200, { id: 'chatcmpl-1', object: 'chat.completion', created: 1_700_000_000, model: body.model, choices: [{ index: 0, message: { role: 'assistant', content: 'ok', refusal: null }, logprobs: null, finish_reason: 'stop' }], usage: { prompt_tokens: 40, completion_tokens: 7, total_tokens: 47, prompt_tokens_details: { cached_tokens: 16 } } });
  });
});

beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('withBudgets with limits', () => {
  it('charges the user before the call and settles from the usage the API reports', async () => {
    const store = new MemoryLimitStore();
    const records: UsageRecord[] = [];
    const yaml = guardYaml('gpt-4.1', [{ name: 'support-chat', reserve: '{ history: 400, user_input: 100, output: 256 }', limits: '{ per_user: { free: 600/day, pro: 100k/day } }' }]);
    const budgets = await openBudgets({ yaml }, { store, onUsage: (r) => records.push(r) });
    const openai = withBudgets(new OpenAI({ apiKey: 'test', baseURL: url, maxRetries: 0 }), budgets, { request: 'support-chat', user: (body) => body.user as string, tier: 'free' });

    const before = calls;
    await openai.chat.completions.create({ model: 'gpt-4.1', user: 'u-42', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hello there' }] });
    expect(calls).toBe(before + 1);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({ request: 'support-chat', model: 'gpt-4.1', user: 'u-42', tier: 'free', maxOutput: 256, usage: { input: 40, output: 7, cachedInput: 16 }, limitsHit: [] });
    expect(record!.countDelta).toBe(40 - record!.counted.total);
    // The reservation (input + 256) was replaced by the 47 tokens the API reported.
    expect(store.used('pb:req:support-chat:user:free:u-42:0:tokens:day')).toBe(47);

    // A failed call gives its reservation back.
    const failed = await openai.chat.completions.create({ model: 'gpt-4.1', user: 'u-42', messages: [{ role: 'system', content: 'a' }, { role: 'user', content: 'b' }, { role: 'assistant', content: 'c' }, { role: 'user', content: 'd' }] }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(OpenAI.BadRequestError);
    expect(store.used('pb:req:support-chat:user:free:u-42:0:tokens:day')).toBe(47);

    // 600/day for free: 47 used, so a call reserving more than 553 (here about 330 of history + 256 of output) is refused before it is sent.
    const sent = calls;
    const refused = await openai.chat.completions.create({ model: 'gpt-4.1', user: 'u-42', messages: [{ role: 'user', content: 'word '.repeat(160) }, { role: 'assistant', content: 'word '.repeat(160) }, { role: 'user', content: 'and?' }] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LimitExceededError);
    expect(refused).toMatchObject({ limit: 'requests.support-chat.limits.per_user.free', used: 47, allowed: 600, user: 'u-42', tier: 'free' });
    expect(calls).toBe(sent);
  });

  it('settles an Anthropic call from input_tokens plus the cache reads, against a dollar limit', async () => {
    const store = new MemoryLimitStore();
    const records: UsageRecord[] = [];
    const yaml = guardYaml('claude-sonnet-4-5', [{ name: 'support-chat', reserve: '{ history: 400, user_input: 100, output: 256 }', limits: '{ total: $1/day }' }]);
    const budgets = await openBudgets({ yaml }, { store, onUsage: (r) => records.push(r) });
    const claude = withBudgets(new Anthropic({ apiKey: 'test', baseURL: url.replace(/\/v1$/, ''), maxRetries: 0 }), budgets, { request: 'support-chat' });
    await claude.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: [{ role: 'user', content: 'Hello' }] });
    expect(records[0]).toMatchObject({ usage: { input: 42, output: 5, cachedInput: 30 }, maxOutput: 100 });
    // Claude Sonnet 4.5's list prices ($3 in, $0.30 cached, $15 out per million): 12×3 + 30×0.3 + 5×15 = 120 micro-dollars.
    expect(store.used('pb:req:support-chat:total:0:usd:day')).toBe(120);
    expect(records[0]!.cost).toBeCloseTo(0.00012, 8);
  });
});
