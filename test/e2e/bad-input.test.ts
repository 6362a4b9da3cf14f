/**
 * Issue 6, through the bundled action on real repositories: every configuration mistake exits 2
 * with the reason (file:line:col where there is one) in the log, as an annotation and in the job
 * summary, never a stack trace; files that cannot be counted get their own status and reason
 * while the rest are counted exactly; a missing token changes nothing but the comment.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent, type PullRequestFixture } from './events.js';
import { createRepo, type FileTree, type GitRepo } from './git-repo.js';
import { FakeGitHub } from './github-api.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { BASE_FILES, expectedCounts, formatTokens, oracleTokens, showsNumber, tableRow } from './prompt-fixture.js';
import { runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_e2eBadInputToken0123456789';
const PR = 66;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

const log = (r: ActionRun) => `exit ${r.status}\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-2000)}`;
/** Everything a developer reads in the Actions log: the lines and the annotations' text. */
const logText = (r: ActionRun) => [r.stdout, r.stderr, ...r.annotations.map((a) => a.message)].join('\n');
/** The summary as read, without the backslashes that keep Markdown from acting on names. */
const summaryText = (r: ActionRun) => r.summary.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

async function pullRequest(base: FileTree, changes: FileTree): Promise<{ repo: GitRepo; fixture: PullRequestFixture }> {
  const repo = await createRepo();
  const baseSha = await repo.commit('Base', base);
  await repo.branch('change');
  const head = await repo.commit('Change', changes);
  // In a beforeAll no fake runs yet: the test adds its address.
  const api = (fake as FakeGitHub | undefined) && { apiUrl: fake.url, serverUrl: fake.url };
  return { repo, fixture: { owner: OWNER, repo: REPO, number: PR, base: { sha: baseSha, ref: 'main' }, head: { sha: head, ref: 'change' }, ...api } };
}

function run(repo: GitRepo, fixture: PullRequestFixture, withValues: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main', ...withValues } });
}

const HEADER = 'version: 1\ndefaults: { model: gpt-4.1 }\ncomponents:\n';
const OK = '  a: { files: prompts/system.md, max_tokens: 100 }\n';

