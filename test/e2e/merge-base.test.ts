/**
 * A pull request is measured from its merge base, as GitHub's "Files changed" is: when the base
 * branch moves on after the PR branched, its newer work must not count as the PR's. Real git
 * repositories, shallow and full checkouts, and the fake GitHub's compare route, answered from
 * the test's origin.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent, type GitHubEvent, type PullRequestFixture } from './events.js';
import { createOrigin, createRepo, shallowClone, type FileTree, type GitRepo, type Origin } from './git-repo.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { FakeGitHub, ROUTES, serverError, type Fault } from './github-api.js';
import { errorBody, type CommitComparison } from './github-objects.js';
import { BASE_FILES, expectedCounts, formatChange, formatTokens, MARKER, showsNumber, sum, tableRow, WITHIN_BUDGET_CHANGES } from './prompt-fixture.js';
import { ACTION_ENTRY, PROJECT_ROOT, runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_e2eJobToken0123456789';
const PR_NUMBER = 23;

/** Work merged into main after the PR branched: `few-shots` grows (within its allotment). */
const MAIN_MOVES_ON: FileTree = {
  'prompts/shots/greeting.md': 'User: Hi!\nAssistant: Hello! I can track orders, explain a charge on your bill or change your plan. What do you need?\n',
};

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

beforeAll(async () => {
  if (!existsSync(ACTION_ENTRY)) await promisify(execFile)('npm', ['run', 'bundle'], { cwd: PROJECT_ROOT, timeout: 170_000 });
}, 180_000);

interface Diverged {
  /** The working repository, full history, on the PR branch. */
  repo: GitRepo;
  origin: Origin;
  fixture: PullRequestFixture;
  /** Where the PR branched from main. */
  forkPoint: string;
  /** The trees at the fork point, at main's tip and at the PR's head. */
  trees: { forkPoint: FileTree; mainTip: FileTree; head: FileTree };
}

/**
 * main: fork point → "grow few-shots"; prompt-change: fork point → "grow style-guide". The
 * event's base is main's tip, as GitHub sends it after main moved on.
 */
async function divergedPullRequest(): Promise<Diverged> {
  const repo = await createRepo();
  const forkPoint = await repo.commit('Prompts and budgets', BASE_FILES);
  await repo.branch('prompt-change');
  const head = await repo.commit('Grow the style guide', WITHIN_BUDGET_CHANGES);
  await repo.checkout('main');
  const mainTip = await repo.commit('Longer greeting', MAIN_MOVES_ON);
  await repo.checkout('prompt-change');
  const fixture: PullRequestFixture = {
    owner: OWNER,
    repo: REPO,
    number: PR_NUMBER,
    base: { sha: mainTip, ref: 'main' },
    head: { sha: head, ref: 'prompt-change' },
    apiUrl: fake.url,
    serverUrl: fake.url,
  };
  const trees = { forkPoint: BASE_FILES, mainTip: { ...BASE_FILES, ...MAIN_MOVES_ON }, head: { ...BASE_FILES, ...WITHIN_BUDGET_CHANGES } };
  return { repo, origin: await createOrigin(repo), fixture, forkPoint, trees };
}

function run(checkout: GitRepo, event: GitHubEvent, withValues: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ workspace: checkout.dir, event, api: { url: fake.url, token: TOKEN }, with: withValues });
}

function log(result: ActionRun): string {
  return `exit ${result.status}\n--- stdout\n${result.stdout.slice(-6000)}\n--- stderr\n${result.stderr.slice(-3000)}`;
}

