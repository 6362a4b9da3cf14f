/**
 * When the action retries a GitHub API call, and how long it waits: the client as built, against
 * a scripted fetch, with a second shortened to a few milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/github/client.js';

/** Milliseconds a second of waiting lasts here. */
const SECOND = 4;

type Answer = { status: number; headers?: Record<string, string>; message?: string } | Error;

/** A client whose fetch answers `script` in order (200 `{}` once it runs out), and what it saw. */
function scripted(...script: Answer[]) {
  const sent: number[] = [];
  const log: string[] = [];
  const fetch = async (): Promise<Response> => {
    sent.push(performance.now());
    const next = script.shift() ?? { status: 200 };
    if (next instanceof Error) throw next;
    const body = JSON.stringify(next.status === 200 ? {} : { message: next.message ?? 'Error', documentation_url: 'https://docs.github.com/rest' });
    return new Response(body, { status: next.status, headers: { 'content-type': 'application/json', ...next.headers } });
  };
  const octokit = createClient('ghs_clientTestToken0123456789', { retries: 3, maxWaitMs: 60_000, log: (line) => log.push(line), secondMs: SECOND }, { baseUrl: 'http://github.test', request: { fetch } });
  const get = () => octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'prompts' });
  /** The waits between attempts, in the test's seconds. */
  const gaps = () => sent.slice(1).map((at, i) => (at - sent[i]!) / SECOND);
  return { get, sent, log, gaps };
}

const secondary = (status: 403 | 429, headers: Record<string, string> = {}): Answer => ({
  status,
  headers,
  message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
});

describe('createClient', () => {
  it('backs off on server errors and on requests that got no answer, saying how long it waits', async () => {
    const client = scripted({ status: 502 }, { status: 502 }, { status: 502 });
    await client.get();
    expect(client.sent).toHaveLength(4);
    expect(client.log.map((line) => line.replace(/^.*; /, ''))).toEqual(['retrying in 1 s (1 of 3).', 'retrying in 4 s (2 of 3).', 'retrying in 9 s (3 of 3).']);
    // The log's waits are the waits plugin-retry makes.
    client.gaps().forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual([1, 4, 9][i]! - 0.5));
    expect(client.log[0]).toMatch(/^GitHub API GET \/repos\/\{owner\}\/\{repo\}: 502 /);

    const hangUp = scripted(new TypeError('fetch failed', { cause: new Error('socket hang up') }));
    await hangUp.get();
    expect(hangUp.sent).toHaveLength(2);
    expect(hangUp.log).toEqual([expect.stringMatching(/socket hang up; retrying in 1 s \(1 of 3\)/)]);
  });

  it('gives up after 3 retries', async () => {
    const client = scripted(...Array.from({ length: 4 }, () => ({ status: 500 })));
    await expect(client.get()).rejects.toMatchObject({ status: 500 });
    expect(client.sent).toHaveLength(4);
  });

  it('waits as long as retry-after says, and not at all when that is too long for a CI job', async () => {
    const seven = scripted(secondary(403, { 'retry-after': '7' }));
    await seven.get();
    expect(seven.sent).toHaveLength(2);
    expect(seven.gaps()[0]).toBeGreaterThanOrEqual(6.5);
    expect(seven.log).toEqual([expect.stringMatching(/secondary rate limit; retrying in 7 s \(1 of 3\)/)]);

    const hour = scripted(secondary(429, { 'retry-after': '3600' }));
    await expect(hour.get()).rejects.toMatchObject({ status: 429 });
    expect(hour.sent).toHaveLength(1);
    expect(hour.log).toEqual([expect.stringMatching(/secondary rate limit for 3600 s, longer than the 60 s a CI job waits; not retried/)]);
  });

  it('reads retry-after: 0 as no retry-after, as plugin-throttling does: a minute', async () => {
    const client = scripted(secondary(429, { 'retry-after': '0' }));
    await client.get();
    expect(client.log).toEqual([expect.stringMatching(/retrying in 60 s/)]);
  });

  it('waits for the primary limit to reset when it is spent, and a minute on a bare secondary limit', async () => {
    const reset = (inSeconds: number) => ({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + inSeconds) });
    // plugin-throttling waits one second past the reset.
    const spent = scripted({ status: 403, headers: reset(30), message: 'API rate limit exceeded for installation ID 1.' });
    await spent.get();
    expect(spent.log).toEqual([expect.stringMatching(/rate limit spent; retrying in 3[01] s \(1 of 3\)/)]);
    expect(spent.gaps()[0]).toBeGreaterThanOrEqual(29.5);

    const later = scripted({ status: 403, headers: reset(3000), message: 'API rate limit exceeded for installation ID 1.' });
    await expect(later.get()).rejects.toMatchObject({ status: 403 });
    expect(later.sent).toHaveLength(1);

    const bare = scripted(secondary(403));
    await bare.get();
    expect(bare.log).toEqual([expect.stringMatching(/secondary rate limit; retrying in 60 s/)]);
    expect(bare.gaps()[0]).toBeGreaterThanOrEqual(59.5);
  });

  it('does not retry what a retry cannot fix', async () => {
    for (const status of [400, 401, 404, 422]) {
      const client = scripted({ status });
      await expect(client.get(), String(status)).rejects.toMatchObject({ status });
      expect(client.sent, String(status)).toHaveLength(1);
    }
    const forbidden = scripted({ status: 403, message: 'Resource not accessible by integration' });
    await expect(forbidden.get()).rejects.toMatchObject({ status: 403 });
    expect(forbidden.sent).toHaveLength(1);
    expect(forbidden.log).toEqual([]);
  });

  it('redacts the token from what GitHub says before it is logged', async () => {
    const client = scripted({ status: 503, message: 'upstream rejected ghs_clientTestToken0123456789' });
    await client.get();
    expect(client.log.join('\n')).not.toContain('ghs_clientTestToken0123456789');
  });
});
