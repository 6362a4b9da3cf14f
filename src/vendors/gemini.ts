/**
 * Gemini counts through the Gemini API's countTokens method.
 *
 * The wire, as documented (ai.google.dev/api/tokens, ai.google.dev/gemini-api/docs/tokens,
 * ai.google.dev/gemini-api/docs/troubleshooting):
 * - `POST {base}/v1beta/{model=models/*}:countTokens`, the key in the `x-goog-api-key` header
 *   (never in the `?key=` query, where it would reach proxy logs); body `{ contents: [Content] }`
 *   with `Content = { role, parts: [{ text }] }`; with tool definitions, `{ generateContentRequest:
 *   { model: "models/…", contents, tools: [{ functionDeclarations: [...] }] } }` instead (the two
 *   forms are exclusive: "You can either send Model+Contents or a generate_content_request").
 * - 200 → `{ totalTokens, cachedContentTokenCount?, promptTokensDetails? }`.
 * - Errors → Google's `{ "error": { "code", "message", "status", "details"? } }`: 400
 *   INVALID_ARGUMENT (a bad key is a 400 too, with an ErrorInfo detail of reason
 *   API_KEY_INVALID), 403 PERMISSION_DENIED, 404 NOT_FOUND (an unknown model: "models/x is not
 *   found"), 429 RESOURCE_EXHAUSTED, 500 INTERNAL, 503 UNAVAILABLE, 504 DEADLINE_EXCEEDED. A 429
 *   carries no retry-after header; the wait is a `google.rpc.RetryInfo` detail whose `retryDelay`
 *   is a protobuf duration such as "39s" or "45.837906927s" (googleapis/python-genai#2114,
 *   google-gemini/gemini-cli#9119). A per-day quota asks for hours, more than we wait.
 *
 * What a count here means: the tokens of the text itself. countTokens on plain text contents
 * adds no framing in Google's own examples ("The quick brown fox jumps over the lazy dog." → 10,
 * its Gemma 3 SentencePiece token count; Google's SDKs' offline LocalTokenizer, documented to
 * match the API for text, counts "What is your name?" as 5), unlike generateContent's
 * prompt_token_count. We do not take that on trust: the framing is measured once per model per
 * run exactly as for Claude (the count of the single letter "a" less one) and taken off, so a
 * change on Google's side shows in the log instead of skewing every count. These are Google's
 * own counts for the model named; Google's SDKs ship one Gemma 3 tokenizer model for offline
 * counting of current Gemini models, but the cache keys counts by model anyway.
 */
import type { ToolDefinition } from '../prompts/types.js';
import type { VendorCounter } from '../budget/count-texts.js';
import { createVendorCounter, type VendorCounterOptions } from './api-counter.js';
import type { ApiErrorInfo, VendorApi } from './vendor-api.js';

interface GoogleErrorDetail {
  '@type'?: unknown;
  reason?: unknown;
  retryDelay?: unknown;
}

const gemini: VendorApi = {
  vendor: 'gemini',
  label: 'Gemini',
  keySource: 'the gemini-api-key input (GEMINI_API_KEY for the CLI)',
  // A count: the countTokens method's, less a one-message request's framing measured per model per
  // run (Google's own examples show none).
  defaultBaseUrl: 'https://generativelanguage.googleapis.com',
  // The model is a path segment: encoded, so a name cannot reach another path or method.
  url: (base, model) => `${base}/v1beta/models/${encodeURIComponent(model.replace(/^models\//, ''))}:countTokens`,
  headers: (apiKey) => ({ 'x-goog-api-key': apiKey, 'content-type': 'application/json' }),
  body: (model, text, tools) => {
    const contents = [{ role: 'user', parts: [{ text }] }];
    if (!tools) return { contents };
    // Tools go only inside a generateContentRequest, which then holds the model and the contents too.
    const name = `models/${model.replace(/^models\//, '')}`;
    return { generateContentRequest: { model: name, contents, tools: [{ functionDeclarations: tools.map(geminiFunction) }] } };
  },
  tokens(json) {
    const tokens = (json as { totalTokens?: unknown } | null)?.totalTokens;
    return typeof tokens === 'number' && Number.isSafeInteger(tokens) && tokens >= 0 ? tokens : undefined;
  },
  errorInfo(json): ApiErrorInfo {
    const error = (json as { error?: { status?: unknown; message?: unknown; details?: unknown } } | null)?.error;
    if (typeof error !== 'object' || error === null) return {};
    const details: GoogleErrorDetail[] = Array.isArray(error.details) ? error.details.filter((d): d is GoogleErrorDetail => typeof d === 'object' && d !== null) : [];
    const typeOf = (detail: GoogleErrorDetail) => (typeof detail['@type'] === 'string' ? detail['@type'] : '');
    const retryInfo = details.find((detail) => typeOf(detail).endsWith('google.rpc.RetryInfo'));
    return {
      type: typeof error.status === 'string' ? error.status : undefined,
      message: typeof error.message === 'string' ? error.message : undefined,
      retryAfterMs: durationMs(retryInfo?.retryDelay),
      keyRejected: details.some((detail) => typeOf(detail).endsWith('google.rpc.ErrorInfo') && detail.reason === 'API_KEY_INVALID'),
    };
  },
  // Its answer to an unknown model, and only that (a 400 about some other field is a rejected request).
  unknownModel: (status, info) => status === 404 && info.type === 'NOT_FOUND' && /^models\/.* is not found\b/s.test(info.message ?? ''),
  needsAnchor: () => false,
};

/** A protobuf Duration in its JSON form ("39s", "1.5s") in milliseconds. */
export function durationMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match ? Math.ceil(Number(match[1]) * 1000) : undefined;
}

/**
 * A function as Gemini's FunctionDeclaration takes it (ai.google.dev/api/caching#FunctionDeclaration):
 * `{ name, description?, parametersJsonSchema? }`, the parameters as the JSON Schema the file writes
 * (`parameters` would take Gemini's OpenAPI subset only).
 */
function geminiFunction({ function: fn }: ToolDefinition): Record<string, unknown> {
  return {
    name: fn.name,
    ...(typeof fn.description === 'string' && { description: fn.description }),
    ...(fn.parameters !== undefined && { parametersJsonSchema: fn.parameters }),
  };
}

export function geminiCounter(options: VendorCounterOptions): VendorCounter {
  return createVendorCounter(gemini, options);
}
