/**
 * A counter whose API fails stops at once: nothing keeps retrying after the caller has moved on
 * to estimates, no request is left in flight, and no timer keeps the process alive.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { anthropicCounter, geminiCounter, VendorApiError, type VendorCounterOptions } from '../../../src/vendors/index.js';
import { FAKE_KEY, anthropicError, fakeTokens, startFakeAnthropic, startFakeGemini, type FakeOptions, type FakeServer, type RecordedRequest } from '../../helpers/fake-servers.js';

const MODEL = 'claude-sonnet-4-5';
const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const DOWN = anthropicError(503, 'api_error', 'Service Unavailable');
const content = (request: RecordedRequest) => (request.json as { messages: { content: string }[] }).messages[0]!.content;
const texts = (n: number) => Array.from({ length: n }, (_, i) => `prompt file number ${i}`);

async function setup(fake: FakeOptions = {}, options: Partial<VendorCounterOptions> = {}) {
  const server = await startFakeAnthropic(fake);
  servers.push(server);
  const logs: string[] = [];
  const counter = anthropicCounter({ apiKey: FAKE_KEY, baseUrl: server.url, sleep: async () => {}, log: (line) => logs.push(line), ...options });
  return { server, counter, logs };
}

async function failure(promise: Promise<unknown>): Promise<VendorApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VendorApiError);
  return error as VendorApiError;
}

/** Lets whatever is still running run a while; a counter that stopped sends nothing meanwhile. */
const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the server has no request in flight (the client aborted them), or fails after `ms`. */
async function drained(server: FakeServer, ms = 2_000): Promise<void> {
  const until = Date.now() + ms;
  while (server.inFlight > 0) {
    if (Date.now() > until) throw new Error(`${server.inFlight} requests still in flight after ${ms} ms`);
    await settle(10);
  }
}

describe('a counter whose API is down', () => {
  it('rejects after one text has used its retries, and sends nothing for the other queued texts', async () => {
    const { server, counter } = await setup({ reply: () => DOWN }, { concurrency: 1 });
    const error = await failure(counter.count(MODEL, texts(12)));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toBe(`the Anthropic API gave no count for ${MODEL} after 4 attempts (last: 503 api_error: Service Unavailable)`);
    // The framing probe, first in line, was the one: its 4 attempts and nothing else (52 before: 13 requests × 4 attempts).
    expect(server.requests).toHaveLength(4);
    await settle();
    expect(server.requests).toHaveLength(4);
  });

  it('stops the requests running beside the failed one, with four at a time', async () => {
    let sent = 0;
    const counting: typeof fetch = (...args) => {
      sent++;
      return fetch(...args);
    };
    const { server, counter } = await setup({ reply: () => DOWN }, { concurrency: 4, fetch: counting });
    await failure(counter.count(MODEL, texts(12)));
    const atRejection = sent;
    // At most the four in flight, each at most 4 attempts; none of the 9 queued texts.
    expect(atRejection).toBeLessThanOrEqual(16);
    await settle();
    expect(sent).toBe(atRejection);
    const queued = texts(12).slice(3);
    expect(server.requests.filter((r) => queued.includes(content(r)))).toEqual([]);
    await drained(server);
  });

  it('stays down for the rest of the run: a later call rejects at once with the same error, asking nothing', async () => {
    const { server, counter } = await setup({ reply: () => DOWN }, { concurrency: 2 });
    const first = await failure(counter.count(MODEL, ['one', 'two']));
    const asked = server.requests.length;
    expect(await failure(counter.count('claude-opus-4-7', ['three']))).toBe(first);
    expect(server.requests).toHaveLength(asked);
  });

  it('goes down on a rejected key and on a rate limit it does not wait out, stopping the other requests', async () => {
    for (const reply of [anthropicError(401, 'authentication_error', 'invalid x-api-key'), { ...anthropicError(429, 'rate_limit_error', 'rate limited'), headers: { 'retry-after': '3600' } }]) {
      const { server, counter } = await setup({ reply: (r) => (content(r) === 'a' ? undefined : reply) }, { concurrency: 1 });
      await failure(counter.count(MODEL, texts(12)));
      expect(server.requests.length, JSON.stringify(reply)).toBeLessThanOrEqual(2); // the probe, the first text
      await settle(50);
      expect(server.requests.length).toBeLessThanOrEqual(2);
    }
  });

  it('aborts the requests in flight when another text finds the API down', async () => {
    // One text meets a 503 four times; the others get no answer at all (and a 60 s timeout).
    const { server, counter } = await setup({ reply: (r) => (content(r) === 'failing' ? DOWN : content(r) === 'a' ? undefined : { status: 200, hang: true }) }, { concurrency: 4, timeoutMs: 60_000 });
    const started = Date.now();
    const error = await failure(counter.count(MODEL, ['failing', 'hangs 1', 'hangs 2']));
    expect(error.kind).toBe('unavailable');
    expect(Date.now() - started).toBeLessThan(2_000);
    await drained(server);
  });

  it('gives up on a call that runs past its deadline, as unavailable, aborting what is in flight', async () => {
    const { server, counter } = await setup({ reply: () => ({ status: 200, hang: true }) }, { concurrency: 4, timeoutMs: 60_000, deadlineMs: 200 });
    const started = Date.now();
    const error = await failure(counter.count(MODEL, texts(12)));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error.kind).toBe('unavailable');
    expect(error.message).toBe(`the Anthropic API gave no counts for ${MODEL} within 0.2 s`);
    expect(server.requests).toHaveLength(4);
    await drained(server);
    expect(await failure(counter.count(MODEL, ['later']))).toBe(error);
    expect(server.requests).toHaveLength(4);
  });

  it('does the same for Gemini', async () => {
    const server = await startFakeGemini({ reply: () => ({ status: 503, body: { error: { code: 503, message: 'The model is overloaded.', status: 'UNAVAILABLE' } } }) });
    servers.push(server);
    const counter = geminiCounter({ apiKey: FAKE_KEY, baseUrl: server.url, sleep: async () => {}, concurrency: 1 });
    expect((await failure(counter.count('gemini-2.5-flash', texts(12)))).kind).toBe('unavailable');
    await settle();
    expect(server.requests).toHaveLength(4);
  });
});