function aliasBomb(): string {
  const lines = ['version: 1', 'defaults: { model: gpt-4.1 }', 'a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 0; i < 9; i++) {
    const [name, previous] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\ncomponents: *j\n`;
}

/**
 * [case, config file text, what the log and summary must say, where it points (line:col) when it
 * can]. Each case of issue 6's configuration list but the path that is missing or a directory.
 */
const CONFIG_CASES: [name: string, text: string, says: RegExp, at?: string][] = [
  ['invalid YAML', `${HEADER}  a: [files: x\n`, /Invalid YAML: /, '5:1'],
  ['an empty file', '', /is empty/, '1:1'],
  ['a wrong version', 'version: 2\ncomponents: {}\n', /version 2 is not supported; this prompt-budget reads version 1 only/, '1:10'],
  ['a component without files', `${HEADER}  a: { max_tokens: 10 }\n`, /component `a` has no files/, '4:3'],
  ['a component without an allotment', `${HEADER}  a: { files: prompts/system.md }\n`, /component `a` has no max_tokens/, '4:3'],
  ['a negative allotment', `${HEADER}  a: { files: prompts/system.md, max_tokens: -5 }\n`, /max_tokens must be a positive whole number of tokens, got -5/, '4:46'],
  ['a zero allotment', `${HEADER}  a: { files: prompts/system.md, max_tokens: 0 }\n`, /max_tokens must be a positive whole number of tokens, got 0/, '4:46'],
  ['a fractional allotment', `${HEADER}  a: { files: prompts/system.md, max_tokens: 1.5 }\n`, /max_tokens must be a positive whole number of tokens, got 1\.5/, '4:46'],
  ['a string allotment', `${HEADER}  a: { files: prompts/system.md, max_tokens: lots }\n`, /max_tokens must be a positive whole number of tokens, got the text "lots"/, '4:46'],
  ['a percent out of range', `${HEADER}  a: { files: prompts/system.md, max_tokens: 100, warn_at: 150% }\n`, /warn_at must be above 0% and at most 100%, got 150%/, '4:60'],
  ['a duplicate component name', `${HEADER}${OK}${OK}`, /Duplicate component `a` \(first declared on line 4\)/, '5:3'],
  ['a duplicate key', `${HEADER}  a:\n    files: prompts/system.md\n    max_tokens: 100\n    max_tokens: 200\n`, /Duplicate key `max_tokens` in component `a` \(first set on line 6\)/, '7:5'],
  ['an unknown key, with did you mean', `${HEADER}  a: { files: prompts/system.md, max_token: 100 }\n`, /Unknown key `max_token` in component `a`; did you mean `max_tokens`\?/, '4:34'],
  ['an unknown model, with the close names', `version: 1\ndefaults: { model: gpt-4.2 }\ncomponents:\n${OK}`, /unknown model "gpt-4\.2"; did you mean gpt-4\.1, /, '2:20'],
  ['an unknown encoding, with the close names', `version: 1\ndefaults: { encoding: o300k_base }\ncomponents:\n${OK}`, /unknown encoding "o300k_base" \(the encodings are o200k_base, .*\); did you mean o200k_base\?/, '2:23'],
  ['a glob that leaves the repository (../)', `${HEADER}  a: { files: ../secrets/*.md, max_tokens: 100 }\n`, /the glob "\.\.\/secrets\/\*\.md" leaves the repository/, '4:15'],
  ['a glob that is an absolute path', `${HEADER}  a: { files: /etc/passwd, max_tokens: 100 }\n`, /the glob "\/etc\/passwd" is an absolute path/, '4:15'],
  ['a request naming an unknown component', `${HEADER}${OK}requests:\n  chat: { components: [a, b], reserve: { output: 100 } }\n`, /requests\.chat\.components: `b` is not a component of this file; did you mean `a`\?/, '6:27'],
  ['an alias bomb', aliasBomb(), /The YAML aliases \(\*name\) in this file expand too far/, '4:'],
  ['deeply nested garbage', `version: 1\ncomponents: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, /nests brackets more than 64 levels deep/, '2:77'],
  ['a 10 MB config', `version: 1\n# ${'x'.repeat(10 * 1024 * 1024)}\n`, /is 10,485,\d{3} bytes; a budgets file may be at most 1 MB/],
];

describe('configuration errors: exit 2, the reason in the log, an annotation and the job summary, no stack trace', () => {
  // One repository holds every case's config; each run points `config` at one. Made once, with
  // the API address of a fake that is started per test, hence the fixture is made per test.
  let repo: GitRepo;
  let made: PullRequestFixture;
  const fixture = () => ({ ...made, apiUrl: fake.url, serverUrl: fake.url });
  beforeAll(async () => {
    const configs: FileTree = Object.fromEntries(CONFIG_CASES.map(([, text], i) => [`configs/${i}.yml`, text]));
    ({ repo, fixture: made } = await pullRequest({ ...BASE_FILES, ...configs }, {}));
  });

  it.each(CONFIG_CASES.map(([name, text, says, at], i) => [name, text, says, at, i] as const))('%s', async (_name, _text, says, at, i) => {
    const config = `configs/${i}.yml`;
    const result = await run(repo, fixture(), { config });

    expect(result.status, log(result)).toBe(2);
    expect(logText(result), log(result)).toMatch(says);
    expect(result.summary).toContain('prompt-budget could not run');
    expect(result.summary).toMatch(says);
    if (at) expect(result.summary).toContain(`${config}:${at}`);
    // The error annotation points at the mistake, so the Files tab shows it on the line.
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(says);
    if (at) expect(`${error?.file}:${error?.line}:${error?.col ?? ''}`).toContain(`${config}:${at}`);
    expect(result.stdout + result.stderr).not.toMatch(STACK);
    expect(fake.requests).toEqual([]);
  });

  it.each([
    ['does not exist', 'configs/missing.yml', /configs\/missing\.yml: no such file/],
    ['is a directory', 'configs', /configs is not a file/],
  ])('a config path that %s', async (_what, config, says) => {
    const result = await run(repo, fixture(), { config });
    expect(result.status, log(result)).toBe(2);
    expect(logText(result)).toMatch(says);
    expect(result.summary).toContain('prompt-budget could not run');
    expect(result.summary).toMatch(says);
    expect(result.stdout + result.stderr).not.toMatch(STACK);
  });

  // reportUserError once passed the whole formatted error through plain(), which turned the newline
  // between the message and its fix into the six characters \u000a in the log and the annotation.
  it('shows the fix on its own line in the annotation, not a literal \\u000a', async () => {
    const result = await run(repo, fixture(), { config: 'configs/3.yml' });
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(/has no files\n {2}Add `files:`/);
    expect(result.stdout).not.toContain('\\u000a');
  });
});

// 5,000 nested brackets once exited 2 as "Invalid YAML: Maximum call stack size exceeded", with a
// hint to quote values containing `: `; now the nesting itself is refused, with its position.
it('deeply nested garbage is refused as too deeply nested, not as a stack overflow', async () => {
  const repo = await createRepo();
  await repo.commit('Nested', { ...BASE_FILES, 'budgets.yml': `version: 1\ncomponents: ${'['.repeat(5000)}${']'.repeat(5000)}\n` });
  const result = await runAction({ workspace: repo.dir, event: pullRequestEvent('opened', { owner: OWNER, repo: REPO, number: PR, base: { sha: await repo.sha(), ref: 'main' }, head: { sha: await repo.sha(), ref: 'main' }, apiUrl: fake.url, serverUrl: fake.url }), api: { url: fake.url, token: TOKEN }, with: { base: 'main' } });
  expect(result.status).toBe(2);
  expect(logText(result)).not.toContain('Maximum call stack size exceeded');
  expect(logText(result)).toMatch(/nest/i);
});

describe('files that cannot be counted: their own status and reason, the others counted', () => {
  it('a prompt changed to binary in the PR fails its component, exit 1; the other components keep their exact counts', async () => {
    const binary = 'GIF89a\u0001\u0000\u0001\u0000\u0080\u0000';
    const { repo, fixture } = await pullRequest(BASE_FILES, { 'prompts/shots/greeting.md': binary });
    const result = await run(repo, fixture);

    expect(result.status, log(result)).toBe(1);
    const reason = 'prompts/shots/greeting.md is binary, not text (a NUL byte at offset 7)';
    expect(logText(result)).toContain(reason);
    expect(summaryText(result)).toContain(reason);
    expect(tableRow(result.summary, 'few-shots')).toMatch(/cannot be counted/);
    const base = expectedCounts(BASE_FILES);
    for (const name of ['support-system', 'style-guide']) {
      const row = tableRow(result.summary, name) ?? '';
      expect(showsNumber(row, formatTokens(base[name]!)), `${name}: ${row}`).toBe(true);
      expect(row).not.toMatch(/cannot be counted|❌/);
    }
    // The other file of the component is still counted: the component's head is the refund shot alone.
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as { components: { name: string; head: { tokens: number } }[] };
    expect(report.components.find((c) => c.name === 'few-shots')?.head.tokens).toBe(oracleTokens(BASE_FILES['prompts/shots/refund.md']!));
    expect(result.outputs['over-budget']).toBe('true');
  });

  it('a 200 MB prompt at base and head is refused with its size, never read whole; the run goes on', async () => {
    const budgets = `${BASE_FILES['budgets.yml']}  huge:\n    files: prompts/huge.md\n    max_tokens: 1000\n`;
    const { repo, fixture } = await pullRequest({ ...BASE_FILES, 'budgets.yml': budgets, 'prompts/huge.md': 'a'.repeat(200_000_000) }, { 'prompts/system.md': `${BASE_FILES['prompts/system.md']}Be brief.\n` });
    const result = await run(repo, fixture);

    // The PR did not touch the file, so under fail_on: made-worse (the default) it is a ⚠️
    // pre-existing problem, reported with its reason, and not this PR's failure.
    expect(result.status, log(result)).toBe(0);
    expect(tableRow(result.summary, 'huge')).toMatch(/pre-existing/);
    const reason = "prompts/huge.md is larger than 16 MB (200,000,000 bytes): no model's context window holds that much text";
    expect(logText(result)).toContain(reason);
    expect(summaryText(result)).toContain(reason);
    const system = oracleTokens(`${BASE_FILES['prompts/system.md']}Be brief.\n`);
    expect(showsNumber(tableRow(result.summary, 'support-system') ?? '', formatTokens(system))).toBe(true);
  }, 60_000);

  it('deleted, renamed and hostile file names (spaces, unicode, backticks, pipes, HTML): read, counted and shown inert', async () => {
    const names = ['with space.md', 'ünïcødé — 名前.md', 'back`tick`.md', 'pi|pe.md', '<img src=x onerror=alert(1)>.md'];
    const text = (name: string) => `Prompt for ${name}.\n`;
    const budgets = `${BASE_FILES['budgets.yml']}  names:\n    files: "prompts/names/*.md"\n    max_tokens: 1000\n`;
    const base: FileTree = { ...BASE_FILES, 'budgets.yml': budgets, ...Object.fromEntries(names.map((n) => [`prompts/names/${n}`, text(n)])) };
    const changes: FileTree = {
      ...Object.fromEntries(names.map((n) => [`prompts/names/${n}`, `${text(n)}Grown.\n`])),
      // Renamed with its text unchanged, and deleted: both within few-shots' glob.
      'prompts/shots/greeting.md': null,
      'prompts/shots/welcome.md': BASE_FILES['prompts/shots/greeting.md']!,
      'prompts/shots/refund.md': null,
    };
    const { repo, fixture } = await pullRequest(base, changes);
    const result = await run(repo, fixture, { comment: 'always' });

    expect(result.status, log(result)).toBe(0);
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as { components: { name: string; head: { tokens: number; files: { path: string; tokens: number }[] } }[] };
    const files = report.components.find((c) => c.name === 'names')!.head.files;
    expect(Object.fromEntries(files.map((f) => [f.path, f.tokens]))).toEqual(Object.fromEntries(names.map((n) => [`prompts/names/${n}`, oracleTokens(`${text(n)}Grown.\n`)])));
    expect(report.components.find((c) => c.name === 'few-shots')?.head.tokens).toBe(oracleTokens(BASE_FILES['prompts/shots/greeting.md']!));

    const [comment] = fake.comments(PR);
    for (const markdown of [comment?.body ?? '', result.summary]) {
      // Only inside code spans, which GitHub shows literally (test/unit/render/gfm.test.ts renders them with cmark-gfm).
      expect(markdown.replace(/(`+)[^`][\s\S]*?\1/g, '')).not.toContain('<img');
      // Every row of every table has its columns: no name's pipe split a cell.
      for (const table of markdown.split(/\n\n+/).filter((block) => block.startsWith('|'))) {
        const widths = table.split('\n').map((row) => row.replace(/\\\|/g, '').replace(/`[^`]*`/g, '').split('|').length);
        expect(new Set(widths).size, table).toBe(1);
      }
    }
    expect(summaryText(result)).toContain('renamed from `prompts/shots/greeting.md`');
    expect(tableRow(result.summary, 'few-shots')).toContain('ok');
    expect(result.summary).toMatch(/`prompts\/shots\/refund\.md` \| \d+ \| – \| removed \|/);
  });
});

describe('runtime', () => {
  it('no token: the verdict and the summary as usual, a warning instead of the comment, no API call', async () => {
    const { repo, fixture } = await pullRequest(BASE_FILES, { 'prompts/system.md': `${BASE_FILES['prompts/system.md']}Be brief.\n` });
    const result = await run(repo, fixture, { 'github-token': '' });
    expect(result.status, log(result)).toBe(0);
    expect(fake.requests).toEqual([]);
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message).join('\n')).toContain('No github-token: the PR comment was not posted');
    expect(result.summary).toContain('support-system');
  });

  it('a workspace that is not a git repository: exit 2 with the reason in the log and the summary', async () => {
    const { repo, fixture } = await pullRequest(BASE_FILES, {});
    const plain = join(repo.dir, 'not-a-repo');
    await mkdir(plain);
    await writeFile(join(plain, 'budgets.yml'), BASE_FILES['budgets.yml']!);
    // GIT_CEILING_DIRECTORIES stops git from finding the enclosing fixture repository.
    const result = await runAction({ workspace: plain, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main' }, env: { GIT_CEILING_DIRECTORIES: repo.dir } });
    expect(result.status, log(result)).toBe(2);
    expect(logText(result)).toContain('is not inside a git repository');
    expect(result.summary).toContain('is not inside a git repository');
  });
});
