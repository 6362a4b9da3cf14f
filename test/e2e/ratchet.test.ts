import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratchetBudgets, ratchetCounts } from '../../src/adopt/ratchet.js';
import { allotmentFor, roundUpReadable, suggestAllotment } from '../../src/budget/allotment.js';
import { checkBudgets } from '../../src/budget/check.js';
import { memoryRevision } from '../../src/budget/revision.js';
import { parseConfig } from '../../src/config/load.js';
import { oracleCount } from '../helpers/oracle.js';

describe('allotments', () => {
  it('rounds up to two significant digits, a multiple of ten at least', () => {
    expect([0, 1, 5, 10, 11, 87, 99, 100, 101, 456, 999, 1000, 1001, 1357, 9901, 12_345, 123_456].map(roundUpReadable)).toEqual([
      10, 10, 10, 10, 20, 90, 100, 100, 110, 460, 1000, 1000, 1100, 1400, 10_000, 13_000, 130_000,
    ]);
  });

  it('adds the headroom before rounding, without float drift', () => {
    expect(allotmentFor(1000, 0.1)).toBe(1100);
    expect(allotmentFor(1234, 0.1)).toBe(1400);
    expect(allotmentFor(1234, 0.2)).toBe(1500);
    // At least MIN_HEADROOM_TOKENS (50) above the count: a tiny prompt keeps room for a one-line edit.
    expect(allotmentFor(0, 0.1)).toBe(50);
    expect(allotmentFor(3, 0.1)).toBe(60);
    expect(allotmentFor(7, 0.1)).toBe(60);
    expect(allotmentFor(400, 0.1)).toBe(450);
    expect(allotmentFor(5000, 0)).toBe(5100);
  });

  it('suggests a lower allotment only when it saves more than 10% of the current one', () => {
    // 1,000 tokens + 10% is 1,100: from 1,500 that saves 27%.
    expect(suggestAllotment(1000, 1500, 0.1)).toBe(1100);
    // From 1,200 it saves 8%: not well below, left alone.
    expect(suggestAllotment(1000, 1200, 0.1)).toBeUndefined();
    expect(suggestAllotment(1000, 1100, 0.1)).toBeUndefined();
    // Over the allotment: never raised.
    expect(suggestAllotment(2000, 1500, 0.1)).toBeUndefined();
    expect(suggestAllotment(1000, 1500, 0.1, 0.5)).toBeUndefined();
    expect(suggestAllotment(0, 8000, 0.1)).toBe(50);
  });

  it('never raises an allotment, never drops it below count + headroom, and is stable once applied', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 1, max: 3_000_000 }), fc.integer({ min: 0, max: 100 }), (count, maxTokens, percent) => {
        const headroom = percent / 100;
        const suggested = suggestAllotment(count, maxTokens, headroom);
        if (suggested === undefined) return;
        expect(suggested).toBeLessThan(maxTokens);
        expect(suggested).toBeGreaterThanOrEqual(Math.max(count * (1 + headroom), count + 50) - 1e-6);
        expect(suggestAllotment(count, suggested, headroom)).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });
});

describe('ratchetBudgets', () => {
  const counted = (name: string, tokens: number, countable = true) => ({ name, tokens, countable });

  it('changes only the numbers, byte for byte: comments, quotes, flow maps, anchors and CRLF stay', () => {
    const template = (a: string, b: string, c: string, d: string) =>
      [
        '# yaml-language-server: $schema=./budgets.schema.json',
        'version: 1   # the format',
        'defaults: { model: gpt-4.1, warn_at: 90% }',
        '',
        'components:',
        '  # The support prompt: ask #support before raising.',
        '  support-system:',
        '    files: prompts/support/system.md',
        `    max_tokens: ${a}     # raised in March`,
        "    message: 'Ask #support-bot first.'",
        '  "quoted name":',
        `    files: ["prompts/a.md", 'prompts/b.md']`,
        `    max_tokens: ${b}`,
        `  flow: {files: prompts/flow.md, max_tokens: ${c}, warn_at: 80%}`,
        '  shared: &shared',
        '    files: prompts/shared.md',
        `    max_tokens: ${d}`,
        '  reuses: *shared',
        '  tight:',
        '    files: prompts/tight.md',
        '    max_tokens: 1100',
        '',
      ].join('\r\n');
    const before = template('8k', '"12_000"', '1500', '5000');
    const result = ratchetBudgets(before, [
      counted('support-system', 4000),
      counted('quoted name', 9000),
      counted('flow', 1000),
      counted('shared', 100),
      counted('reuses', 100),
      counted('tight', 1000),
    ]);
    expect(result.text).toBe(template('4.4k', '"9_900"', '1100', '5000'));
    expect(result.lowered).toEqual([
      { name: 'support-system', from: 8000, to: 4400, tokens: 4000, line: 9, before: '    max_tokens: 8k     # raised in March', after: '    max_tokens: 4.4k     # raised in March' },
      { name: 'quoted name', from: 12_000, to: 9900, tokens: 9000, line: 13, before: '    max_tokens: "12_000"', after: '    max_tokens: "9_900"' },
      { name: 'flow', from: 1500, to: 1100, tokens: 1000, line: 14, before: '  flow: {files: prompts/flow.md, max_tokens: 1500, warn_at: 80%}', after: '  flow: {files: prompts/flow.md, max_tokens: 1100, warn_at: 80%}' },
    ]);
    expect(result.skipped.map((s) => s.name)).toEqual(['shared', 'reuses']);
    expect(result.skipped[0]!.reason).toContain('anchor');
  });

  it('never touches a component that cannot be counted, nor raises one that is over', () => {
    const text = ['version: 1', 'defaults: {model: gpt-4.1}', 'components:', '  a: {files: a.md, max_tokens: 9000}', '  b: {files: b.md, max_tokens: 9000}', '  c: {files: c.md, max_tokens: 900}', ''].join('\n');
    const result = ratchetBudgets(text, [counted('a', 0, false), counted('b', 100), counted('c', 5000)]);
    expect(result.text).toBe(text.replace('b.md, max_tokens: 9000', 'b.md, max_tokens: 150'));
    expect(result.lowered.map((l) => l.name)).toEqual(['b']);
    expect(result.skipped).toEqual([{ name: 'a', reason: expect.stringContaining('cannot be counted') }]);
    expect(parseConfig(result.text, 'budgets.yml').components.map((c) => c.maxTokens)).toEqual([9000, 150, 900]);
  });

  it('leaves a file with nothing to lower exactly as it was', () => {
    const text = 'version: 1\ncomponents:\n  a: {files: a.md, max_tokens: 1100, model: gpt-4.1}\n';
    expect(ratchetBudgets(text, [counted('a', 1000)])).toEqual({ text, lowered: [], skipped: [] });
  });
});

