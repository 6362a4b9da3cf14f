/**
 * The part every vendor shares: one count request per distinct text, a few at a time, retried
 * the way the vendors ask, with the framing of a one-message request measured once per model
 * and taken off, and every number kept in a cache. The vendor modules say only what goes over
 * the wire (anthropic.ts, gemini.ts).
 */
import { CountCache } from './cache.js';
import { VendorApiError, cleanApiText, redact, type Vendor, type VendorFailure } from './errors.js';

export interface VendorCounter {
  readonly vendor: Vendor;
  /** How a count is obtained and how exact it is, in a sentence a report can show. */
  readonly method: string;
  /** Tokens of each text for `model`, in order. Rejects with VendorApiError after retries. Empty text → 0 without a call. */
  count(model: string, texts: readonly string[]): Promise<number[]>;
}

export interface VendorCounterOptions {
  apiKey: string;
  /** Scheme, host and optional path prefix; https, or http to a loopback address (tests, local proxies). */
  baseUrl?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Shared with other counters and saved by the caller; an in-memory one by default. */
  cache?: CountCache;
  log?: (message: string) => void;
  /** Requests under way at once; 4 by default. */
  concurrency?: number;
  /** How long one request may take, answer included; 30 s by default. */
  timeoutMs?: number;
}

/** The same policy as our GitHub client (src/github/client.ts): 3 retries, 1, 2, 4 s apart. */
export const RETRIES = 3;
export const BASE_DELAY_MS = 1_000;
/** A rate limit that lifts later than this is not waited for: a CI job should not idle for minutes. */
export const MAX_WAIT_MS = 60_000;
export const DEFAULT_TIMEOUT_MS = 30_000;
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
  readonly method: string;
  readonly defaultBaseUrl: string;
  /** The count endpoint for `model` under `base` (no trailing slash). */
  url(base: string, model: string): string;
  headers(apiKey: string): Record<string, string>;
  body(model: string, text: string): unknown;
  /** The count a successful answer holds, or undefined when it holds none. */
  tokens(json: unknown): number | undefined;
  errorInfo(json: unknown): ApiErrorInfo;
  /**
   * A text the API refuses to count on its own (Anthropic rejects whitespace-only content). It is
   * counted after the probe instead, and the probe's own count taken off too.
   */
  needsAnchor(text: string): boolean;
}

type Attempt = { ok: true; tokens: number } | { ok: false; status?: number; what: string; retryAfterMs?: number };