/** Each component's row shows base and head counts and, when they differ, the change. */
function expectRows(markdown: string, baseTree: FileTree, headTree: FileTree): void {
  const base = expectedCounts(baseTree);
  const head = expectedCounts(headTree);
  for (const name of Object.keys(head)) {
    const row = tableRow(markdown, name) ?? '';
    expect(showsNumber(row, formatTokens(base[name])), `${name} base ${base[name]} in ${row}\n${markdown}`).toBe(true);
    expect(showsNumber(row, formatTokens(head[name])), `${name} head ${head[name]} in ${row}`).toBe(true);
    const change = head[name] - base[name];
    if (change !== 0) expect(showsNumber(row, formatChange(change)), `${name} change ${formatChange(change)} in ${row}`).toBe(true);
  }
}

async function reportBase(result: ActionRun): Promise<{ label: string; sha?: string } | null> {
  return ((JSON.parse(await readFile(result.outputs.report, 'utf8')) as { base: { label: string; sha?: string } | null }).base);
}

function compareRequests(): FakeGitHub['requests'] {
  return fake.requestsTo('GET', ROUTES.compare);
}

function warnings(result: ActionRun): string[] {
  return result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
}

describe('a PR whose base branch moved on after it branched', () => {
  it('in a shallow checkout of the head, asks GitHub for the merge base and counts only the PR\'s change', async () => {
    const { origin, fixture, forkPoint, trees } = await divergedPullRequest();
    fake.serveRepository(origin.dir);
    const checkout = await shallowClone(origin, { branch: 'prompt-change' });
    expect(await checkout.has(forkPoint)).toBe(false);

    const result = await run(checkout, pullRequestEvent('synchronize', fixture));
    expect(result.status, log(result)).toBe(0);

    const [request, ...more] = compareRequests();
    expect(more).toEqual([]);
    expect(request?.path).toBe(`/repos/${OWNER}/${REPO}/compare/${fixture.base.sha}...${fixture.head.sha}`);
    expect(request?.query).toEqual({ per_page: '1' });
    expect(request?.status).toBe(200);
    expect(result.stdout).toContain(`Comparing with the merge base ${forkPoint.slice(0, 7)} of main and the PR (what GitHub's Files changed shows), from GitHub's compare API.`);
    expect(await checkout.has(forkPoint)).toBe(true);

    const body = (fake.requestsTo('POST', ROUTES.issueComments)[0]?.body as { body: string } | undefined)?.body ?? '';
    expect(body.startsWith(MARKER), log(result)).toBe(true);
    expect(body).toContain(`vs base \`main (merge base)\` @ \`${forkPoint.slice(0, 7)}\``);
    expectRows(body, trees.forkPoint, trees.head);
    expectRows(result.summary, trees.forkPoint, trees.head);
    // main's longer greeting is not the PR's: few-shots shows no change.
    const fewShots = expectedCounts(trees.forkPoint)['few-shots'];
    expect(expectedCounts(trees.mainTip)['few-shots']).not.toBe(fewShots);
    expect(showsNumber(tableRow(body, 'few-shots') ?? '', formatChange(expectedCounts(trees.head)['few-shots'] - expectedCounts(trees.mainTip)['few-shots']))).toBe(false);
    expect(result.outputs['total-delta']).toBe(String(sum(expectedCounts(trees.head)) - sum(expectedCounts(trees.forkPoint))));
    expect(await reportBase(result)).toEqual({ label: 'main (merge base)', sha: forkPoint });
    expect(warnings(result)).toEqual([]);
  });

  it('with the full history (fetch-depth: 0), finds the merge base with git and asks GitHub nothing', async () => {
    const { repo, fixture, forkPoint, trees } = await divergedPullRequest();
    const result = await run(repo, pullRequestEvent('synchronize', fixture), { comment: 'never' });

    expect(result.status, log(result)).toBe(0);
    expect(fake.requests).toEqual([]);
    expect(result.stdout).toContain(`Comparing with the merge base ${forkPoint.slice(0, 7)} of main and the PR (what GitHub's Files changed shows), found by git merge-base.`);
    expect(result.summary).toContain(`vs base \`main (merge base)\` @ \`${forkPoint.slice(0, 7)}\``);
    expectRows(result.summary, trees.forkPoint, trees.head);
    expect(await reportBase(result)).toEqual({ label: 'main (merge base)', sha: forkPoint });
  });

  it('checked out as GitHub\'s merge commit (refs/pull/N/merge), compares with its first parent, main\'s tip', async () => {
    const { repo, fixture, trees } = await divergedPullRequest();
    // GitHub's test merge: the head merged into the base tip, first parent the tip.
    await repo.checkout('main');
    await repo.git('merge', '--quiet', '--no-ff', '--no-edit', 'prompt-change');
    await repo.branch('pull-merge');
    const merge = await repo.sha();
    expect((await repo.git('rev-list', '--parents', '-n', '1', merge)).split(' ').slice(1)).toEqual([fixture.base.sha, fixture.head.sha]);
    const checkout = await shallowClone(await createOrigin(repo), { branch: 'pull-merge' });

    const result = await run(checkout, pullRequestEvent('synchronize', { ...fixture, mergeSha: merge }), { comment: 'never' });
    expect(result.status, log(result)).toBe(0);
    expect(fake.requests).toEqual([]);
    expect(result.stdout).toContain(`The checkout is GitHub's merge of the PR into main: comparing with its first parent, the tip of main @ ${fixture.base.sha.slice(0, 7)}`);
    // Base and head both hold main's newer work; the change is the PR's alone.
    expectRows(result.summary, trees.mainTip, { ...trees.mainTip, ...WITHIN_BUDGET_CHANGES });
    expect(await reportBase(result)).toEqual({ label: 'main', sha: fixture.base.sha });
  });

  const failures: Array<[string, Fault]> = [
    // A 500 is retried (3 times, with backoff): one that persists.
    ['a 500 that persists', { ...serverError('GET', ROUTES.compare), times: 4 }],
    ['a 404 (a token that cannot read the repository)', { method: 'GET', route: ROUTES.compare, status: 404, body: errorBody(404, 'Not Found', 'https://docs.github.com/rest/commits/commits#compare-two-commits') }],
  ];
  it.each(failures)('when the compare API answers %s, falls back to main\'s tip with a warning and still gives a verdict', async (_what, fault) => {
    const { origin, fixture, trees } = await divergedPullRequest();
    fake.serveRepository(origin.dir);
    fake.failNext(fault);
    const checkout = await shallowClone(origin, { branch: 'prompt-change' });

    const result = await run(checkout, pullRequestEvent('synchronize', fixture), { comment: 'never' });
    expect(result.status, log(result)).toBe(0);
    expect(compareRequests().map((r) => r.status)).toEqual(Array.from({ length: fault.times ?? 1 }, () => fault.status));
    const [warning, ...others] = warnings(result);
    expect(others).toEqual([]);
    expect(warning, log(result)).toContain(`Comparing with the tip of main @ ${fixture.base.sha.slice(0, 7)}, not the merge base of main and the PR: GitHub's compare API answered ${fault.status}`);
    expect(warning).toContain('Deltas may include changes made on main since the PR branched.');
    expect(warning).toContain('Set `fetch-depth: 0` on actions/checkout so git computes the merge base locally');
    // Only a refusal is fixed by permissions; a 500 is GitHub's own trouble.
    expect(warning.includes('`permissions: contents: read`')).toBe(fault.status === 404);
    expect(result.outputs['over-budget']).toBe('false');
    // The old behaviour, now flagged: main's longer greeting shows up as the PR shrinking it.
    expectRows(result.summary, trees.mainTip, trees.head);
    // The summary says it too, not only the log's warning: reviewers read the comment.
    expect(await reportBase(result)).toEqual({ label: 'main (tip, not the merge base)', sha: fixture.base.sha });
    expect(result.summary).toContain('main (tip, not the merge base)');
  });

  it('without a token, falls back to main\'s tip and says why', async () => {
    const { origin, fixture } = await divergedPullRequest();
    const checkout = await shallowClone(origin, { branch: 'prompt-change' });
    const result = await run(checkout, pullRequestEvent('synchronize', fixture), { 'github-token': '', comment: 'never' });

    expect(result.status, log(result)).toBe(0);
    expect(fake.requests).toEqual([]);
    expect(warnings(result).join('\n')).toContain('not the merge base of main and the PR: there is no github-token to ask GitHub with.');
    expect(warnings(result).join('\n')).toContain('or pass `github-token`.');
  });

  it('with an explicit `base` input, compares with it and asks GitHub nothing about the merge base', async () => {
    const { origin, fixture, trees } = await divergedPullRequest();
    fake.serveRepository(origin.dir);
    const checkout = await shallowClone(origin, { branch: 'prompt-change' });

    const result = await run(checkout, pullRequestEvent('synchronize', fixture), { base: 'main', comment: 'never' });
    expect(result.status, log(result)).toBe(0);
    expect(fake.requests).toEqual([]);
    expect(result.stdout).toContain('Comparing with main, the base input.');
    expectRows(result.summary, trees.mainTip, trees.head);
    expect(await reportBase(result)).toEqual({ label: 'main', sha: fixture.base.sha });
    expect(warnings(result)).toEqual([]);
  });
});