describe('ratchetCounts', () => {
  it('gives a component counted for several models one count, the largest, and refuses to lower from an estimate', async () => {
    const text = 'version: 1\ncomponents:\n  both:\n    files: a.md\n    models: [gpt-4.1, gpt-4]\n    max_tokens: 5000\n  guessed:\n    files: a.md\n    model: claude-sonnet-4-5\n    max_tokens: 5000\n';
    const config = parseConfig(text, 'budgets.yml');
    const prompt = 'Answer the customer in one sentence, politely. '.repeat(20);
    const report = await checkBudgets(config, memoryRevision({ label: 'head' }, { 'a.md': prompt }), null);
    const larger = Math.max(oracleCount(prompt, 'o200k_base'), oracleCount(prompt, 'cl100k_base'));
    const counts = ratchetCounts(report.components);
    expect(counts).toEqual([
      { name: 'both', tokens: larger, countable: true },
      expect.objectContaining({ name: 'guessed', countable: false, why: expect.stringMatching(/claude-sonnet-4-5 is an estimate/) }),
    ]);
    const result = ratchetBudgets(text, counts);
    expect(result.lowered.map((l) => [l.name, l.to])).toEqual([['both', allotmentFor(larger)]]);
    expect(result.skipped).toEqual([{ name: 'guessed', reason: expect.stringMatching(/is an estimate/) }]);
  });
});

describe('prompt-budget ratchet', () => {
  const CLI = resolve('dist/cli.js');
  const SYSTEM = 'You are a careful assistant. Answer in one paragraph.\n';
  let repo: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  const cli = (args: string[]) => {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: repo } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const BUDGETS = ['version: 1', 'defaults:', '  model: gpt-4o', 'components:', '  system:   # the system prompt', '    files: prompts/system.md', '    max_tokens: 2k', '  missing:', '    files: prompts/gone.md', '    max_tokens: 5000', ''].join('\n');

  beforeAll(() => {
    if (spawnSync(process.execPath, [CLI, '--version']).status !== 0) execFileSync('npm', ['run', 'bundle'], { stdio: 'ignore' });
    repo = mkdtempSync(join(tmpdir(), 'pb-ratchet-'));
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    write('budgets.yml', BUDGETS);
    write('prompts/system.md', SYSTEM);
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('never starts a line with a name from budgets.yml, which a CI log could read as a workflow command', () => {
    writeFileSync(join(repo, 'hostile.yml'), ['version: 1', 'defaults: { model: gpt-4.1 }', 'components:', '  "::warning::forged":', '    files: nothing/*.md', '    max_tokens: 100', ''].join('\n'));
    const result = cli(['ratchet', '--dry-run', '--config', 'hostile.yml']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('left alone: ::warning::forged:');
    expect(result.stdout).not.toMatch(/^::/m);
  });

  it('prints the change with --dry-run and writes nothing; then lowers it in place; exit 0 both times', () => {
    const tokens = oracleCount(SYSTEM);
    const to = allotmentFor(tokens, 0.1);
    const dry = cli(['ratchet', '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toBe(
      [
        `budgets.yml:7: system: 2,000 → ${to} (${tokens} tokens today + 10%)`,
        '-    max_tokens: 2k',
        `+    max_tokens: ${to}`,
        'left alone: missing: some file cannot be counted or no file matched, so its count says nothing',
        'Dry run: budgets.yml not changed; without --dry-run, 1 allotment would be lowered.',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(repo, 'budgets.yml'), 'utf8')).toBe(BUDGETS);

    const real = cli(['ratchet']);
    expect(real.status).toBe(0);
    expect(real.stdout).toContain('Lowered 1 allotment in budgets.yml.');
    expect(readFileSync(join(repo, 'budgets.yml'), 'utf8')).toBe(BUDGETS.replace('max_tokens: 2k', `max_tokens: ${to}`));
    expect(cli(['ratchet']).stdout).toContain('nothing to lower');
  });

  it('exits 2 on a bad --headroom or a missing config', () => {
    expect(cli(['ratchet', '--headroom', '-5%']).status).toBe(2);
    const missing = cli(['ratchet', '--config', 'nope.yml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.yml: no such file');
  });
});
