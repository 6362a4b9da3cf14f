/** The content-addressed count cache, in memory and in its file. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anthropicCounter, CountCache } from '../../src/vendors/index.js';
import { FAKE_KEY, startFakeAnthropic, type FakeServer } from './fake-servers.js';

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
  it('keys a count by vendor, model and text', () => {
    const cache = new CountCache();
    cache.set('anthropic', 'claude-opus-4-7', 'text', 5);
    expect(cache.get('anthropic', 'claude-opus-4-7', 'text')).toBe(5);
    expect(cache.get('anthropic', 'claude-sonnet-4-5', 'text')).toBeUndefined();
    expect(cache.get('gemini', 'claude-opus-4-7', 'text')).toBeUndefined();
    expect(cache.get('anthropic', 'claude-opus-4-7', 'text ')).toBeUndefined();
    expect(CountCache.key('anthropic', 'a\0b', 'c')).not.toBe(CountCache.key('anthropic', 'a', 'b\0c'));
    expect(() => cache.set('gemini', 'm', 't', -1)).toThrow(TypeError);
  });

  it('saves to a file and loads it back, holding neither texts nor keys', async () => {
    const cache = new CountCache();
    cache.set('anthropic', 'claude-opus-4-7', 'You are a careful support agent.', 9);
    cache.set('gemini', 'gemini-2.5-pro', 'Réponds en français.', 6);
    const path = join(dir, 'nested', 'counts.json');
    await cache.save(path);
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain('support agent');
    expect(text).not.toContain('français');
    const logs: string[] = [];
    const loaded = await CountCache.load(path, (l) => logs.push(l));
    expect(loaded.size).toBe(2);
    expect(loaded.get('anthropic', 'claude-opus-4-7', 'You are a careful support agent.')).toBe(9);
    expect(loaded.get('gemini', 'gemini-2.5-pro', 'Réponds en français.')).toBe(6);
    expect(logs).toEqual([]);
  });

  it('starts empty, silently, when there is no file yet', async () => {
    const logs: string[] = [];
    expect((await CountCache.load(join(dir, 'absent.json'), (l) => logs.push(l))).size).toBe(0);
    expect(logs).toEqual([]);
  });

  it('ignores a corrupt or foreign file with a log line, never failing', async () => {
    const cases: [string, string][] = [
      ['{"format": "prompt-budget/vendor-count-cache", "version": 1, "entries": {', 'not JSON'],
      ['{"name": "some-package", "version": "1.0.0"}', 'not a prompt-budget count cache'],
      ['[1, 2, 3]', 'not a prompt-budget count cache'],
      ['{"format": "prompt-budget/vendor-count-cache", "version": 2, "entries": {}}', 'cache format version 2, not 1'],
      [`{"format": "prompt-budget/vendor-count-cache", "version": 1, "entries": {"${'a'.repeat(64)}": -3}}`, 'an entry is not a sha256 key with a token count'],
      ['{"format": "prompt-budget/vendor-count-cache", "version": 1, "entries": {"__proto__": 1}}', 'an entry is not a sha256 key with a token count'],
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
    expect(logs[0]).toMatch(/not read/);
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
