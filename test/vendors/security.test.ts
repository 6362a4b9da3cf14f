/** The key goes only into its header: never into an error, a log line, a URL or the cache. */
import { afterEach, describe, expect, it } from 'vitest';
import { anthropicCounter, CountCache, geminiCounter, VendorApiError, type VendorCounter } from '../../src/vendors/index.js';
import { cleanApiText } from '../../src/vendors/errors.js';
import { anthropicError, googleError, refusedUrl, startFakeAnthropic, startFakeGemini, type FakeServer, type ScriptedReply } from './fake-servers.js';

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const KEY = 'sk-ant-api03-SECRET-0123456789';

describe('the API key', () => {
  it('appears in no error message or log line, whatever goes wrong', async () => {
    const echo = (message: string): [ScriptedReply, ScriptedReply] => [anthropicError(400, 'invalid_request_error', message), googleError(400, 'INVALID_ARGUMENT', message)];
    const scenarios: ScriptedReply[][] = [
      echo(`x-api-key ${KEY} is not valid`), // an API that echoes the key
      [anthropicError(401, 'authentication_error', `invalid x-api-key: ${KEY}`), googleError(403, 'PERMISSION_DENIED', `key ${KEY} was reported as leaked`)],
      [{ status: 200, raw: `not json ${KEY}` }, { status: 200, raw: `not json ${KEY}` }],
      [{ status: 200, body: { echo: KEY } }, { status: 200, body: { echo: KEY } }],
      Array.from({ length: 2 }, () => ({ status: 503, raw: `upstream ${KEY} down` })),
    ];
    for (const [anthropicReply, geminiReply] of scenarios) {
      for (const [start, make, reply] of [
        [startFakeAnthropic, anthropicCounter, anthropicReply],
        [startFakeGemini, geminiCounter, geminiReply],
      ] as const) {
        const server = await start({ apiKey: KEY });
        servers.push(server);
        const logs: string[] = [];
        const counter: VendorCounter = make({ apiKey: KEY, baseUrl: server.url, sleep: async () => {}, log: (l) => logs.push(l), concurrency: 1 });
        for (let i = 0; i < 4; i++) server.script.push(reply!);
        const error = await counter.count(make === anthropicCounter ? 'claude-sonnet-4-5' : 'gemini-2.5-flash', ['text']).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(VendorApiError);
        const seen = [String(error), (error as Error).stack ?? '', JSON.stringify(error), (error as VendorApiError).hint ?? '', ...logs].join('\n');
        expect(seen).not.toContain(KEY);
        expect(seen).toContain('[redacted]');
      }
    }
  });

  it('is not part of the cache nor of its file', () => {
    const cache = new CountCache();
    cache.set('anthropic', 'claude-sonnet-4-5', 'text', 3);
    expect(JSON.stringify(cache)).not.toContain(KEY);
    expect(JSON.stringify(cache)).not.toContain('text');
  });

  it('is refused when empty or not fit for a header, without being quoted', () => {
    for (const apiKey of ['', '   ', `${KEY}\r\nx-injected: 1`, 'key with spaces']) {
      const error = (() => {
        try {
          anthropicCounter({ apiKey });
        } catch (e) {
          return e as VendorApiError;
        }
      })();
      expect(error?.kind).toBe('config');
      expect(error?.message).not.toContain(KEY);
    }
    // A trailing newline, as secrets often have, is forgiven.
    expect(() => geminiCounter({ apiKey: `${KEY}\n` })).not.toThrow();
  });

  it('is sent over https only, or plain http to a loopback address', async () => {
    const refuse = (baseUrl: string) => expect(() => anthropicCounter({ apiKey: KEY, baseUrl }), baseUrl).toThrow(VendorApiError);
    refuse('http://api.anthropic.com');
    refuse('http://10.0.0.1:8080');
    refuse('ftp://127.0.0.1');
    refuse('not a url');
    refuse(`https://user:${KEY}@proxy.example`);
    refuse('https://proxy.example/?key=1');
    for (const baseUrl of ['https://proxy.example/anthropic/', 'http://127.0.0.1:9', 'http://localhost:9', 'http://[::1]:9']) {
      expect(() => anthropicCounter({ apiKey: KEY, baseUrl }), baseUrl).not.toThrow();
    }
  });

  it('is not carried across a redirect', async () => {
    const target = await startFakeAnthropic({ apiKey: KEY });
    const redirector = await startFakeAnthropic({ apiKey: KEY });
    servers.push(target, redirector);
    for (let i = 0; i < 8; i++) redirector.script.push({ status: 307, headers: { location: `${target.url}/v1/messages/count_tokens` } });
    const counter = anthropicCounter({ apiKey: KEY, baseUrl: redirector.url, sleep: async () => {}, concurrency: 1 });
    const error = await counter.count('claude-sonnet-4-5', ['text']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorApiError);
    expect(target.requests).toHaveLength(0);
  });

  it('stays out of the message of a connection failure', async () => {
    const counter = anthropicCounter({ apiKey: KEY, baseUrl: await refusedUrl(), sleep: async () => {} });
    const error = (await counter.count('claude-sonnet-4-5', ['x']).catch((e: unknown) => e)) as VendorApiError;
    expect(error.message).not.toContain(KEY);
  });
});

describe('cleanApiText', () => {
  it('strips control and bidi characters and cuts long text', () => {
    expect(cleanApiText('a\u001b[2Jb\r\nforged: line\u202ec')).toBe('a [2Jb forged: line c');
    expect(cleanApiText('x'.repeat(500))).toBe(`${'x'.repeat(200)}…`);
  });
});
