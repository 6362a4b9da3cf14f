/**
 * Scripted failures for the fake GitHub API, with the statuses, headers and messages GitHub
 * really sends, so tests see how the action degrades when commenting is not possible.
 */
import { errorBody } from './github-objects.js';

export interface Fault {
  method: string;
  /** A path template from `ROUTES` (or any documented one). */
  route: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail (default 1). */
  times?: number;
}

/** What a fork PR's read-only GITHUB_TOKEN gets when it tries to comment. */
export function readOnlyToken(method: string, route: string): Fault {
  return {
    method,
    route,
    status: 403,
    body: errorBody(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/issues/comments#create-an-issue-comment'),
  };
}

/** GitHub's secondary rate limit: 403 (or 429) with `retry-after`, the message octokit's throttling recognises. */
export function secondaryRateLimit(method: string, route: string, options: { status?: 403 | 429; retryAfter?: number; times?: number } = {}): Fault {
  const status = options.status ?? 403;
  return {
    method,
    route,
    status,
    times: options.times ?? 1,
    headers: { 'retry-after': String(options.retryAfter ?? 1), 'x-ratelimit-remaining': '942' },
    body: errorBody(
      status,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0400:1C2E3F:4A5B6C:7D8E9F:6650A1B2.',
      'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    ),
  };
}

export function serverError(method: string, route: string, status = 500): Fault {
  return { method, route, status, body: { message: 'Server Error' } };
}

/** The primary rate limit spent: 403 with `x-ratelimit-remaining: 0` and the reset `resetIn` seconds away. */
export function primaryRateLimit(method: string, route: string, resetIn: number): Fault {
  return {
    method,
    route,
    status: 403,
    headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetIn) },
    body: errorBody(403, 'API rate limit exceeded for installation ID 1234567.', 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting'),
  };
}
