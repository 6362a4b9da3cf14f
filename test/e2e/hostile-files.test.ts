/**
 * Issue 12, the files a pull request controls, through the bundled action and CLI on every Node
 * the bundle runs on: nothing outside the repository or under .git/ is read or quoted, no write
 * goes through a link, no terminal or log sees a raw escape sequence or bidirectional override,
 * a FIFO or an over-large revision ends the run with a message, a name that is not UTF-8 refuses
 * that file alone, and a Git LFS pointer is never counted as the prompt.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent, type PullRequestFixture } from './events.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { createRepo, type FileTree, type GitRepo } from './git-repo.js';
import type { FakeGitHub } from './github-api.js';
import { NODE_BINARIES } from './node-binaries.js';
import { PROJECT_ROOT, runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_hostileFilesToken0123456789abcdef';
const PR = 12;
const CLI = join(PROJECT_ROOT, 'dist', 'cli.js');
/** What actions/checkout leaves in .git/config: the credential header a PR must never see. */
const CHECKOUT_SECRET = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldFRva2VuSW5HaXRDb25maWc=';
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

let outside: string;
beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'prompt-budget-outside-'));
  await writeFile(join(outside, 'secret.txt'), 'OUTSIDE-SECRET-0123456789 root:x:0:0\n');
});
afterAll(() => rm(outside, { recursive: true, force: true }));

const HEADER = 'version: 1\ndefaults: { model: gpt-4.1 }\ncomponents:\n';

async function pullRequest(base: FileTree, changes: FileTree, afterCommit?: (repo: GitRepo) => Promise<void>): Promise<{ repo: GitRepo; fixture: PullRequestFixture }> {
  const repo = await createRepo();
  await repo.git('config', 'http.https://github.com/.extraheader', CHECKOUT_SECRET);
  const baseSha = await repo.commit('Base', base);
  await repo.branch('change');
  await repo.write(changes);
  await afterCommit?.(repo);
  const head = await repo.commit('Change');
  return { repo, fixture: { owner: OWNER, repo: REPO, number: PR, base: { sha: baseSha, ref: 'main' }, head: { sha: head, ref: 'change' }, apiUrl: fake.url, serverUrl: fake.url } };
}

function run(node: string, repo: GitRepo, fixture: PullRequestFixture, withValues: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ node, workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main', ...withValues } });
}

/** Every channel of a run: log, annotations, summary, outputs, the report file and the PR comment. */
async function everything(r: ActionRun): Promise<string> {
  const report = r.outputs.report ? await readFile(r.outputs.report, 'utf8').catch(() => '') : '';
  const comments = fake.comments(PR).map((c) => c.body);
  return [r.stdout, r.stderr, r.summary, ...Object.values(r.outputs), ...r.annotations.map((a) => `${a.message} ${a.title ?? ''} ${a.file ?? ''}`), report, ...comments].join('\n');
}

