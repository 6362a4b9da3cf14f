/**
 * GitHub's API failing the way it does in practice: a 500 that goes away, a secondary rate limit
 * that says when to come back, and two runs for the same PR racing to create the comment. The
 * verdict never depends on any of it; the comment still ends up posted, once.
 */
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, type PullRequestFixture } from './events.js';
import { createRepo, type GitRepo } from './git-repo.js';
import { FakeGitHub, ROUTES, secondaryRateLimit, serverError } from './github-api.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { BASE_FILES, MARKER, OVER_BUDGET_CHANGES } from './prompt-fixture.js';
import { runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_e2eFaultsToken0123456789';
const PR = 41;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

async function overBudgetPullRequest(): Promise<{ repo: GitRepo; fixture: PullRequestFixture }> {
  const repo = await createRepo();
  const base = await repo.commit('Prompts and budgets', BASE_FILES);
  await repo.branch('grow');
  const head = await repo.commit('Grow the system prompt', OVER_BUDGET_CHANGES);
  fake.serveRepository(repo.dir);
  return { repo, fixture: { owner: OWNER, repo: REPO, number: PR, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'grow' }, apiUrl: fake.url, serverUrl: fake.url } };
}

const run = (repo: GitRepo, fixture: PullRequestFixture): Promise<ActionRun> =>
  runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main' } });
const log = (r: ActionRun) => `exit ${r.status}\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-2000)}`;
const ours = () => fake.comments(PR).filter((c) => c.body.startsWith(MARKER));

describe('API faults', () => {
  it('retries a 500 with backoff and posts the comment', async () => {
    const { repo, fixture } = await overBudgetPullRequest();
    fake.failNext(serverError('POST', ROUTES.issueComments));
    const result = await run(repo, fixture);
    expect(result.status, log(result)).toBe(1);
    expect(fake.requestsTo('POST', ROUTES.issueComments).map((r) => r.status)).toEqual([500, 201]);
    expect(result.stdout).toMatch(/GitHub API POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments: 500 .*retrying in 1 s \(1 of 3\)/);
    expect(ours()).toHaveLength(1);
  });

  it('waits out a secondary rate limit for as long as retry-after says', async () => {
    const { repo, fixture } = await overBudgetPullRequest();
    fake.failNext(secondaryRateLimit('GET', ROUTES.issueComments, { retryAfter: 2 }));
    const started = Date.now();
    const result = await run(repo, fixture);
    expect(result.status, log(result)).toBe(1);
    const lists = fake.requestsTo('GET', ROUTES.issueComments);
    expect(lists[0]?.status).toBe(403);
    expect(lists[1]?.status).toBe(200);
    expect(result.stdout).toMatch(/secondary rate limit.*retrying in 2 s/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    expect(ours()).toHaveLength(1);
  });

  it('gives up on a 500 that does not go away, and keeps the verdict', async () => {
    const { repo, fixture } = await overBudgetPullRequest();
    fake.failNext({ ...serverError('POST', ROUTES.issueComments), times: 4 });
    const result = await run(repo, fixture);
    expect(result.status, log(result)).toBe(1);
    expect(fake.requestsTo('POST', ROUTES.issueComments)).toHaveLength(4);
    expect(result.outputs['over-budget']).toBe('true');
    expect(result.annotations.some((a) => a.level === 'warning' && /comment was not posted/.test(a.message))).toBe(true);
    // plugin-retry's 1 + 4 + 9 s of waits, and the run around them on a loaded machine.
  }, 60_000);

  it('leaves one comment when two runs for the same PR race to create it', async () => {
    const { repo, fixture } = await overBudgetPullRequest();
    // Both runs list the comments at once, so each finds none and creates one.
    fake.gather('GET', `/repos/${OWNER}/${REPO}/issues/${PR}/comments`, 2);
    const results = await Promise.all([run(repo, fixture), run(repo, fixture)]);
    expect(fake.requestsTo('POST', ROUTES.issueComments)).toHaveLength(2);
    for (const result of results) expect(result.status, log(result)).toBe(1);
    expect(ours()).toHaveLength(1);
  });
});
