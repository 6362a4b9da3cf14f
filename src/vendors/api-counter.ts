/**
 * The part every vendor shares: one count request per distinct text, a few at a time, retried
 * the way the vendors ask, with the framing of a one-message request measured once per model
 * and taken off, and every number kept in a cache. The vendor modules say only what goes over
 * the wire (anthropic.ts, gemini.ts).
 *
 * A counter that fails stops at once. When the API is down (no answer after the retries, a rate
 * limit we do not wait out, a rejected key) or a call runs past its deadline, the counter is down
 * for the rest of the run: every call under way and every later one rejects with that error, the
 * requests in flight are aborted and the queued ones never sent. The caller counts estimates
 * instead, and the process is free to exit. Work that no call waits for any more (its call failed
 * on another text) is dropped the same way.
 *
 * The parts: http.ts sends one request and reads its answer within bounds; answer.ts says what the
 * answer means; retry.ts spaces and retries requests; framing.ts measures and takes off the
 * framing; refusals.ts remembers what the API refused (a model, or everything once down); jobs.ts
 * shares one count among the calls that want it. This file joins them into count().
 */
import { Redactor, redactSecrets } from '../common/secrets.js';
import { CountCache } from './cache.js';
import { escapeControl } from '../common/format.js';
import { sleepUnlessAborted } from './abort.js';
import { readAnswer, type Attempt, type Wording } from './answer.js';
import { VendorApiError, cleanApiText } from './errors.js';
import { Framing, requestBody } from './framing.js';
import { MAX_RESPONSE_BYTES, post, TooLarge } from './http.js';
import { Jobs, type Hold } from './jobs.js';
import { Refusals } from './refusals.js';
import { limiter, MAX_WAIT_MS, RETRIES, RetryWaits, retryWait } from './retry.js';
import type { VendorApi } from './vendor-api.js';
import type { VendorCounter } from '../budget/count-texts.js';

export interface VendorCounterOptions {
  apiKey: string;
  /** Scheme, host and optional path prefix; https, or http to a loopback address (tests, local proxies). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Waits `ms`; may end early when `signal` aborts (the counter stops waiting then anyway). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Shared with other counters and saved by the caller; an in-memory one by default. */
  cache?: CountCache;
  log?: (message: string) => void;
  /** Requests under way at once; 4 by default. */
  concurrency?: number;
  /**
   * How long one request may take, from sending it to the last byte of the answer; 30 s by default.
   * It is a deadline of our own, raced against the fetch and every read of the body: it holds even
   * where fetch's abort does not reach a body being read (Node 20, after a garbage collection).
   */
  timeoutMs?: number;
  /** How long one count() call may take in all, retries and waits included; 3 minutes by default. */
  deadlineMs?: number;
}

/**
 * One request, answer included: a count answers in well under a second; 30 s is a slow API with
 * room to spare, and keeps one text's 4 attempts (127 s with the waits) inside the call's deadline.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * A count() call that takes longer fails as unavailable, and the run goes on with estimates. Three
 * minutes is a slow API at its worst (one text's 4 attempts of 30 s and 7 s of waits, 127 s) with
 * room to spare; it is also about 300 requests at a 100-a-minute rate limit, so a first run over
 * more distinct texts than that may end in estimates, while the cache keeps what was counted.
 */
const DEFAULT_DEADLINE_MS = 180_000;
const DEFAULT_CONCURRENCY = 4;

export { MAX_RESPONSE_BYTES } from './http.js';

