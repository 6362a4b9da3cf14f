/**
 * budgets.yml `catalog: prices.json`: a repository's own litellm-format price file, end to end
 * through the bundled CLI (`node dist/cli.js check`) in a temporary git repository. The window and
 * prices a request is judged by are the file's; its mistakes are reported at file:line:column.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oracleCount } from '../helpers/oracle.js';
import { parseConfig } from '../../src/config/load.js';
import type { UserError } from '../../src/common/errors.js';

const CLI = resolve('dist/cli.js');
const SYSTEM = 'You are a careful assistant. Answer in one paragraph. '.repeat(40);
const RESERVE = { history: 2_000, user_input: 500, output: 1_000 };
const RESERVED = RESERVE.history + RESERVE.user_input + RESERVE.output;

/** A model no vendored catalog knows, with its window and prices only in the repository's file. */
const PRICES = {
  'house-model-1': { litellm_provider: 'openai', mode: 'chat', max_input_tokens: 4_000, max_output_tokens: 2_000, input_cost_per_token: 3e-6, output_cost_per_token: 1.2e-5 },
  // A name the tokenizer map knows by its family (gpt-5 → o200k_base), under litellm's provider-prefixed key.
  'openai/gpt-5.9-preview': { litellm_provider: 'openai', max_input_tokens: 1_500, input_cost_per_token: 2e-6, output_cost_per_token: 8e-6 },
};

let repo: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const check = (...args: string[]) => {
  const result = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: repo } });
  return { status: result.status, out: result.stdout + result.stderr };
};
const budgets = (model: string, { catalog = 'catalog: prices.json', models = 'models:\n  house-model-1: { encoding: o200k_base }' } = {}) =>
  [
    'version: 1',
    catalog,
    models,
    `defaults: { model: ${model} }`,
    'components:',
    '  system: { files: prompts/system.md, max_tokens: 5000 }',
    'requests:',
    '  chat:',
    '    components: [system]',
    `    reserve: { history: ${RESERVE.history}, user_input: ${RESERVE.user_input}, output: ${RESERVE.output} }`,
    '    volume: 1000/day',
    '',
  ].join('\n');

