/**
 * The action end to end: dist/index.js run as GitHub's runner runs it, against real git
 * repositories and a fake GitHub API that holds it to GitHub's OpenAPI description.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pullRequestEvent, pushEvent, type GitHubEvent, type PullRequestFixture } from './events.js';
import { createOrigin, createRepo, shallowClone, type FileTree, type GitRepo } from './git-repo.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { FakeGitHub, readOnlyToken, ROUTES } from './github-api.js';
import { OCTOCAT, type IssueComment } from './github-objects.js';
import {
  BASE_FILES,
  BUDGETS_YML,
  CONFIG,
  expectedCounts,
  formatChange,
  formatTokens,
  locate,
  MARKER,
  OVER_BUDGET_CHANGES,
  showsNumber,
  sum,
  tableRow,
  WITHIN_BUDGET_CHANGES,
} from './prompt-fixture.js';
import { ACTION_ENTRY, ACTION_YML, PROJECT_ROOT, runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_e2eJobToken0123456789';
const PR_NUMBER = 17;

let fake: FakeGitHub;
// Whatever a test checks, the action must only have made requests GitHub would accept.
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

beforeAll(async () => {
  // dist/ is committed and normally prebuilt; build it only when a fresh checkout lacks it.
  if (!existsSync(ACTION_ENTRY)) await promisify(execFile)('npm', ['run', 'bundle'], { cwd: PROJECT_ROOT, timeout: 170_000 });
}, 180_000);

/** A repository with the fixture on `main` and a PR branch with `changes` on top, checked out. */
async function pullRequest(changes: FileTree): Promise<{ repo: GitRepo; fixture: PullRequestFixture; baseTree: FileTree; headTree: FileTree }> {
  const repo = await createRepo();
  const base = await repo.commit('Prompts and budgets', BASE_FILES);
  await repo.branch('prompt-change');
  const head = await repo.commit('Change prompts', changes);
  const fixture: PullRequestFixture = {
    owner: OWNER,
    repo: REPO,
    number: PR_NUMBER,
    base: { sha: base, ref: 'main' },
    head: { sha: head, ref: 'prompt-change' },
    apiUrl: fake.url,
    serverUrl: fake.url,
  };
  return { repo, fixture, baseTree: BASE_FILES, headTree: { ...BASE_FILES, ...changes } };
}

function run(repo: GitRepo, event: GitHubEvent, withValues: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ workspace: repo.dir, event, api: { url: fake.url, token: TOKEN }, with: withValues });
}

/** The log, for assertion messages: what a developer would read in the Actions UI. */
function log(result: ActionRun): string {
  return `exit ${result.status}\n--- stdout\n${result.stdout.slice(-6000)}\n--- stderr\n${result.stderr.slice(-3000)}`;
}

function markerComments(): IssueComment[] {
  return fake.comments(PR_NUMBER).filter((c) => c.body.startsWith(MARKER));
}

/** Every component's row shows its base count, head count and signed change. */
function expectRows(markdown: string, baseTree: FileTree, headTree: FileTree): void {
  const base = expectedCounts(baseTree);
  const head = expectedCounts(headTree);
  for (const name of Object.keys(head)) {
    const row = tableRow(markdown, name);
    expect(row, `no table row for ${name} in:\n${markdown}`).toBeDefined();
    expect(showsNumber(row ?? '', formatTokens(base[name])), `${name} base ${base[name]} in ${row}`).toBe(true);
    expect(showsNumber(row ?? '', formatTokens(head[name])), `${name} head ${head[name]} in ${row}`).toBe(true);
    const change = head[name] - base[name];
    if (change !== 0) expect(showsNumber(row ?? '', formatChange(change)), `${name} change ${formatChange(change)} in ${row}`).toBe(true);
  }
}

