/**
 * Issue 12, items 6 and 11, through the bundled action on every Node the bundle runs on: a
 * budgets.yml whose globs expand without end, a tokenizer.json nesting Sequences 100,000 deep, and
 * prices or volumes too large for a cost to be a number each end the run at once with exit 2 and
 * the file and line to fix, never a hang or "internal error" with a stack trace.
 *
 * Runs dist/: `npm run bundle` first.
 */
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, type PullRequestFixture } from './events.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { createRepo, type FileTree, type GitRepo } from './git-repo.js';
import type { FakeGitHub } from './github-api.js';
import { NODE_BINARIES } from './node-binaries.js';
import { runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_hostileConfigToken0123456789abc';
const PR = 612;
const STACK = /^\s+at .+:\d+:\d+\)?$/m;
const HEADER = 'version: 1\ndefaults: { model: gpt-4.1 }\ncomponents:\n';
/** The harness's limit on one run: far above what these take now, far below what they took. */
const RUN_LIMIT_MS = 60_000;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

async function pullRequest(base: FileTree, changes: FileTree): Promise<{ repo: GitRepo; fixture: PullRequestFixture }> {
  const repo = await createRepo();
  const baseSha = await repo.commit('Base', base);
  await repo.branch('change');
  const head = await repo.commit('Change', changes);
  return { repo, fixture: { owner: OWNER, repo: REPO, number: PR, base: { sha: baseSha, ref: 'main' }, head: { sha: head, ref: 'change' }, apiUrl: fake.url, serverUrl: fake.url } };
}

