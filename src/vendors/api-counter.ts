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
 */
import { readToolsRequestText } from '../prompts/tools.js';
import type { ToolDefinition } from '../prompts/types.js';
import { Redactor, redactSecrets } from '../common/secrets.js';
import { CountCache } from './cache.js';
import { escapeControl } from '../common/format.js';
import { API_TYPE_LIMIT, VendorApiError, cleanApiText, type Vendor, type VendorFailure } from './errors.js';

export interface VendorCounter {
  readonly vendor: Vendor;
  /** Tokens of each text for `model`, in order. Rejects with VendorApiError after retries. Empty text → 0 without a call. */
  count(model: string, texts: readonly string[]): Promise<number[]>;
}

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

/** The same policy as our GitHub client (src/github/client.ts): 3 retries, 1, 2, 4 s apart. */
export const RETRIES = 3;
export const BASE_DELAY_MS = 1_000;
/** A rate limit that lifts later than this is not waited for: a CI job should not idle for minutes. */
export const MAX_WAIT_MS = 60_000;
/**
 * One request, answer included: a count answers in well under a second; 30 s is a slow API with
 * room to spare, and keeps one text's 4 attempts (127 s with the waits) inside the call's deadline.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * The largest answer read. A count is a few dozen bytes (`{"input_tokens":123}`) and an error a
 * few hundred; a larger answer is refused as it streams, before more than this is held, so an
 * endless or gigabyte answer cannot exhaust memory.
 */
export const MAX_RESPONSE_BYTES = 1024 * 1024;
/**
 * A count() call that takes longer fails as unavailable, and the run goes on with estimates. Three
 * minutes is a slow API at its worst (one text's 4 attempts of 30 s and 7 s of waits, 127 s) with
 * room to spare; it is also about 300 requests at a 100-a-minute rate limit, so a first run over
 * more distinct texts than that may end in estimates, while the cache keeps what was counted.
 */
export const DEFAULT_DEADLINE_MS = 180_000;
export const DEFAULT_CONCURRENCY = 4;
/**
 * The text whose count measures the framing. A single lowercase ASCII letter is one token in
 * every byte-level BPE and SentencePiece vocabulary we know of (each byte or character is in the
 * base vocabulary, and a lone letter has nothing to merge with inside the text).
 */
export const FRAMING_PROBE = 'a';

/** Statuses worth another try: rate limits, server errors, and Anthropic's 529 "overloaded". */
const RETRYABLE = new Set([429, 500, 502, 503, 504, 529]);

/** What an error body says, read by the vendor module. */
export interface ApiErrorInfo {
  /** The vendor's name for the error (`rate_limit_error`, `RESOURCE_EXHAUSTED`). */
  type?: string;
  message?: string;
  /** A wait the body asks for (Gemini's RetryInfo). */
  retryAfterMs?: number;
  /** The body says the key itself is bad, whatever the status (Gemini answers 400 to a bad key). */
  keyRejected?: boolean;
  /** The body says waiting will not help (Anthropic's monthly spend cap). */
  final?: boolean;
}

/** What a vendor module tells the shared engine. */
export interface VendorApi {
  readonly vendor: Vendor;
  /** "Anthropic", "Gemini": for messages. */
  readonly label: string;
  /** Where a user gives the key, for the hint when it is rejected. */
  readonly keySource: string;
  readonly defaultBaseUrl: string;
  /** The count endpoint for `model` under `base` (no trailing slash). */
  url(base: string, model: string): string;
  headers(apiKey: string): Record<string, string>;
  /** The request: `text` as the one user message, with `tools` (OpenAI's shape) in the vendor's own shape when given. */
  body(model: string, text: string, tools?: readonly ToolDefinition[]): unknown;
  /** The count a successful answer holds, or undefined when it holds none. */
  tokens(json: unknown): number | undefined;
  errorInfo(json: unknown): ApiErrorInfo;
  /**
   * The answer is the vendor's own for a model it does not know (and only that: the model is then
   * refused for the rest of the run, so a 400 about some other field must not match).
   */
  unknownModel(status: number, info: ApiErrorInfo): boolean;
  /**
   * A text the API refuses to count on its own (Anthropic rejects whitespace-only content). It is
   * counted after the probe instead, and the probe's own count taken off too.
   */
  needsAnchor(text: string): boolean;
}

