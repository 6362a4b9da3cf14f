/** The e2e harness's own tests: parsers, the runner environment, events and git fixtures. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pullRequestEvent, pushEvent } from './events.js';
import { createOrigin, createRepo, shallowClone } from './git-repo.js';
import { inputEnv, PROJECT_ROOT, runAction } from './runner.js';
import { removeTempDirs } from './temp.js';
import { parseAnnotations, parseOutputFile } from './workflow-files.js';

afterAll(removeTempDirs);

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

describe('parseOutputFile', () => {
  it('reads name=value lines, keeping later "=" in the value', () => {
    expect(parseOutputFile('a=1\nb=x=y\n')).toEqual({ a: '1', b: 'x=y' });
  });

  it('reads the heredoc form @actions/core writes, multi-line values included', () => {
    const text = 'report<<ghadelimiter_1\n{"a":\n1}\nghadelimiter_1\nover-budget=true\nempty<<EOF\n\nEOF\n';
    expect(parseOutputFile(text)).toEqual({ report: '{"a":\n1}', 'over-budget': 'true', empty: '' });
  });

  it('treats "<<" after "=" as part of a plain value, as the runner does', () => {
    expect(parseOutputFile('shift=a<<b\n')).toEqual({ shift: 'a<<b' });
  });

  it('rejects a heredoc without its closing delimiter, which fails the step on a runner', () => {
    expect(() => parseOutputFile('x<<END\nvalue\n')).toThrow(/delimiter/);
  });
});

describe('parseAnnotations', () => {
  it('unescapes messages and properties like the runner', () => {
    const log = 'plain line\n::error file=a%2Cb.yml,line=7,col=3,title=x%3A y::100%25 sure%0Anext\n::notice::hi\n';
    expect(parseAnnotations(log)).toEqual([
      { level: 'error', file: 'a,b.yml', line: 7, col: 3, title: 'x: y', message: '100% sure\nnext' },
      { level: 'notice', message: 'hi' },
    ]);
  });

  it('ignores commands between ::stop-commands:: and the resume token', () => {
    const log = '::stop-commands::tok\n::error::fake\n::tok::\n::warning::real\n';
    expect(parseAnnotations(log)).toEqual([{ level: 'warning', message: 'real' }]);
  });
});

const probe = join(PROJECT_ROOT, 'test/fixtures/e2e/probe-action.mjs');
const probeYml = join(PROJECT_ROOT, 'test/fixtures/e2e/probe-action.yml');

describe('inputEnv', () => {
  it('applies action.yml defaults, evaluates github.token and keeps hyphens in names', async () => {
    const env = await inputEnv({ comment: 'never' }, 'tok123', probeYml);
    expect(env['INPUT_GITHUB-TOKEN']).toBe('tok123');
    expect(env.INPUT_CONFIG).toBe('budgets.yml');
    expect(env.INPUT_COMMENT).toBe('never');
    expect(env.INPUT_BASE).toBe('');
  });

  it('refuses an input the action does not declare', async () => {
    await expect(inputEnv({ 'max-tokens': '1' }, 't', probeYml)).rejects.toThrow(/max-tokens/);
  });
});

describe('runAction with a probe action', () => {
  const event = pushEvent({ owner: 'acme', repo: 'prompts', branch: 'main', before: SHA_A, after: SHA_B });

  it('gives a runner-like, minimal environment and reads back outputs, summary and annotations', async () => {
    const workspace = (await createRepo()).dir;
    process.env.PROMPT_BUDGET_LEAK_SENTINEL = 'leaked';
    try {
      const run = await runAction({ workspace, event, api: { url: 'http://127.0.0.1:9', token: 'tok' }, entry: probe, actionYml: probeYml });
      expect(run.status).toBe(3);
      const keys = run.outputs['env-keys'].split(',');
      expect(keys).not.toContain('PROMPT_BUDGET_LEAK_SENTINEL');
      expect(keys).toEqual(expect.arrayContaining(['GITHUB_ACTIONS', 'GITHUB_EVENT_PATH', 'RUNNER_TEMP', 'INPUT_GITHUB-TOKEN', 'HOME', 'PATH']));
      expect(run.outputs.token).toBe('tok');
      expect(run.outputs.config).toBe('budgets.yml');
      expect(run.outputs.cwd).toBe(workspace);
      expect(run.outputs.multi).toBe('line one\nline two=2\n');
      expect(run.summary).toContain('## summary');
      expect(run.annotations).toEqual([
        { level: 'error', file: 'dir,x/budgets.yml', line: 7, col: 3, title: 'a: b, c', message: 'bad: 100%, really\nsecond line' },
        { level: 'warning', message: 'careful' },
      ]);
    } finally {
      delete process.env.PROMPT_BUDGET_LEAK_SENTINEL;
    }
  });

  it('fails instead of hanging when the action does not finish', async () => {
    const workspace = (await createRepo()).dir;
    const run = runAction({ workspace, event, api: { url: 'http://127.0.0.1:9', token: 't' }, entry: probe, actionYml: probeYml, with: { comment: 'hang' }, timeoutMs: 1_000 });
    await expect(run).rejects.toThrow(/did not finish within 1000 ms/);
  });
});

describe('events', () => {
  const fixture = { owner: 'acme', repo: 'prompts', number: 7, base: { sha: SHA_A, ref: 'main' }, head: { sha: SHA_B, ref: 'grow' } };

  it('puts the fixture into GitHub\'s pull_request example', () => {
    const event = pullRequestEvent('opened', fixture);
    const text = JSON.stringify(event.payload);
    expect(text).not.toContain('Codertocat/Hello-World');
    expect(event.payload).toMatchObject({
      action: 'opened',
      number: 7,
      repository: { full_name: 'acme/prompts', name: 'prompts', owner: { login: 'acme' } },
      pull_request: {
        number: 7,
        base: { sha: SHA_A, ref: 'main', repo: { full_name: 'acme/prompts' } },
        head: { sha: SHA_B, ref: 'grow', repo: { full_name: 'acme/prompts' } },
      },
    });
    expect(event).toMatchObject({ name: 'pull_request', sha: SHA_B, ref: 'refs/pull/7/merge', headRef: 'grow', baseRef: 'main' });
  });

  it('gives synchronize its before/after and a fork its own head repository', () => {
    const event = pullRequestEvent('synchronize', { ...fixture, before: SHA_A, fork: { owner: 'forker', repo: 'prompts-fork' } });
    expect(event.payload).toMatchObject({
      action: 'synchronize',
      before: SHA_A,
      after: SHA_B,
      pull_request: {
        base: { repo: { full_name: 'acme/prompts', fork: false } },
        head: { label: 'forker:grow', repo: { full_name: 'forker/prompts-fork', fork: true, owner: { login: 'forker' } } },
      },
    });
  });

  it('builds a branch push', () => {
    const event = pushEvent({ owner: 'acme', repo: 'prompts', branch: 'main', before: SHA_A, after: SHA_B });
    expect(event.payload).toMatchObject({ ref: 'refs/heads/main', before: SHA_A, after: SHA_B, head_commit: { id: SHA_B }, repository: { full_name: 'acme/prompts' } });
    expect(event.sha).toBe(SHA_B);
  });
});

describe('git fixtures', () => {
  it('commits reproducibly and makes shallow clones that lack older commits', async () => {
    const repo = await createRepo();
    const first = await repo.commit('one', { 'a.md': 'a\n' });
    await repo.branch('feature');
    const second = await repo.commit('two', { 'a.md': 'b\n', 'dir/b.md': 'c\n' });
    expect(first).toMatch(/^[0-9a-f]{40}$/);
    expect(second).not.toBe(first);
    expect(await repo.git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('feature');

    const again = await createRepo();
    expect(await again.commit('one', { 'a.md': 'a\n' })).toBe(first);

    const origin = await createOrigin(repo);
    const clone = await shallowClone(origin, { branch: 'feature' });
    expect(await clone.sha()).toBe(second);
    expect(await clone.read('dir/b.md')).toBe('c\n');
    expect(await clone.has(first)).toBe(false);
    await clone.git('fetch', '--quiet', '--depth=1', 'origin', first);
    expect(await clone.has(first)).toBe(true);
  });
});
