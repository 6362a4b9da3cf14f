/** When the action retries a GitHub API call, and how long it waits. */
import { describe, expect, it } from 'vitest';
import { retryDelay } from '../src/github/client.js';

const policy = { baseDelayMs: 1_000, maxWaitMs: 60_000 };
const error = (status: number | undefined, headers: Record<string, string> = {}, message = '') => ({ status, message, response: { headers } });

describe('retryDelay', () => {
  it('backs off exponentially on server errors and on requests that got no answer', () => {
    expect([0, 1, 2].map((attempt) => retryDelay(error(502), attempt, policy))).toEqual([1_000, 2_000, 4_000]);
    expect(retryDelay(error(undefined, {}, 'socket hang up'), 0, policy)).toBe(1_000);
  });

  it('waits as long as retry-after says, and not at all when that is too long for a CI job', () => {
    expect(retryDelay(error(403, { 'retry-after': '7' }), 0, policy)).toBe(7_000);
    expect(retryDelay(error(429, { 'retry-after': '0' }), 0, policy)).toBe(0);
    expect(retryDelay(error(403, { 'retry-after': '3600' }), 0, policy)).toBeUndefined();
  });

  it('waits for the primary limit to reset when it is spent, and a minute on a bare secondary limit', () => {
    const now = Date.UTC(2026, 10, 25, 12, 0, 0);
    expect(retryDelay(error(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30) }), 0, policy, now)).toBe(30_000);
    expect(retryDelay(error(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 3000) }), 0, policy, now)).toBeUndefined();
    expect(retryDelay(error(403, {}, 'You have exceeded a secondary rate limit.'), 0, policy)).toBe(60_000);
  });

  it('does not retry what a retry cannot fix', () => {
    for (const status of [400, 401, 404, 422]) expect(retryDelay(error(status), 0, policy), String(status)).toBeUndefined();
    expect(retryDelay(error(403, {}, 'Resource not accessible by integration'), 0, policy)).toBeUndefined();
  });
});
