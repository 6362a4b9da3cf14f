/**
 * An answer from a counting API is bounded in size and in time, body included: an answer that
 * trickles a byte a second or streams without end ends in a failure that names the limit, the
 * connection is closed, and the caller (counting estimates instead) is free to go on and exit.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS, MAX_RESPONSE_BYTES } from '../../../src/vendors/api-counter.js';
import { anthropicCounter, geminiCounter, VendorApiError, type VendorCounterOptions } from '../../../src/vendors/index.js';
import { FAKE_KEY, startFakeAnthropic, startFakeGemini, type FakeOptions, type FakeServer } from '../../helpers/fake-servers.js';

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/**
 * A full garbage collection, on demand. On Node 20 a full GC after the headers arrived is what
 * stops fetch's abort from reaching the body (the request's own controller is only weakly held):
 * the timeout then fired, and the read went on for as long as the server kept sending.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const VENDORS = [
  { name: 'Anthropic', start: startFakeAnthropic, make: anthropicCounter, model: 'claude-sonnet-4-5' },
  { name: 'Gemini', start: startFakeGemini, make: geminiCounter, model: 'gemini-2.5-flash' },
] as const;

async function setup(vendor: (typeof VENDORS)[number], fake: FakeOptions, options: Partial<VendorCounterOptions> = {}) {
  const server = await vendor.start(fake);
  servers.push(server);
  const logs: string[] = [];
  const counter = vendor.make({ apiKey: FAKE_KEY, baseUrl: server.url, sleep: async () => {}, log: (line) => logs.push(line), ...options });
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

async function drained(server: FakeServer, ms = 2_000): Promise<void> {
  const until = Date.now() + ms;
  while (server.inFlight > 0) {
    if (Date.now() > until) throw new Error(`${server.inFlight} requests still in flight after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the limits are named and sane', () => {
  it('a count answer is a few dozen bytes: 1 MB is far above any real one; a request may take 30 s, body included', () => {
    expect(MAX_RESPONSE_BYTES).toBe(1024 * 1024);
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
  });
});

describe.each(VENDORS)('$name: an answer that never finishes', (vendor) => {
  it('a byte a second after the headers: fails at the per-request limit, with the limit in the message, even after a full GC (Node 20 lost the abort)', async () => {
    const { server, counter } = await setup(vendor, { reply: () => ({ status: 200, stream: { chunk: ' ', everyMs: 200 } }) }, { timeoutMs: 1_500, concurrency: 2 });
    const counting = failure(counter.count(vendor.model, ['hello there']));
    // Both requests (the framing probe and the text) have their headers and are reading the body.
    await new Promise((resolve) => setTimeout(resolve, 500));
    gc();
    const error = await counting;
    expect(error.kind).toBe('unavailable');
    expect(error.message).toBe(`the ${vendor.name} API gave no count for ${vendor.model} after 4 attempts (last: did not finish answering within 1.5 s)`);
    await drained(server);
  }, 20_000);

  it('an endless body: refused once it passes 1 MB, read no further, not retried', async () => {
    const { server, counter } = await setup(vendor, { reply: () => ({ status: 200, stream: { chunk: 'x'.repeat(64 * 1024), everyMs: 2 } }) }, { concurrency: 1 });
    const error = await failure(counter.count(vendor.model, ['hello there']));
    expect(error.kind).toBe('response');
    expect(error.message).toBe(`the ${vendor.name} API answered more than 1 MB (a count is a few bytes); the answer was not read further`);
    expect(server.requests).toHaveLength(1);
    await drained(server);
  }, 20_000);

  it('a body that declares more than 1 MB is refused before it is read', async () => {
    const { server, counter } = await setup(vendor, { reply: () => ({ status: 200, headers: { 'content-length': String(2 * MAX_RESPONSE_BYTES) }, stream: { chunk: 'x', everyMs: 1_000 } }) }, { concurrency: 1 });
    const error = await failure(counter.count(vendor.model, ['hello there']));
    expect(error.kind).toBe('response');
    expect(error.message).toMatch(/answered more than 1 MB/);
    await drained(server);
  });

  it('an error answer of exactly 1 MB is still read and quoted, cut short', async () => {
    const message = 'y'.repeat(MAX_RESPONSE_BYTES - 200);
    const { counter } = await setup(vendor, { reply: () => ({ status: 400, raw: JSON.stringify({ error: { type: 'invalid_request_error', status: 'INVALID_ARGUMENT', message } }).padEnd(MAX_RESPONSE_BYTES, ' ') }) });
    const error = await failure(counter.count(vendor.model, ['hello there']));
    expect(error.kind).toBe('request');
    expect(error.message).toContain(`${'y'.repeat(100)}`);
    expect(error.message.length).toBeLessThan(400);
  });
});
