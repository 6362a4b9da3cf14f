/** What an answer to a count request means, and how far a refusal reaches: readAnswer alone, no server. */
import { describe, expect, it } from 'vitest';
import { readAnswer, type Wording } from '../../../src/vendors/answer.js';
import { VendorApiError } from '../../../src/vendors/errors.js';
import type { ApiErrorInfo, VendorApi } from '../../../src/vendors/vendor-api.js';

const api: VendorApi = {
  vendor: 'anthropic',
  label: 'Test',
  keySource: 'TEST_KEY',
  defaultBaseUrl: 'https://api.test',
  url: (base) => `${base}/count`,
  headers: () => ({}),
  body: (model, text) => ({ model, text }),
  tokens: (json) => (json as { tokens?: number }).tokens,
  errorInfo: (json) => json as ApiErrorInfo,
  unknownModel: (status, info) => status === 400 && info.type === 'unknown_model',
  needsAnchor: () => false,
};
const wording: Wording = {
  fail: (kind, message, status, hint) => new VendorApiError('anthropic', kind, message, status, hint),
  quote: (text) => text,
};
const read = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  readAnswer(api, 'm-1', 'some text', { status, ok: status >= 200 && status < 300, headers: new Headers(headers), raw: typeof body === 'string' ? body : JSON.stringify(body) }, wording);
const scope = (status: number, body: unknown) => {
  const meaning = read(status, body);
  return 'refused' in meaning ? [meaning.scope, meaning.refused.kind] : meaning;
};

describe('readAnswer', () => {
  it('reads a count, and refuses an answer without one for this text only', () => {
    expect(read(200, { tokens: 12 })).toEqual({ ok: true, tokens: 12 });
    expect(scope(200, 'not json')).toEqual(['text', 'response']);
    expect(scope(200, { other: 1 })).toEqual(['text', 'response']);
  });

  it('takes the counter down for a rejected key or a final limit, and refuses a model for the run', () => {
    expect(scope(401, { type: 'authentication_error' })).toEqual(['counter', 'auth']);
    expect(scope(400, { keyRejected: true })).toEqual(['counter', 'auth']);
    expect(scope(403, { type: 'permission_error' })).toEqual(['model', 'auth']);
    expect(scope(400, { type: 'unknown_model' })).toEqual(['model', 'model']);
    expect(scope(404, '<html>not found</html>')).toEqual(['model', 'request']);
    expect(scope(429, { final: true })).toEqual(['counter', 'rate-limit']);
  });

  it('refuses a too-large text or a bad request for that text only', () => {
    expect(scope(413, { type: 'request_too_large' })).toEqual(['text', 'request']);
    expect(scope(400, { type: 'invalid_request_error' })).toEqual(['text', 'request']);
  });

  it('asks for a retry on a rate limit or a server error, with the wait retry-after or the body gives', () => {
    expect(read(529, { type: 'overloaded_error', message: 'Overloaded' })).toEqual({ ok: false, status: 529, what: '529 overloaded_error: Overloaded', retryAfterMs: undefined });
    expect(read(429, { retryAfterMs: 5_000 }, { 'retry-after': '2' })).toMatchObject({ ok: false, retryAfterMs: 2_000 });
    expect(read(429, { retryAfterMs: 5_000 })).toMatchObject({ ok: false, retryAfterMs: 5_000 });
  });
});
