/** Claude counts through a local stand-in for Anthropic's count_tokens endpoint. */
import { afterEach, describe, expect, it } from 'vitest';
import { anthropicCounter, CountCache, VendorApiError, type VendorCounterOptions } from '../../../src/vendors/index.js';
import { ANTHROPIC_FAKE_FRAMING, FAKE_KEY, anthropicError, fakeTokens, refusedUrl, startFakeAnthropic, type FakeServer } from '../../helpers/fake-servers.js';

const MODEL = 'claude-sonnet-4-5';
let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(options: Partial<VendorCounterOptions> & { delayMs?: number } = {}) {
  server = await startFakeAnthropic({ delayMs: options.delayMs });
  const sleeps: number[] = [];
  const logs: string[] = [];
  const counter = anthropicCounter({
    apiKey: FAKE_KEY,
    baseUrl: server.url,
    sleep: async (ms) => void sleeps.push(ms),
    log: (line) => logs.push(line),
    ...options,
  });
  return { server, counter, sleeps, logs };
}

/** The error a promise rejects with, checked to be a VendorApiError. */
async function failure(promise: Promise<unknown>): Promise<VendorApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VendorApiError);
  return error as VendorApiError;
}

describe('anthropicCounter', () => {
  it('sends the documented request and counts each text without the message framing', async () => {
    const { server, counter, logs } = await setup();
    const texts = ['You are a support agent.', 'Hello, Claude', 'Answer in French.\n\nBe brief.'];
    expect(await counter.count(MODEL, texts)).toEqual(texts.map(fakeTokens));
    for (const request of server.requests) {
      expect(request.method).toBe('POST');
      expect(request.url).toBe('/v1/messages/count_tokens');
      expect(request.headers['x-api-key']).toBe(FAKE_KEY);
      expect(request.headers['anthropic-version']).toBe('2023-06-01');
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers.authorization).toBeUndefined();
      expect(request.json).toEqual({ model: MODEL, messages: [{ role: 'user', content: expect.any(String) }] });
    }
    // One probe for the framing, one request per text.
    expect(server.requests.map((r) => (r.json as { messages: { content: string }[] }).messages[0]!.content).sort()).toEqual(['a', ...texts].sort());
    expect(logs).toContain(`Anthropic ${MODEL}: a one-message count request adds ${ANTHROPIC_FAKE_FRAMING} tokens of framing; taken off every count.`);
  });

  it('makes the counts of parts add up to the count of the whole', async () => {
    const { counter } = await setup();
    const [system, examples, whole] = await counter.count(MODEL, ['Be terse.', ' Use examples.', 'Be terse. Use examples.']);
    expect(system! + examples!).toBe(whole);
  });

  it('measures the framing once per model, and again for another model', async () => {
    const { server, counter } = await setup();
    await counter.count(MODEL, ['one']);
    await counter.count(MODEL, ['two']);
    await counter.count('claude-opus-4-7', ['three']);
    const probes = server.requests.filter((r) => (r.json as { messages: { content: string }[] }).messages[0]!.content === 'a');
    expect(probes.map((r) => (r.json as { model: string }).model)).toEqual([MODEL, 'claude-opus-4-7']);
  });

  it('counts an empty text as 0 without a request, and a whitespace-only one after the probe letter', async () => {
    const { server, counter } = await setup();
    expect(await counter.count(MODEL, ['', ''])).toEqual([0, 0]);
    expect(server.requests).toHaveLength(0);
    expect(await counter.count(MODEL, ['\n\n', '  \t'])).toEqual([1, 1]);
    expect(server.requests.map((r) => (r.json as { messages: { content: string }[] }).messages[0]!.content).sort()).toEqual(['a', 'a\n\n', 'a  \t'].sort());
  });

  it('anchors a text of only separators, controls or format characters, which the API may take for whitespace', async () => {
    // JavaScript's trim() keeps U+001C-U+001F and U+0085; Python's str.isspace() (and the fake) does not.
    const { server, counter } = await setup();
    const odd = ['\u001c\u001d', '\u001f', '\u0085', '\u200b', '\ufeff ', '\u3000\u2028'];
    const texts = [...odd, 'Plain text.', '\u001cText after a separator'];
    expect(await counter.count(MODEL, texts)).toEqual(texts.map(fakeTokens));
    const sent = server.requests.map((r) => (r.json as { messages: { content: string }[] }).messages[0]!.content);
    for (const text of odd) expect(sent).toContain(`a${text}`);
    expect(sent).toContain('Plain text.');
    expect(sent).toContain('\u001cText after a separator');
  });

  it('sends each distinct text once, within a call and across calls running together', async () => {
    const { server, counter } = await setup({ delayMs: 20 });
    const [first, second] = await Promise.all([counter.count(MODEL, ['same', 'same', 'other']), counter.count(MODEL, ['same'])]);
    expect(first).toEqual([1, 1, 1]);
    expect(second).toEqual([1]);
    expect(server.requests).toHaveLength(3); // probe, "same", "other"
    await counter.count(MODEL, ['same', 'other']);
    expect(server.requests).toHaveLength(3);
  });

  it('asks nothing when every text is in the cache, not even for the framing', async () => {
    const cache = new CountCache();
    cache.set(CountCache.key(FAKE_KEY, 'anthropic', MODEL, 'cached prompt'), 42);
    const { server, counter } = await setup({ cache });
    expect(await counter.count(MODEL, ['cached prompt', ''])).toEqual([42, 0]);
    expect(server.requests).toHaveLength(0);
  });

  it('keeps to the concurrency limit', async () => {
    const { server, counter } = await setup({ concurrency: 2, delayMs: 25 });
    const texts = Array.from({ length: 8 }, (_, i) => `prompt number ${i}`);
    expect(await counter.count(MODEL, texts)).toEqual(texts.map(fakeTokens));
    expect(server.maxInFlight).toBe(2);
  });

  it('fails at once on an unknown model, and does not ask again for it', async () => {
    const { server, counter, sleeps } = await setup();
    const error = await failure(counter.count('claude-x', ['hello']));
    expect(error.kind).toBe('model');
    expect(error.status).toBe(404);
    expect(error.message).toBe("unknown model claude-x: check the name against the vendor's model list (Anthropic API: 404 not_found_error: model: claude-x)");
    const asked = server.requests.length;
    expect(asked).toBeLessThanOrEqual(2); // the probe and the text may both have gone out
    await failure(counter.count('claude-x', ['again']));
    expect(server.requests).toHaveLength(asked);
    expect(sleeps).toEqual([]);
  });

  it('refuses a model only on the answer Anthropic gives for an unknown one, a 404 not_found_error "model: …"', async () => {
    const { server, counter } = await setup({ concurrency: 1 });
    // A 400 about the model field is a rejected request, not an unknown model: the model is not refused for the run.
    server.script.push(anthropicError(400, 'invalid_request_error', 'model: String should have at most 256 characters'));
    const tooLong = await failure(counter.count(MODEL, ['x']));
    expect(tooLong.kind).toBe('request');
    expect(tooLong.message).toBe('the Anthropic API rejected the request (400 invalid_request_error: model: String should have at most 256 characters)');
    expect(await counter.count(MODEL, ['x'])).toEqual([1]);
    server.script.push(anthropicError(400, 'invalid_request_error', 'messages: roles must alternate'));
    const error = await failure(counter.count('claude-opus-4-7', ['x']));
    expect(error.kind).toBe('request');
    expect(error.message).toBe('the Anthropic API rejected the request (400 invalid_request_error: messages: roles must alternate)');
    // A 404 that is not the vendor's unknown-model answer is about the URL.
    server.script.push(anthropicError(404, 'not_found_error', 'Not Found'));
    const notFound = await failure(counter.count('claude-opus-4-7', ['y']));
    expect(notFound.kind).toBe('request');
    expect(notFound.message).toContain('count endpoint was not found');
    // The real thing.
    expect((await failure(counter.count('claude-x', ['z']))).kind).toBe('model');
  });

  it('fails at once on a rejected key, saying so, and stops asking', async () => {
    const { server, counter, sleeps } = await setup({ apiKey: 'sk-wrong-key-123' });
    const error = await failure(counter.count(MODEL, ['a prompt', 'another', 'a third']));
    expect(error.kind).toBe('auth');
    expect(error.status).toBe(401);
    expect(error.message).toBe('the Anthropic API rejected the key (401 authentication_error: invalid x-api-key)');
    expect(error.hint).toContain('anthropic-api-key');
    expect(server.requests.length).toBeLessThanOrEqual(4);
    expect(sleeps).toEqual([]);
    await failure(counter.count(MODEL, ['later']));
    expect(server.requests.length).toBeLessThanOrEqual(4);
  });

  it('takes a 403 as a refusal of that model only', async () => {
    const { server, counter } = await setup({ concurrency: 1 });
    server.script.push(anthropicError(403, 'permission_error', 'Your API key does not have permission to use the specified resource.'));
    const error = await failure(counter.count('claude-opus-4-7', ['x']));
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('the Anthropic API rejected the key (403 permission_error: Your API key does not have permission to use the specified resource.)');
    expect(await counter.count(MODEL, ['x'])).toEqual([1]);
  });

  it('waits as long as retry-after says on a 429, then counts', async () => {
    const { server, counter, sleeps, logs } = await setup();
    await counter.count(MODEL, ['warm up']);
    server.script.push({ ...anthropicError(429, 'rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit'), headers: { 'retry-after': '7' } });
    expect(await counter.count(MODEL, ['after the limit'])).toEqual([5]);
    expect(sleeps).toEqual([7_000]);
    expect(logs.at(-1)).toBe(`Anthropic token count for ${MODEL}: 429 rate_limit_error: Number of request tokens has exceeded your per-minute rate limit; retrying in 7 s (1 of 3).`);
  });

  it('backs off on 529 overloaded, then counts', async () => {
    const { server, counter, sleeps } = await setup();
    await counter.count(MODEL, ['warm up']);
    server.script.push(anthropicError(529, 'overloaded_error', 'Overloaded'), anthropicError(529, 'overloaded_error', 'Overloaded'));
    expect(await counter.count(MODEL, ['busy'])).toEqual([1]);
    expect(sleeps).toEqual([1_000, 2_000]);
  });

  it('gives up after three retries of a server error', async () => {
    const { server, counter, sleeps } = await setup();
    await counter.count(MODEL, ['warm up']);
    const before = server.requests.length;
    for (let i = 0; i < 4; i++) server.script.push(anthropicError(500, 'api_error', 'Internal server error'));
    const error = await failure(counter.count(MODEL, ['down']));
    expect(error.kind).toBe('unavailable');
    expect(error.status).toBe(500);
    expect(error.message).toBe(`the Anthropic API gave no count for ${MODEL} after 4 attempts (last: 500 api_error: Internal server error)`);
    expect(sleeps).toEqual([1_000, 2_000, 4_000]);
    expect(server.requests.length - before).toBe(4);
  });

  it('does not wait out a rate limit longer than a minute, nor the monthly spend cap', async () => {
    const { server, counter, sleeps } = await setup();
    await counter.count(MODEL, ['warm up']);
    server.script.push({ ...anthropicError(429, 'rate_limit_error', 'rate limited'), headers: { 'retry-after': '3600' } });
    const long = await failure(counter.count(MODEL, ['long wait']));
    expect(long.kind).toBe('rate-limit');
    expect(long.message).toContain('asks to wait 3600 s');
    server.script.push(anthropicError(429, 'rate_limit_error', 'You have reached your monthly spend limit', { details: { error_code: 'enforced_spend_limit_reached' } }));
    expect((await failure(counter.count(MODEL, ['capped']))).kind).toBe('rate-limit');
    expect(sleeps).toEqual([]);
  });

  it('retries a refused connection, then says there was no answer', async () => {
    const sleeps: number[] = [];
    const counter = anthropicCounter({ apiKey: FAKE_KEY, baseUrl: await refusedUrl(), sleep: async (ms) => void sleeps.push(ms), concurrency: 1 });
    const error = await failure(counter.count(MODEL, ['hello']));
    expect(error.kind).toBe('unavailable');
    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(/after 4 attempts \(last: no answer \(ECONNREFUSED\)\)$/);
    expect(sleeps).toEqual([1_000, 2_000, 4_000]);
  });

  it('gives up on a request that takes longer than the timeout', async () => {
    const { server, counter } = await setup({ timeoutMs: 50, concurrency: 1 });
    for (let i = 0; i < 4; i++) server.script.push({ status: 200, hang: true });
    const error = await failure(counter.count(MODEL, ['slow']));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toContain('no answer within 0.05 s');
    expect(server.requests).toHaveLength(4);
  });

  it('refuses an answer that is not JSON or holds no count, without retrying', async () => {
    const { server, counter, sleeps } = await setup();
    await counter.count(MODEL, ['warm up']);
    server.script.push({ status: 200, raw: '<html>\u001b[31mgateway</html>' });
    const html = await failure(counter.count(MODEL, ['one']));
    expect(html.kind).toBe('response');
    expect(html.message).toBe('the Anthropic API answered 200 with a body that is not JSON: <html> [31mgateway</html>');
    server.script.push({ status: 200, body: { input_tokens: '12' } });
    expect((await failure(counter.count(MODEL, ['two']))).message).toBe('the Anthropic API answered 200 with JSON without a token count: {"input_tokens":"12"}');
    expect(sleeps).toEqual([]);
  });

  it('refuses a count that is not above the measured framing', async () => {
    const { server, counter } = await setup();
    await counter.count(MODEL, ['warm up']);
    server.script.push({ status: 200, body: { input_tokens: ANTHROPIC_FAKE_FRAMING } });
    const error = await failure(counter.count(MODEL, ['some text']));
    expect(error.kind).toBe('response');
    expect(error.message).toContain('not more than the 7 tokens of framing');
  });
});
