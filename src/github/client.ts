/**
 * The Octokit client the action uses, with the retries GitHub asks integrators to make:
 * server errors (5xx, and requests that never got an answer) are retried with exponential
 * backoff, and a rate limit is waited out when GitHub says for how long (`retry-after`, or
 * `x-ratelimit-reset` when the primary limit is spent) and that is not too long for a CI job.
 */
import * as github from '@actions/github';
import { excerpt, Redactor, redactSecrets } from '../common/secrets.js';

export type Octokit = ReturnType<typeof github.getOctokit>;

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** Backoff before the first retry of a server error; doubled each time. */
  baseDelayMs: number;
  /** A rate limit that lifts later than this is not waited for: the request fails. */
  maxWaitMs: number;
  /** Says what is being retried and when, for the log. */
  log: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY = { retries: 3, baseDelayMs: 1_000, maxWaitMs: 60_000 } as const;

export function createClient(token: string, policy: RetryPolicy): Octokit {
  const octokit = github.getOctokit(token);
  // The token, and every secret the process registered, leave GitHub's words before they are cut.
  const own = new Redactor([token]);
  const redact = (text: string) => redactSecrets(own.redact(text));
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        const wait = attempt < policy.retries ? retryDelay(error, attempt, policy) : undefined;
        if (wait === undefined) throw error;
        policy.log(`GitHub API ${options.method} ${options.url}: ${describe(error, redact)}; retrying in ${Math.ceil(wait / 1000)} s (${attempt + 1} of ${policy.retries}).`);
        await sleep(wait);
      }
    }
  });
  return octokit;
}

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

/** How long to wait before retrying, or undefined when the error is not worth a retry. */
export function retryDelay(error: unknown, attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxWaitMs'>, now = Date.now()): number | undefined {
  const { status, message = '', response } = error as HttpError;
  const headers = response?.headers ?? {};
  if (status === 403 || status === 429) {
    const retryAfter = Number(headers['retry-after']);
    if (Number.isFinite(retryAfter) && retryAfter >= 0) return withinLimit(retryAfter * 1000, policy);
    if (headers['x-ratelimit-remaining'] === '0') {
      const reset = Number(headers['x-ratelimit-reset']) * 1000;
      return Number.isFinite(reset) ? withinLimit(Math.max(0, reset - now), policy) : undefined;
    }
    // A secondary limit without retry-after: GitHub asks for at least a minute.
    if (/secondary rate limit/i.test(message)) return withinLimit(60_000, policy);
    return undefined;
  }
  // Octokit reports a request that got no answer (refused, reset, timed out) as a 500 too;
  // an error without a status is one from below Octokit.
  if (status === undefined || status >= 500) return policy.baseDelayMs * 2 ** attempt;
  return undefined;
}

function withinLimit(ms: number, policy: Pick<RetryPolicy, 'maxWaitMs'>): number | undefined {
  return ms <= policy.maxWaitMs ? ms : undefined;
}

/** The longest excerpt of GitHub's error message in a retry line. */
const MESSAGE_LIMIT = 120;

/** What went wrong, in one line: GitHub's message redacted (`redact`), then cut. */
function describe(error: unknown, redact: (text: string) => string): string {
  const { status, message } = error as HttpError;
  if (status === undefined) return `no answer (${redact(message ?? String(error))})`;
  return `${status}${message ? ` ${excerpt(message.split('\n')[0]!, MESSAGE_LIMIT, redact)}` : ''}`;
}
