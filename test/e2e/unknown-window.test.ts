/**
 * Issue 14, item 10, through the bundled CLI on temporary git repositories: a request whose model's
 * context window is unknown is never reported as fitting (a 5.9 M-token reserve on an unknown GPT-5.x
 * model printed "the request fits", exit 0). It fails and says the fix (`context_window` under
 * `models:`), unless the base declared it alike with its window unknown too and fail_on is made-worse
 * (then it warns, and still never says it fits). A model whose encoding is assumed from its family
 * (tiktoken names neither it nor a prefix of it) is labelled as assumed, not exact.
 */
import { execFile, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from './temp.js';

const CLI = join(import.meta.dirname, '../../dist/cli.js');
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' };
const GIT_ENV = { ...ENV, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t.invalid' };
const git = (cwd: string, ...args: string[]) => promisify(execFile)('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env: GIT_ENV });

afterAll(removeTempDirs);

function cli(args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const budgets = (model: string, extra = '') => `version: 1
${extra}components:
  system:
    files: system.md
    models: [${model}]
    max_tokens: 1000
requests:
  chat:
    model: ${model}
    components: [system]
    reserve: { history: 5000000, user_input: 900000, output: 4096 }
`;

async function repo(files: Record<string, string>): Promise<string> {
  const dir = await makeTempDir();
  for (const [path, text] of Object.entries(files)) await writeFile(join(dir, path), text);
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'add', '.');
  await git(dir, 'commit', '-q', '-m', 'prompts');
  return dir;
}

interface Json {
  verdict: string;
  requests: { name: string; status: string; failed: boolean; contextWindow: number | null; findings: unknown[] }[];
}

describe('prompt-budget check: a request whose context window is unknown', () => {
  it('a 5.9 M-token reserve on gpt-5.9: fails (exit 1), says the window is unknown and the fix, never "fits"', async () => {
    const dir = await repo({ 'budgets.yml': budgets('gpt-5.9'), 'system.md': 'You are a helpful assistant.\n' });
    const terminal = await cli(['check', '--markdown', 'comment.md'], dir);
    expect(terminal.status, terminal.stdout + terminal.stderr).toBe(1);
    expect(terminal.stdout).toContain('1 of 1 request cannot be checked (context window unknown)');
    expect(terminal.stdout).toContain('the context window of gpt-5.9 is not known');
    expect(terminal.stdout).toContain('Add its context_window');
    expect(terminal.stdout).toContain('models: { gpt-5.9: { context_window: 400000 } }');
    expect(terminal.stdout).not.toMatch(/the request fits|requests fit|✓ fits/);
    const markdown = await readFile(join(dir, 'comment.md'), 'utf8');
    expect(markdown).toMatch(/^### ❌ prompt-budget: 1 of 1 request cannot be checked \(context window unknown\)$/m);
    expect(markdown).toContain('| ❌ | `chat` | `gpt-5.9` |');

    const json = await cli(['check', '--json', '-'], dir);
    const report = JSON.parse(json.stdout) as Json;
    expect(report.verdict).toBe('fail');
    expect(report.requests[0]).toMatchObject({ status: 'unknown-window', failed: true, contextWindow: null });

    // The fix it names: with context_window under models:, the request is checked, and 5.9 M tokens do not fit 400,000.
    await writeFile(join(dir, 'budgets.yml'), budgets('gpt-5.9', 'models:\n  gpt-5.9: { context_window: 400000 }\n'));
    const fixed = JSON.parse((await cli(['check', '--json', '-'], dir)).stdout) as Json;
    expect(fixed.requests[0]).toMatchObject({ status: 'over-window', failed: true, contextWindow: 400_000 });
  });

  it('unknown at base too, the same request: fail_on made-worse warns (exit 0) and never says it fits; any-over fails', async () => {
    const dir = await repo({ 'budgets.yml': budgets('gpt-5.9'), 'system.md': 'You are a helpful assistant.\n' });
    await writeFile(join(dir, 'system.md'), 'You are a helpful assistant. Be brief.\n');
    await git(dir, 'commit', '-q', '-am', 'edit');
    const madeWorse = await cli(['check', '--base', 'HEAD~1'], dir);
    expect(madeWorse.status, madeWorse.stdout + madeWorse.stderr).toBe(0);
    expect(madeWorse.stdout).toContain('1 of 1 request not checked (context window unknown, at base too)');
    expect(madeWorse.stdout).toContain('it was not known at base either, so it does not fail the check (fail_on: made-worse)');
    expect(madeWorse.stdout).not.toMatch(/the request fits|requests fit|✓ fits/);

    await writeFile(join(dir, 'budgets.yml'), budgets('gpt-5.9', 'fail_on: any-over\n'));
    const anyOver = await cli(['check', '--base', 'HEAD'], dir);
    expect(anyOver.status, anyOver.stdout).toBe(1);
    expect(anyOver.stdout).toContain('cannot be checked (context window unknown)');
  });
});

describe('prompt-budget check: an encoding assumed from the model family', () => {
  it('gpt-5.9 is labelled as assumed from gpt-5, not exact; gpt-5 (which tiktoken names) is not', async () => {
    const dir = await repo({ 'budgets.yml': budgets('gpt-5.9', 'models:\n  gpt-5.9: { context_window: 9000000 }\n'), 'system.md': 'You are a helpful assistant.\n' });
    const assumed = await cli(['check', '--markdown', 'comment.md'], dir);
    expect(assumed.status, assumed.stdout).toBe(0);
    expect(assumed.stdout).toContain('gpt-5.9 is counted with o200k_base, assumed from its family (gpt-5)');
    expect(assumed.stdout).toContain("not known to be the model's own");
    const markdown = await readFile(join(dir, 'comment.md'), 'utf8');
    expect(markdown).toContain("Counted with `o200k_base` (OpenAI's tokenizer, exact), assumed for `gpt-5.9`.");

    const published = await repo({ 'budgets.yml': budgets('gpt-5'), 'system.md': 'You are a helpful assistant.\n' });
    const exact = await cli(['check', '--markdown', 'comment.md'], published);
    expect(exact.stdout).not.toContain('assumed');
    expect(await readFile(join(published, 'comment.md'), 'utf8')).not.toContain('assumed');
  });

  it('says it in the JSON report and in count --json, and not when budgets.yml names the encoding itself', async () => {
    const dir = await repo({ 'budgets.yml': budgets('gpt-5.9', 'models:\n  gpt-5.9: { context_window: 9000000 }\n'), 'system.md': 'You are a helpful assistant.\n' });
    await cli(['check', '--json', 'report.json'], dir);
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as { components: { assumedFrom?: string }[] };
    expect(report.components[0]!.assumedFrom).toBe('gpt-5');
    const counted = await cli(['count', '--json', '--model', 'gpt-5.9', 'system.md'], dir);
    expect(JSON.parse(counted.stdout)).toMatchObject({ encoding: 'o200k_base', assumedFrom: 'gpt-5' });

    const declared = await repo({ 'budgets.yml': budgets('gpt-5.9', 'models:\n  gpt-5.9: { encoding: o200k_base, context_window: 9000000 }\n'), 'system.md': 'You are a helpful assistant.\n' });
    const named = await cli(['check', '--json', 'report.json'], declared);
    expect(named.stdout).not.toContain('assumed');
    expect((JSON.parse(await readFile(join(declared, 'report.json'), 'utf8')) as { components: { assumedFrom?: string }[] }).components[0]!.assumedFrom).toBeUndefined();
  });
});