export function createVendorCounter(api: VendorApi, options: VendorCounterOptions): VendorCounter {
  const apiKey = checkedKey(api, options.apiKey);
  // This counter's key, and every secret the process registered (src/common/secrets.ts), whole or in part.
  const own = new Redactor([apiKey]);
  const redact = (text: string) => redactSecrets(own.redact(text));
  const safe = (text: string) => escapeControl(redact(text));
  const wording: Wording = {
    fail: (kind, message, status, hint) => new VendorApiError(api.vendor, kind, safe(message), status, hint && safe(hint)),
    /** An excerpt of the API's words: redacted before it is cut, so a cut cannot leave part of a key. */
    quote: (text, limit) => cleanApiText(text, limit, redact),
  };
  const { fail } = wording;
  const base = checkedBaseUrl(api, options.baseUrl ?? api.defaultBaseUrl, wording);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const cache = options.cache ?? new CountCache();
  const log = (line: string) => options.log?.(safe(line));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const limit = limiter(options.concurrency ?? DEFAULT_CONCURRENCY);
  const waits = new RetryWaits(options.sleep ?? sleepUnlessAborted, log);
  const refusals = new Refusals();
  const framing = new Framing(api, countRaw, wording, log);
  const jobs = new Jobs((model, text, signal) => framing.count(model, text, signal), cache);

  /** One request for `text`, and what its answer means; a refusal is recorded for the model or the counter it rules out. */
  async function attempt(model: string, text: string, signal: AbortSignal): Promise<Attempt> {
    refusals.check(model);
    signal.throwIfAborted();
    let answer;
    try {
      answer = await post(fetchImpl, { url: api.url(base, model), headers: api.headers(apiKey), body: JSON.stringify(requestBody(api, model, text)), timeoutMs }, signal, wording.quote);
    } catch (error) {
      // An API that answers a megabyte to a count is broken for every text: the counter is down.
      if (error instanceof TooLarge) throw refusals.goDown(fail('response', `the ${api.label} API answered more than ${size(MAX_RESPONSE_BYTES)} (a count is a few bytes); the answer was not read further`, error.status));
      throw error;
    }
    if ('noAnswer' in answer) return { ok: false, what: answer.noAnswer };
    const meaning = readAnswer(api, model, text, answer, wording);
    if (!('refused' in meaning)) return meaning;
    if (meaning.scope === 'counter') throw refusals.goDown(meaning.refused);
    if (meaning.scope === 'model') throw refusals.refuseModel(model, meaning.refused);
    throw meaning.refused;
  }

  /**
   * The API's count for `text`, after the retries. A retry keeps its place while it waits: an
   * API that is rate-limiting us should see fewer requests meanwhile, not more.
   */
  function countRaw(model: string, text: string, signal: AbortSignal): Promise<number> {
    return limit(async () => {
      for (let tries = 0; ; tries++) {
        const result = await attempt(model, text, signal);
        if (result.ok) return result.tokens;
        if (result.retryAfterMs !== undefined && result.retryAfterMs > MAX_WAIT_MS) {
          throw refusals.goDown(fail('rate-limit', `the ${api.label} API asks to wait ${Math.ceil(result.retryAfterMs / 1000)} s (${result.what}), longer than the ${MAX_WAIT_MS / 1000} s a CI job waits`, result.status));
        }
        if (tries >= RETRIES) {
          throw refusals.goDown(fail('unavailable', `the ${api.label} API gave no count for ${model} after ${RETRIES + 1} attempts (last: ${result.what})`, result.status));
        }
        await waits.wait(api.label, model, tries, retryWait(tries, result.retryAfterMs), result.what, signal);
      }
    }, signal);
  }

  return {
    vendor: api.vendor,
    async count(model, texts) {
      if (typeof model !== 'string' || model.trim() === '') throw fail('config', `no ${api.label} model named`);
      if (refusals.down) throw refusals.down;
      const holds: Hold[] = [];
      const counts = texts.map((text) => {
        if (text === '') return 0;
        const key = CountCache.key(apiKey, api.vendor, model, text);
        const cached = cache.get(key);
        if (cached !== undefined) return cached;
        const hold = jobs.join(key, model, text);
        holds.push(hold);
        return hold[1].tokens;
      });
      if (holds.length === 0) return counts as number[];
      const call = refusals.enter();
      const deadline = setTimeout(() => refusals.goDown(fail('unavailable', `the ${api.label} API gave no counts for ${model} within ${deadlineMs / 1000} s`)), deadlineMs);
      try {
        return await Promise.race([Promise.all(counts), call.stopped]);
      } finally {
        clearTimeout(deadline);
        call.leave();
        // Whatever this call alone was waiting for is dropped: queued requests are never sent, those in flight aborted.
        const unneeded = refusals.down ?? fail('unavailable', 'count no longer needed');
        jobs.leave(holds, unneeded);
        if (refusals.calls === 0) framing.stop(unneeded);
      }
    },
  };
}

function checkedKey(api: VendorApi, value: string): string {
  const key = typeof value === 'string' ? value.trim() : '';
  // Header values cannot hold control characters; fetch would throw, quoting the value.
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new VendorApiError(api.vendor, 'config', `the ${api.label} API key is empty or holds spaces or characters a header cannot carry`, undefined, `Check the key given as ${api.keySource}.`);
  }
  return key;
}

function checkedBaseUrl(api: VendorApi, value: string, { fail, quote }: Wording): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail('config', `the ${api.label} base URL is not a URL: ${quote(value, 100)}`);
  }
  if (url.username || url.password || url.search || url.hash) throw fail('config', `the ${api.label} base URL must not carry credentials, a query or a fragment`);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw fail('config', `the ${api.label} base URL must use https (plain http only to a loopback address): ${url.origin}`);
  }
  return url.href.replace(/\/+$/, '');
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function size(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;
}