export function createVendorCounter(api: VendorApi, options: VendorCounterOptions): VendorCounter {
  const apiKey = checkedKey(api, options.apiKey);
  const safe = (text: string) => redact(text, apiKey);
  const fail = (kind: VendorFailure, message: string, status?: number, hint?: string) => new VendorApiError(api.vendor, kind, safe(message), status, hint && safe(hint));
  const base = checkedBaseUrl(options.baseUrl ?? api.defaultBaseUrl);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const cache = options.cache ?? new CountCache();
  const log = (line: string) => options.log?.(safe(line));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const limit = limiter(options.concurrency ?? DEFAULT_CONCURRENCY);

  /** Framing per model, measured at most once a run (a failed measurement is tried again by the next call). */
  const framing = new Map<string, Promise<number>>();
  /** Counts under way, so two calls that want the same text share one request. */
  const pending = new Map<string, Promise<number>>();
  /** A rejected key fails every later request of this counter, a rejected model every later one for it, without asking again. */
  const refused = new Map<string, VendorApiError>();
  const ANY_MODEL = '\0';

  async function request(model: string, text: string): Promise<Attempt> {
    const known = refused.get(ANY_MODEL) ?? refused.get(model);
    if (known) throw known;
    let response: Response;
    let raw: string;
    try {
      response = await fetchImpl(api.url(base, model), {
        method: 'POST',
        headers: api.headers(apiKey),
        body: JSON.stringify(api.body(model, text)),
        // A redirect would carry the key header to wherever it points; the APIs never redirect.
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      raw = await response.text();
    } catch (error) {
      return { ok: false, what: noAnswer(error, timeoutMs) };
    }
    const json = parseJson(raw);
    if (response.ok) {
      const tokens = json === undefined ? undefined : api.tokens(json);
      if (tokens !== undefined) return { ok: true, tokens };
      const what = json === undefined ? `a body that is not JSON: ${cleanApiText(raw) || '(empty)'}` : `JSON without a token count: ${cleanApiText(raw)}`;
      throw fail('response', `the ${api.label} API answered ${response.status} with ${what}`, response.status);
    }
    const info = json === undefined ? { message: raw } : api.errorInfo(json);
    const said = `${response.status}${info.type ? ` ${cleanApiText(info.type, 60)}` : ''}${info.message ? `: ${cleanApiText(info.message)}` : ''}`;
    const status = response.status;
    if (status === 401 || status === 403 || info.keyRejected) {
      const error = fail('auth', `the ${api.label} API rejected the key (${said})`, status, `Check the key given as ${api.keySource}.`);
      // A 403 can be about this model only (Anthropic: "does not have permission to use the specified resource").
      refused.set(status === 403 ? model : ANY_MODEL, error);
      throw error;
    }
    // A 404 in the vendor's own error shape is about the model; any other 404 (a proxy's page) about the URL.
    if ((status === 404 || status === 400) && json !== undefined && mentionsModel(info.message ?? '', model)) {
      const error = fail('model', `unknown model ${model}: check the name against the vendor's model list (${api.label} API: ${said})`, status);
      refused.set(model, error);
      throw error;
    }
    if (status === 404) throw fail('request', `the ${api.label} count endpoint was not found (${said}): check the base URL`, status);
    if (status === 413) throw fail('request', `the ${api.label} API refused a ${text.length}-character text as too large (${said})`, status);
    if (!RETRYABLE.has(status)) throw fail('request', `the ${api.label} API rejected the request (${said})`, status);
    if (info.final) throw fail('rate-limit', `the ${api.label} API refuses requests until a limit resets (${said})`, status);
    return { ok: false, status, what: said, retryAfterMs: retryAfter(response.headers) ?? info.retryAfterMs };
  }

  /**
   * The API's count for `text`, after the retries. A retry keeps its place while it waits: an
   * API that is rate-limiting us should see fewer requests meanwhile, not more.
   */
  async function countRaw(model: string, text: string): Promise<number> {
    return limit(async () => {
      for (let attempt = 0; ; attempt++) {
        const result = await request(model, text);
        if (result.ok) return result.tokens;
        if (result.retryAfterMs !== undefined && result.retryAfterMs > MAX_WAIT_MS) {
          throw fail('rate-limit', `the ${api.label} API asks to wait ${Math.ceil(result.retryAfterMs / 1000)} s (${result.what}), longer than the ${MAX_WAIT_MS / 1000} s a CI job waits`, result.status);
        }
        if (attempt >= RETRIES) {
          throw fail('unavailable', `the ${api.label} API gave no count for ${model} after ${RETRIES + 1} attempts (last: ${result.what})`, result.status);
        }
        const wait = result.retryAfterMs ?? BASE_DELAY_MS * 2 ** attempt;
        log(`${api.label} token count for ${model}: ${result.what}; retrying in ${Math.ceil(wait / 1000)} s (${attempt + 1} of ${RETRIES}).`);
        await sleep(wait);
      }
    });
  }

  function framingOf(model: string): Promise<number> {
    let measured = framing.get(model);
    if (!measured) {
      measured = countRaw(model, FRAMING_PROBE).then((probe) => {
        if (probe < 1) throw fail('response', `the ${api.label} API counted ${probe} tokens for the one-letter probe text with ${model}; cannot measure its framing`);
        log(`${api.label} ${model}: a one-message count request adds ${probe - 1} tokens of framing; taken off every count.`);
        return probe - 1;
      });
      measured.catch(() => framing.delete(model));
      framing.set(model, measured);
    }
    return measured;
  }

  async function countText(model: string, text: string): Promise<number> {
    const anchored = api.needsAnchor(text);
    const [frame, raw] = await Promise.all([framingOf(model), countRaw(model, anchored ? FRAMING_PROBE + text : text)]);
    const tokens = raw - frame - (anchored ? 1 : 0);
    if (tokens < (anchored ? 0 : 1)) {
      throw fail('response', `the ${api.label} API counted ${raw} tokens for a ${text.length}-character text with ${model}, not more than the ${frame} tokens of framing measured for it; the count cannot be trusted`);
    }
    return tokens;
  }

  return {
    vendor: api.vendor,
    method: api.method,
    async count(model, texts) {
      if (typeof model !== 'string' || model.trim() === '') throw fail('config', `no ${api.label} model named`);
      return Promise.all(
        texts.map((text) => {
          if (text === '') return 0;
          const cached = cache.get(api.vendor, model, text);
          if (cached !== undefined) return cached;
          const key = CountCache.key(api.vendor, model, text);
          let counting = pending.get(key);
          if (!counting) {
            counting = countText(model, text).then((tokens) => {
              cache.set(api.vendor, model, text, tokens);
              return tokens;
            });
            const forget = () => pending.delete(key);
            counting.then(forget, forget);
            pending.set(key, counting);
          }
          return counting;
        }),
      );
    },
  };

  function checkedBaseUrl(value: string): string {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw fail('config', `the ${api.label} base URL is not a URL: ${cleanApiText(value, 100)}`);
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

/** An API's error message that blames the model (Anthropic: "model: claude-x"; Gemini: "models/x is not found"). */
function mentionsModel(message: string, model: string): boolean {
  return message.includes(model) || /\bmodels?\b/i.test(message);
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

function noAnswer(error: unknown, timeoutMs: number): string {
  const { name, message, cause } = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const detail = cause?.code ?? cause?.message ?? message ?? String(error);
  return `no answer (${cleanApiText(detail, 120)})`;
}

/** Runs at most `max` tasks at once; a finished task hands its place straight to the next in line. */
function limiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  if (!Number.isSafeInteger(max) || max < 1) throw new RangeError(`concurrency must be a positive integer, not ${max}`);
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active < max) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