const log = (r: ActionRun) => `exit ${r.status}\n--- stdout\n${r.stdout.slice(-3000)}\n--- stderr\n${r.stderr.slice(-2000)}`;
/** The log lines, the annotations and the job summary (without the backslashes that keep Markdown inert). */
const everything = (r: ActionRun) => [r.stdout, r.stderr, ...r.annotations.map((a) => a.message), r.summary.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')].join('\n');

/** Exit 2, the message in the log, an error annotation at `at` (file:line:col) and the summary, no stack trace. */
function expectRefused(r: ActionRun, says: RegExp, at: string): void {
  expect(r.status, log(r)).toBe(2);
  expect(r.stdout + r.stderr).toMatch(says);
  expect(r.stdout + r.stderr).toContain(at);
  expect(r.summary).toContain('prompt-budget could not run');
  expect(everything(r)).toMatch(says);
  const error = r.annotations.find((a) => a.level === 'error' && says.test(a.message));
  expect(error, log(r)).toBeDefined();
  expect(`${error?.file}:${error?.line}:${error?.col ?? ''}`).toContain(at);
  expect(everything(r)).not.toMatch(STACK);
  expect(everything(r)).not.toMatch(/internal error|Maximum call stack|RangeError/i);
}

/** A tiny byte-level BPE tokenizer.json (every byte, one merge), with some keys replaced. */
function tinyTokenizer(overrides: Record<string, string> = {}): string {
  const vocab: Record<string, number> = {};
  let next = 0x100;
  for (let b = 0; b < 256; b++) {
    const printable = (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || b >= 0xae;
    vocab[String.fromCodePoint(printable ? b : next++)] = b;
  }
  vocab.ab = 256;
  const parts: Record<string, string> = {
    version: '"1.0"',
    added_tokens: '[]',
    normalizer: 'null',
    pre_tokenizer: '{"type":"ByteLevel","add_prefix_space":false,"trim_offsets":true,"use_regex":true}',
    post_processor: 'null',
    decoder: 'null',
    model: JSON.stringify({ type: 'BPE', dropout: null, unk_token: null, vocab, merges: ['a b'] }),
    ...overrides,
  };
  return `{${Object.entries(parts).map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;
}

/** `{"type":"Sequence","<key>":[ ... inner ... ]}` nested `depth` deep, as text (JSON.stringify would recurse). */
const nested = (key: string, depth: number, inner: string) => `${`{"type":"Sequence","${key}":[`.repeat(depth)}${inner}${']}'.repeat(depth)}`;

const BYTE_LEVEL = '{"type":"ByteLevel","add_prefix_space":false,"trim_offsets":true,"use_regex":true}';
const TOKENIZER = 'models/tiny/tokenizer.json';
const TOKENIZER_CONFIG = `version: 1\ndefaults: { tokenizer: ${TOKENIZER} }\ncomponents:\n  a: { files: prompts/a.md, max_tokens: 100 }\n`;

describe.each(NODE_BINARIES)('hostile budgets.yml and tokenizer.json on $name', ({ path: node }) => {
  const run = (repo: GitRepo, fixture: PullRequestFixture) =>
    runAction({ node, workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main' }, timeoutMs: RUN_LIMIT_MS });

  // 400 components whose globs each expanded to minimatch's 100,000 patterns took 406 s on Node
  // 24 and more than 600 s on Node 20; each glob is now refused from its braces, uncompiled.
  it('400 globs of 17 {a,b} sets: refused at the first glob with its count, in seconds', async () => {
    const sets = Array.from({ length: 17 }, (_, i) => `{a${i},b${i}}`).join('');
    const components = Array.from({ length: 400 }, (_, i) => `  c${i}: { files: "prompts/${i}${sets}.md", max_tokens: 100 }\n`).join('');
    const { repo, fixture } = await pullRequest({ 'prompts/a.md': 'hello\n', 'budgets.yml': `${HEADER}  a: { files: prompts/a.md, max_tokens: 100 }\n` }, { 'budgets.yml': `${HEADER}${components}` });
    const r = await run(repo, fixture);
    expectRefused(r, /components\.c0\.files: the glob "prompts\/0\{a0,b0\}.*" expands to 131,072 patterns, more than 256/, 'budgets.yml:4:16');
    expect(everything(r)).toMatch(/list the files, or use a wildcard/);
  });

  // Under the limit one by one, 400 distinct globs of 256 patterns are 102,400 patterns in all.
  it('400 globs of 256 patterns each: refused past 10,000 patterns in all, at the glob that goes past', async () => {
    const sets = Array.from({ length: 8 }, (_, i) => `{a${i},b${i}}`).join('');
    const components = Array.from({ length: 400 }, (_, i) => `  c${i}: { files: "*/${i}${sets}*.md", max_tokens: 100 }\n`).join('');
    const { repo, fixture } = await pullRequest({ 'prompts/a.md': 'hello\n', 'budgets.yml': `${HEADER}  a: { files: prompts/a.md, max_tokens: 100 }\n` }, { 'budgets.yml': `${HEADER}${components}` });
    const r = await run(repo, fixture);
    expectRefused(r, /components\.c39\.files: with the glob "\*\/39\{a0,b0\}.*", the globs of this file expand to 10,240 patterns, more than 10,000 in all/, 'budgets.yml:43:17');
  });

  it.each([
    ['normalizers', { normalizer: nested('normalizers', 100_000, '{"type":"NFC"}') }, 'normalizers'],
    ['pre-tokenizers', { pre_tokenizer: nested('pretokenizers', 100_000, BYTE_LEVEL) }, 'pre-tokenizers'],
  ])('a tokenizer.json nesting Sequence %s 100,000 deep: refused naming the file', async (_what, overrides, kind) => {
    const { repo, fixture } = await pullRequest(
      { 'prompts/a.md': 'hello\n', 'budgets.yml': `${HEADER}  a: { files: prompts/a.md, max_tokens: 100 }\n` },
      { 'budgets.yml': TOKENIZER_CONFIG, [TOKENIZER]: tinyTokenizer(overrides) },
    );
    const r = await run(repo, fixture);
    expectRefused(r, new RegExp(`models/tiny/tokenizer\\.json nests "Sequence" ${kind} more than 32 levels deep`), 'budgets.yml:2:24');
    expect(everything(r)).toMatch(/commit the file exactly as the model's repository has it/);
  });

  it('a decoder nested 100,000 deep is not read: the prompt is counted', async () => {
    const { repo, fixture } = await pullRequest(
      { 'prompts/a.md': 'hello\n', 'budgets.yml': `${HEADER}  a: { files: prompts/a.md, max_tokens: 100 }\n` },
      { 'budgets.yml': TOKENIZER_CONFIG, [TOKENIZER]: tinyTokenizer({ decoder: nested('decoders', 100_000, '{"type":"ByteLevel"}'), post_processor: nested('processors', 100_000, '{"type":"ByteLevel"}') }) },
    );
    const r = await run(repo, fixture);
    expect(r.status, log(r)).toBe(0);
    expect(everything(r)).not.toMatch(STACK);
  });

  const pricedConfig = (prices: string, volume = '') =>
    `version: 1\ndefaults: { model: house-model }\nmodels:\n  house-model: { encoding: o200k_base, context_window: 128000, prices: ${prices} }\ncomponents:\n  a: { files: prompts/a.md, max_tokens: 100 }\nrequests:\n  chat: { components: [a], reserve: { output: 100 }${volume} }\n`;

  it.each([
    ['an input price of 1e308', pricedConfig('{ input: 1e308, output: 1 }'), /models\.house-model\.prices\.input is 1e308 US dollars per million tokens, more than the 10,000 a price may be/, 'budgets.yml:4:81'],
    ['an output price of 1e16', pricedConfig('{ input: 1, output: 1e16 }'), /models\.house-model\.prices\.output is 1e16 US dollars per million tokens, more than the 10,000 a price may be/, 'budgets.yml:4:92'],
    ['a volume of 10^400 requests a day', pricedConfig('{ input: 2, output: 8 }', `, volume: "${'9'.repeat(400)}/day"`), /requests\.chat\.volume: "9+" is more than 1,000,000,000,000 requests per day, the most a volume may be/, 'budgets.yml:8:62'],
  ])('%s: refused at its line', async (_name, config, says, at) => {
    const { repo, fixture } = await pullRequest({ 'prompts/a.md': 'hello\n', 'budgets.yml': `${HEADER}  a: { files: prompts/a.md, max_tokens: 100 }\n` }, { 'budgets.yml': config });
    const r = await run(repo, fixture);
    expectRefused(r, says, at);
  });

  it('the dearest price at the largest volume still reports a finite cost', async () => {
    const config = pricedConfig('{ input: 10000, output: 10000 }', ', volume: "1000000000000/hour"');
    const { repo, fixture } = await pullRequest({ 'prompts/a.md': 'hello\n', 'budgets.yml': config }, { 'prompts/a.md': 'hello there\n' });
    const r = await run(repo, fixture);
    expect(r.status, log(r)).toBe(0);
    expect(everything(r)).not.toMatch(/Infinity|NaN|internal error/);
    expect(r.summary).toMatch(/a month at/);
    expect(everything(r)).not.toMatch(STACK);
  });
});
