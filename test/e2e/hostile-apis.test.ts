/**
 * Issue 12, items 3 and 9, through the bundle (dist/index.js and dist/cli.js) on every Node it
 * runs on: APIs that answer in ways that would leak a secret or never let the run end.
 *
 * 3. An API's error text is quoted cut short (200 characters, 60 for a status field), and a key
 *    that straddled the cut used to survive in part, since it was redacted only after the cut
 *    and only whole. Every channel (log, summary, outputs, report, PR comment; the CLI's stdout,
 *    stderr and report files) is scanned for any 8-character piece of each key; the GitHub
 *    client's retry line for any piece of the token.
 * 9. A counting API that streams an endless answer: refused past 1 MB, the counts become
 *    estimates with one warning naming the limit, the verdict stands, and the process exits.
 *    (A byte a second forever, the other case, is bounded by the 30 s per-request limit; it is
 *    tested with a short limit in test/unit/vendors/response-limits.test.ts.)
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import { VENDOR_API_NAMES } from '../../src/tokenize/spec.js';
import { anthropicError, googleError, startFakeAnthropic, startFakeGemini, type FakeServer, type ScriptedReply } from '../helpers/fake-servers.js';
import { pullRequestEvent, type PullRequestFixture } from './events.js';
import { createRepo, type GitRepo } from './git-repo.js';
import { FakeGitHub, ROUTES } from './github-api.js';
import { NODE_BINARIES } from './node-binaries.js';
import { PROJECT_ROOT, runAction, type ActionRun } from './runner.js';
import { removeTempDirs } from './temp.js';

const OWNER = 'acme';
const REPO = 'hostile';
const PR = 12;
/** Each distinct from every other string in a run, so a match cannot be a coincidence. */
const ANTHROPIC_KEY = 'sk-ant-api03-Hq7ZxLm2Vb9Nr4Tw8Yk1';
const GEMINI_KEY = 'AIzaSyQw3Er5Ty7Ui9Op2As4Df6Gh8Jk';
const TOKEN = 'ghs_Zp4Xc6Vb8Nm1Qa3Ws5Ed7Rf9Tg2Yh';
const CLAUDE = 'claude-sonnet-4-5';
const GEMINI = 'gemini-2.5-flash';
/** The excerpt limits the messages cut at: an API's message, its error type or status, GitHub's message in a retry line. */
const MESSAGE_CUT = 200;
const TYPE_CUT = 60;
const GITHUB_CUT = 120;
/** How many of a key's characters come before a cut: enough for two 8-character pieces. */
const BEFORE_CUT = 16;
const CLI = join(PROJECT_ROOT, 'dist/cli.js');
/** Long enough for a busy machine; the runs here end in seconds when nothing hangs. */
const RUN_TIMEOUT_MS = 45_000;

afterAll(removeTempDirs);

/** `text` with `key` starting BEFORE_CUT characters before `cut`, and more after it. */
const straddling = (key: string, cut: number, fill: string) => `${fill.repeat(cut - BEFORE_CUT)}${key} and what follows the key`;

/** Anthropic's error shape, the key straddling both cuts; the first answer a retryable 503, so the retry line quotes it too. */
function echoingAnthropic(): Promise<FakeServer> {
  let answered = 0;
  return startFakeAnthropic({
    apiKey: ANTHROPIC_KEY,
    reply: () => {
      const status = answered++ === 0 ? 503 : 400;
      const reply = anthropicError(status, straddling(ANTHROPIC_KEY, TYPE_CUT, 't'), straddling(ANTHROPIC_KEY, MESSAGE_CUT, 'm'));
      return { ...reply, headers: { 'retry-after': '0' } };
    },
  });
}

function echoingGemini(): Promise<FakeServer> {
  let answered = 0;
  return startFakeGemini({
    apiKey: GEMINI_KEY,
    reply: (): ScriptedReply => ({
      ...googleError(answered++ === 0 ? 503 : 400, straddling(GEMINI_KEY, TYPE_CUT, 's'), straddling(GEMINI_KEY, MESSAGE_CUT, 'g')),
      headers: { 'retry-after': '0' },
    }),
  });
}