function cli(node: string, cwd: string, args: string[], timeoutMs = 60_000): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the CLI did not finish within ${timeoutMs} ms\n${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Escape sequences other than the colours (SGR) the renderer paints with, and bidi overrides. */
// eslint-disable-next-line no-control-regex
const RAW_ESCAPE = /\u001b(?!\[\d+m)|\u009b|[\u202a-\u202e\u2066-\u2069]/;

describe.each(NODE_BINARIES)('hostile files on $name', ({ path: node }) => {
  it('reads no budgets.yml that links out of the repository, and quotes none of it', async () => {
    for (const target of ['/etc/passwd', '/proc/self/environ', '/proc/self/pagemap', join(outside, 'secret.txt')]) {
      const { repo, fixture } = await pullRequest({ 'prompts/a.md': 'hello\n', 'budgets.yml': `${HEADER}  a: { files: prompts/a.md, max_tokens: 100 }\n` }, { 'budgets.yml': null }, async (r) => {
        await symlink(target, join(r.dir, 'budgets.yml'));
      });
      const r = await run(node, repo, fixture);
      const all = await everything(r);
      expect(r.status, all).toBe(2);
      expect(all).toContain('budgets.yml is a symbolic link that points outside the repository');
      expect(all).not.toMatch(/root:x:0|PATH=|OUTSIDE-SECRET|got the text/);
      expect(all).not.toMatch(STACK);
    }
  });

  it('counts nothing under .git/ and quotes none of it: a prompt linked to .git/config, a tokenizer at .git/config', async () => {
    const { repo, fixture } = await pullRequest(
      { 'prompts/a.md': 'hello\n', 'budgets.yml': `${HEADER}  a: { files: "prompts/*.md", max_tokens: 100 }\n` },
      {},
      async (r) => {
        await symlink('../.git/config', join(r.dir, 'prompts', 'b.md'));
      },
    );
    const r = await run(node, repo, fixture);
    const all = await everything(r);
    expect(r.status, all).toBe(1);
    expect(all).toContain("prompts/b.md is inside .git/, which holds git's own files");
    expect(all).not.toContain('extraheader');
    expect(all).not.toContain('AUTHORIZATION');

    const tokenizer = await pullRequest({ 'prompts/a.md': 'hello\n', 'budgets.yml': `${HEADER}  a: { files: prompts/a.md, max_tokens: 100 }\n` }, {
      'budgets.yml': `${HEADER}  a: { files: prompts/a.md, max_tokens: 100, tokenizer: .git/config }\n`,
    });
    const t = await run(node, tokenizer.repo, tokenizer.fixture);
    const tAll = await everything(t);
    expect(t.status, tAll).toBe(2);
    expect(tAll).toContain('budgets.yml:4:');
    expect(tAll).toContain('tokenizer .git/config is inside .git/');
    expect(tAll).not.toMatch(/\[core\]|extraheader|AUTHORIZATION|repositoryformatversion/);
  });

  it('ends on a prompt linked to a FIFO, with the reason, instead of waiting for a writer', async () => {
    const { repo, fixture } = await pullRequest({ 'prompts/a.md': 'hello\n', 'budgets.yml': `${HEADER}  a: { files: "prompts/*.md", max_tokens: 100 }\n` }, {}, async (r) => {
      execFileSync('mkfifo', [join(r.dir, 'pipe')]);
      await symlink('../pipe', join(r.dir, 'prompts', 'p.md'));
    });
    const r = await run(node, repo, fixture);
    expect(r.status).toBe(1);
    expect(await everything(r)).toContain('prompts/p.md is not a file: it is a FIFO (named pipe)');
  });

  it('shows no raw escape sequence or bidi override from key, component or file names in the terminal, the log or annotations', async () => {
    const nasty = '\u001b]0;PWNED\u0007\u001b[2J';
    const config = `${HEADER}  "${nasty}": { files: prompts/a.md, max_tokens: 1 }\n  "b\u202eevil": { files: "prompts/*.md", max_tokens: 1 }\n`;
    const { repo, fixture } = await pullRequest({ 'prompts/a.md': 'hello\n', 'budgets.yml': `${HEADER}  a: { files: prompts/a.md, max_tokens: 100 }\n` }, {
      'budgets.yml': config,
      [`prompts/${nasty}\u202e.md`]: 'grown text here\n',
    });
    const r = await run(node, repo, fixture);
    const all = await everything(r);
    expect(r.status, all).toBe(1);
    expect(all).toContain('\\u001b]0;PWNED');
    expect(all).not.toMatch(RAW_ESCAPE);

    const local = await cli(node, repo.dir, ['check', '--base', 'main']);
    expect(local.status).toBe(1);
    expect(local.stdout + local.stderr).toContain('\\u202e');
    expect(local.stdout + local.stderr).not.toMatch(RAW_ESCAPE);

    // A configuration error that quotes an unknown key goes to the terminal and the log escaped too.
    await writeFile(join(repo.dir, 'budgets.yml'), `${HEADER}  a: { files: prompts/a.md, max_tokens: 1, "${nasty}": 1, "x\u202ey": 2 }\n`);
    const bad = await cli(node, repo.dir, ['check']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Unknown key');
    expect(bad.stderr).not.toMatch(RAW_ESCAPE);
    await repo.commit('Bad key');
    const badRun = await run(node, repo, { ...fixture, head: { sha: await repo.sha(), ref: 'change' } });
    expect(badRun.status).toBe(2);
    expect(await everything(badRun)).not.toMatch(RAW_ESCAPE);
  });

  it('refuses a file whose name is not UTF-8 alone, and counts the rest', async () => {
    const { repo, fixture } = await pullRequest({ 'prompts/a.md': 'hello\n', 'budgets.yml': `${HEADER}  a: { files: "prompts/*.md", max_tokens: 100 }\n  b: { files: other.md, max_tokens: 100 }\n`, 'other.md': 'fine\n' }, {}, async (r) => {
      await writeFile(Buffer.concat([Buffer.from(join(r.dir, 'prompts', 'bad')), Buffer.from([0xff]), Buffer.from('.md')]), 'text\n');
    });
    const r = await run(node, repo, fixture);
    const all = await everything(r);
    expect(r.status, all).toBe(1);
    expect(all).toContain('prompts/bad\\xff.md has a file name that is not UTF-8');
    expect(all).not.toMatch(/internal error/);
    const report = JSON.parse(await readFile(r.outputs.report!, 'utf8')) as { components: { name: string; status: string }[] };
    expect(report.components.map((c) => [c.name, c.status])).toEqual([['a', 'unreadable'], ['b', 'ok']]);
  });

  it('never counts a Git LFS pointer as the prompt', async () => {
    const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${'4d7a'.repeat(16)}\nsize 48213\n`;
    const big = 'A long system prompt with the whole knowledge base. '.repeat(200);
    const { repo, fixture } = await pullRequest(
      { 'prompts/a.md': big, 'budgets.yml': `${HEADER}  a: { files: prompts/a.md, max_tokens: 5000 }\n` },
      { 'prompts/a.md': pointer, '.gitattributes': 'prompts/*.md filter=lfs diff=lfs merge=lfs -text\n' },
    );
    const r = await run(node, repo, fixture);
    const all = await everything(r);
    expect(r.status, all).toBe(1);
    expect(all).toContain('prompts/a.md is a Git LFS pointer, not the file');
    expect(all).toContain('lfs: true');
    // .gitattributes decides what the checkout holds: a PR that edits it edits what it is judged by.
    const report = JSON.parse(await readFile(r.outputs.report!, 'utf8')) as { ruleChanges?: string[] };
    expect(report.ruleChanges).toEqual(['.gitattributes']);
    expect(fake.comments(PR)[0]!.body).toContain('.gitattributes');
  });

  it('never writes through a link: init --force and ratchet on a budgets.yml linked out, init into a linked folder', async () => {
    const repo = await createRepo();
    await repo.commit('Prompts', { 'AGENTS.md': '# Agents\nBe brief.\n' });
    const target = join(outside, `linked-${Math.random().toString(36).slice(2)}.yml`);
    await writeFile(target, `${HEADER}  agents: { files: AGENTS.md, max_tokens: 5000 }\n`);
    await symlink(target, join(repo.dir, 'budgets.yml'));
    const init = await cli(node, repo.dir, ['init', '--force']);
    expect(init.status).toBe(2);
    expect(init.stderr).toContain('budgets.yml is not written: it is a symbolic link');
    const ratchet = await cli(node, repo.dir, ['ratchet']);
    expect(ratchet.status).toBe(2);
    expect(ratchet.stderr).toContain('symbolic link');
    expect(await readFile(target, 'utf8')).toBe(`${HEADER}  agents: { files: AGENTS.md, max_tokens: 5000 }\n`);

    const folder = join(outside, `folder-${Math.random().toString(36).slice(2)}`);
    await mkdir(folder);
    await symlink(folder, join(repo.dir, 'config'));
    const into = await cli(node, repo.dir, ['init', '--config', 'config/budgets.yml']);
    expect(into.status).toBe(2);
    expect(into.stderr).toContain('config is a symbolic link');
    await expect(readFile(join(folder, 'budgets.yml'), 'utf8')).rejects.toThrow();
  });

  it('reads at most 64 MB of prompts per revision, refusing the rest by name, so memory stays bounded', async () => {
    const repo = await createRepo();
    await repo.commit('Base', { 'budgets.yml': `${HEADER}  big: { files: "big/*.md", max_tokens: 100000000 }\n` });
    const chunk = 'word '.repeat(3 * 1024 * 1024); // 15 MB, under the 16 MB file limit
    for (let i = 0; i < 5; i++) await repo.write({ [`big/${i}.md`]: chunk });
    const r = await cli(node, repo.dir, ['check', '--json', '-']);
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { components: { status: string; findings: unknown[] }[] };
    expect(report.components[0]!.status).toBe('unreadable');
    expect(JSON.stringify(report)).toContain('big/4.md is not read: the prompts of one revision may total at most 64 MB');
    expect(JSON.stringify(report)).not.toContain('big/3.md is not read');
  }, 120_000);
});
