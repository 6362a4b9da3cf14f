/**
 * The run-time library runs in applications on whatever Node they have, from the oldest
 * package.json promises to Node 24: its bundle (dist/lib) is imported by name and fits a request on
 * each Node of node-binaries.ts, as package.test.ts does on the Node running the tests.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_BINARIES } from './node-binaries.js';

const ROOT = join(import.meta.dirname, '../..');

describe.each(NODE_BINARIES)('the library on $name', (binary) => {
  it("imports as 'prompt-budget' and fits a request, trimming history to its reserve", () => {
    const script = `
      import { openBudgets } from 'prompt-budget';
      const budgets = await openBudgets('budgets.yml');
      const history = Array.from({ length: 400 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: 'Where is my order? '.repeat(20) }));
      const fitted = await budgets.request('support-chat').fit({ system: 'Hi', history, userInput: 'And now?' });
      console.log(JSON.stringify({ node: process.versions.node, maxOutput: fitted.maxOutput, kept: fitted.messages.length }));`;
    const run = spawnSync(binary.path, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 60_000 });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { node: string; maxOutput: number; kept: number };
    expect(out.node).toBe(binary.version);
    expect(out.maxOutput).toBe(2048);
    // 400 turns of over 100 tokens each are far over the 6,000-token history reserve: the newest
    // turns stay, at most 60 of them, and the rest are dropped.
    expect(out.kept).toBeGreaterThan(2);
    expect(out.kept).toBeLessThanOrEqual(62);
  });
});