/** A 200 whose body never ends: 16 KB every 2 ms, as fast as the client reads. */
function endless(start: typeof startFakeAnthropic, apiKey: string): Promise<FakeServer> {
  return start({ apiKey, reply: () => ({ status: 200, stream: { chunk: `{"pad":"${'x'.repeat(16 * 1024)}`, everyMs: 2 } }) });
}

async function vendorFake({ onTestFinished }: TestContext, start: Promise<FakeServer>): Promise<FakeServer> {
  const server = await start;
  onTestFinished(() => server.close());
  return server;
}

async function gitHub({ onTestFinished }: TestContext): Promise<FakeGitHub> {
  const fake = await FakeGitHub.start({ owner: OWNER, repo: REPO, token: TOKEN });
  onTestFinished(async () => {
    await fake.close();
    expect(fake.violations).toEqual([]);
  });
  return fake;
}

const BUDGETS = `version: 1
components:
  assistant:
    files: prompts/assistant.md
    models: [${CLAUDE}, ${GEMINI}]
    max_tokens: 4000
`;
const BASE_PROMPT = 'You are a helpful assistant. Answer briefly.\n';
const HEAD_PROMPT = `${BASE_PROMPT}Ask for the order number before anything else.\n`;

async function pullRequest(fake: FakeGitHub): Promise<{ repo: GitRepo; fixture: PullRequestFixture }> {
  const repo = await createRepo();
  const base = await repo.commit('Prompt and budgets', { 'budgets.yml': BUDGETS, 'prompts/assistant.md': BASE_PROMPT });
  await repo.branch('order-number');
  const head = await repo.commit('Ask for the order number', { 'prompts/assistant.md': HEAD_PROMPT });
  return { repo, fixture: { owner: OWNER, repo: REPO, number: PR, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'order-number' }, apiUrl: fake.url, serverUrl: fake.url } };
}

/** Every 8-character piece of `secret` found in `text` (8: the redactor's promise; shorter pieces are ordinary text). */
function pieces(text: string, secret: string): string[] {
  const found = new Set<string>();
  for (let i = 0; i + 8 <= secret.length; i++) if (text.includes(secret.slice(i, i + 8))) found.add(secret.slice(i, i + 8));
  return [...found];
}

function expectNoPiece(places: Record<string, string>, secrets: Record<string, string>): void {
  for (const [where, text] of Object.entries(places)) {
    for (const [name, secret] of Object.entries(secrets)) expect(pieces(text, secret), `pieces of the ${name} in ${where}`).toEqual([]);
  }
}

/** Every place an action run writes text. `::add-mask::` lines are the runner's to consume, never shown. */
async function actionChannels(result: ActionRun, fake: FakeGitHub): Promise<Record<string, string>> {
  return {
    log: result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'),
    stderr: result.stderr,
    summary: result.summary,
    outputs: JSON.stringify(result.outputs),
    'comment-body': result.outputs['comment-body'] ?? '',
    report: result.outputs.report ? await readFile(result.outputs.report, 'utf8') : '',
    'PR comment': fake.comments(PR).map((c) => c.body).join('\n'),
    'requests to GitHub': JSON.stringify(fake.requests.map((r) => ({ path: r.path, query: r.query, body: r.body }))),
  };
}

