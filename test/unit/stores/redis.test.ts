import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Charge } from '../../../src/limits/types.js';
import { killSwitchKey, redisStore, StoreUnavailableError } from '../../../src/stores/redis.js';
import { CLIENTS, type ConnectedClient } from '../../helpers/redis-clients.js';
import { RedisServer, redisServerMissing } from '../../helpers/redis-server.js';

const charge = (key: string, amount: number, limit: number, periodSeconds = 60): Charge => ({ key, unit: 'tokens', amount, limit, periodSeconds, name: `limits.${key}` });

describe('redisStore without a server', () => {
  it('tells the clients apart by shape and refuses anything else', () => {
    expect(() => redisStore({})).toThrow(/ioredis client or a node-redis/);
    expect(() => redisStore(null)).toThrow(TypeError);
  });

  it('rejects with StoreUnavailableError at the timeout when Redis never answers', async () => {
    const hung = { evalsha: () => new Promise(() => {}), eval: () => new Promise(() => {}), get: () => new Promise(() => {}) };
    const store = redisStore(hung, { timeoutMs: 50 });
    const started = Date.now();
    const error = await store.admit([charge('k', 1, 10)]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toMatchObject({ name: 'StoreUnavailableError', operation: 'admit', timedOut: true });
    expect(Date.now() - started).toBeLessThan(2_000); // seconds, to catch a hang (README: Tests)
    await expect(store.isDisabled('chat')).rejects.toMatchObject({ operation: 'isDisabled', timedOut: true });
    await expect(store.adjust([charge('k', -1, 10)])).rejects.toMatchObject({ operation: 'adjust', timedOut: true });
  });

  it('wraps the client’s error, and swallows one that arrives after the timeout', async () => {
    const failing = { evalSha: () => Promise.reject(new Error('ECONNREFUSED')), eval: () => Promise.reject(new Error('ECONNREFUSED')), get: () => Promise.reject(new Error('ECONNREFUSED')) };
    await expect(redisStore(failing).admit([charge('k', 1, 10)])).rejects.toMatchObject({ timedOut: false, message: 'Redis failed admit: ECONNREFUSED' });
    // Rejects 30 ms after the store gave up: an unhandled rejection here would fail the run.
    const late = () => new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 30));
    const store = redisStore({ evalsha: late, eval: late, get: late }, { timeoutMs: 5 });
    await expect(store.admit([charge('k', 1, 10)])).rejects.toMatchObject({ timedOut: true });
    await new Promise((resolve) => setTimeout(resolve, 60));
  });

  it('takes only whole amounts, limits and periods (tokens or micro-dollars)', async () => {
    const store = redisStore({ evalsha: async () => [0], eval: async () => [0], get: async () => null });
    await expect(store.admit([charge('k', 1.5, 10)])).rejects.toThrow(TypeError);
    await expect(store.admit([charge('k', 1, 10, 0)])).rejects.toThrow(/whole numbers/);
    await expect(store.admit([charge('k', -1, 10)])).rejects.toThrow(/give back through adjust/);
    expect(() => redisStore({ evalsha() {}, eval() {}, get() {} }, { timeoutMs: 0 })).toThrow(/timeoutMs/);
  });
});

