/** Gemini counts through a local stand-in for the Gemini API's countTokens method. */
import { afterEach, describe, expect, it } from 'vitest';
import { geminiCounter, VendorApiError, type VendorCounterOptions } from '../../../src/vendors/index.js';
import { durationMs } from '../../../src/vendors/gemini.js';
import { FAKE_KEY, fakeTokens, googleError, startFakeGemini, type FakeServer } from '../../helpers/fake-servers.js';

const MODEL = 'gemini-2.5-flash';
let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(options: Partial<VendorCounterOptions> & { framing?: number } = {}) {
  server = await startFakeGemini({ framing: options.framing });
  const sleeps: number[] = [];
  const logs: string[] = [];
  const counter = geminiCounter({ apiKey: FAKE_KEY, baseUrl: server.url, sleep: async (ms) => void sleeps.push(ms), log: (line) => logs.push(line), ...options });
  return { server, counter, sleeps, logs };
}

async function failure(promise: Promise<unknown>): Promise<VendorApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VendorApiError);
  return error as VendorApiError;
}

const RETRY_INFO = '@type';

describe('geminiCounter', () => {
  it('sends the documented request, the key in its header only, and counts each text', async () => {
    const { server, counter, logs } = await setup();
    const texts = ['The quick brown fox jumps over the lazy dog.', 'Réponds en français.'];
    expect(await counter.count(MODEL, texts)).toEqual(texts.map(fakeTokens));
    for (const request of server.requests) {
      expect(request.method).toBe('POST');
      expect(request.url).toBe(`/v1beta/models/${MODEL}:countTokens`);
      expect(request.headers['x-goog-api-key']).toBe(FAKE_KEY);
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.json).toEqual({ contents: [{ role: 'user', parts: [{ text: expect.any(String) }] }] });
      expect(request.url + request.body).not.toContain(FAKE_KEY);
    }
    expect(logs).toContain(`Gemini ${MODEL}: a one-message count request adds 0 tokens of framing; taken off every count.`);
  });

  it('takes a "models/" prefix and encodes the model name as one path segment', async () => {
    const { server, counter } = await setup();
    expect(await counter.count(`models/${MODEL}`, ['hi'])).toEqual([1]);
    await failure(counter.count('x:generateContent?alt=1/../y', ['hi']));
    expect(server.requests.map((r) => r.url)).toContain('/v1beta/models/x%3AgenerateContent%3Falt%3D1%2F..%2Fy:countTokens');
  });

  it('subtracts framing should the API ever add some', async () => {
    const { counter, logs } = await setup({ framing: 2 });
    expect(await counter.count(MODEL, ['one two'])).toEqual([3]);
    expect(logs.at(-1)).toContain('adds 2 tokens of framing');
  });

  it('reads a 400 API_KEY_INVALID as a rejected key', async () => {
    const { counter, sleeps } = await setup({ apiKey: 'AIza-wrong-key' });
    const error = await failure(counter.count(MODEL, ['hello']));
    expect(error.kind).toBe('auth');
    expect(error.status).toBe(400);
    expect(error.message).toBe('the Gemini API rejected the key (400 INVALID_ARGUMENT: API key not valid. Please pass a valid API key.)');
    expect(error.hint).toContain('gemini-api-key');
    expect(sleeps).toEqual([]);
  });

  it('fails at once on an unknown model', async () => {
    const { counter, sleeps } = await setup();
    const error = await failure(counter.count('gemini-x', ['hello']));
    expect(error.kind).toBe('model');
    expect(error.message).toMatch(/^unknown model gemini-x: check the name against the vendor's model list \(Gemini API: 404 NOT_FOUND: models\/gemini-x is not found/);
    expect(sleeps).toEqual([]);
  });

  it('refuses a model only on a 404 NOT_FOUND "models/x is not found", not on a 400 that names the model', async () => {
    const { server, counter } = await setup({ concurrency: 1 });
    server.script.push(googleError(400, 'INVALID_ARGUMENT', '* GenerateContentRequest.model: unexpected model name format'));
    const error = await failure(counter.count(MODEL, ['x']));
    expect(error.kind).toBe('request');
    expect(error.message).toBe('the Gemini API rejected the request (400 INVALID_ARGUMENT: * GenerateContentRequest.model: unexpected model name format)');
    // Not refused for the run: the next call for the model counts.
    expect(await counter.count(MODEL, ['x'])).toEqual([1]);
    server.script.push(googleError(404, 'NOT_FOUND', 'Requested entity was not found.'));
    const other = await failure(counter.count('gemini-2.5-pro', ['y']));
    expect(other.kind).toBe('request');
    expect(other.message).toContain('count endpoint was not found');
  });

  it("waits for RetryInfo's retryDelay on 429 RESOURCE_EXHAUSTED, then counts", async () => {
    const { server, counter, sleeps } = await setup();
    await counter.count(MODEL, ['warm up']);
    server.script.push(
      googleError(429, 'RESOURCE_EXHAUSTED', 'You exceeded your current quota. Please retry in 1.5s.', [
        { [RETRY_INFO]: 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '1.5s' },
      ]),
    );
    expect(await counter.count(MODEL, ['limited'])).toEqual([1]);
    expect(sleeps).toEqual([1_500]);
  });

  it('does not wait hours for a daily quota', async () => {
    const { server, counter, sleeps } = await setup();
    await counter.count(MODEL, ['warm up']);
    server.script.push(googleError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded for metric: requests per day', [{ [RETRY_INFO]: 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '35640s' }]));
    const error = await failure(counter.count(MODEL, ['tomorrow']));
    expect(error.kind).toBe('rate-limit');
    expect(error.message).toContain('asks to wait 35640 s');
    expect(sleeps).toEqual([]);
  });

  it('backs off on 503 UNAVAILABLE and 504, then counts', async () => {
    const { server, counter, sleeps } = await setup();
    await counter.count(MODEL, ['warm up']);
    server.script.push(googleError(503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.'), googleError(504, 'DEADLINE_EXCEEDED', 'Deadline expired'));
    expect(await counter.count(MODEL, ['busy'])).toEqual([1]);
    expect(sleeps).toEqual([1_000, 2_000]);
  });

  it('reads protobuf durations', () => {
    expect([durationMs('39s'), durationMs('45.837906927s'), durationMs('0s'), durationMs('1m'), durationMs(3)]).toEqual([39_000, 45_838, 0, undefined, undefined]);
  });
});