beforeAll(() => {
  if (spawnSync(process.execPath, [CLI, '--version']).status !== 0) execFileSync('npm', ['run', 'bundle'], { stdio: 'ignore' });
  repo = mkdtempSync(join(tmpdir(), 'pb-catalog-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  write('prompts/system.md', SYSTEM);
  write('prices.json', JSON.stringify(PRICES, null, 2));
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('catalog: prices.json in budgets.yml', () => {
  const fixed = oracleCount(SYSTEM);

  it("judges a request by the window and prices of a model only the repository's file knows", () => {
    expect(fixed + RESERVED).toBeLessThanOrEqual(4_000); // the premise: it fits the file's 4,000
    write('budgets.yml', budgets('house-model-1'));
    const result = check('--markdown', 'out.md');
    expect(result.status, result.out).toBe(0);
    expect(result.out).toMatch(new RegExp(`chat\\s+house-model-1\\s+${fixed}\\s+3,500\\s+${(4_000 - fixed - RESERVED).toLocaleString('en-US')} of 4,000`));
    const markdown = readFileSync(join(repo, 'out.md'), 'utf8');
    // $3.00 per million input tokens, from the file (3e-6 per token), dated by the file, not by budgets.yml.
    expect(markdown).toContain('`house-model-1`: fixed prefix at $3.00 per 1M input tokens (list price as of `prices.json`)');
  });

  it('fails a request over the window the file gives, for a model named under its provider-prefixed key', () => {
    expect(fixed + RESERVED).toBeGreaterThan(1_500);
    write('budgets.yml', budgets('gpt-5.9-preview'));
    const result = check();
    expect(result.status, result.out).toBe(1);
    const over = (fixed + RESERVED - 1_500).toLocaleString('en-US');
    expect(result.out).toContain(`chat does not fit the context window of gpt-5.9-preview: ${fixed} fixed + 3,500 reserved is ${over} tokens over 1,500`);
  });

  it('keeps the window under models: over the file’s', () => {
    write('budgets.yml', budgets('house-model-1', { models: 'models:\n  house-model-1: { encoding: o200k_base, context_window: 1000 }' }));
    const result = check();
    expect(result.status, result.out).toBe(1);
    expect(result.out).toContain('over 1,000');
  });

  it('reports a mistake in the file at its line and column, and a missing file at budgets.yml’s line', () => {
    write('budgets.yml', budgets('house-model-1', { catalog: 'catalog: bad.json' }));
    write('bad.json', '{\n  "house-model-1": {\n    "max_input_tokens": "lots"\n  }\n}\n');
    let result = check();
    expect(result.status).toBe(2);
    expect(result.out).toContain('bad.json:3:5: "house-model-1": max_input_tokens must be a positive whole number of tokens, got "lots"');
    write('bad.json', '{\n  "house-model-1": {\n    "max_input_tokens": 4000,\n  }\n}\n');
    result = check();
    expect(result.status).toBe(2);
    expect(result.out).toContain('bad.json:4:3: invalid JSON');
    write('budgets.yml', budgets('house-model-1', { catalog: 'catalog: missing.json' }));
    result = check();
    expect(result.status).toBe(2);
    expect(result.out).toContain('budgets.yml:2:10: missing.json: no such file');
  });

  it('reads only the entries this repository can use: a copy of litellm’s whole file, with its zero windows, works', () => {
    const file = {
      path: 'prices.json',
      text: JSON.stringify({
        'gpt-4o': { litellm_provider: 'openai', max_input_tokens: 100_000, input_cost_per_token: 1e-6, output_cost_per_token: 4e-6 },
        // litellm's own file has entries like these; no budgets.yml can name them, so they are not looked at.
        'text-moderation-007': { litellm_provider: 'openai', max_input_tokens: 32_768, max_output_tokens: 0, input_cost_per_token: 0 },
        'unknown-host/odd-model': { litellm_provider: 'unknown-host', input_cost_per_token: 15 },
        last_updated: '2026-07-24',
        'house-model-1': { max_input_tokens: 4_000 },
      }),
    };
    const config = parseConfig(budgets('gpt-4o'), 'budgets.yml', { catalogFile: file });
    expect(config.catalog).toBe('prices.json');
    const names = config.models.map((m) => m.name).sort();
    expect(names).toEqual(['gpt-4o', 'house-model-1']);
    expect(config.models.find((m) => m.name === 'gpt-4o')).toMatchObject({ contextWindow: 100_000, prices: { input: 1, output: 4 }, pricesFrom: 'prices.json' });
    // Declared under models: with its encoding; the file adds the window.
    expect(config.models.find((m) => m.name === 'house-model-1')).toMatchObject({ encoding: 'o200k_base', contextWindow: 4_000 });
    // Without the file (the base's budgets.yml), `catalog:` is validated and nothing is added.
    expect(parseConfig(budgets('gpt-4o'), 'budgets.yml').models.map((m) => m.name)).toEqual(['house-model-1']);
  });

  it('names a PR that edits prices.json as editing what it is judged by', () => {
    write('budgets.yml', budgets('house-model-1'));
    execFileSync('git', ['add', '-A'], { cwd: repo });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'base'], { cwd: repo });
    write('prices.json', JSON.stringify({ ...PRICES, 'house-model-1': { ...PRICES['house-model-1'], max_input_tokens: 400_000 } }, null, 2));
    const result = check('--base', 'HEAD', '--json', 'report.json');
    expect(result.status, result.out).not.toBe(2);
    expect((JSON.parse(readFileSync(join(repo, 'report.json'), 'utf8')) as { ruleChanges?: string[] }).ruleChanges).toEqual(['prices.json']);
    write('prices.json', JSON.stringify(PRICES, null, 2));
  });

  it('refuses a path that leaves the repository, at budgets.yml’s line', () => {
    let error: unknown;
    try {
      parseConfig(budgets('house-model-1', { catalog: 'catalog: ../prices.json' }), 'budgets.yml');
    } catch (e) {
      error = e;
    }
    expect((error as UserError).format()).toMatch(/^budgets\.yml:2:10: catalog "\.\.\/prices\.json" leaves the repository/);
  });
});