describe('the fixture', () => {
  it('is what the tests assume: one component over, thousands separators needed', () => {
    const base = expectedCounts(BASE_FILES);
    const head = expectedCounts({ ...BASE_FILES, ...OVER_BUDGET_CHANGES });
    expect(base['support-system']).toBeLessThanOrEqual(60);
    expect(head['support-system']).toBeGreaterThan(60);
    expect(head['few-shots']).toBeLessThanOrEqual(200);
    expect(expectedCounts({ 'prompts/shots/greeting.md': BASE_FILES['prompts/shots/draft-ideas.md'] })['few-shots']).toBeGreaterThan(200);
    expect(base['style-guide']).toBeGreaterThanOrEqual(1000);
    expect(head['style-guide'] - base['style-guide']).toBeGreaterThanOrEqual(1000);
  });

  it('uses an action.yml the runner can load', async () => {
    // The runner refuses an action whose metadata is not valid YAML; nothing else would run.
    expect(() => parse(BUDGETS_YML)).not.toThrow();
    const text = await readFile(ACTION_YML, 'utf8');
    expect(() => parse(text)).not.toThrow();
  });
});

describe('prompt-budget action on pull_request', () => {
  it('fails an over-budget PR and reports it in a comment, outputs, summary and an annotation', async () => {
    const { repo, fixture, baseTree, headTree } = await pullRequest(OVER_BUDGET_CHANGES);
    const result = await run(repo, pullRequestEvent('opened', fixture));
    expect(result.status, log(result)).toBe(1);

    const posts = fake.requestsTo('POST', ROUTES.issueComments);
    expect(posts).toHaveLength(1);
    const body = (posts[0].body as { body: string }).body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('❌');
    expectRows(body, baseTree, headTree);
    expect(tableRow(body, 'support-system')).toContain('❌');

    const base = expectedCounts(baseTree);
    const head = expectedCounts(headTree);
    expect(result.outputs['over-budget']).toBe('true');
    expect(result.outputs['total-tokens']).toBe(String(sum(head)));
    expect(result.outputs['total-delta']).toBe(String(sum(head) - sum(base)));
    expect(result.outputs['comment-body']).toBe(body);
    expect(result.outputs['comment-url']).toBe(fake.comments(PR_NUMBER)[0]?.html_url);
    const report = JSON.parse(await readFile(result.outputs.report, 'utf8')) as { verdict: string };
    expect(report.verdict).toBe('fail');

    expectRows(result.summary, baseTree, headTree);
    expect(result.summary).toContain(tableRow(body, 'support-system'));

    // One annotation on the broken component's line in budgets.yml and one on the prompt file that
    // grew; a location-less setFailed line may add to them.
    const located = result.annotations.filter((a) => a.file !== undefined);
    expect(located, log(result)).toEqual([
      expect.objectContaining({ level: 'error', file: CONFIG, line: locate(BUDGETS_YML, 'support-system').line }),
      expect.objectContaining({ level: 'error', file: 'prompts/system.md', line: 1 }),
    ]);
    expect(located[0].message + (located[0].title ?? '')).toContain('support-system');
    expect(located[1].message).toMatch(/^prompts\/system\.md grew by \d+ tokens; component support-system is over its allotment/);
  });

  it('edits its comment on the next push instead of posting another', async () => {
    const { repo, fixture } = await pullRequest(OVER_BUDGET_CHANGES);
    expect((await run(repo, pullRequestEvent('opened', fixture))).status).toBe(1);
    const grown = `${OVER_BUDGET_CHANGES['prompts/system.md']}Always sign as "Acme Support".\n`;
    const next = await repo.commit('Sign replies', { 'prompts/system.md': grown });
    const result = await run(repo, pullRequestEvent('synchronize', { ...fixture, before: fixture.head.sha, head: { ...fixture.head, sha: next } }));

    expect(result.status, log(result)).toBe(1);
    expect(fake.requestsTo('POST', ROUTES.issueComments)).toHaveLength(1);
    expect(fake.requestsTo('PATCH', ROUTES.issueComment)).toHaveLength(1);
    const comments = markerComments();
    expect(comments).toHaveLength(1);
    const head = expectedCounts({ ...BASE_FILES, ...OVER_BUDGET_CHANGES, 'prompts/system.md': grown });
    expect(showsNumber(tableRow(comments[0].body, 'support-system') ?? '', formatTokens(head['support-system']))).toBe(true);
  });

  it('does not edit the comment when the body would not change', async () => {
    const { repo, fixture } = await pullRequest(OVER_BUDGET_CHANGES);
    const event = pullRequestEvent('opened', fixture);
    await run(repo, event);
    const before = markerComments()[0]?.updated_at;
    const again = await run(repo, event);

    expect(again.status, log(again)).toBe(1);
    expect(fake.requestsTo('GET', ROUTES.issueComments).length).toBeGreaterThanOrEqual(2);
    expect(fake.requestsTo('POST', ROUTES.issueComments)).toHaveLength(1);
    expect(fake.requestsTo('PATCH', ROUTES.issueComment)).toHaveLength(0);
    expect(markerComments()).toHaveLength(1);
    expect(markerComments()[0]?.updated_at).toBe(before);
  });

  it('passes a PR within budget with a green verdict', async () => {
    const { repo, fixture, baseTree, headTree } = await pullRequest(WITHIN_BUDGET_CHANGES);
    const result = await run(repo, pullRequestEvent('opened', fixture));

    expect(result.status, log(result)).toBe(0);
    expect(result.outputs['over-budget']).toBe('false');
    const [comment] = markerComments();
    expect(comment?.body).toContain('✅');
    expect(comment?.body).not.toContain('❌');
    expectRows(comment?.body ?? '', baseTree, headTree);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('with `comment: never` makes no API request and still writes the summary', async () => {
    const { repo, fixture, baseTree, headTree } = await pullRequest(OVER_BUDGET_CHANGES);
    const result = await run(repo, pullRequestEvent('opened', fixture), { comment: 'never' });

    expect(result.status, log(result)).toBe(1);
    expect(fake.requests).toEqual([]);
    expectRows(result.summary, baseTree, headTree);
    expect(result.outputs['over-budget']).toBe('true');
  });

  it('finds its comment among three pages of others, and leaves other users\' comments alone', async () => {
    for (let i = 0; i < 250; i++) fake.addComment(PR_NUMBER, `Comment ${i}`, OCTOCAT);
    // A reviewer quoting the bot's comment, marker included: not the action's to edit.
    const quoted = fake.addComment(PR_NUMBER, `${MARKER}\n> quoted`, OCTOCAT);
    const { repo, fixture } = await pullRequest(OVER_BUDGET_CHANGES);
    await run(repo, pullRequestEvent('opened', fixture));
    const next = await repo.commit('Tweak', { 'prompts/shots/greeting.md': 'User: Hello\nAssistant: Hi there!\n' });
    const result = await run(repo, pullRequestEvent('synchronize', { ...fixture, head: { ...fixture.head, sha: next } }));

    expect(result.status, log(result)).toBe(1);
    expect(fake.requestsTo('POST', ROUTES.issueComments)).toHaveLength(1);
    expect(fake.requestsTo('PATCH', ROUTES.issueComment)).toHaveLength(1);
    expect(fake.comments(PR_NUMBER).find((c) => c.id === quoted.id)?.body).toBe(quoted.body);
    expect(markerComments().filter((c) => c.id !== quoted.id)).toHaveLength(1);
    // Pages hold 100: finding the bot's comment took a third page, via the Link header.
    expect(fake.requests.some((r) => r.route === ROUTES.issueComments && r.query.page === '3')).toBe(true);
  });

  it('keeps the verdict and warns when a fork\'s read-only token cannot comment', async () => {
    const { repo, fixture, baseTree, headTree } = await pullRequest(OVER_BUDGET_CHANGES);
    fake.failNext(readOnlyToken('POST', ROUTES.issueComments));
    const result = await run(repo, pullRequestEvent('opened', { ...fixture, fork: { owner: 'outsider', repo: 'prompts' } }));

    expect(result.status, log(result)).toBe(1);
    expect(fake.requestsTo('POST', ROUTES.issueComments)).toHaveLength(1);
    expect(fake.comments(PR_NUMBER)).toEqual([]);
    expect(result.outputs['over-budget']).toBe('true');
    expect(result.outputs['comment-body']).toMatch(/^<!-- prompt-budget: budgets\.yml -->/);
    expect(result.outputs['comment-url'] ?? '').toBe('');
    expectRows(result.summary, baseTree, headTree);
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.join('\n'), log(result)).toMatch(/pull-requests: write/);
    expect(warnings.join('\n')).toMatch(/workflow_run/);
  });
});

describe('prompt-budget action, other cases', () => {
  it('reports a broken budgets.yml with file:line:col and a fix, exit 2, no stack trace', async () => {
    const broken = BUDGETS_YML.replace('max_tokens: 60', 'max_token: 60');
    const { repo, fixture } = await pullRequest({ [CONFIG]: broken });
    const result = await run(repo, pullRequestEvent('opened', fixture));

    expect(result.status, log(result)).toBe(2);
    const output = result.stdout + result.stderr;
    const { line, column } = locate(broken, 'max_token');
    expect(output).toContain(`budgets.yml:${line}:${column}`);
    expect(output).toContain('max_tokens');
    expect(output).not.toMatch(/^\s{4}at /m);
  });

  it('on push checks head against the allotments only and never comments', async () => {
    const repo = await createRepo();
    const base = await repo.commit('Prompts and budgets', BASE_FILES);
    const over = await repo.commit('Grow the system prompt', OVER_BUDGET_CHANGES);
    const failing = await run(repo, pushEvent({ owner: OWNER, repo: REPO, branch: 'main', before: base, after: over, apiUrl: fake.url, serverUrl: fake.url }));
    expect(failing.status, log(failing)).toBe(1);
    expect(failing.outputs['total-tokens']).toBe(String(sum(expectedCounts({ ...BASE_FILES, ...OVER_BUDGET_CHANGES }))));
    expect(failing.outputs['total-delta']).toBe('');

    const fixed = await repo.commit('Trim it again', { 'prompts/system.md': BASE_FILES['prompts/system.md'] });
    const passing = await run(repo, pushEvent({ owner: OWNER, repo: REPO, branch: 'main', before: over, after: fixed, apiUrl: fake.url, serverUrl: fake.url }));
    expect(passing.status, log(passing)).toBe(0);
    expect(passing.outputs['over-budget']).toBe('false');
    expect(fake.requests).toEqual([]);
  });

  it('fetches the base commit a shallow checkout lacks, says so, and counts it exactly', async () => {
    const { repo, fixture, baseTree, headTree } = await pullRequest(OVER_BUDGET_CHANGES);
    const origin = await createOrigin(repo);
    fake.serveRepository(origin.dir);
    const checkout = await shallowClone(origin, { branch: 'prompt-change' });
    expect(await checkout.has(fixture.base.sha)).toBe(false);

    const result = await run(checkout, pullRequestEvent('opened', fixture));
    expect(result.status, log(result)).toBe(1);
    expect(result.stdout).toContain(`Base commit ${fixture.base.sha} is not in this checkout (shallow clone); fetching it from origin.`);
    expect(await checkout.has(fixture.base.sha)).toBe(true);
    expectRows(result.summary, baseTree, headTree);
  });

  it('exits 2 and names fetch-depth when the base commit cannot be fetched', async () => {
    const { repo, fixture } = await pullRequest(OVER_BUDGET_CHANGES);
    const origin = await createOrigin(repo);
    fake.serveRepository(origin.dir);
    const checkout = await shallowClone(origin, { branch: 'prompt-change' });
    await checkout.git('remote', 'set-url', 'origin', `${origin.url}-gone`);

    const result = await run(checkout, pullRequestEvent('opened', fixture));
    expect(result.status, log(result)).toBe(2);
    expect(result.stdout + result.stderr).toContain('fetch-depth: 0');
    expect(result.stdout + result.stderr).not.toMatch(/^\s{4}at /m);
    // GitHub named the merge base; fetching it is what failed, and nothing was commented.
    expect(fake.requests.map((r) => r.route)).toEqual([ROUTES.compare]);
  });
});
