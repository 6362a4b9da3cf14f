/**
 * The Octokit client the action uses, with the retries GitHub asks integrators to make, through
 * Octokit's own plugins (as actions/labeler and peter-evans/create-pull-request use them):
 * `@octokit/plugin-retry` retries server errors and requests that never got an answer, waiting
 * 1, 4, 9 s; `@octokit/plugin-throttling` waits out a rate limit for as long as GitHub says
 * (`retry-after`, a minute for a secondary limit that says nothing, or until `x-ratelimit-reset`
 * when the primary limit is spent) when that is not too long for a CI job, and spaces out writes.
 * What is ours: the policy's numbers and the log lines, with GitHub's words redacted.
 */
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { excerpt, Redactor, redactSecrets } from '../common/secrets.js';

export type Octokit = ReturnType<typeof github.getOctokit>;
/** Octokit's options (@actions/github's type, so as not to name its @octokit/core). */
type OctokitOptions = NonNullable<Parameters<typeof github.getOctokit>[1]>;

export interface RetryPolicy {
  /** Retries after the first attempt, of a server error and of a rate limit alike. */
  retries: number;
  /** A rate limit that lifts later than this is not waited for: the request fails. */
  maxWaitMs: number;
  /** Says what is being retried and when, for the log. */
  log: (line: string) => void;
  /** How many milliseconds a second of waiting lasts: 1000; tests shorten it. */
  secondMs?: number;
}

export const DEFAULT_RETRY = { retries: 3, maxWaitMs: 60_000 } as const;

/**
 * Statuses a retry cannot fix: plugin-retry's own list, and 429, which is a rate limit and so
 * plugin-throttling's to wait out (else plugin-retry would retry it on its own schedule first,
 * ignoring `retry-after`).
 */
const NOT_RETRIED = [400, 401, 403, 404, 410, 422, 429, 451];

/** plugin-retry's wait before retry `attempt + 1`, in seconds: (attempt + 1)². */
const serverErrorWait = (attempt: number): number => (attempt + 1) ** 2;

/** What the log says of a request: its method and route. */
interface Route {
  method: string;
  url: string;
}

export function createClient(token: string, policy: RetryPolicy, options: OctokitOptions = {}): Octokit {
  // The token, and every secret the process registered, leave GitHub's words before they are cut.
  const own = new Redactor([token]);
  const redact = (text: string) => redactSecrets(own.redact(text));
  const secondMs = policy.secondMs ?? 1_000;
  const where = (request: Route) => `GitHub API ${request.method} ${request.url}`;

  /** Whether to wait out a rate limit of `retryAfter` seconds, said in the log either way. */
  const waitOut = (limit: string) => (retryAfter: number, request: Route, _octokit: unknown, retryCount: number): boolean => {
    if (retryCount >= policy.retries) return false;
    if (retryAfter * 1_000 > policy.maxWaitMs) {
      policy.log(`${where(request)}: ${limit} for ${retryAfter} s, longer than the ${policy.maxWaitMs / 1_000} s a CI job waits; not retried.`);
      return false;
    }
    policy.log(`${where(request)}: ${limit}; retrying in ${retryAfter} s (${retryCount + 1} of ${policy.retries}).`);
    return true;
  };

  /**
   * Logs the server errors plugin-retry is about to retry. Its hooks go on after this one, so this
   * sees each attempt's error as it happens; the wait is plugin-retry's schedule (see
   * test/unit/github/client.test.ts, which checks the two agree).
   */
  const logRetries = (octokit: { hook: Octokit['hook'] }) => {
    octokit.hook.error('request', (error, request) => {
      // plugin-retry's test: an error from Octokit's request (not an abort), of a status not excluded.
      const { status, request: sent } = error as { status?: number; request?: unknown };
      // plugin-retry counts the retries so far here.
      const attempt = (request.request as { retryCount?: number } | undefined)?.retryCount ?? 0;
      if (sent !== undefined && status !== undefined && status >= 400 && !NOT_RETRIED.includes(status) && attempt < policy.retries) {
        policy.log(`${where(request)}: ${describe(error, redact)}; retrying in ${serverErrorWait(attempt)} s (${attempt + 1} of ${policy.retries}).`);
      }
      throw error;
    });
  };

  return github.getOctokit(
    token,
    {
      ...options,
      retry: { retries: policy.retries, doNotRetry: NOT_RETRIED, retryAfterBaseValue: secondMs },
      throttle: {
        onRateLimit: waitOut('rate limit spent'),
        onSecondaryRateLimit: waitOut('secondary rate limit'),
        retryAfterBaseValue: secondMs,
      },
    },
    // Applied in order, each wrapping the last: throttling outermost, so a rate limit is waited
    // out around plugin-retry's attempts, not inside them.
    logRetries,
    retry,
    throttling,
  );
}

/** The longest excerpt of GitHub's error message in a retry line. */
const MESSAGE_LIMIT = 120;

/** What went wrong, in one line: GitHub's message redacted (`redact`), then cut. */
function describe(error: unknown, redact: (text: string) => string): string {
  const { status, message } = error as { status?: number; message?: string };
  if (status === undefined) return `no answer (${redact(message ?? String(error))})`;
  return `${status}${message ? ` ${excerpt(message.split('\n')[0]!, MESSAGE_LIMIT, redact)}` : ''}`;
}
