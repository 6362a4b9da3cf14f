/**
 * Report-only mode, end to end through the bundles: the action with `report-only: true` and the
 * CLI with --report-only say what would fail and pass; the same change enforced fails. A broken
 * budgets.yml fails either way, and so does a component that matches no files or cannot be counted:
 * report-only is about budgets, not broken input.
 */
import { spawnSync } from 'node:child_process';
import { readFile, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, type PullRequestFixture } from './events.js';
import { createRepo, type FileTree, type GitRepo } from './git-repo.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { ROUTES, type FakeGitHub } from './github-api.js';
import { BASE_FILES, BUDGETS_YML, CONFIG, locate, MARKER, OVER_BUDGET_CHANGES, tableRow } from './prompt-fixture.js';
import { runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_e2eJobToken0123456789';
const PR_NUMBER = 23;
const CLI = resolve('dist/cli.js');

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

async function pullRequest(changes: FileTree): Promise<{ repo: GitRepo; fixture: PullRequestFixture }> {
  const repo = await createRepo();
  const base = await repo.commit('Prompts and budgets', BASE_FILES);
  await repo.branch('prompt-change');
  const head = await repo.commit('Change prompts', changes);
  return {
    repo,
    fixture: { owner: OWNER, repo: REPO, number: PR_NUMBER, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'prompt-change' }, apiUrl: fake.url, serverUrl: fake.url },
  };
}

function run(repo: GitRepo, fixture: PullRequestFixture, withValues: Record<string, string>): Promise<ActionRun> {
  return runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: withValues });
}

function log(result: ActionRun): string {
  return `exit ${result.status}\n--- stdout\n${result.stdout.slice(-6000)}\n--- stderr\n${result.stderr.slice(-3000)}`;
}