describe("the fake GitHub's compare route", () => {
  async function compare(path: string): Promise<{ status: number; json: unknown }> {
    const response = await fetch(`${fake.url}/repos/${OWNER}/${REPO}/compare/${path}`, { headers: { authorization: `Bearer ${TOKEN}`, 'user-agent': 'merge-base-test' } });
    return { status: response.status, json: (await response.json()) as unknown };
  }

  it('answers from the served repository as GitHub would, within the documented schema', async () => {
    const { repo, origin, fixture, forkPoint } = await divergedPullRequest();
    fake.serveRepository(origin.dir);

    const first = await compare(`${fixture.base.sha}...${fixture.head.sha}`);
    expect(first.status).toBe(200);
    const comparison = first.json as CommitComparison;
    expect(comparison.merge_base_commit.sha).toBe(forkPoint);
    expect(comparison.base_commit.sha).toBe(fixture.base.sha);
    expect(comparison).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 1, total_commits: 1 });
    expect(comparison.commits.map((c) => c.sha)).toEqual([fixture.head.sha]);
    expect(comparison.commits[0]?.commit.message).toBe('Grow the style guide');
    expect(comparison.commits[0]?.parents.map((p) => p.sha)).toEqual([forkPoint]);
    // Files changed from the merge base, not from main's tip: main's greeting is not among them.
    expect(comparison.files?.map((f) => [f.filename, f.status])).toEqual([['prompts/style.md', 'modified']]);
    expect(comparison.files?.[0]?.sha).toBe(await repo.git('rev-parse', `${fixture.head.sha}:prompts/style.md`));

    // Branch names and owner-qualified refs resolve too; a later page lists no files.
    const second = await compare(`${OWNER}:main...prompt-change?per_page=1&page=2`);
    expect(second.status).toBe(200);
    expect((second.json as CommitComparison).files).toBeUndefined();
    expect((second.json as CommitComparison).commits).toEqual([]);
  });

  it('answers 404 for an unknown commit, for unrelated histories, and when no repository is served', async () => {
    const { repo, fixture } = await divergedPullRequest();
    expect((await compare(`${fixture.base.sha}...${fixture.head.sha}`)).status).toBe(404);

    fake.serveRepository(repo.dir);
    expect((await compare(`${'0'.repeat(40)}...${fixture.head.sha}`)).status).toBe(404);
    await repo.git('checkout', '--quiet', '--orphan', 'unrelated');
    await repo.commit('Another root', { 'README.md': 'elsewhere\n' });
    const orphan = await compare('unrelated...prompt-change');
    expect(orphan).toMatchObject({ status: 404, json: { message: 'No common ancestor between unrelated and prompt-change.' } });
    expect(fake.violations).toEqual([]);
  });
});
