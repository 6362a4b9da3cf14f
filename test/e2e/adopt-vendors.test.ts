/**
 * init and ratchet through the bundled CLI count as check does: with ANTHROPIC_API_KEY (and
 * ANTHROPIC_BASE_URL, a local fake of the counting API) Claude is counted exactly; without it, an
 * estimate, which check judges at its upper bound, so init must set allotments from that bound.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { allotmentFor } from '../../src/budget/allotment.js';
import { parseConfig } from '../../src/config/load.js';
import { fakeTokens, startFakeAnthropic, type FakeServer } from '../helpers/fake-servers.js';

const CLI = resolve('dist/cli.js');
const KEY = 'sk-ant-api03-adoptSECRET-Qw8Zr4Lm2';
const AGENTS = 'You are a careful assistant. Answer every question in one paragraph, citing sources where possible.\n'.repeat(20);

let repo: string;
let outside: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const read = (path: string) => readFileSync(join(repo, path), 'utf8');

/** The CLI in the repository, asynchronously (the fake API answers from this process), with only the given environment. */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: repo, env: { PATH: process.env.PATH ?? '', HOME: repo, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

async function fakeAnthropic({ onTestFinished }: TestContext): Promise<{ server: FakeServer; env: Record<string, string> }> {
  const server = await startFakeAnthropic({ apiKey: KEY });
  onTestFinished(() => server.close());
  return { server, env: { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: server.url } };
}

beforeAll(() => {
  if (spawnSync(process.execPath, [CLI, '--version']).status !== 0) execFileSync('npm', ['run', 'bundle'], { stdio: 'ignore' });
  repo = mkdtempSync(join(tmpdir(), 'pb-adopt-vendors-'));
  outside = mkdtempSync(join(tmpdir(), 'pb-adopt-cache-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  write('AGENTS.md', AGENTS);
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('prompt-budget init --model claude-sonnet-4-5', () => {
  it('without a key: allotments from the estimate\'s upper bound, said in the header; check passes at once', async () => {
    const init = await cli(['init', '--force', '--model', 'claude-sonnet-4-5']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    const text = read('budgets.yml');
    const [, central, high] = /max_tokens: \d+ +# ≈([\d,]+) \(≤([\d,]+)\) tokens today \+ 10%/.exec(text)!;
    expect(Number(high!.replaceAll(',', ''))).toBeGreaterThan(Number(central!.replaceAll(',', '')));
    expect(parseConfig(text, 'budgets.yml').components[0]!.maxTokens).toBe(allotmentFor(Number(high!.replaceAll(',', '')), 0.1));
    expect(text).toContain('# Counts marked ≈ are estimates');
    expect(text.replaceAll('\n# ', ' ')).toContain('ANTHROPIC_API_KEY was not set. For exact counts set it');

    const check = await cli(['check']);
    expect(check.stdout + check.stderr).toContain('within budget');
    expect(check.status).toBe(0);
  });

  it('with ANTHROPIC_API_KEY: counted exactly by the API, as check counts it; check with the key passes', async (context) => {
    const { server, env } = await fakeAnthropic(context);
    const init = await cli(['init', '--force', '--model', 'claude-sonnet-4-5'], env);
    expect(init.status, init.stderr).toBe(0);
    expect(server.requests.length).toBeGreaterThan(0);
    const text = read('budgets.yml');
    const tokens = fakeTokens(AGENTS);
    expect(text).toContain(`max_tokens: ${allotmentFor(tokens, 0.1)}`);
    expect(text).toContain(`# ${tokens} tokens today + 10%`);
    expect(text).not.toContain('≈');
    expect(init.stdout + init.stderr + text).not.toContain(KEY);

    const check = await cli(['check', '--json', '-'], env);
    expect(check.status, check.stderr).toBe(0);
    const report = JSON.parse(check.stdout) as { components: { head: { tokens: number }; counting: { exact: boolean } }[] };
    expect(report.components.map((c) => [c.head.tokens, c.counting.exact])).toEqual([[tokens, true]]);
  });
});

describe('prompt-budget ratchet with a Claude component', () => {
  const BUDGETS = ['version: 1', 'defaults:', '  model: claude-sonnet-4-5', 'components:', '  agents:', '    files: AGENTS.md', '    max_tokens: 5k', ''].join('\n');

  it('without a key leaves it alone (an estimate); with ANTHROPIC_API_KEY lowers it from the exact count, keeping --count-cache', async (context) => {
    write('budgets.yml', BUDGETS);
    const estimated = await cli(['ratchet', '--dry-run']);
    expect(estimated.status, estimated.stderr).toBe(0);
    expect(estimated.stdout).toMatch(/^left alone: agents: its count for claude-sonnet-4-5 is an estimate; give an exact tokenizer/m);

    const { server, env } = await fakeAnthropic(context);
    const cache = join(outside, 'counts.json');
    const tokens = fakeTokens(AGENTS);
    const to = allotmentFor(tokens, 0.1);
    const lowered = await cli(['ratchet', '--count-cache', cache], env);
    expect(lowered.status, lowered.stderr).toBe(0);
    expect(lowered.stdout).toBe([`budgets.yml:7: agents: 5,000 → ${to} (${tokens} tokens today + 10%)`, '-    max_tokens: 5k', `+    max_tokens: ${to}`, 'Lowered 1 allotment in budgets.yml.', ''].join('\n'));
    expect(read('budgets.yml')).toBe(BUDGETS.replace('max_tokens: 5k', `max_tokens: ${to}`));
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.every((request) => request.headers['x-api-key'] === KEY)).toBe(true);
    expect(lowered.stdout + lowered.stderr).not.toContain(KEY);

    // The cache was saved: the text's count is not asked for again.
    expect(existsSync(cache)).toBe(true);
    const asked = server.requests.filter((request) => JSON.stringify(request.json).includes('careful assistant')).length;
    expect(asked).toBe(1);
    const again = await cli(['ratchet', '--count-cache', cache], env);
    expect(again.stdout).toContain('nothing to lower');
    expect(server.requests.filter((request) => JSON.stringify(request.json).includes('careful assistant'))).toHaveLength(asked);
  });
});