const show = (r: { status: number | null; stdout: string; stderr: string }) => `exit ${r.status}\n--- stdout\n${r.stdout.slice(-5000)}\n--- stderr\n${r.stderr.slice(-3000)}`;

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The bundled CLI on `node`, in `cwd`, with only the given environment; killed (and failed) after RUN_TIMEOUT_MS. */
function cli(node: string, cwd: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the CLI did not exit within ${RUN_TIMEOUT_MS / 1000} s\n${show({ status: null, stdout, stderr })}`));
    }, RUN_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** A checkout for the CLI: budgets.yml and the prompt, committed. */
async function cliTree(): Promise<string> {
  const repo = await createRepo();
  await repo.commit('Prompt and budgets', { 'budgets.yml': BUDGETS, 'prompts/assistant.md': HEAD_PROMPT });
  return repo.dir;
}

describe.each(NODE_BINARIES)('item 3, a key straddling the cut of an API error excerpt, on $name', (node) => {
  it('the action: no 8-character piece of either key or of the token in the log, summary, outputs, report or PR comment', async (context) => {
    const fake = await gitHub(context);
    const anthropic = await vendorFake(context, echoingAnthropic());
    const gemini = await vendorFake(context, echoingGemini());
    // GitHub's 500 quotes the token across the retry line's 120-character cut.
    fake.failNext({ method: 'POST', route: ROUTES.issueComments, status: 500, body: { message: straddling(TOKEN, GITHUB_CUT, 'h') } });
    const { repo, fixture } = await pullRequest(fake);
    const result = await runAction({
      workspace: repo.dir,
      event: pullRequestEvent('opened', fixture),
      api: { url: fake.url, token: TOKEN },
      with: { 'anthropic-api-key': ANTHROPIC_KEY, 'gemini-api-key': GEMINI_KEY },
      env: { ANTHROPIC_BASE_URL: anthropic.url, GOOGLE_GEMINI_BASE_URL: gemini.url, RUNNER_DEBUG: '1' },
      node: node.path,
      timeoutMs: RUN_TIMEOUT_MS,
    });
    expect(result.status, show(result)).toBe(0);
    // The excerpts were quoted (so the scan below scans them): both APIs' errors, the retry lines, the comment posted after GitHub's 500.
    expect(result.stdout).toMatch(/Anthropic token count for claude-sonnet-4-5: 503 t+\[redacted\] and w…: m+\[redacted\] and w…; retrying/);
    expect(result.stdout).toMatch(/Gemini token count for gemini-2.5-flash: 503 s+\[redacted\] and w…: g+\[redacted\] and w…; retrying/);
    expect(result.stdout).toMatch(/Anthropic API rejected the request \(400 t+\[redacted\] and w…: m+\[redacted\] and w…\)/);
    expect(result.stdout).toMatch(/Gemini API rejected the request \(400 s+\[redacted\] and w…: g+\[redacted\] and w…\)/);
    expect(result.stdout).toMatch(/GitHub API POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments: 500 h+\[redacted\] and w…; retrying in 1 s/);
    expect(fake.comments(PR)).toHaveLength(1);
    expect(fake.comments(PR)[0]!.body).toContain('[redacted]');
    expect(result.outputs['comment-body']).toContain('[redacted]');
    expect(result.summary).toContain('[redacted]');
    expectNoPiece(await actionChannels(result, fake), { 'Anthropic key': ANTHROPIC_KEY, 'Gemini key': GEMINI_KEY, 'GitHub token': TOKEN });
    expect(anthropic.requests.length).toBeGreaterThan(0);
    expect(gemini.requests.length).toBeGreaterThan(0);
  });

  it('the CLI: no 8-character piece of either key on stdout, stderr or in the report files', async (context) => {
    const anthropic = await vendorFake(context, echoingAnthropic());
    const gemini = await vendorFake(context, echoingGemini());
    const dir = await cliTree();
    const result = await cli(node.path, dir, ['check', '--json', 'report.json', '--markdown', 'report.md'], {
      ANTHROPIC_API_KEY: ANTHROPIC_KEY,
      ANTHROPIC_BASE_URL: anthropic.url,
      GEMINI_API_KEY: GEMINI_KEY,
      GOOGLE_GEMINI_BASE_URL: gemini.url,
    });
    expect(result.status, show(result)).toBe(0);
    expect(result.stderr + result.stdout).toMatch(/Anthropic API rejected the request \(400 t+\[redacted\] and w…: m+\[redacted\] and w…\)/);
    expect(result.stderr + result.stdout).toMatch(/Gemini API rejected the request \(400 s+\[redacted\] and w…: g+\[redacted\] and w…\)/);
    const [json, markdown] = await Promise.all([readFile(join(dir, 'report.json'), 'utf8'), readFile(join(dir, 'report.md'), 'utf8')]);
    expect(json).toContain('[redacted]');
    expectNoPiece({ stdout: result.stdout, stderr: result.stderr, 'report.json': json, 'report.md': markdown }, { 'Anthropic key': ANTHROPIC_KEY, 'Gemini key': GEMINI_KEY });
  });
});

describe.each(NODE_BINARIES)('item 9, a counting API whose answer never ends, on $name', (node) => {
  it('the CLI refuses the answer past 1 MB, warns once naming the limit, counts estimates, keeps the verdict and exits', async (context) => {
    const anthropic = await vendorFake(context, endless(startFakeAnthropic, ANTHROPIC_KEY));
    const gemini = await vendorFake(context, endless(startFakeGemini, GEMINI_KEY));
    const dir = await cliTree();
    const result = await cli(node.path, dir, ['check', '--json', '-'], {
      ANTHROPIC_API_KEY: ANTHROPIC_KEY,
      ANTHROPIC_BASE_URL: anthropic.url,
      GEMINI_API_KEY: GEMINI_KEY,
      GOOGLE_GEMINI_BASE_URL: gemini.url,
    });
    expect(result.status, show(result)).toBe(0);
    const report = JSON.parse(result.stdout) as { verdict: string; components: { name: string; counting: { exact: boolean } }[] };
    expect(report.verdict).toBe('pass');
    expect(report.components.map((c) => c.counting.exact)).toEqual([false, false]);
    for (const [vendor, label] of [['anthropic', 'Anthropic'], ['gemini', 'Gemini']] as const) {
      const warnings = result.stderr.split('\n').filter((line) => line.startsWith(`${VENDOR_API_NAMES[vendor]} failed: `));
      expect(warnings, result.stderr).toHaveLength(1);
      expect(warnings[0]).toContain(`the ${label} API answered more than 1 MB (a count is a few bytes); the answer was not read further`);
    }
    // Refused, not retried: the framing probe and the text, one request each at most.
    expect(anthropic.requests.length).toBeLessThanOrEqual(2);
    expect(gemini.requests.length).toBeLessThanOrEqual(2);
  });

  it('the action, too: estimates, one warning each, the verdict, and the step ends', async (context) => {
    const fake = await gitHub(context);
    const anthropic = await vendorFake(context, endless(startFakeAnthropic, ANTHROPIC_KEY));
    const gemini = await vendorFake(context, endless(startFakeGemini, GEMINI_KEY));
    const { repo, fixture } = await pullRequest(fake);
    const result = await runAction({
      workspace: repo.dir,
      event: pullRequestEvent('opened', fixture),
      api: { url: fake.url, token: TOKEN },
      with: { 'anthropic-api-key': ANTHROPIC_KEY, 'gemini-api-key': GEMINI_KEY },
      env: { ANTHROPIC_BASE_URL: anthropic.url, GOOGLE_GEMINI_BASE_URL: gemini.url },
      node: node.path,
      timeoutMs: RUN_TIMEOUT_MS,
    });
    expect(result.status, show(result)).toBe(0);
    for (const vendor of ['anthropic', 'gemini'] as const) {
      const warnings = result.annotations.filter((a) => a.level === 'warning' && a.message.startsWith(`${VENDOR_API_NAMES[vendor]} failed: `));
      expect(warnings, `${show(result)}\n${JSON.stringify(result.annotations)}`).toHaveLength(1);
      expect(warnings[0]!.message).toContain('answered more than 1 MB');
    }
    expect(result.outputs['over-budget']).toBe('false');
  });
});