describe('the action with report-only', () => {
  it('passes an over-budget PR, and says in the comment, summary, outputs and warnings what would fail', async () => {
    const { repo, fixture } = await pullRequest(OVER_BUDGET_CHANGES);
    const result = await run(repo, fixture, { 'report-only': 'true' });

    expect(result.status, log(result)).toBe(0);
    expect(result.outputs['over-budget']).toBe('true');
    const posts = fake.requestsTo('POST', ROUTES.issueComments);
    expect(posts).toHaveLength(1);
    const body = (posts[0].body as { body: string }).body;
    expect(body.startsWith(MARKER)).toBe(true);
    const verdict = body.split('\n')[1] ?? '';
    expect(verdict).toMatch(/^### ⚠️ prompt-budget: would fail \(report-only\): 1 of 3 components broke a budget/);
    expect(body).toContain('Report-only: these budgets are reported, not enforced, so the check passes; enforced, it would fail.');
    // The row still says what broke.
    expect(tableRow(body, 'support-system')).toContain('❌');
    expect(result.summary).toContain('would fail (report-only)');
    expect(result.outputs['comment-body']).toBe(body);
    const report = JSON.parse(await readFile(result.outputs.report, 'utf8')) as { verdict: string; reportOnly?: boolean };
    expect(report).toMatchObject({ verdict: 'fail', reportOnly: true });

    // The annotations the enforced run makes as errors, as warnings that say they would fail; no error at all.
    expect(result.annotations.filter((a) => a.level === 'error'), log(result)).toEqual([]);
    const located = result.annotations.filter((a) => a.file !== undefined);
    expect(located).toEqual([
      expect.objectContaining({ level: 'warning', file: CONFIG, line: locate(BUDGETS_YML, 'support-system').line }),
      expect.objectContaining({ level: 'warning', file: 'prompts/system.md', line: 1 }),
    ]);
    for (const annotation of located) expect(annotation.message).toMatch(/^Would fail \(report-only\): /);
    expect(result.stdout).toMatch(/::warning::prompt-budget: would fail \(report-only\): .*report-only is true; set it to false to enforce the budgets\./);
  });

  it('fails the same PR when enforced, as by default', async () => {
    const { repo, fixture } = await pullRequest(OVER_BUDGET_CHANGES);
    const result = await run(repo, fixture, { 'report-only': 'false' });

    expect(result.status, log(result)).toBe(1);
    expect(result.outputs['over-budget']).toBe('true');
    const body = fake.comments(PR_NUMBER)[0]?.body ?? '';
    expect(body).toMatch(/^### ❌ prompt-budget: 1 of 3 components broke a budget/m);
    expect(body).not.toContain('report-only');
    expect(result.annotations.filter((a) => a.file !== undefined).map((a) => a.level)).toEqual(['error', 'error']);
  });

  it('still fails on a broken budgets.yml, and on a report-only value that is not true or false', async () => {
    const broken = BUDGETS_YML.replace('max_tokens: 60', 'max_token: 60');
    const { repo, fixture } = await pullRequest({ [CONFIG]: broken });
    const result = await run(repo, fixture, { 'report-only': 'true' });
    expect(result.status, log(result)).toBe(2);
    expect(result.stdout + result.stderr).toContain(`budgets.yml:${locate(broken, 'max_token').line}`);

    const typo = await run(repo, fixture, { 'report-only': 'yes' });
    expect(typo.status, log(typo)).toBe(2);
    expect(typo.stdout).toContain('Input report-only: \\"yes\\" is not true or false'.replace(/\\"/g, '"'));
    expect(typo.stdout).not.toMatch(/internal error/);
  });

  // Report-only excuses budgets, not input that cannot be measured: a glob that matches nothing or a
  // file that cannot be counted fails the step as it would enforced, with an error, not a warning.
  it.each<{ what: string; changes: FileTree; status: string; why: string }>([
    { what: 'a glob typo (the component matches no files)', changes: { [CONFIG]: BUDGETS_YML.replace('files: prompts/system.md', 'files: "prompt/*.md"') }, status: 'removed', why: '1 component matches no files' },
    { what: 'a binary file (the component cannot be counted)', changes: { 'prompts/shots/upload.md': 'GIF89a\0\0binary' }, status: 'unreadable', why: '1 component cannot be counted' },
  ])('still fails the step on $what', async ({ changes, status, why }) => {
    const { repo, fixture } = await pullRequest(changes);
    const result = await run(repo, fixture, { 'report-only': 'true' });

    expect(result.status, log(result)).toBe(1);
    const report = JSON.parse(await readFile(result.outputs.report, 'utf8')) as { components: { status: string }[] };
    expect(report.components.map((c) => c.status)).toContain(status);
    const body = fake.comments(PR_NUMBER)[0]?.body ?? '';
    expect(body).toMatch(new RegExp(`^### ❌ prompt-budget: fails even in report-only \\(${why}\\)`, 'm'));
    expect(body).not.toContain('so the check passes');
    expect(result.stdout).toMatch(new RegExp(`::error::prompt-budget: fails even in report-only \\(${why}\\)`));
    // The component that cannot be measured is an error at its line in budgets.yml.
    const errors = result.annotations.filter((a) => a.level === 'error' && a.file === CONFIG);
    expect(errors, log(result)).toHaveLength(1);
    expect(errors[0]!.message).not.toMatch(/^Would fail/);
  });
});

describe('the CLI with --report-only', () => {
  it('lists --report-only and --staged under check in --help', () => {
    const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    const check = help.stdout.split('\n').find((line) => line.trim().startsWith('prompt-budget check '));
    expect(check).toContain('[--report-only]');
    expect(check).toContain('[--staged]');
    expect(help.stdout).toMatch(/--report-only: .*exit 0/);
  });

  it('exits 0 where the enforced check exits 1, and says what would fail', async () => {
    const { repo } = await pullRequest(OVER_BUDGET_CHANGES);
    const cli = (args: string[]) => spawnSync(process.execPath, [CLI, 'check', '--base', 'main', ...args], { cwd: repo.dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: repo.dir } });

    const enforced = cli([]);
    expect(enforced.status, enforced.stderr).toBe(1);
    expect(enforced.stdout).toMatch(/^prompt-budget: 1 of 3 components broke a budget/);

    const reported = cli(['--report-only', '--markdown', 'report.md']);
    expect(reported.status, reported.stderr).toBe(0);
    expect(reported.stdout).toMatch(/^prompt-budget: would fail \(report-only\): 1 of 3 components broke a budget/);
    expect(reported.stdout).toContain('Report-only: these budgets are reported, not enforced');
    expect(await repo.read('report.md')).toMatch(/^### ⚠️ prompt-budget: would fail \(report-only\)/);

    await repo.write({ [CONFIG]: BUDGETS_YML.replace('max_tokens: 60', 'max_token: 60') });
    const broken = cli(['--report-only']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^prompt-budget: budgets\.yml:\d+:\d+/);
  });

  it('exits 1 on a glob that matches nothing and on a file that cannot be counted, and says why report-only did not pass them', async () => {
    const { repo } = await pullRequest({});
    const cli = (args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args], { cwd: repo.dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: repo.dir } });
    expect(cli(['--report-only']).status).toBe(0);

    await repo.write({ [CONFIG]: BUDGETS_YML.replace('files: prompts/system.md', 'files: "prompt/*.md"') });
    const typo = cli(['--report-only', '--json', 'report.json']);
    expect(typo.status, typo.stdout + typo.stderr).toBe(1);
    expect(JSON.parse(await repo.read('report.json'))).toMatchObject({ verdict: 'fail', reportOnly: true, components: expect.arrayContaining([expect.objectContaining({ name: 'support-system', status: 'no-files-matched' })]) });
    expect(typo.stdout).toMatch(/^prompt-budget: fails even in report-only \(1 component matches no files\)/);
    expect(typo.stdout).toContain('cannot be measured');
    expect(typo.stdout).not.toContain('so the check passes');

    // A link that leads out of the repository: refused unread, so the component cannot be counted.
    await repo.write({ [CONFIG]: BUDGETS_YML, 'prompts/system.md': null });
    await symlink('/etc/hostname', join(repo.dir, 'prompts/system.md'));
    const linked = cli(['--report-only']);
    expect(linked.status, linked.stdout + linked.stderr).toBe(1);
    expect(linked.stdout).toMatch(/^prompt-budget: fails even in report-only \(1 component cannot be counted\)/);
  });
});
