/** The content-addressed count cache, in memory and in its file. */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anthropicCounter, CountCache } from '../../../src/vendors/index.js';
import { FAKE_KEY, fakeTokens, startFakeAnthropic, type FakeServer } from '../../helpers/fake-servers.js';

const MODEL = 'claude-sonnet-4-5';
const at = (vendor: 'anthropic' | 'gemini', model: string, text: string, key = FAKE_KEY) => CountCache.key(key, vendor, model, text);

let dir: string;
let server: FakeServer | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vendor-cache-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('CountCache', () => {
  it('keys a count by vendor, model and text, under an HMAC keyed by the API key', () => {
    const cache = new CountCache();
    cache.set(at('anthropic', 'claude-opus-4-7', 'text'), 5);
    expect(cache.get(at('anthropic', 'claude-opus-4-7', 'text'))).toBe(5);
    expect(cache.get(at('anthropic', 'claude-sonnet-4-5', 'text'))).toBeUndefined();
    expect(cache.get(at('gemini', 'claude-opus-4-7', 'text'))).toBeUndefined();
    expect(cache.get(at('anthropic', 'claude-opus-4-7', 'text '))).toBeUndefined();
    expect(cache.get(at('anthropic', 'claude-opus-4-7', 'text', 'sk-another-key'))).toBeUndefined();
    expect(CountCache.key(FAKE_KEY, 'anthropic', 'a\0b', 'c')).not.toBe(CountCache.key(FAKE_KEY, 'anthropic', 'a', 'b\0c'));
    // Not the plain hash anyone could compute.
    expect(at('anthropic', 'm', 't')).not.toBe(createHash('sha256').update(JSON.stringify(['text-tokens-v1', 'anthropic', 'm', 't'])).digest('hex'));
    expect(() => cache.set(at('gemini', 'm', 't'), -1)).toThrow(TypeError);
    expect(() => CountCache.key('', 'gemini', 'm', 't')).toThrow(TypeError);
  });

  it('saves to a file and loads it back, holding neither texts nor keys', async () => {
    const cache = new CountCache();
    cache.set(at('anthropic', 'claude-opus-4-7', 'You are a careful support agent.'), 9);
    cache.set(at('gemini', 'gemini-2.5-pro', 'Réponds en français.'), 6);
    const path = join(dir, 'nested', 'counts.json');
    await cache.save(path);
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain('support agent');
    expect(text).not.toContain('français');
    expect(text).not.toContain(FAKE_KEY);
    const logs: string[] = [];
    const loaded = await CountCache.load(path, (l) => logs.push(l));
    expect(loaded.size).toBe(2);
    expect(loaded.get(at('anthropic', 'claude-opus-4-7', 'You are a careful support agent.'))).toBe(9);
    expect(loaded.get(at('gemini', 'gemini-2.5-pro', 'Réponds en français.'))).toBe(6);
    expect(logs).toEqual([]);
  });

  it('reads no forged entry: one under the plain sha256 address, or one made with another key, is not used and the API is asked', async () => {
    server = await startFakeAnthropic();
    const text = 'A long system prompt that a pull request wants counted as one token.';
    const path = join(dir, 'counts.json');
    const plain = createHash('sha256').update(JSON.stringify(['text-tokens-v1', 'anthropic', MODEL, text])).digest('hex');
    const other = new CountCache();
    other.set(CountCache.key('sk-attacker-own-key', 'anthropic', MODEL, text), 1);
    await writeFile(path, JSON.stringify({ ...other.toJSON(), entries: { ...other.toJSON().entries, [plain]: 1 } }));
    const cache = await CountCache.load(path);
    expect(cache.size).toBe(2); // well-formed, so loaded; but neither address is ours
    const counter = anthropicCounter({ apiKey: FAKE_KEY, baseUrl: server.url, cache });
    expect(await counter.count(MODEL, [text])).toEqual([fakeTokens(text)]);
    expect(server.requests.map((r) => (r.json as { messages: { content: string }[] }).messages[0]!.content)).toContain(text);
    // The real count is stored under our own address, and the file still holds neither key nor text.
    await cache.save(path);
    const saved = await readFile(path, 'utf8');
    expect(saved).not.toContain(FAKE_KEY);
    expect(saved).not.toContain('system prompt');
    expect((await CountCache.load(path)).get(at('anthropic', MODEL, text))).toBe(fakeTokens(text));
  });

  it('starts empty, silently, when there is no file yet', async () => {
    const logs: string[] = [];
    expect((await CountCache.load(join(dir, 'absent.json'), (l) => logs.push(l))).size).toBe(0);
    expect(logs).toEqual([]);
  });

  it('ignores a corrupt or foreign file with a log line, never failing', async () => {
    const cases: [string, string][] = [
      ['{"format": "prompt-budget/vendor-count-cache", "version": 2, "entries": {', 'not JSON'],
      ['{"name": "some-package", "version": "1.0.0"}', 'not a prompt-budget count cache'],
      ['[1, 2, 3]', 'not a prompt-budget count cache'],
      // Version 1 had plain sha256 addresses, forgeable by anyone: its files are not read.
      [`{"format": "prompt-budget/vendor-count-cache", "version": 1, "entries": {"${'a'.repeat(64)}": 3}}`, 'cache format version 1, not 2'],
      [`{"format": "prompt-budget/vendor-count-cache", "version": 2, "entries": {"${'a'.repeat(64)}": -3}}`, 'an entry is not an HMAC-SHA256 address with a token count'],
      ['{"format": "prompt-budget/vendor-count-cache", "version": 2, "entries": {"__proto__": 1}}', 'an entry is not an HMAC-SHA256 address with a token count'],
    ];
    for (const [content, reason] of cases) {
      const path = join(dir, 'counts.json');
      await writeFile(path, content);
      const logs: string[] = [];
      const cache = await CountCache.load(path, (l) => logs.push(l));
      expect(cache.size, content).toBe(0);
      expect(logs, content).toEqual([`Vendor count cache ${path} ignored: ${reason}; starting empty.`]);
    }
    const logs: string[] = [];
    expect((await CountCache.load(dir, (l) => logs.push(l))).size).toBe(0); // a directory
    expect(logs).toEqual([`Vendor count cache ignored: ${dir} is not a file: it is a directory; starting empty.`]);
  });

  it('checks the size before reading: a file over the limit is ignored unread', async () => {
    // A sparse 3 GiB file: readFile would refuse it with its own error (over 2 GiB) before the
    // size check ran; checked first, it is ignored as too big, and nothing is read.
    const path = join(dir, 'huge.json');
    await writeFile(path, '');
    await truncate(path, 3 * 1024 ** 3);
    const logs: string[] = [];
    expect((await CountCache.load(path, (l) => logs.push(l))).size).toBe(0);
    expect(logs).toEqual([`Vendor count cache ignored: ${path} is 3,221,225,472 bytes; over 128 MB; starting empty.`]);
  });

  it('spares a later run every request for texts counted before', async () => {
    server = await startFakeAnthropic();
    const path = join(dir, 'counts.json');
    const texts = ['System prompt text.', 'Few-shot example one.'];
    // This run: the caller loads the cache (empty), counts, and saves it.
    const cache = await CountCache.load(path);
    const counts = await anthropicCounter({ apiKey: FAKE_KEY, baseUrl: server.url, cache }).count('claude-sonnet-4-5', texts);
    expect(server.requests).toHaveLength(3); // the framing probe and two texts
    await cache.save(path);
    // The next run: a fresh counter over the saved cache asks nothing.
    const later = anthropicCounter({ apiKey: FAKE_KEY, baseUrl: server.url, cache: await CountCache.load(path) });
    expect(await later.count('claude-sonnet-4-5', texts)).toEqual(counts);
    expect(server.requests).toHaveLength(3);
  });
});
