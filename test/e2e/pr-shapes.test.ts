/**
 * PRs of the shapes real repositories see: one that touches no prompt (no comment under the
 * default `on-change`), and one that touches 500 prompt files (a comment within GitHub's limit,
 * the full detail in the job summary).
 */
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, type PullRequestFixture } from './events.js';
import { createRepo, type FileTree, type GitRepo } from './git-repo.js';
import { FakeGitHub } from './github-api.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { BASE_FILES } from './prompt-fixture.js';
import { runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_e2eShapesToken0123456789';
const PR = 57;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

async function pullRequest(base: FileTree, changes: FileTree): Promise<{ repo: GitRepo; fixture: PullRequestFixture }> {
  const repo = await createRepo();
  const baseSha = await repo.commit('Base', base);
  await repo.branch('change');
  const head = await repo.commit('Change', changes);
  return { repo, fixture: { owner: OWNER, repo: REPO, number: PR, base: { sha: baseSha, ref: 'main' }, head: { sha: head, ref: 'change' }, apiUrl: fake.url, serverUrl: fake.url } };
}
const run = (repo: GitRepo, fixture: PullRequestFixture): Promise<ActionRun> =>
  runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main' } });
const log = (r: ActionRun) => `exit ${r.status}\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-2000)}`;

describe('PR shapes', () => {
  it('posts nothing for a PR that touches no prompt, and still writes the summary', async () => {
    const { repo, fixture } = await pullRequest({ ...BASE_FILES, 'README.md': '# Bot\n' }, { 'README.md': '# Support bot\n\nNow with docs.\n' });
    const result = await run(repo, fixture);
    expect(result.status, log(result)).toBe(0);
    expect(fake.comments(PR)).toEqual([]);
    expect(result.stdout).toContain('No budgeted file changed: no comment (comment: on-change).');
    expect(result.summary).toContain('prompt-budget');
    expect(result.outputs['total-delta']).toBe('0');
  });

  it('keeps the comment of a PR touching 500 prompt files under 65,536 characters, with all of it in the summary', async () => {
    const budgets = 'version: 1\ndefaults: { model: gpt-4.1 }\ncomponents:\n' +
      Array.from({ length: 50 }, (_, i) => `  library-${i}: { files: "library/${i}/*.md", max_tokens: 5000 }\n`).join('');
    const files = (text: string): FileTree =>
      Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`library/${i % 50}/article-${String(i).padStart(3, '0')} with a long descriptive name.md`, `${text} (article ${i})\n`]));
    const { repo, fixture } = await pullRequest({ 'budgets.yml': budgets, ...files('Return policy: 60 days.') }, files('Return policy: 60 days, unworn, with the receipt, and the tags attached.'));
    const result = await run(repo, fixture);

    expect(result.status, log(result)).toBe(0);
    const [comment] = fake.comments(PR);
    expect(comment?.body.length).toBeLessThanOrEqual(65_536);
    expect(comment?.body).toMatch(/^### ✅ prompt-budget: all 50 components within budget$/m);
    // The summary (1 MiB allowed) has every changed file.
    const rows = result.summary.split('\n').filter((line) => line.includes('with a long descriptive name.md'));
    expect(rows).toHaveLength(500);
  }, 60_000);

  it('still updates its comment when a later push stops touching the prompts', async () => {
    const { repo, fixture } = await pullRequest({ ...BASE_FILES, 'README.md': '# Bot\n' }, { 'prompts/system.md': `${BASE_FILES['prompts/system.md']}Be brief.\n` });
    expect((await run(repo, fixture)).status).toBe(0);
    const [first] = fake.comments(PR);
    const firstBody = first?.body ?? '';
    expect(firstBody).toMatch(/\| \+\d+/);
    // The next push reverts the prompt: no budgeted file differs from base any more.
    const next = await repo.commit('Revert the prompt', { 'prompts/system.md': BASE_FILES['prompts/system.md']! });
    const result = await runAction({ workspace: repo.dir, event: pullRequestEvent('synchronize', { ...fixture, before: fixture.head.sha, head: { ...fixture.head, sha: next } }), api: { url: fake.url, token: TOKEN }, with: { base: 'main' } });
    expect(result.status, log(result)).toBe(0);
    const comments = fake.comments(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(first?.id);
    expect(comments[0]?.body).not.toBe(firstBody);
    expect(comments[0]?.body).not.toMatch(/\| \+\d+/);
  });

  it('lets no name from the PR issue workflow commands through the log', async () => {
    const budgets = 'version: 1\ndefaults: { model: gpt-4.1 }\ncomponents:\n  "x\\n::error title=pwned::injected\\n::set-output name=over-budget::false":\n    files: prompts/system.md\n    max_tokens: 5\n';
    const { repo, fixture } = await pullRequest({ ...BASE_FILES, 'budgets.yml': budgets }, { 'prompts/system.md': `${BASE_FILES['prompts/system.md']}More.\n` });
    const result = await run(repo, fixture);
    expect(result.status, log(result)).toBe(1);
    expect(result.annotations.filter((a) => a.title === 'pwned' || a.message === 'injected')).toEqual([]);
    expect(result.outputs['over-budget']).toBe('true');
  });
});

