/**
 * Issue 13, item 1, in the core: coverage (prompt files outside every component) and per-file
 * families, on in-memory revisions.
 */
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../../src/budget/check.js';
import { readBaseConfig } from '../../../src/run/check-repository.js';
import { promptMatcher } from '../../../src/budget/prompt-files.js';
import { memoryRevision } from '../../../src/budget/revision.js';
import { parseConfig } from '../../../src/config/load.js';
import { UserErrors } from '../../../src/common/errors.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { renderTerminal } from '../../../src/render/terminal.js';

const lines = (...text: string[]) => `${text.join('\n')}\n`;
const words = (n: number, word = 'budget') => `${word} `.repeat(n).trim();

function errorsOf(text: string) {
  try {
    parseConfig(text, 'budgets.yml');
  } catch (error) {
    if (error instanceof UserErrors) return error.errors;
    throw error;
  }
  throw new Error('expected the config to be refused');
}

const BUDGETED = lines('version: 1', 'defaults: {model: gpt-4.1}', 'components:', '  support:', '    files: prompts/support.md', '    max_tokens: 500');

async function check(config: string, base: Record<string, string>, head: Record<string, string>) {
  const files = (tree: Record<string, string>) => ({ 'budgets.yml': config, 'prompts/support.md': words(100), ...tree });
  return checkBudgets(parseConfig(config, 'budgets.yml'), memoryRevision({ label: 'head' }, files(head)), memoryRevision({ label: 'base' }, files(base)));
}

describe('which files are prompts (the rule init and coverage share)', () => {
  it('takes what init discovers, plus declared globs, minus exclusions', () => {
    const isPrompt = promptMatcher(['llm/**/*.txt'], ['prompts/examples/**']);
    expect(['prompts/new.md', 'patterns/x/system.md', 'CLAUDE.md', 'llm/a/b.txt', 'a.prompty'].filter(isPrompt)).toHaveLength(5);
    expect(['src/index.ts', 'docs/guide.md', 'prompts/examples/one.md', 'llm/a.md'].filter(isPrompt)).toEqual([]);
  });
});

