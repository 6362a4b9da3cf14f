/**
 * Issue 16: the npm package exports the run-time library as an application imports it (by name,
 * from the bundle in dist/lib, with types), without the action's dependencies; the example app
 * runs on it. Run `npm run bundle` first.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function node(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the package', () => {
  it("imports as 'prompt-budget' from the bundle and fits a request", () => {
    const script = `
      import { openBudgets, BudgetExceededError } from 'prompt-budget';
      const budgets = await openBudgets('budgets.yml');
      const fitted = await budgets.request('support-chat').fit({ system: 'Hi', userInput: 'Where is my order?' });
      console.log(JSON.stringify({ maxOutput: fitted.maxOutput, messages: fitted.messages.length, requests: budgets.requests, error: typeof BudgetExceededError }));`;
    const run = node(['--input-type=module', '-e', script]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ maxOutput: 2048, messages: 2, requests: ['support-chat'], error: 'function' });
  });

  it('bundles no @actions package and needs no dependency at run time but what package.json lists', () => {
    // The library shares chunks with the CLI and the action (one build): what it loads is its entry
    // and the chunks it imports, statically or not, followed file by file.
    const loaded = new Set<string>();
    const follow = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) follow(join(dirname(file), m[1]!));
    };
    follow(join(ROOT, 'dist/lib/index.js'));
    expect([...loaded].filter((f) => f.includes('/chunks/')).length, 'the library loads the shared chunks').toBeGreaterThan(0);
    const bundle = [...loaded].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(bundle).not.toMatch(/@actions\/(core|github)/);
    const bare = [...bundle.matchAll(/(?:^|[;\s])(?:import|export)[^'"]*?from\s*["']([^"'./][^"']*)["']/gm)].map((m) => m[1]!).filter((name) => !name.startsWith('node:'));
    expect([...new Set(bare)]).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; exports: Record<string, { types: string; import: string }> };
    expect(Object.keys(pkg.dependencies)).toEqual(['yaml']);
    expect(pkg.exports['.']).toEqual({ types: './dist/types/lib/index.d.ts', import: './dist/lib/index.js' });
  });

  it('ships the types an application compiles against', () => {
    const types = readFileSync(join(ROOT, 'dist/types/lib/index.d.ts'), 'utf8');
    for (const name of ['openBudgets', 'withBudgets', 'BudgetExceededError', 'FittedRequest', 'FitInput']) expect(types).toContain(name);
  });

  it('runs the example app: history trimmed to its reserve on every turn, an oversized paste refused', () => {
    const run = node(['examples/runtime/support-bot.mjs', '90']);
    expect(run.status, run.stderr).toBe(0);
    const turns = run.stdout.split('\n').filter((line) => line.startsWith('turn '));
    expect(turns).toHaveLength(90);
    for (const line of turns) expect(Number(/history (\d+)/.exec(line)![1])).toBeLessThanOrEqual(6000);
    expect(turns.at(-1)).toMatch(/dropped [1-9]\d* messages/);
    expect(run.stdout).toMatch(/^refused: user_input is \d+ tokens, over its 1000 \(reserve 1000, window \d+\)$/m);
  });
});