const missing = redisServerMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== undefined)('redisStore on redis-server', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await RedisServer.start();
  });
  afterAll(async () => server?.stop('SIGTERM'));

  describe.each(CLIENTS)('with $name', ({ connect }) => {
    let redis: ConnectedClient;
    beforeEach(async () => {
      redis = await connect(server.port);
      await redis.raw('FLUSHALL');
    });
    afterEach(async () => redis.close());
    const counter = async (key: string): Promise<number | null> => {
      const value = await redis.raw('GET', key);
      return value === null ? null : Number(value);
    };

    it('admits up to the limit and refuses the charge that would cross it, charging nothing', async () => {
      const store = redisStore(redis.client);
      expect(await store.admit([charge('user', 60, 100), charge('global', 60, 1_000)])).toEqual({ ok: true });
      expect(await store.admit([charge('user', 40, 100), charge('global', 40, 1_000)])).toEqual({ ok: true });
      const refused = await store.admit([charge('global', 5, 1_000), charge('user', 1, 100)]);
      expect(refused).toMatchObject({ ok: false, refused: { key: 'user', name: 'limits.user' }, used: 100 });
      expect(refused.ok === false && refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.ok === false && refused.retryAfterSeconds).toBeLessThanOrEqual(60);
      // The global counter, checked first and within its limit, was not charged either.
      expect([await counter('user'), await counter('global')]).toEqual([100, 100]);
    });

    it('refuses a charge larger than an unused limit, and adds up charges to one key', async () => {
      const store = redisStore(redis.client);
      expect(await store.admit([charge('fresh', 11, 10)])).toMatchObject({ ok: false, used: 0, retryAfterSeconds: 60 });
      expect(await counter('fresh')).toBeNull();
      expect(await store.admit([charge('twice', 6, 10), charge('twice', 6, 10)])).toMatchObject({ ok: false, used: 0 });
      expect(await store.admit([charge('twice', 5, 10), charge('twice', 5, 10)])).toEqual({ ok: true });
      expect(await counter('twice')).toBe(10);
    });

    it("expires a counter at the end of its window, aligned to UTC as the in-memory store's windows are", async () => {
      const store = redisStore(redis.client);
      const before = Date.now();
      expect(await store.admit([charge('window', 8, 10, 2)])).toEqual({ ok: true });
      const after = Date.now();
      const ttl = Number(await redis.raw('PTTL', 'window'));
      // The window of 2 s the call fell in ends at the next multiple of 2,000 ms since the epoch.
      const ends = [before, after].map((t) => Math.floor(t / 2_000) * 2_000 + 2_000);
      expect(ttl).toBeGreaterThan(0);
      expect(ends.some((end) => Math.abs(Date.now() + ttl - end) < 150)).toBe(true);
      const refused = await store.admit([charge('window', 3, 10, 2)]);
      expect(refused).toMatchObject({ ok: false, used: 8 });
      expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(2);
      await new Promise((resolve) => setTimeout(resolve, ttl + 100));
      expect(await counter('window')).toBeNull();
      expect(await store.admit([charge('window', 10, 10, 2)])).toEqual({ ok: true });
    });

    it('settles: adds the excess, gives back the unused, never below zero or into an expired period', async () => {
      const store = redisStore(redis.client);
      await store.admit([charge('user', 50, 100)]);
      await store.adjust([charge('user', 70, 100)]); // the API reported more than was reserved
      expect(await counter('user')).toBe(120);
      await store.adjust([charge('user', -30, 100), charge('gone', -5, 100), charge('user', 0, 100)]);
      expect([await counter('user'), await counter('gone')]).toEqual([90, null]);
      await store.adjust([charge('user', -500, 100)]);
      expect(await counter('user')).toBe(0);
      expect(Number(await redis.raw('PTTL', 'user'))).toBeGreaterThan(0);
      await store.adjust([charge('late', 7, 100, 30)]);
      expect(await counter('late')).toBe(7);
      const late = Number(await redis.raw('PTTL', 'late'));
      expect(late).toBeGreaterThan(0);
      expect(late).toBeLessThanOrEqual(30_000 - (Date.now() % 30_000) + 150);
    });

    it('reads the kill switch and namespaces every key with the prefix', async () => {
      const store = redisStore(redis.client, { prefix: 'staging:' });
      expect(await store.isDisabled('support-chat')).toBe(false);
      await redis.raw('SET', killSwitchKey('support-chat', 'staging:'), '1');
      expect(killSwitchKey('support-chat', 'staging:')).toBe('staging:pb:disabled:support-chat');
      expect(await store.isDisabled('support-chat')).toBe(true);
      expect(await redisStore(redis.client).isDisabled('support-chat')).toBe(false);
      await redis.raw('SET', killSwitchKey('support-chat', 'staging:'), '0');
      expect(await store.isDisabled('support-chat')).toBe(false);
      await store.admit([charge('pb:user:free:u1:tokens:day', 3, 10)]);
      expect(await redis.raw('KEYS', '*')).toEqual(expect.arrayContaining(['staging:pb:user:free:u1:tokens:day']));
      expect(await counter('pb:user:free:u1:tokens:day')).toBeNull();
    });

    it('loads the script again after the server’s script cache was flushed', async () => {
      const store = redisStore(redis.client);
      await store.admit([charge('k', 1, 10)]);
      await redis.raw('SCRIPT', 'FLUSH');
      expect(await store.admit([charge('k', 1, 10)])).toEqual({ ok: true });
      expect(await counter('k')).toBe(2);
    });

    it('wraps an error Redis answers (a counter that is not a number)', async () => {
      await redis.raw('SET', 'text', 'abc');
      await expect(redisStore(redis.client).adjust([charge('text', 1, 10)])).rejects.toBeInstanceOf(StoreUnavailableError);
    });
  });
});
