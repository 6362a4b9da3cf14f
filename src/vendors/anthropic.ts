/**
 * Claude counts through Anthropic's token counting endpoint. Anthropic publishes no tokenizer
 * for Claude 3 and later; the endpoint is free (rate-limited on its own, apart from messages).
 *
 * The wire, as documented (docs.anthropic.com/en/api/messages-count-tokens,
 * platform.claude.com/docs/en/build-with-claude/token-counting, .../en/api/errors):
 * - `POST {base}/v1/messages/count_tokens` with headers `x-api-key`, `anthropic-version:
 *   2023-06-01` and `content-type: application/json`; body `{ model, messages, system?, tools? }`,
 *   messages as for the Messages API: `[{ role: 'user', content: '…' }]`, tools as for it:
 *   `[{ name, description?, input_schema }]`.
 * - 200 → `{ "input_tokens": N }`, "the total number of tokens across the provided list of
 *   messages, system prompt, and tools".
 * - Errors → `{ "type": "error", "error": { "type", "message" }, "request_id"? }`: 400
 *   invalid_request_error, 401 authentication_error, 403 permission_error, 404 not_found_error
 *   (an unknown model: "model: claude-x"), 413 request_too_large, 429 rate_limit_error (with
 *   `retry-after`), 500 api_error, 529 overloaded_error. A 429 for the usage tier's monthly spend
 *   cap carries `error.details.error_code: "enforced_spend_limit_reached"` and no retry-after:
 *   retrying cannot help until the month turns.
 * - Content must not be empty ("user messages must have non-empty content") nor whitespace only
 *   ("text content blocks must contain non-whitespace text"): anthropics/claude-code#23369,
 *   UKGovernmentBEIS/inspect_ai#4862, home-assistant/core#175637. Which characters count as
 *   whitespace is not documented (see VISIBLE below).
 *
 * What a count here means: the tokens of the text itself, so the counts of a request's parts add
 * up. The endpoint counts a whole request: a text sent as the one user message comes back with
 * the message framing and "tokens added automatically by Anthropic for system optimizations"
 * (the token-counting guide; a public measurement found "Hi" counted as 8 tokens on
 * claude-sonnet-4-6, "overhead 7 + a token per word": whiteboardcoder.com, 2026-03). So the framing is measured once per
 * model per run, as the count of a one-message request whose content is the single letter "a"
 * less one, and taken off every count. A whitespace-only text, which the API will not take alone,
 * is counted after that letter, and the letter's count taken off as well (so is any text of
 * nothing but whitespace, control and format characters).
 *
 * How exact that is, plainly:
 * - The subtraction is exact if the framing does not depend on the text and no token spans the
 *   boundary between framing and text, and if "a" is one token. Anthropic documents none of
 *   this. The public measurement above saw the same overhead across texts; a count at or below
 *   the framing is refused as untrustworthy rather than clamped.
 * - Anthropic calls the count itself "an estimate": the tokens a real Messages request uses
 *   "may differ by a small amount". These are the vendor's own counts, not a local tokenizer's,
 *   and not guaranteed to equal billed tokens.
 * - Models differ: Opus 4.7 and later use a newer tokenizer, so a count holds for the model it
 *   was made with only (the cache key includes the model).
 */
import type { ToolDefinition } from '../prompts/types.js';
import type { VendorCounter } from '../budget/count-texts.js';
import { createVendorCounter, type VendorCounterOptions } from './api-counter.js';
import type { ApiErrorInfo, VendorApi } from './vendor-api.js';

const ANTHROPIC_VERSION = '2023-06-01';

const anthropic: VendorApi = {
  vendor: 'anthropic',
  label: 'Anthropic',
  keySource: 'the anthropic-api-key input (ANTHROPIC_API_KEY for the CLI)',
  // A count: count_tokens' (which Anthropic calls an estimate), less a one-message request's framing
  // measured per model per run.
  defaultBaseUrl: 'https://api.anthropic.com',
  url: (base) => `${base}/v1/messages/count_tokens`,
  headers: (apiKey) => ({ 'x-api-key': apiKey, 'anthropic-version': ANTHROPIC_VERSION, 'content-type': 'application/json' }),
  body: (model, text, tools) => ({ model, messages: [{ role: 'user', content: text }], ...(tools && { tools: tools.map(anthropicTool) }) }),
  tokens(json) {
    const tokens = (json as { input_tokens?: unknown } | null)?.input_tokens;
    return typeof tokens === 'number' && Number.isSafeInteger(tokens) && tokens >= 0 ? tokens : undefined;
  },
  errorInfo(json): ApiErrorInfo {
    const error = (json as { error?: { type?: unknown; message?: unknown; details?: { error_code?: unknown } } } | null)?.error;
    if (typeof error !== 'object' || error === null) return {};
    return {
      type: typeof error.type === 'string' ? error.type : undefined,
      message: typeof error.message === 'string' ? error.message : undefined,
      final: error.details?.error_code === 'enforced_spend_limit_reached',
    };
  },
  // Its answer to an unknown model, and only that: a 400 "model: String should have at most 256
  // characters" is a rejected request, not a model to refuse for the rest of the run.
  unknownModel: (status, info) => status === 404 && info.type === 'not_found_error' && /^model: /.test(info.message ?? ''),
  needsAnchor: (text) => !VISIBLE.test(text),
};

/**
 * A character that is surely not whitespace to the API. What the API counts as whitespace-only is
 * undocumented; its errors read like Python's (pydantic), whose str.isspace() also takes the
 * separators U+001C-U+001F and U+0085, which JavaScript's trim() keeps, and another
 * implementation could add the zero-width and other format characters. So a text with nothing
 * but whitespace, controls and format characters is anchored: such a text cannot merge with the
 * letter before it in any tokenizer we know, so the anchored count is as exact as the bare one,
 * and one odd text cannot turn a whole component's counts into estimates.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Z}]/u;

/**
 * A function tool as the Messages API takes it (docs.anthropic.com/en/docs/agents-and-tools/tool-use):
 * `{ name, description?, input_schema }`, input_schema a JSON Schema object (required: an empty
 * object schema when the function takes no parameters).
 */
function anthropicTool({ function: fn }: ToolDefinition): Record<string, unknown> {
  return {
    name: fn.name,
    ...(typeof fn.description === 'string' && { description: fn.description }),
    input_schema: fn.parameters ?? { type: 'object', properties: {} },
  };
}

export function anthropicCounter(options: VendorCounterOptions): VendorCounter {
  return createVendorCounter(anthropic, options);
}