describe('coverage: in budgets.yml', () => {
  it('reads prompts, exclude and unbudgeted; absent means the default (warn)', () => {
    expect(parseConfig(BUDGETED, 'budgets.yml').coverage).toBeUndefined();
    const config = parseConfig(lines('version: 1', 'coverage:', '  prompts: llm/*.txt', '  exclude: [docs/*.md]', '  unbudgeted: fail', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'), 'budgets.yml');
    expect(config.coverage).toMatchObject({ prompts: ['llm/*.txt'], exclude: ['docs/*.md'], unbudgeted: 'fail', location: { line: 2 } });
    expect(parseConfig(lines('version: 1', 'coverage: {}', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'), 'budgets.yml').coverage?.unbudgeted).toBe('warn');
  });

  it('refuses unknown keys and values with file:line:col and a did-you-mean', () => {
    const [key] = errorsOf(lines('version: 1', 'coverage:', '  unbudget: fail', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'));
    expect(key!.message).toBe('Unknown key `unbudget` in coverage; did you mean `unbudgeted`?');
    expect(key!.location).toMatchObject({ line: 3, column: 3 });
    const [value] = errorsOf(lines('version: 1', 'coverage: {unbudgeted: fial}', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'));
    expect(value!.message).toMatch(/^coverage\.unbudgeted must be fail, warn or off, got "fial"; did you mean `fail`\?/);
    expect(value!.location).toMatchObject({ line: 2, column: 24 });
    const [negated] = errorsOf(lines('version: 1', 'coverage: {exclude: ["!docs/*.md"]}', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'));
    expect(negated!.message).toContain('coverage.exclude[0]');
  });

  it('reads per_file: true, and refuses anything but a boolean where it is written', () => {
    const config = parseConfig(lines('version: 1', 'components:', '  family: {files: "patterns/*/system.md", per_file: true, max_tokens: 5, model: o3}'), 'budgets.yml');
    expect(config.components[0]!.perFile).toBe(true);
    const [wrong] = errorsOf(lines('version: 1', 'components:', '  family:', '    files: a.md', '    per_file: yes please', '    max_tokens: 5', '    model: o3'));
    expect(wrong!.message).toBe('components.family.per_file must be true or false, got "yes please"');
    expect(wrong!.location).toMatchObject({ line: 5, column: 15 });
    expect(errorsOf(lines('version: 1', 'components: {c: {files: a.md, perfile: true, max_tokens: 5, model: o3}}'))[0]!.message).toContain('did you mean `per_file`?');
  });
});

describe('coverage: unbudgeted prompt files in a change', () => {
  const ADDED = { 'prompts/new.md': words(300) };

  it('fails a change that adds a prompt outside every component under unbudgeted: fail, naming it', async () => {
    const report = await check(`coverage: {unbudgeted: fail}\n${BUDGETED}`, {}, ADDED);
    expect(report.unbudgeted).toEqual([{ path: 'prompts/new.md', base: null, head: 300, delta: 300, failed: true }]);
    expect(report.verdict).toBe('fail');
    expect(report.counts.failed).toBe(0);
    const markdown = renderMarkdown(report);
    // Named at the top: before the table, right under the headline.
    expect(markdown.indexOf('`prompts/new.md`')).toBeGreaterThan(0);
    expect(markdown.indexOf('`prompts/new.md`')).toBeLessThan(markdown.indexOf('| '));
    expect(markdown).toMatch(/^### ❌ prompt-budget: 1 unbudgeted prompt file added or grown; /);
    const terminal = renderTerminal(report, { color: false });
    expect(terminal.split('\n').slice(0, 6).join('\n')).toContain('prompts/new.md: added, 300 tokens');
  });

  it('only names it under warn, and by default (no coverage block)', async () => {
    for (const config of [`coverage: {unbudgeted: warn}\n${BUDGETED}`, BUDGETED]) {
      const report = await check(config, {}, ADDED);
      expect(report.unbudgeted).toEqual([expect.objectContaining({ path: 'prompts/new.md', failed: false })]);
      expect(report.verdict).toBe('pass');
      expect(renderMarkdown(report)).toMatch(/^### ⚠️ prompt-budget: .*; 1 unbudgeted prompt file added or grown\n/);
    }
    expect((await check(`coverage: {unbudgeted: "off"}\n${BUDGETED}`, {}, ADDED)).unbudgeted).toEqual([]);
  });

  it('reports a grown file with its base count, and leaves unchanged or shrunk ones alone (no noise on old repositories)', async () => {
    const config = `coverage: {unbudgeted: fail}\n${BUDGETED}`;
    const grown = await check(config, { 'prompts/old.md': words(50) }, { 'prompts/old.md': words(80) });
    expect(grown.unbudgeted).toEqual([{ path: 'prompts/old.md', base: 50, head: 80, delta: 30, failed: true }]);
    const same = await check(config, { 'prompts/old.md': words(50), 'CLAUDE.md': words(900) }, { 'prompts/old.md': words(50), 'CLAUDE.md': words(900) });
    expect(same.unbudgeted).toEqual([]);
    expect(same.verdict).toBe('pass');
    expect((await check(config, { 'prompts/old.md': words(50) }, { 'prompts/old.md': words(20) })).unbudgeted).toEqual([]);
  });

  it('follows coverage.prompts and coverage.exclude, and never counts budgets.yml or a budgeted file', async () => {
    const config = `coverage: {unbudgeted: fail, prompts: ["llm/*.txt"], exclude: ["prompts/drafts/**"]}\n${BUDGETED}`;
    const report = await check(config, {}, { 'llm/classify.txt': words(40), 'prompts/drafts/idea.md': words(40), 'prompts/support.md': words(120), 'src/app.ts': 'x' });
    expect(report.unbudgeted.map((f) => f.path)).toEqual(['llm/classify.txt']);
  });

  it('names at most five at the top and counts the rest, so the block stays short', async () => {
    const added = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`prompts/new-${i}.md`, words(10 + i)]));
    const report = await check(`coverage: {unbudgeted: fail}\n${BUDGETED}`, {}, added);
    expect(report.unbudgeted).toHaveLength(7);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('`prompts/new-4.md`');
    expect(markdown).not.toContain('`prompts/new-5.md`');
    expect(markdown).toContain('- and 2 more (see the report)');
  });

  it('finds nothing without a base to compare with', async () => {
    const config = parseConfig(`coverage: {unbudgeted: fail}\n${BUDGETED}`, 'budgets.yml');
    const report = await checkBudgets(config, memoryRevision({ label: 'head' }, { 'prompts/support.md': words(10), 'prompts/new.md': words(10) }), null);
    expect(report.unbudgeted).toEqual([]);
  });
});

describe('per_file: true', () => {
  const FAMILY = lines('version: 1', 'defaults: {model: gpt-4.1}', 'components:', '  patterns:', '    files: "patterns/*/system.md"', '    per_file: true', '    max_tokens: 150', '    max_growth: 30');
  const members = (n: number, size = 100) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`patterns/p${i}/system.md`, words(size)]));
  const run = async (base: Record<string, string>, head: Record<string, string>, config = FAMILY) => {
    const baseRevision = memoryRevision({ label: 'base' }, base);
    return checkBudgets(parseConfig(config, 'budgets.yml'), memoryRevision({ label: 'head' }, head), baseRevision, { baseConfig: await readBaseConfig(baseRevision, 'budgets.yml') });
  };

  it('judges each file against the allotment: a family far over it in sum passes', async () => {
    const report = await run(members(5), members(5));
    const [family] = report.components;
    expect(family!.head.tokens).toBe(500);
    expect(family).toMatchObject({ status: 'ok', failed: false, maxTokens: 150, perFile: { files: 5, over: [] } });
    expect(family!.perFile!.largest).toMatchObject({ tokens: 100 });
    expect(Math.round(family!.percentOfAllotment)).toBe(67);
  });

  it('fails a new member over the allotment the day it lands, naming the file', async () => {
    const report = await run(members(5), { ...members(5), 'patterns/answer_with_kb/system.md': words(2000) });
    const [family] = report.components;
    expect(family).toMatchObject({ status: 'over', failed: true, perFile: { files: 6, over: ['patterns/answer_with_kb/system.md'] } });
    const text = family!.findings.map((f) => f.map((s) => (typeof s === 'string' ? s : s.code)).join('')).join('\n');
    expect(text).toContain('patterns (per_file: each of its 6 files against 150 tokens): patterns/answer_with_kb/system.md is over its allotment by 1,850 tokens');
    expect(report.verdict).toBe('fail');
    // A new member within the allotment is fine.
    expect((await run(members(5), { ...members(5), 'patterns/small/system.md': words(20) })).components[0]!.status).toBe('ok');
  });

  it('limits each file\'s growth from its own base count', async () => {
    const grown = { ...members(5), 'patterns/p1/system.md': words(140) };
    const report = await run(members(5), grown);
    expect(report.components[0]).toMatchObject({ status: 'grew-too-much', failed: true, perFile: { over: ['patterns/p1/system.md'] } });
    expect(report.components[0]!.delta).toBe(40);
  });

  it('carries over a member already over its allotment at base that the PR leaves alone, and fails one it grows', async () => {
    const base = { ...members(4), 'patterns/old/system.md': words(200), 'budgets.yml': FAMILY };
    const untouched = await run(base, { ...base, 'patterns/p0/system.md': words(110) });
    expect(untouched.components[0]).toMatchObject({ status: 'pre-existing', failed: false, brokenAtBase: { failure: 'over', overBy: { base: 50, head: 50 } } });
    const grown = await run(base, { ...base, 'patterns/old/system.md': words(210) });
    expect(grown.components[0]).toMatchObject({ status: 'over', failed: true, perFile: { over: ['patterns/old/system.md'] } });
  });

  it('suggests a lower allotment from its largest file, not from the sum', async () => {
    const config = FAMILY.replace('max_tokens: 150', 'max_tokens: 1000');
    const report = await run(members(5), { ...members(5), 'patterns/p0/system.md': words(90) }, config);
    expect(report.lowerAllotments).toEqual([expect.objectContaining({ component: 'patterns', tokens: 100, to: 150 })]);
  });

  it('sends its largest file in a request', async () => {
    const config = `${FAMILY}requests:\n  chat: {model: gpt-4.1, components: [patterns], reserve: {output: 100}}\n`;
    const report = await run(members(3), { ...members(3), 'patterns/big/system.md': words(140) }, config);
    expect(report.requests[0]!.fixed).toEqual({ base: 100, head: 140, delta: 40 });
  });

  it('shows the count of files and the largest in the row', async () => {
    const report = await run(members(5), { ...members(5), 'patterns/p1/system.md': words(120) });
    expect(renderMarkdown(report)).toContain('5 files, largest 80% of 150 each');
    expect(renderTerminal(report, { color: false })).toContain('5 files, largest 80% of 150 each');
  });
});
