/**
 * The limit counters in Redis, shared by every instance of an application (issue 17). The client
 * is the application's own, ioredis or node-redis (v5), told apart by shape so that neither is a
 * dependency of ours; connecting and reconnecting stay the client's business.
 *
 * Why a script of our own rather than rate-limiter-flexible: an admission charges several counters
 * (the user's, the request's, the global one) all or none. rate-limiter-flexible's Redis limiter
 * runs a one-key script that increments before it compares, so a refused charge still consumes the
 * allowance, and its union of limiters issues one call per limiter with nothing given back when a
 * later one refuses. The script below checks every counter, then increments every counter, inside
 * one EVALSHA: one round trip, atomic on the server, nothing charged on a refusal. A counter
 * expires at the end of its period's window, aligned to UTC by the server's clock (a day ends at
 * 00:00 UTC, a month every 30 days from the epoch), as the in-memory store's windows are.
 *
 * Every call is bounded by `timeoutMs`: a slow or absent Redis rejects with StoreUnavailableError,
 * never a hang; the caller applies the declared policy (fail open or closed).
 */
import { createHash } from 'node:crypto';
import type { AdmitResult, Charge, LimitStore } from '../limits/types.js';

/** The store could not answer within its timeout, or Redis answered with an error. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(
    /** `admit`, `adjust` or `isDisabled`. */
    readonly operation: string,
    /** True when the timeout elapsed; false when the client or Redis reported an error (in `cause`). */
    readonly timedOut: boolean,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface RedisStoreOptions {
  /** Prepended to every key, e.g. `staging:` to share one Redis between environments; none by default. */
  prefix?: string;
  /** Bound on each store call, retries of the script included; 500 ms by default. */
  timeoutMs?: number;
}

/** The kill-switch key for a feature: `SET <key> 1` turns the feature off, `DEL <key>` back on. */
export function killSwitchKey(feature: string, prefix = ''): string {
  return `${prefix}pb:disabled:${feature}`;
}

const DEFAULT_TIMEOUT_MS = 500;

// KEYS: the counters. ARGV: amount, limit, period seconds for each key in turn. Amounts to the same
// key add up before the check. Returns {0} when admitted, {index, used, pttl} for the first refusal.
const ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wanted = {}
for i = 1, #KEYS do wanted[KEYS[i]] = (wanted[KEYS[i]] or 0) + tonumber(ARGV[3 * i - 2]) end
for i = 1, #KEYS do
  local used = tonumber(redis.call('GET', KEYS[i]) or '0')
  if used + wanted[KEYS[i]] > tonumber(ARGV[3 * i - 1]) then
    return {i, used, redis.call('PTTL', KEYS[i])}
  end
end
for i = 1, #KEYS do
  redis.call('INCRBY', KEYS[i], ARGV[3 * i - 2])
  local period = tonumber(ARGV[3 * i]) * 1000
  if redis.call('PTTL', KEYS[i]) < 0 then redis.call('PEXPIREAT', KEYS[i], now - now % period + period) end
end
return {0}
`;

// Settlement: a signed move per counter. A give-back never creates a counter that has expired
// (it would start the next period in credit) and never takes one below zero.
const ADJUST = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 1, #KEYS do
  local amount = tonumber(ARGV[2 * i - 1])
  if amount > 0 then
    redis.call('INCRBY', KEYS[i], amount)
    local period = tonumber(ARGV[2 * i]) * 1000
    if redis.call('PTTL', KEYS[i]) < 0 then redis.call('PEXPIREAT', KEYS[i], now - now % period + period) end
  elseif amount < 0 and redis.call('EXISTS', KEYS[i]) == 1 then
    if redis.call('DECRBY', KEYS[i], -amount) < 0 then redis.call('SET', KEYS[i], 0, 'KEEPTTL') end
  end
end
return 0
`;

type Reply = unknown;

/** The two calls the store needs, whichever client runs them. */
interface Commands {
  /**
   * Whether the connection is up now. A command sent while it is down waits in the client's
   * offline queue and runs after the reconnect: an admission that timed out here (and was refused
   * or let through by the policy) would then still be charged. So none is sent until it is up.
   */
  connected(): boolean;
  evalsha(sha: string, keys: string[], args: string[]): Promise<Reply>;
  eval(script: string, keys: string[], args: string[]): Promise<Reply>;
  get(key: string): Promise<string | null>;
}

interface IoRedisLike {
  evalsha(sha: string, numKeys: number, ...rest: string[]): Promise<Reply>;
  eval(script: string, numKeys: number, ...rest: string[]): Promise<Reply>;
  get(key: string): Promise<string | null>;
}

interface NodeRedisLike {
  evalSha(sha: string, options: { keys: string[]; arguments: string[] }): Promise<Reply>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<Reply>;
  get(key: string): Promise<string | null>;
}

