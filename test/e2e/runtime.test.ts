/**
 * How the action behaves around the check: events without a pull request, two configs in one
 * repository, a repeated run, a token GitHub refuses and an API that is down. The verdict (the
 * exit status) never depends on the API.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { otherEvent, pullRequestEvent, type PullRequestFixture } from './events.js';
import { createRepo, type GitRepo } from './git-repo.js';
import { FakeGitHub, ROUTES } from './github-api.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { errorBody } from './github-objects.js';
import { BASE_FILES, BUDGETS_YML, OVER_BUDGET_CHANGES } from './prompt-fixture.js';
import { runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_e2eRuntimeToken0123456789';
const PR = 61;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

async function overBudget(extra: Record<string, string> = {}): Promise<{ repo: GitRepo; fixture: PullRequestFixture }> {
  const repo = await createRepo();
  const base = await repo.commit('Base', { ...BASE_FILES, ...extra });
  await repo.branch('grow');
  const head = await repo.commit('Grow', OVER_BUDGET_CHANGES);
  return { repo, fixture: { owner: OWNER, repo: REPO, number: PR, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'grow' }, apiUrl: fake.url, serverUrl: fake.url } };
}
const log = (r: ActionRun) => `exit ${r.status}\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-2000)}`;

describe('events without a pull request', () => {
  it.each(['merge_group', 'workflow_dispatch', 'issues'])('%s: checks head against the allotments, makes no API call', async (name) => {
    const { repo } = await overBudget();
    const sha = await repo.sha();
    const result = await runAction({ workspace: repo.dir, event: otherEvent(name, { owner: OWNER, repo: REPO, sha, ref: 'refs/heads/grow' }), api: { url: fake.url, token: TOKEN } });
    expect(result.status, log(result)).toBe(1);
    expect(result.stdout).toContain(`Event ${name}: no base to compare with; checking head against the allotments.`);
    expect(result.outputs['total-delta']).toBe('');
    expect(fake.requests).toEqual([]);
  });

  it('detached HEAD (as actions/checkout leaves it): the same check', async () => {
    const { repo } = await overBudget();
    const sha = await repo.sha();
    await repo.git('checkout', '--quiet', '--detach', sha);
    const result = await runAction({ workspace: repo.dir, event: otherEvent('workflow_dispatch', { owner: OWNER, repo: REPO, sha, ref: 'refs/heads/grow' }), api: { url: fake.url, token: TOKEN } });
    expect(result.status, log(result)).toBe(1);
  });
});

describe('pull requests', () => {
  it('keeps one comment per config: two configs in one repository get two, with distinct markers', async () => {
    const { repo, fixture } = await overBudget({ 'team/budgets.yml': BUDGETS_YML });
    for (const config of ['budgets.yml', 'team/budgets.yml']) {
      const result = await runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main', config } });
      expect(result.status, log(result)).toBe(1);
    }
    const markers = fake.comments(PR).map((c) => c.body.split('\n')[0]);
    expect(markers).toEqual(['<!-- prompt-budget: budgets.yml -->', '<!-- prompt-budget: team/budgets.yml -->']);
  });

  it('is idempotent: the same run again gives the same outputs and leaves the comment untouched', async () => {
    const { repo, fixture } = await overBudget();
    const run = () => runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main' } });
    const first = await run();
    const second = await run();
    // Every output but `report`, a path under RUNNER_TEMP, which differs per run.
    const withoutReport = (outputs: Record<string, string>) => Object.fromEntries(Object.entries(outputs).filter(([name]) => name !== 'report'));
    expect(withoutReport(second.outputs)).toEqual(withoutReport(first.outputs));
    expect(second.summary).toBe(first.summary);
    expect(fake.requestsTo('PATCH', ROUTES.issueComment)).toEqual([]);
    expect(fake.comments(PR)).toHaveLength(1);
  });

  it('keeps the verdict when GitHub refuses the token (401)', async () => {
    const { repo, fixture } = await overBudget();
    fake.failNext({ method: 'GET', route: ROUTES.issueComments, status: 401, body: errorBody(401, 'Bad credentials', 'https://docs.github.com/rest') });
    const result = await runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main' } });
    expect(result.status, log(result)).toBe(1);
    expect(result.outputs['over-budget']).toBe('true');
    expect(result.annotations.some((a) => a.level === 'warning' && /comment was not posted: the GitHub API failed \(Bad credentials/.test(a.message))).toBe(true);
  });

  it('keeps the verdict when the API is down, after retrying', async () => {
    const { repo, fixture } = await overBudget();
    // A port that was just free: nothing listens, so every connection is refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const down = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const result = await runAction({ workspace: repo.dir, event: pullRequestEvent('opened', { ...fixture, apiUrl: down }), api: { url: down, token: TOKEN }, with: { base: 'main' } });
    expect(result.status, log(result)).toBe(1);
    expect(result.stdout).toMatch(/GitHub API GET .*retrying in 1 s \(1 of 3\)/);
    expect(result.stdout).toMatch(/retrying in 9 s \(3 of 3\)/);
    expect(result.annotations.some((a) => a.level === 'warning' && /comment was not posted/.test(a.message))).toBe(true);
    // plugin-retry's 1 + 4 + 9 s of waits, and the run around them on a loaded machine.
  }, 60_000);
});
