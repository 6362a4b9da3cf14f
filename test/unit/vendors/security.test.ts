/** The key goes only into its header: never into an error, a log line, a URL or the cache. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCountingApis } from '../../../src/run/vendor-apis.js';
import type { VendorCounter } from '../../../src/budget/count-texts.js';
import { anthropicCounter, CountCache, geminiCounter, VendorApiError } from '../../../src/vendors/index.js';
import { escapeControl } from '../../../src/common/format.js';
import { cleanApiText } from '../../../src/vendors/errors.js';
import { anthropicError, FAKE_KEY, googleError, refusedUrl, startFakeAnthropic, startFakeGemini, type FakeServer, type ScriptedReply } from '../../helpers/fake-servers.js';

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
    cache.set(CountCache.key(KEY, 'anthropic', 'claude-sonnet-4-5', 'text'), 3);
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

/** A model named in budgets.yml comes from the pull request: it must not forge a workflow command. */
describe('log lines and messages', () => {
  const FORGED = 'claude-x\n::error::forged\u001b[31m\u2028';
  // eslint-disable-next-line no-control-regex
  const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

  it('show control characters of a model name escaped, in every log line and error message', async () => {
    const known = await startFakeAnthropic({ models: [FORGED] });
    const unknown = await startFakeAnthropic();
    const gemini = await startFakeGemini();
    servers.push(known, unknown, gemini);
    const logs: string[] = [];
    const options = { apiKey: FAKE_KEY, sleep: async () => {}, log: (l: string) => logs.push(l), concurrency: 1 };
    // Retried, then counted: a retry line and a framing line, each naming the model.
    known.script.push(anthropicError(503, 'api_error', 'down'));
    expect(await anthropicCounter({ ...options, baseUrl: known.url }).count(FORGED, ['text'])).toEqual([1]);
    const errors = [
      await anthropicCounter({ ...options, baseUrl: unknown.url }).count(FORGED, ['text']).catch((e: unknown) => e),
      await geminiCounter({ ...options, baseUrl: gemini.url }).count(FORGED, ['text']).catch((e: unknown) => e),
    ] as VendorApiError[];
    expect(errors.map((e) => e.kind)).toEqual(['model', 'model']);
    expect(logs.some((l) => l.includes('retrying in'))).toBe(true);
    for (const line of [...logs, ...errors.map((e) => e.message)]) {
      expect(line).not.toMatch(UNSAFE);
      expect(line).toContain('claude-x\\u000a::error::forged\\u001b[31m\\u2028');
    }
  });

  it('are escaped in the warning the adapter prints, and in the cache\'s own log lines', async () => {
    const server = await startFakeAnthropic();
    servers.push(server);
    const dir = await mkdtemp(join(tmpdir(), 'vendor-log-'));
    try {
      const cacheFile = join(dir, 'counts\n::error::forged.json');
      await writeFile(cacheFile, 'not json');
      const lines: string[] = [];
      const apis = await openCountingApis({ anthropicApiKey: FAKE_KEY, cacheFile, log: (l) => lines.push(l), warn: (l) => lines.push(`warning: ${l}`), env: { ANTHROPIC_BASE_URL: server.url } });
      await apis.vendors.anthropic!.count(FORGED, ['text']).catch(() => {});
      expect(lines.some((l) => l.startsWith('warning: ') && l.includes('failed'))).toBe(true);
      expect(lines.some((l) => l.includes('ignored: not JSON'))).toBe(true);
      for (const line of lines) expect(line).not.toMatch(UNSAFE);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the log escaper (escapeControl) escapes what could end or reorder a line, and nothing else', () => {
    expect(escapeControl('a\r\n::error::b\u202ec\u0085d')).toBe('a\\u000d\\u000a::error::b\\u202ec\\u0085d');
    expect(escapeControl('claude-sonnet-4-5 → Réponds, 日本語')).toBe('claude-sonnet-4-5 → Réponds, 日本語');
  });
});