type Attempt = { ok: true; tokens: number } | { ok: false; status?: number; what: string; retryAfterMs?: number };

/** The count of one distinct text, shared by the calls that want it. */
interface Job {
  tokens: Promise<number>;
  /** Calls under way that wait for it; at 0 it is dropped. */
  waiters: number;
  stop: AbortController;
}

export function createVendorCounter(api: VendorApi, options: VendorCounterOptions): VendorCounter {
  const apiKey = checkedKey(api, options.apiKey);
  // This counter's key, and every secret the process registered (src/common/secrets.ts), whole or in part.
  const own = new Redactor([apiKey]);
  const redact = (text: string) => redactSecrets(own.redact(text));
  /** An excerpt of the API's words: redacted before it is cut, so a cut cannot leave part of a key. */
  const quote = (text: string, limit?: number) => cleanApiText(text, limit, redact);
  const safe = (text: string) => escapeControl(redact(text));
  const fail = (kind: VendorFailure, message: string, status?: number, hint?: string) => new VendorApiError(api.vendor, kind, safe(message), status, hint && safe(hint));
  const base = checkedBaseUrl(options.baseUrl ?? api.defaultBaseUrl);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? sleepUnlessAborted;
  const cache = options.cache ?? new CountCache();
  const log = (line: string) => options.log?.(safe(line));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const limit = limiter(options.concurrency ?? DEFAULT_CONCURRENCY);

  /** Framing per model, measured at most once a run (a failed measurement is tried again by the next call). */
  const framing = new Map<string, Promise<number>>();
  /** Framing probes under way: no single call owns one, so they are stopped when no call is under way. */
  const probes = new Map<AbortController, string>();
  /** Counts under way, by cache address, so two calls that want the same text share one request. */
  const jobs = new Map<string, Job>();
  /** A model the API refused (unknown, not permitted for this key): every later request for it fails without asking. */
  const refused = new Map<string, VendorApiError>();
  /** Set once the API is down for this run (see the top of this file); every request and call fails with it. */
  let down: VendorApiError | undefined;
  /** How to stop each count() call under way. */
  const calls = new Set<(error: VendorApiError) => void>();
  /** Requests of a model now waiting out each retry, so a wait is logged once, not by every request in it. */
  const waiting = new Map<string, number>();

  function goDown(error: VendorApiError): VendorApiError {
    if (!down) {
      down = error;
      for (const stop of calls) stop(error);
    }
    return down;
  }

  async function request(model: string, text: string, signal: AbortSignal): Promise<Attempt> {
    const known = down ?? refused.get(model);
    if (known) throw known;
    signal.throwIfAborted();
    // One request's own signal: aborted by its timeout, or when its count is no longer wanted.
    const attempt = new AbortController();
    const cancel = () => attempt.abort(signal.reason);
    signal.addEventListener('abort', cancel, { once: true });
    // Our own deadline, whether the answer has begun or not; what it says when it passes.
    let answering = false;
    let late: string | undefined;
    const timer = setTimeout(() => {
      late = answering ? `did not finish answering within ${seconds(timeoutMs)}` : `no answer within ${seconds(timeoutMs)}`;
      attempt.abort(new DOMException(late, 'TimeoutError'));
    }, timeoutMs);
    let response: Response;
    let raw: string;
    try {
      response = await untilAborted(
        fetchImpl(api.url(base, model), {
          method: 'POST',
          headers: api.headers(apiKey),
          body: JSON.stringify(requestBody(model, text)),
          // A redirect would carry the key header to wherever it points; the APIs never redirect.
          redirect: 'error',
          signal: attempt.signal,
        }),
        attempt.signal,
      );
      answering = true;
      raw = await readBody(response, attempt.signal);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (error instanceof TooLarge) {
        // An API that answers a megabyte to a count is broken for every text: the counter is down.
        throw goDown(fail('response', `the ${api.label} API answered more than ${size(MAX_RESPONSE_BYTES)} (a count is a few bytes); the answer was not read further`, error.status));
      }
      return { ok: false, what: late ?? noAnswer(error, timeoutMs, quote) };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', cancel);
    }
    const json = parseJson(raw);
    if (response.ok) {
      const tokens = json === undefined ? undefined : api.tokens(json);
      if (tokens !== undefined) return { ok: true, tokens };
      const what = json === undefined ? `a body that is not JSON: ${quote(raw) || '(empty)'}` : `JSON without a token count: ${quote(raw)}`;
      throw fail('response', `the ${api.label} API answered ${response.status} with ${what}`, response.status);
    }
    const info = json === undefined ? { message: raw } : api.errorInfo(json);
    const said = `${response.status}${info.type ? ` ${quote(info.type, API_TYPE_LIMIT)}` : ''}${info.message ? `: ${quote(info.message)}` : ''}`;
    const status = response.status;
    if (status === 401 || status === 403 || info.keyRejected) {
      const error = fail('auth', `the ${api.label} API rejected the key (${said})`, status, `Check the key given as ${api.keySource}.`);
      // A 403 can be about this model only (Anthropic: "does not have permission to use the specified resource").
      if (status === 403 && !info.keyRejected) refused.set(model, error);
      else goDown(error);
      throw error;
    }
    if (json !== undefined && api.unknownModel(status, info)) {
      const error = fail('model', `unknown model ${model}: check the name against the vendor's model list (${api.label} API: ${said})`, status);
      refused.set(model, error);
      throw error;
    }
    if (status === 404) {
      // Not the vendor's answer about a model: a proxy's page, a wrong base URL. Gemini's URL holds the model, so only that model is refused.
      const error = fail('request', `the ${api.label} count endpoint was not found (${said}): check the base URL`, status);
      refused.set(model, error);
      throw error;
    }
    if (status === 413) throw fail('request', `the ${api.label} API refused a ${text.length}-character text as too large (${said})`, status);
    if (!RETRYABLE.has(status)) throw fail('request', `the ${api.label} API rejected the request (${said})`, status);
    if (info.final) throw goDown(fail('rate-limit', `the ${api.label} API refuses requests until a limit resets (${said})`, status));
    return { ok: false, status, what: said, retryAfterMs: retryAfter(response.headers) ?? info.retryAfterMs };
  }

  /**
   * The API's count for `text`, after the retries. A retry keeps its place while it waits: an
   * API that is rate-limiting us should see fewer requests meanwhile, not more.
   */
  async function countRaw(model: string, text: string, signal: AbortSignal): Promise<number> {
    return limit(async () => {
      for (let attempt = 0; ; attempt++) {
        const result = await request(model, text, signal);
        if (result.ok) return result.tokens;
        if (result.retryAfterMs !== undefined && result.retryAfterMs > MAX_WAIT_MS) {
          throw goDown(fail('rate-limit', `the ${api.label} API asks to wait ${Math.ceil(result.retryAfterMs / 1000)} s (${result.what}), longer than the ${MAX_WAIT_MS / 1000} s a CI job waits`, result.status));
        }
        if (attempt >= RETRIES) {
          throw goDown(fail('unavailable', `the ${api.label} API gave no count for ${model} after ${RETRIES + 1} attempts (last: ${result.what})`, result.status));
        }
        await backOff(model, attempt, result.retryAfterMs ?? BASE_DELAY_MS * 2 ** attempt, result.what, signal);
      }
    }, signal);
  }

  /** Waits before retry `attempt + 1`, logging the wait unless another request of the model already did. */
  async function backOff(model: string, attempt: number, wait: number, what: string, signal: AbortSignal): Promise<void> {
    const key = JSON.stringify([model, attempt]);
    const others = waiting.get(key) ?? 0;
    if (others === 0) log(`${api.label} token count for ${model}: ${what}; retrying in ${Math.ceil(wait / 1000)} s (${attempt + 1} of ${RETRIES}).`);
    waiting.set(key, others + 1);
    try {
      await unlessAborted(sleep(wait, signal), signal);
    } finally {
      const left = (waiting.get(key) ?? 1) - 1;
      if (left > 0) waiting.set(key, left);
      else waiting.delete(key);
    }
  }

  function framingOf(model: string): Promise<number> {
    let measured = framing.get(model);
    if (!measured) {
      const stop = new AbortController();
      probes.set(stop, model);
      measured = countRaw(model, FRAMING_PROBE, stop.signal).then((probe) => {
        if (probe < 1) throw fail('response', `the ${api.label} API counted ${probe} tokens for the one-letter probe text with ${model}; cannot measure its framing`);
        log(`${api.label} ${model}: a one-message count request adds ${probe - 1} tokens of framing; taken off every count.`);
        return probe - 1;
      });
      measured.then(
        () => probes.delete(stop),
        () => {
          probes.delete(stop);
          if (framing.get(model) === measured) framing.delete(model);
        },
      );
      framing.set(model, measured);
    }
    return measured;
  }

  /** Tool definitions (see prompts/tools.ts) go as the vendor's `tools` beside the one-letter probe message. */
  function requestBody(model: string, text: string): unknown {
    const tools = readToolsRequestText(text);
    return tools ? api.body(model, FRAMING_PROBE, tools) : api.body(model, text);
  }

  async function countText(model: string, text: string, signal: AbortSignal): Promise<number> {
    if (readToolsRequestText(text)) {
      // The probe message with the tools, less the probe message alone: what the tools add.
      const [frame, raw] = await Promise.all([unlessAborted(framingOf(model), signal), countRaw(model, text, signal)]);
      const tokens = raw - frame - 1;
      if (tokens < 1) throw fail('response', `the ${api.label} API counted ${raw} tokens for a request with tool definitions with ${model}, not more than the same request without them (${frame + 1}); the count cannot be trusted`);
      return tokens;
    }
    const anchored = api.needsAnchor(text);
    const [frame, raw] = await Promise.all([unlessAborted(framingOf(model), signal), countRaw(model, anchored ? FRAMING_PROBE + text : text, signal)]);
    const tokens = raw - frame - (anchored ? 1 : 0);
    if (tokens < (anchored ? 0 : 1)) {
      throw fail('response', `the ${api.label} API counted ${raw} tokens for a ${text.length}-character text with ${model}, not more than the ${frame} tokens of framing measured for it; the count cannot be trusted`);
    }
    return tokens;
  }

  function startJob(key: string, model: string, text: string): Job {
    const stop = new AbortController();
    const tokens = countText(model, text, stop.signal).then((n) => {
      cache.set(key, n);
      return n;
    });
    const job: Job = { tokens, waiters: 0, stop };
    const forget = () => {
      if (jobs.get(key) === job) jobs.delete(key);
    };
    tokens.then(forget, forget);
    jobs.set(key, job);
    return job;
  }

  return {
    vendor: api.vendor,
    async count(model, texts) {
      if (typeof model !== 'string' || model.trim() === '') throw fail('config', `no ${api.label} model named`);
      if (down) throw down;
      const joined: [string, Job][] = [];
      const counts = texts.map((text) => {
        if (text === '') return 0;
        const key = CountCache.key(apiKey, api.vendor, model, text);
        const cached = cache.get(key);
        if (cached !== undefined) return cached;
        const job = jobs.get(key) ?? startJob(key, model, text);
        job.waiters++;
        joined.push([key, job]);
        return job.tokens;
      });
      if (joined.length === 0) return counts as number[];
      let stopCall!: (error: VendorApiError) => void;
      const stopped = new Promise<never>((_, reject) => (stopCall = reject));
      calls.add(stopCall);
      const deadline = setTimeout(() => goDown(fail('unavailable', `the ${api.label} API gave no counts for ${model} within ${deadlineMs / 1000} s`)), deadlineMs);
      try {
        return await Promise.race([Promise.all(counts), stopped]);
      } finally {
        clearTimeout(deadline);
        calls.delete(stopCall);
        // Whatever this call alone was waiting for is dropped: queued requests are never sent, those in flight aborted.
        const unneeded = down ?? fail('unavailable', 'count no longer needed');
        for (const [key, job] of joined) {
          if (--job.waiters === 0 && jobs.get(key) === job) {
            jobs.delete(key);
            job.stop.abort(unneeded);
          }
        }
        if (calls.size === 0) {
          for (const [probe, model] of probes) {
            framing.delete(model);
            probe.abort(unneeded);
          }
        }
      }
    },
  };

  function checkedBaseUrl(value: string): string {
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
}

function checkedKey(api: VendorApi, value: string): string {
  const key = typeof value === 'string' ? value.trim() : '';
  // Header values cannot hold control characters; fetch would throw, quoting the value.
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new VendorApiError(api.vendor, 'config', `the ${api.label} API key is empty or holds spaces or characters a header cannot carry`, undefined, `Check the key given as ${api.keySource}.`);
  }
  return key;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** `retry-after` in seconds or as an HTTP date (RFC 9110 §10.2.3), in milliseconds from now. */
function retryAfter(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function noAnswer(error: unknown, timeoutMs: number, quote: (text: string, limit: number) => string): string {
  const { name, message, cause } = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${seconds(timeoutMs)}`;
  const detail = cause?.code ?? cause?.message ?? message ?? String(error);
  return `no answer (${quote(detail, 120)})`;
}

function seconds(ms: number): string {
  return `${ms / 1000} s`;
}

function size(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;
}

/** An answer longer than MAX_RESPONSE_BYTES. */
class TooLarge extends Error {
  constructor(readonly status: number) {
    super(`an answer of more than ${MAX_RESPONSE_BYTES} bytes`);
  }
}

/**
 * `promise`, or a rejection with the signal's reason as soon as it aborts. A response that arrives
 * after that has its body cancelled, so no connection stays open reading it.
 */
function untilAborted(promise: Promise<Response>, signal: AbortSignal): Promise<Response> {
  promise.then(
    (late) => {
      if (signal.aborted) late.body?.cancel().catch(() => {});
    },
    () => {},
  );
  return unlessAborted(promise, signal);
}

/**
 * The body as text, read chunk by chunk with every read raced against `signal`: when it aborts
 * (the request's deadline, or a count no longer wanted) the reader is cancelled, which closes the
 * connection, whether or not fetch's own abort reached the body. More than MAX_RESPONSE_BYTES,
 * declared or streamed, throws TooLarge without reading further.
 */
async function readBody(response: Response, signal: AbortSignal): Promise<string> {
  const body = response.body;
  if (!body) return '';
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > MAX_RESPONSE_BYTES) {
    body.cancel().catch(() => {});
    throw new TooLarge(response.status);
  }
  const reader = body.getReader();
  let stop!: () => void;
  const aborted = new Promise<never>((_, reject) => {
    stop = () => {
      reader.cancel(signal.reason).catch(() => {});
      reject(signal.reason as Error);
    };
  });
  aborted.catch(() => {});
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });
  try {
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      // A cancelled reader reads as done: the abort, not the end of the answer.
      signal.throwIfAborted();
      if (done) break;
      length += value.byteLength;
      if (length > MAX_RESPONSE_BYTES) {
        reader.cancel().catch(() => {});
        throw new TooLarge(response.status);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return new TextDecoder().decode(bytes);
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/**
 * Runs at most `max` tasks at once; a finished task hands its place straight to the next in line.
 * A task whose signal aborts while in line leaves the line and rejects with the signal's reason.
 */
function limiter(max: number): <T>(task: () => Promise<T>, signal: AbortSignal) => Promise<T> {
  if (!Number.isSafeInteger(max) || max < 1) throw new RangeError(`concurrency must be a positive integer, not ${max}`);
  let active = 0;
  const line: (() => void)[] = [];
  return async (task, signal) => {
    signal.throwIfAborted();
    if (active < max) active++;
    else {
      await new Promise<void>((resolve, reject) => {
        const start = () => {
          signal.removeEventListener('abort', leave);
          resolve();
        };
        const leave = () => {
          line.splice(line.indexOf(start), 1);
          reject(signal.reason);
        };
        line.push(start);
        signal.addEventListener('abort', leave, { once: true });
      });
    }
    try {
      return await task();
    } finally {
      const next = line.shift();
      if (next) next();
      else active--;
    }
  };
}

/** The default sleep: its timer is cleared when `signal` aborts, so a stopped counter leaves none behind. */
function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts (whichever comes first). */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason as Error);
    signal.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}