function commandsOf(client: unknown): Commands {
  const shape = client as Partial<Record<'evalSha' | 'evalsha' | 'eval' | 'get', unknown>> | null;
  if (shape && typeof shape.evalSha === 'function' && typeof shape.eval === 'function' && typeof shape.get === 'function') {
    const redis = client as NodeRedisLike & { isReady?: boolean };
    return {
      connected: () => redis.isReady !== false,
      evalsha: (sha, keys, args) => redis.evalSha(sha, { keys, arguments: args }),
      eval: (script, keys, args) => redis.eval(script, { keys, arguments: args }),
      get: (key) => redis.get(key),
    };
  }
  if (shape && typeof shape.evalsha === 'function' && typeof shape.eval === 'function' && typeof shape.get === 'function') {
    const redis = client as IoRedisLike & { status?: string };
    return {
      // Before the first connection (`wait`, `connecting`, `connect`) commands wait for it, as an
      // application that uses a new client at once expects; after a loss they are refused.
      connected: () => !['reconnecting', 'close', 'end'].includes(redis.status ?? ''),
      evalsha: (sha, keys, args) => redis.evalsha(sha, keys.length, ...keys, ...args),
      eval: (script, keys, args) => redis.eval(script, keys.length, ...keys, ...args),
      get: (key) => redis.get(key),
    };
  }
  throw new TypeError('redisStore: expected an ioredis client or a node-redis (v5) client from createClient()');
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

function checkAmounts(charges: readonly Charge[], operation: string): void {
  for (const charge of charges) {
    // A negative admission would be a give-back that skips the checks: settlement is adjust's.
    if (operation === 'admit' && charge.amount < 0) throw new TypeError(`redisStore.admit: ${charge.name} charges ${charge.amount}; give back through adjust`);
    if (!Number.isSafeInteger(charge.amount) || !Number.isSafeInteger(charge.limit) || !Number.isSafeInteger(charge.periodSeconds) || charge.periodSeconds <= 0) {
      throw new TypeError(`redisStore.${operation}: ${charge.name} needs whole numbers (amount ${charge.amount}, limit ${charge.limit}, period ${charge.periodSeconds} s)`);
    }
  }
}

/** `work` or StoreUnavailableError, whichever comes first; a late rejection of `work` is swallowed. */
function bounded<T>(operation: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StoreUnavailableError(operation, true, `Redis did not answer ${operation} within ${timeoutMs} ms`)), timeoutMs);
    // A hung Redis must not keep the application's process alive.
    timer.unref();
    let pending: Promise<T>;
    try {
      pending = work();
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        const detail = error instanceof Error ? error.message : String(error);
        reject(new StoreUnavailableError(operation, false, `Redis failed ${operation}: ${detail}`, { cause: error }));
      },
    );
  });
}

const isNoScript = (error: unknown): boolean => error instanceof Error && error.message.startsWith('NOSCRIPT');

/** Counters in the application's Redis, for limits shared across instances. */
export function redisStore(client: unknown, options: RedisStoreOptions = {}): LimitStore {
  const redis = commandsOf(client);
  const prefix = options.prefix ?? '';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) throw new TypeError(`redisStore: timeoutMs must be a positive number of milliseconds, not ${timeoutMs}`);
  const scripts = { admit: { text: ADMIT, sha: sha1(ADMIT) }, adjust: { text: ADJUST, sha: sha1(ADJUST) } };

  // EVALSHA first (the script is cached on the server after the first EVAL); EVAL again after a
  // restart or SCRIPT FLUSH has emptied the cache.
  const run = async (script: { text: string; sha: string }, keys: string[], args: string[]): Promise<Reply> => {
    if (!redis.connected()) throw new Error('not connected (the client is reconnecting)');
    try {
      return await redis.evalsha(script.sha, keys, args);
    } catch (error) {
      if (!isNoScript(error)) throw error;
      return redis.eval(script.text, keys, args);
    }
  };

  return {
    async admit(charges) {
      checkAmounts(charges, 'admit');
      if (charges.length === 0) return { ok: true };
      const keys = charges.map((charge) => prefix + charge.key);
      const args = charges.flatMap((charge) => [String(charge.amount), String(charge.limit), String(charge.periodSeconds)]);
      const reply = (await bounded('admit', timeoutMs, () => run(scripts.admit, keys, args))) as number[];
      const index = Number(reply[0]);
      if (index === 0) return { ok: true };
      const refused = charges[index - 1]!;
      const pttl = Number(reply[2]);
      return { ok: false, refused, used: Number(reply[1]), retryAfterSeconds: pttl > 0 ? Math.ceil(pttl / 1000) : refused.periodSeconds } satisfies AdmitResult;
    },

    async adjust(charges) {
      checkAmounts(charges, 'adjust');
      const moves = charges.filter((charge) => charge.amount !== 0);
      if (moves.length === 0) return;
      const keys = moves.map((charge) => prefix + charge.key);
      const args = moves.flatMap((charge) => [String(charge.amount), String(charge.periodSeconds)]);
      await bounded('adjust', timeoutMs, () => run(scripts.adjust, keys, args));
    },

    async isDisabled(feature) {
      const value = await bounded('isDisabled', timeoutMs, async () => {
        if (!redis.connected()) throw new Error('not connected (the client is reconnecting)');
        return redis.get(killSwitchKey(feature, prefix));
      });
      return value !== null && value !== '' && value !== '0';
    },
  };
}