describe('a text that fails alone', () => {
  it('fails its call, and the texts only that call wanted are not sent; the counter goes on', async () => {
    const { server, counter } = await setup({ reply: (r) => (content(r) === 'too big' ? anthropicError(413, 'request_too_large', 'Request exceeds the maximum allowed number of bytes.') : undefined) }, { concurrency: 1 });
    const error = await failure(counter.count(MODEL, ['too big', ...texts(11)]));
    expect(error.kind).toBe('request');
    await settle();
    expect(server.requests.map(content)).toEqual(['a', 'too big']);
    // Not down: another call counts.
    expect(await counter.count(MODEL, ['fine'])).toEqual([1]);
  });

  it('ends the framing probe too when no call waits for it any more', async () => {
    const { server, counter } = await setup({ reply: (r) => (content(r) === 'a' ? { status: 200, hang: true } : anthropicError(413, 'request_too_large', 'too large')) }, { concurrency: 2, timeoutMs: 60_000 });
    expect((await failure(counter.count(MODEL, ['too big']))).kind).toBe('request');
    await drained(server);
  });

  it('is still counted for another call that wants it', async () => {
    const { counter } = await setup({ delayMs: 20, reply: (r) => (content(r) === 'too big' ? anthropicError(413, 'request_too_large', 'too large') : undefined) }, { concurrency: 1 });
    const [failed, other] = await Promise.allSettled([counter.count(MODEL, ['too big', 'shared text']), counter.count(MODEL, ['shared text'])]);
    expect(failed.status).toBe('rejected');
    expect(other).toEqual({ status: 'fulfilled', value: [fakeTokens('shared text')] });
  });
});

describe('the retry log', () => {
  it('says each wait once per model, not once per request waiting', async () => {
    // Real (short) waits, so the four requests in flight do wait together.
    const { counter, logs } = await setup({ reply: () => DOWN }, { concurrency: 4, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / 20)) });
    await failure(counter.count(MODEL, texts(3)));
    const retries = logs.filter((line) => line.includes('retrying in'));
    expect(retries).toEqual([
      `Anthropic token count for ${MODEL}: 503 api_error: Service Unavailable; retrying in 1 s (1 of 3).`,
      `Anthropic token count for ${MODEL}: 503 api_error: Service Unavailable; retrying in 2 s (2 of 3).`,
      `Anthropic token count for ${MODEL}: 503 api_error: Service Unavailable; retrying in 4 s (3 of 3).`,
    ]);
  });
});
