/**
 * Issue 8 through the bundled action, in real git repositories: a gate already red on the base
 * branch blames only the PRs that make it worse (fail_on: made-worse, the default), and blames
 * every PR with fail_on: any-over.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, type PullRequestFixture } from './events.js';
import { createRepo, type FileTree, type GitRepo } from './git-repo.js';
import { FakeGitHub, ROUTES } from './github-api.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { BASE_FILES, BUDGETS_YML, CONFIG, expectedCounts, MARKER, OVER_BUDGET_CHANGES, tableRow, WITHIN_BUDGET_CHANGES } from './prompt-fixture.js';
import { runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_e2eJobToken0123456789';
const PR_NUMBER = 8;

let fake: FakeGitHub;
const github = fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

/** `main` already has support-system over its allotment (60): the over-budget change was merged. */
const RED_MAIN: FileTree = { ...BASE_FILES, ...OVER_BUDGET_CHANGES };
const WORSE = `${OVER_BUDGET_CHANGES['prompts/system.md']}Always sign as "Acme Support", with the ticket number.\n`;

async function pullRequest(main: FileTree, changes: FileTree): Promise<{ repo: GitRepo; fixture: PullRequestFixture }> {
  const repo = await createRepo();
  const base = await repo.commit('Prompts and budgets', main);
  await repo.branch('change');
  const head = await repo.commit('Change', changes);
  return {
    repo,
    fixture: { owner: OWNER, repo: REPO, number: PR_NUMBER, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'change' }, apiUrl: fake.url, serverUrl: fake.url },
  };
}

async function run(main: FileTree, changes: FileTree, comment = 'always'): Promise<ActionRun & { body: string }> {
  const { repo, fixture } = await pullRequest(main, changes);
  const result = await runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { comment } });
  const posts = fake.requestsTo('POST', ROUTES.issueComments);
  return { ...result, body: posts.length > 0 ? (posts[0]!.body as { body: string }).body : '' };
}

const log = (result: ActionRun) => `exit ${result.status}\n--- stdout\n${result.stdout.slice(-6000)}\n--- stderr\n${result.stderr.slice(-3000)}`;

describe('a gate already red on the base branch', () => {
  it('passes a PR that does not make it worse, reporting the component as pre-existing, with the amount', async () => {
    expect(expectedCounts(RED_MAIN)['support-system']).toBeGreaterThan(60);
    const result = await run(RED_MAIN, WITHIN_BUDGET_CHANGES);
    expect(result.status, log(result)).toBe(0);
    expect(result.outputs['over-budget']).toBe('false');
    const over = expectedCounts(RED_MAIN)['support-system'] - 60;
    expect(result.body.startsWith(MARKER)).toBe(true);
    expect(result.body).toContain('### ⚠️ prompt-budget: no budget made worse; 1 already broken at base, not made worse');
    expect(tableRow(result.body, 'support-system')).toMatch(new RegExp(`^\\| ⚠️ \\| \`support-system\` \\|.*\\| pre-existing \\(over by ${over}\\) \\|$`));
    expect(result.body).toContain(`\`support-system\` was already over its allotment by ${over} tokens at base`);
    expect(result.summary).toContain('pre-existing');
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as { verdict: string; failOn: string; counts: { preExisting: number } };
    expect(report).toMatchObject({ verdict: 'pass', failOn: 'made-worse', counts: { preExisting: 1 } });
    // Nothing failed, so nothing is annotated as an error.
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('fails a PR that makes it worse, saying how far over it already was', async () => {
    const result = await run(RED_MAIN, { 'prompts/system.md': WORSE });
    expect(result.status, log(result)).toBe(1);
    expect(result.outputs['over-budget']).toBe('true');
    const before = expectedCounts(RED_MAIN)['support-system'] - 60;
    expect(tableRow(result.body, 'support-system')).toContain('❌');
    expect(result.body).toContain(`\`support-system\` was already over its allotment by ${before} tokens at base; this change adds`);
    expect(result.annotations.filter((a) => a.level === 'error' && a.file === CONFIG)).toHaveLength(1);
  });

  it('with fail_on: any-over fails both', async () => {
    const strict = { ...RED_MAIN, [CONFIG]: `fail_on: any-over\n${BUDGETS_YML}` };
    const unrelated = await run(strict, WITHIN_BUDGET_CHANGES);
    expect(unrelated.status, log(unrelated)).toBe(1);
    expect(tableRow(unrelated.body, 'support-system')).toContain('over budget');
    await github.restart();
    const worse = await run(strict, { 'prompts/system.md': WORSE });
    expect(worse.status, log(worse)).toBe(1);
  });

  it('fails a PR that lowers max_tokens below a count the base allowed: its own budgets.yml broke the budget, not the base\'s', async () => {
    const generous = { ...RED_MAIN, [CONFIG]: BUDGETS_YML.replace('max_tokens: 60', 'max_tokens: 1000') };
    const result = await run(generous, { [CONFIG]: BUDGETS_YML });
    expect(result.status, log(result)).toBe(1);
    expect(result.outputs['over-budget']).toBe('true');
    expect(tableRow(result.body, 'support-system')).toContain('over budget');
    expect(result.body).not.toContain('pre-existing');
    expect(result.body).toContain(`\`support-system\` is over its allotment by ${expectedCounts(RED_MAIN)['support-system'] - 60} tokens`);
  });

  it('annotates a grown file shared by two failing components once, naming both', async () => {
    const shared = `${BUDGETS_YML}  chat-prefix:\n    files: [prompts/system.md, prompts/shots/greeting.md]\n    max_tokens: 70\n`;
    const result = await run({ ...BASE_FILES, [CONFIG]: shared }, OVER_BUDGET_CHANGES);
    expect(result.status, log(result)).toBe(1);
    const onFile = result.annotations.filter((a) => a.level === 'error' && a.file === 'prompts/system.md');
    expect(onFile).toHaveLength(1);
    expect(onFile[0]!.message).toMatch(/component support-system is over its allotment .*; component chat-prefix is over its allotment/);
  });

  it('annotates a grown file only when growth is the failure, not when a file cannot be counted', async () => {
    const result = await run(BASE_FILES, {
      'prompts/shots/greeting.md': 'GIF89a\u0001\u0000\u0001\u0000',
      'prompts/shots/refund.md': `${BASE_FILES['prompts/shots/refund.md']}User: And shipping?\nAssistant: Free over $50.\n`,
    });
    expect(result.status, log(result)).toBe(1);
    expect(tableRow(result.body, 'few-shots')).toContain('cannot be counted');
    // Before, the grown file was annotated "component few-shots is over its growth limit", which it has none of.
    expect(result.annotations.filter((a) => a.file === 'prompts/shots/refund.md')).toEqual([]);
    expect(result.annotations.filter((a) => a.level === 'error' && a.file === CONFIG).map((a) => a.message).join('\n')).toContain('cannot be counted');
  });

  it('comments on a failing PR under comment: on-change even when it changed no budgeted file', async () => {
    const strict = { ...RED_MAIN, [CONFIG]: `fail_on: any-over\n${BUDGETS_YML}` };
    const docsOnly = await run(strict, { 'docs/changelog.md': 'A release note.\n' }, 'on-change');
    expect(docsOnly.status, log(docsOnly)).toBe(1);
    // Without a comment, the red check would be the only sign; the comment says which budget and why.
    expect(tableRow(docsOnly.body, 'support-system')).toContain('over budget');
  });
});
