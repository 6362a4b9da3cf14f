/**
 * Keeps the README's troubleshooting table honest: every message quoted in a row is produced, by
 * the bundled action, in the case the row describes, with the row's exit status. `...` in a row
 * stands for any text; L, C and N for numbers; X and M for a name. A row added without a case
 * here, or a case whose row was removed, fails the first test.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, type PullRequestFixture } from './events.js';
import { createOrigin, createRepo, shallowClone, type FileTree, type GitRepo } from './git-repo.js';
import { primaryRateLimit, readOnlyToken, secondaryRateLimit, serverError } from './github-faults.js';
import { FakeGitHub, ROUTES } from './github-api.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { BASE_FILES, BUDGETS_YML } from './prompt-fixture.js';
import { PROJECT_ROOT, runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_e2eTroubleshootingToken0123456789';
const PR = 71;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

interface Row {
  messages: string[];
  /** '0'..'2', or '–' for a warning or log line that leaves the verdict alone. */
  exit: string;
}

/** The rows of the table under "## Troubleshooting": the quoted messages and the exit column. */
function troubleshootingRows(): Row[] {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Troubleshooting$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [message = '', exit = ''] = line.slice(1).split(' | ');
      return { messages: [...message.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), exit: exit.trim() };
    });
}

/** A row's message as a pattern: `...` any text, L/C/N a number, X/M a name. */
function pattern(message: string): RegExp {
  const source = message
    .split('...')
    .map((part) =>
      part
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\b[LCN]\b/g, '\\d[\\d,]*')
        .replace(/\b[XM]\b/g, '\\S+?'),
    )
    .join('.*?');
  return new RegExp(source);
}

const log = (r: ActionRun) => `exit ${r.status}\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-2000)}`;
const logText = (r: ActionRun) => [r.stdout, r.stderr, ...r.annotations.map((a) => a.message)].join('\n');
const summaryText = (r: ActionRun) => r.summary.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

async function pullRequest(base: FileTree, changes: FileTree): Promise<{ repo: GitRepo; fixture: PullRequestFixture }> {
  const repo = await createRepo();
  const baseSha = await repo.commit('Base', base);
  await repo.branch('change');
  const head = await repo.commit('Change', changes);
  return { repo, fixture: { owner: OWNER, repo: REPO, number: PR, base: { sha: baseSha, ref: 'main' }, head: { sha: head, ref: 'change' }, apiUrl: fake.url, serverUrl: fake.url } };
}

/** A PR with `changes` on the fixture, run with `base: main` (no API call for the base). */
async function runPullRequest(changes: FileTree, withValues: Record<string, string> = {}, base: FileTree = BASE_FILES): Promise<ActionRun> {
  const { repo, fixture } = await pullRequest(base, changes);
  return runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main', ...withValues } });
}

const withComponent = (yaml: string): FileTree => ({ 'budgets.yml': `${BUDGETS_YML}${yaml}` });
const SMALL_CHANGE: FileTree = { 'prompts/system.md': `${BASE_FILES['prompts/system.md']}Be brief.\n` };

