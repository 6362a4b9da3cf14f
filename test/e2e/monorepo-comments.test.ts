/**
 * A monorepo with a budgets file per app, checked by one action step per file on the same PR:
 * each step keeps its own sticky comment (its marker names its budgets file) and edits it in place
 * on the next push, never the other's. The default budgets.yml keeps the marker older versions
 * wrote, so a comment made before an upgrade is still found.
 */
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, type PullRequestFixture } from './events.js';
import { createRepo, type GitRepo } from './git-repo.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { ROUTES, type FakeGitHub } from './github-api.js';
import { GITHUB_ACTIONS_BOT } from './github-objects.js';
import { BASE_FILES, MARKER, OVER_BUDGET_CHANGES } from './prompt-fixture.js';
import { runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'monorepo';
const TOKEN = 'ghs_e2eJobToken0123456789';
const PR_NUMBER = 31;

const budgets = (app: string, maxTokens: number) => `version: 1
defaults: { model: gpt-4.1 }
components:
  ${app}-system:
    files: apps/${app}/prompts/*.md
    max_tokens: ${maxTokens}
`;
const CONFIGS = ['apps/support/budgets.yml', 'apps/search/budgets.yml'] as const;
const markerOf = (config: string) => `<!-- prompt-budget: ${config} -->`;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

function run(repo: GitRepo, fixture: PullRequestFixture, config: string): Promise<ActionRun> {
  return runAction({ workspace: repo.dir, event: pullRequestEvent('synchronize', fixture), api: { url: fake.url, token: TOKEN }, with: { config, comment: 'always' } });
}

const log = (result: ActionRun) => `exit ${result.status}\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-2000)}`;

describe('two budgets files on one pull request', () => {
  it('keep two comments, each edited in place on the next push', async () => {
    const repo = await createRepo();
    const base = await repo.commit('Two apps', {
      [CONFIGS[0]]: budgets('support', 500),
      [CONFIGS[1]]: budgets('search', 500),
      'apps/support/prompts/system.md': 'You answer support questions.\n',
      'apps/search/prompts/system.md': 'You rewrite search queries.\n',
    });
    await repo.branch('grow');
    const first = await repo.commit('Grow support', { 'apps/support/prompts/system.md': 'You answer support questions politely.\n' });
    const fixture: PullRequestFixture = { owner: OWNER, repo: REPO, number: PR_NUMBER, base: { sha: base, ref: 'main' }, head: { sha: first, ref: 'grow' }, apiUrl: fake.url, serverUrl: fake.url };

    for (const config of CONFIGS) expect((await run(repo, fixture, config)).status).toBe(0);
    const created = fake.comments(PR_NUMBER);
    expect(created.map((c) => c.body.split('\n')[0])).toEqual(CONFIGS.map(markerOf));
    expect(created[0]!.body).toContain('support-system');
    expect(created[1]!.body).toContain('search-system');

    const second = await repo.commit('Grow search too', { 'apps/search/prompts/system.md': 'You rewrite search queries into keywords and filters.\n' });
    const next = { ...fixture, head: { ...fixture.head, sha: second } };
    for (const config of CONFIGS) {
      const result = await run(repo, next, config);
      expect(result.status, log(result)).toBe(0);
      expect(result.stdout).toContain('PR comment updated');
    }

    expect(fake.requestsTo('POST', ROUTES.issueComments)).toHaveLength(2);
    expect(fake.requestsTo('PATCH', ROUTES.issueComment)).toHaveLength(2);
    const updated = fake.comments(PR_NUMBER);
    expect(updated.map((c) => c.id)).toEqual(created.map((c) => c.id));
    expect(updated.map((c) => c.body.split('\n')[0])).toEqual(CONFIGS.map(markerOf));
    expect(updated[0]!.body).toContain(second.slice(0, 7));
    expect(updated[1]!.body).toContain(second.slice(0, 7));
    expect(updated[1]!.body).not.toContain('support-system');
  });

  it('finds the comment an earlier version made for the default budgets.yml by its marker', async () => {
    // What versions before the marker named other files wrote: the same marker for budgets.yml.
    expect(MARKER).toBe(markerOf('budgets.yml'));
    const earlier = fake.addComment(PR_NUMBER, `${MARKER}\n### ✅ prompt-budget: all 3 components within budget\n`, GITHUB_ACTIONS_BOT);
    const repo = await createRepo();
    const base = await repo.commit('Prompts and budgets', BASE_FILES);
    await repo.branch('change');
    const head = await repo.commit('Change prompts', OVER_BUDGET_CHANGES);
    const fixture: PullRequestFixture = { owner: OWNER, repo: REPO, number: PR_NUMBER, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'change' }, apiUrl: fake.url, serverUrl: fake.url };
    const result = await run(repo, fixture, 'budgets.yml');

    expect(result.status, log(result)).toBe(1);
    expect(fake.requestsTo('POST', ROUTES.issueComments)).toHaveLength(0);
    expect(fake.comments(PR_NUMBER)).toHaveLength(1);
    expect(fake.comments(PR_NUMBER)[0]).toMatchObject({ id: earlier.id });
    expect(fake.comments(PR_NUMBER)[0]!.body).toMatch(/❌ prompt-budget: 1 of 3 components broke a budget/);
  });
});
