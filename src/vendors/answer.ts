/**
 * What an answer to a count request means: a count, a failure worth another try, or a refusal,
 * with how far the refusal reaches (this text, this model for the rest of the run, or every count:
 * the counter is down). A pure reading; the counter acts on it.
 */
import type { ApiErrorInfo, VendorApi } from './vendor-api.js';
import { API_TYPE_LIMIT, type VendorApiError, type VendorFailure } from './errors.js';
import type { Answer } from './http.js';
import { retryAfter } from './retry.js';

/** Statuses worth another try: rate limits, server errors, and Anthropic's 529 "overloaded". */
const RETRYABLE = new Set([429, 500, 502, 503, 504, 529]);

/** One request's outcome: its count, or what went wrong and the wait the API asked for before a retry. */
export type Attempt = { ok: true; tokens: number } | { ok: false; status?: number; what: string; retryAfterMs?: number };

/** A failure no retry fixes, and what it rules out: this `text`, this `model` for the run, or the whole `counter`. */
export interface Refusal {
  refused: VendorApiError;
  scope: 'text' | 'model' | 'counter';
}

/** Builds the counter's errors, and quotes the API's words, redacted and cut. */
export interface Wording {
  fail: (kind: VendorFailure, message: string, status?: number, hint?: string) => VendorApiError;
  quote: (text: string, limit?: number) => string;
}

/** The meaning of `answer` to a request for `text` with `model`. */
export function readAnswer(api: VendorApi, model: string, text: string, answer: Answer, { fail, quote }: Wording): Attempt | Refusal {
  const { status, raw } = answer;
  const json = parseJson(raw);
  if (answer.ok) {
    const tokens = json === undefined ? undefined : api.tokens(json);
    if (tokens !== undefined) return { ok: true, tokens };
    const what = json === undefined ? `a body that is not JSON: ${quote(raw) || '(empty)'}` : `JSON without a token count: ${quote(raw)}`;
    return { refused: fail('response', `the ${api.label} API answered ${status} with ${what}`, status), scope: 'text' };
  }
  const info: ApiErrorInfo = json === undefined ? { message: raw } : api.errorInfo(json);
  const said = `${status}${info.type ? ` ${quote(info.type, API_TYPE_LIMIT)}` : ''}${info.message ? `: ${quote(info.message)}` : ''}`;
  if (status === 401 || status === 403 || info.keyRejected) {
    const refused = fail('auth', `the ${api.label} API rejected the key (${said})`, status, `Check the key given as ${api.keySource}.`);
    // A 403 can be about this model only (Anthropic: "does not have permission to use the specified resource").
    return { refused, scope: status === 403 && !info.keyRejected ? 'model' : 'counter' };
  }
  if (json !== undefined && api.unknownModel(status, info)) {
    return { refused: fail('model', `unknown model ${model}: check the name against the vendor's model list (${api.label} API: ${said})`, status), scope: 'model' };
  }
  if (status === 404) {
    // Not the vendor's answer about a model: a proxy's page, a wrong base URL. Gemini's URL holds the model, so only that model is refused.
    return { refused: fail('request', `the ${api.label} count endpoint was not found (${said}): check the base URL`, status), scope: 'model' };
  }
  if (status === 413) return { refused: fail('request', `the ${api.label} API refused a ${text.length}-character text as too large (${said})`, status), scope: 'text' };
  if (!RETRYABLE.has(status)) return { refused: fail('request', `the ${api.label} API rejected the request (${said})`, status), scope: 'text' };
  if (info.final) return { refused: fail('rate-limit', `the ${api.label} API refuses requests until a limit resets (${said})`, status), scope: 'counter' };
  return { ok: false, status, what: said, retryAfterMs: retryAfter(answer.headers) ?? info.retryAfterMs };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