/** The case each quoted message describes. */
const CASES: Record<string, () => Promise<ActionRun>> = {
  'budgets.yml:L:C: Unknown key ...; did you mean ...': () => runPullRequest({ 'budgets.yml': BUDGETS_YML.replace('max_tokens: 60', 'max_token: 60') }),
  'budgets.yml: no such file': () => runPullRequest({ 'budgets.yml': null }),
  '... is not a file': () => runPullRequest({}, { config: 'prompts' }),
  '... a budgets file may be at most 1 MB': () => runPullRequest({ 'budgets.yml': `${BUDGETS_YML}# ${'x'.repeat(2 * 1024 * 1024)}\n` }),
  'version ... is not supported': () => runPullRequest({ 'budgets.yml': BUDGETS_YML.replace('version: 1', 'version: 2') }),
  '...: unknown model "..."': () => runPullRequest({ 'budgets.yml': BUDGETS_YML.replace('gpt-4.1', 'gpt-4.2') }),
  'The YAML aliases (*name) in this file expand too far': () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    return runPullRequest({ 'budgets.yml': `version: 1\n${lines.join('\n')}\ncomponents: *j\n` });
  },
  'The base commit ... is not in the checkout and could not be fetched': async () => {
    const { repo, fixture } = await pullRequest(BASE_FILES, SMALL_CHANGE);
    const origin = await createOrigin(repo);
    const checkout = await shallowClone(origin, { branch: 'change' });
    await checkout.git('remote', 'set-url', 'origin', `${origin.url}-gone`);
    return runAction({ workspace: checkout.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: fixture.base.sha } });
  },
  '... is binary, not text (a NUL byte at offset N)': () => runPullRequest({ 'prompts/shots/greeting.md': 'GIF89a\u0001\u0000\u0001\u0000' }),
  '... is not UTF-8 text (invalid byte at offset N)': async () => {
    // Latin-1 bytes, written into the working tree (head) after the commit: FileTree holds text only.
    const { repo, fixture } = await pullRequest(BASE_FILES, SMALL_CHANGE);
    await writeFile(join(repo.dir, 'prompts/shots/greeting.md'), Buffer.from('caf\xe9 au lait\n', 'latin1'));
    return runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main' } });
  },
  '... is larger than 16 MB': () => runPullRequest({ 'prompts/style.md': 'a'.repeat(17 * 1024 * 1024) }),
  '...:L:C: expected ...': () => runPullRequest({ ...withComponent('  chat:\n    files: prompts/chat.json\n    max_tokens: 100\n'), 'prompts/chat.json': '{"messages": [\n  {"role": "user", "content": "hi"}\n  {"role": "user"}\n]}\n' }),
  'Invalid YAML: ...': () => runPullRequest({ ...withComponent('  chat:\n    files: prompts/chat.prompt.yml\n    max_tokens: 100\n'), 'prompts/chat.prompt.yml': 'messages:\n  - role: user\n    content: [unclosed\n' }),
  '... is a symbolic link that points outside the repository': async () => {
    const { repo, fixture } = await pullRequest(BASE_FILES, SMALL_CHANGE);
    await repo.git('rm', '--quiet', 'prompts/shots/refund.md');
    await symlink('/etc/hostname', join(repo.dir, 'prompts/shots/refund.md'));
    return runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main' } });
  },
  "... is inside .git/, which holds git's own files": async () => {
    const { repo, fixture } = await pullRequest(BASE_FILES, SMALL_CHANGE);
    await repo.git('rm', '--quiet', 'prompts/shots/refund.md');
    await symlink('../../.git/config', join(repo.dir, 'prompts/shots/refund.md'));
    return runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main' } });
  },
  '... is not a file: it is a FIFO (named pipe)': async () => {
    const { repo, fixture } = await pullRequest(BASE_FILES, SMALL_CHANGE);
    await repo.git('rm', '--quiet', 'prompts/shots/refund.md');
    execFileSync('mkfifo', [join(repo.dir, 'pipe')]);
    await symlink('../../pipe', join(repo.dir, 'prompts/shots/refund.md'));
    return runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main' } });
  },
  '... has a file name that is not UTF-8': async () => {
    const { repo, fixture } = await pullRequest(BASE_FILES, SMALL_CHANGE);
    await writeFile(Buffer.concat([Buffer.from(join(repo.dir, 'prompts/shots/caf')), Buffer.from([0xe9]), Buffer.from('.md')]), 'Bonjour.\n');
    return runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main' } });
  },
  '... is a Git LFS pointer, not the file': () =>
    runPullRequest({ 'prompts/style.md': `version https://git-lfs.github.com/spec/v1\noid sha256:${'0123abcd'.repeat(8)}\nsize 90210\n` }),
  '... is not read: the prompts of one revision may total at most 64 MB': async () => {
    // Written into the working tree (head) after the commit: 68 MB that git need not store.
    const { repo, fixture } = await pullRequest(BASE_FILES, SMALL_CHANGE);
    for (const name of ['a', 'b', 'c', 'd', 'e']) await writeFile(join(repo.dir, `prompts/shots/${name}-large.md`), 'word '.repeat(2.8 * 1024 * 1024));
    return runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main' } });
  },
  '... matches no files': () => runPullRequest(withComponent('  drafts:\n    files: prompts/drafts/*.md\n    max_tokens: 100\n')),
  'matched N file(s) at base and none now': () => runPullRequest({ 'prompts/style.md': null, 'prompts/style-guide.md': 'Moved.\n' }),
  'requests.X.reserve.output (N) is more than M can write': () =>
    runPullRequest(withComponent('requests:\n  chat: { components: [support-system], reserve: { output: 500000 } }\n')),
  'Comparing with the tip of main ..., not the merge base': async () => {
    const { repo, fixture } = await pullRequest(BASE_FILES, SMALL_CHANGE);
    const checkout = await shallowClone(await createOrigin(repo), { branch: 'change' });
    return runAction({ workspace: checkout.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { 'github-token': '' } });
  },
  'The PR comment was not posted: the token cannot write ...': () => {
    fake.failNext(readOnlyToken('POST', ROUTES.issueComments));
    return runPullRequest(SMALL_CHANGE);
  },
  'GitHub API ...: 500 ...; retrying in N s': () => {
    fake.failNext(serverError('GET', ROUTES.issueComments));
    return runPullRequest(SMALL_CHANGE);
  },
  '...: secondary rate limit; retrying in N s': () => {
    fake.failNext(secondaryRateLimit('GET', ROUTES.issueComments, { retryAfter: 1 }));
    return runPullRequest(SMALL_CHANGE);
  },
  'GitHub API ...: rate limit spent for N s, longer than the 60 s a CI job waits; not retried': () => {
    fake.failNext(primaryRateLimit('GET', ROUTES.issueComments, 3600));
    return runPullRequest(SMALL_CHANGE);
  },
};

const rows = troubleshootingRows();
const cases = rows.flatMap((row) => row.messages.map((message) => [message, row.exit] as const));

describe('the README troubleshooting table', () => {
  it('has a case here for every quoted message, and no case for a message it lost', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(cases.map(([message]) => message).sort()).toEqual(Object.keys(CASES).sort());
  });

  // A message that fails the run (exit 1 or 2) is in the log and in the job summary.
  it.each(cases.filter(([, exit]) => exit !== '–'))('`%s`: exit %s, the message in the log and the job summary', async (message, exit) => {
    const result = await CASES[message]!();
    expect(String(result.status), log(result)).toBe(exit);
    expect(logText(result), log(result)).toMatch(pattern(message));
    expect(summaryText(result), result.summary).toMatch(pattern(message));
  }, 60_000);

  // Warnings and retries leave the verdict alone (exit 0 here) and are in the log only: the summary
  // reports the budgets, it is written before the comment is tried, and a retry is not a result.
  it.each(cases.filter(([, exit]) => exit === '–'))('`%s`: a warning or log line, in the log (not the summary by design), verdict unchanged', async (message) => {
    const result = await CASES[message]!();
    expect(result.status, log(result)).toBe(0);
    expect(logText(result), log(result)).toMatch(pattern(message));
  }, 60_000);
});
