/**
 * The catalog generator (scripts/catalog.mjs, `npm run catalog`) and the refreshed catalog it feeds.
 * Numbers are checked against the generator's input, data/litellm-prices.json, read here as plain
 * JSON: never against the catalog's own output.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../src/catalog/catalog.js';
import { parseLitellmFile, perMillion, renderGenerated, stableJson } from '../../../src/catalog/litellm-format.js';
import { UserErrors } from '../../../src/common/errors.js';

const root = new URL('../../..', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const INPUT = JSON.parse(read('data/litellm-prices.json')) as Record<string, Record<string, number | string | undefined>>;
const SOURCE = JSON.parse(read('data/litellm-prices.source.json')) as { commit: string; repository: string; asOf: string };

/** USD per token as the input writes it → per million, by moving the point in the number's text. */
const million = (perToken: unknown) => (typeof perToken === 'number' ? Number(`${String(perToken).split('e')[0]}e${Number(String(perToken).split('e')[1] ?? 0) + 6}`) : undefined);

describe('npm run catalog', () => {
  it('regenerates src/catalog/litellm.generated.ts byte for byte from the committed input', () => {
    const out = execFileSync(process.execPath, ['scripts/catalog.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('up to date');
    // And the same bytes through the module the script loads, from the same input.
    expect(renderGenerated(read('data/litellm-prices.json'), 'data/litellm-prices.json', JSON.parse(read('data/litellm-prices.source.json')))).toBe(read('src/catalog/litellm.generated.ts'));
  });

  it('gives the same text whatever order the input lists its entries and fields in', () => {
    const entries = Object.entries(INPUT).reverse().map(([k, v]) => [k, Object.fromEntries(Object.entries(v).reverse())] as const);
    const shuffled = JSON.stringify(Object.fromEntries(entries), null, 4);
    const source = JSON.parse(read('data/litellm-prices.source.json'));
    expect(renderGenerated(shuffled, 'x.json', source)).toBe(renderGenerated(read('data/litellm-prices.json'), 'x.json', source));
  });

  it('records where the input came from, in the generated file', () => {
    const generated = read('src/catalog/litellm.generated.ts');
    expect(SOURCE.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(generated).toContain(SOURCE.commit);
    expect(generated).toContain(SOURCE.repository);
    expect(SOURCE.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The input is sorted as stableJson writes it, so a refresh's diff shows only what changed.
    expect(read('data/litellm-prices.json')).toBe(`${stableJson(INPUT)}\n`);
  });

  it('converts prices per token to per million exactly, in decimal', () => {
    expect(perMillion(0.00000125)).toBe(1.25);
    expect(perMillion(1.25e-6)).toBe(1.25);
    expect(perMillion(3.625e-9)).toBe(0.003625);
    expect(perMillion(0.0000011)).toBe(1.1);
    expect(perMillion(0)).toBe(0);
    expect(perMillion(2.5e-8)).toBe(0.025);
    expect(2.5e-8 * 1e6).not.toBe(0.025);
  });

  it('refuses an input that is not a litellm file, saying where', () => {
    const bad = '{\n  "m": {\n    "max_input_tokens": 12,\n  }\n}';
    let error: unknown;
    try {
      parseLitellmFile(bad, 'prices.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserErrors);
    expect((error as UserErrors).format()).toMatch(/^prices\.json:4:3: /);
    expect(() => renderGenerated('{"m": {"max_input_tokens": -1}}', 'in.json', JSON.parse(read('data/litellm-prices.source.json')))).toThrow(/max_input_tokens must be a positive whole number/);
  });
});

describe('the refreshed catalog (issue 14, item 9), against the input data', () => {
  /** A catalog model and the input entry it was read from. */
  const check = (name: string, key: string) => {
    const spec = CATALOG.models.get(name);
    const entry = INPUT[key];
    expect(spec, name).toBeDefined();
    expect(entry, key).toBeDefined();
    return { spec: spec!, entry: entry! };
  };

  it.each([
    // Missing before: GPT-5.1 and later, Claude Opus 4.5+, Sonnet 4.6 and 5, Gemini 3.x, xAI Grok, DeepSeek V4, Mistral Large 3, Qwen.
    ['gpt-5.1', 'gpt-5.1'],
    ['gpt-5.2', 'gpt-5.2'],
    ['gpt-5.4', 'gpt-5.4'],
    ['gpt-5.6', 'gpt-5.6'],
    ['claude-opus-4-5', 'claude-opus-4-5'],
    ['claude-opus-4-5-20251101', 'claude-opus-4-5'],
    ['claude-opus-4-7', 'claude-opus-4-7'],
    ['claude-opus-5', 'claude-opus-5'],
    ['claude-sonnet-4-6', 'claude-sonnet-4-6'],
    ['claude-sonnet-5', 'claude-sonnet-5'],
    ['gemini-3-pro-preview', 'gemini/gemini-3-pro-preview'],
    ['gemini-3.1-pro-preview', 'gemini/gemini-3.1-pro-preview'],
    ['gemini-3.5-flash', 'gemini/gemini-3.5-flash'],
    ['grok-4', 'xai/grok-4'],
    ['grok-4.5', 'xai/grok-4.5'],
    ['grok-code-fast-1', 'xai/grok-code-fast-1'],
    ['deepseek-v4-pro', 'deepseek-v4-pro'],
    ['deepseek-v4-flash', 'deepseek-v4-flash'],
    // An alias of mistral-large-latest, whose numbers litellm's mistral/mistral-large-3 entry repeats.
    ['mistral-large-3', 'mistral/mistral-large-latest'],
    ['qwen3.5-397b-a17b', 'together_ai/Qwen/Qwen3.5-397B-A17B'],
    ['qwen3.6-plus', 'openrouter/qwen/qwen3.6-plus'],
    // Stale before: Mistral -latest, DeepSeek prices, Gemini cached input, Claude 3.7 Sonnet's output limit.
    ['mistral-large-latest', 'mistral/mistral-large-latest'],
    ['mistral-small-latest', 'mistral/mistral-small-latest'],
    ['mistral-medium-latest', 'mistral/mistral-medium-latest'],
    ['deepseek-chat', 'deepseek-chat'],
    ['deepseek-reasoner', 'deepseek-reasoner'],
    ['gemini-2.5-pro', 'gemini/gemini-2.5-pro'],
    ['gemini-2.5-flash', 'gemini/gemini-2.5-flash'],
    ['claude-3-7-sonnet-20250219', 'claude-3-7-sonnet-20250219'],
  ])('%s has the window, output limit and prices of the input entry %s', (name, key) => {
    const { spec, entry } = check(name, key);
    expect(spec.contextWindow).toBe(entry.max_input_tokens);
    expect(spec.maxOutput).toBe(entry.max_output_tokens);
    expect(spec.prices?.inputPerMillion).toBe(million(entry.input_cost_per_token));
    expect(spec.prices?.cachedInputPerMillion).toBe(million(entry.cache_read_input_token_cost));
    expect(spec.prices?.outputPerMillion).toBe(million(entry.output_cost_per_token));
  });

  it('holds the numbers the issue called stale at their new values', () => {
    // Literal values, as the input states them, so a regression in the pipeline cannot hide behind itself.
    expect(INPUT['mistral/mistral-large-latest']).toMatchObject({ max_input_tokens: 262144, input_cost_per_token: 5e-7, output_cost_per_token: 0.0000015 });
    expect(CATALOG.models.get('mistral-large-latest')).toMatchObject({ contextWindow: 262_144, prices: { inputPerMillion: 0.5, outputPerMillion: 1.5 } });
    expect(CATALOG.models.get('deepseek-chat')).toMatchObject({ prices: { inputPerMillion: 0.28, cachedInputPerMillion: 0.028, outputPerMillion: 0.42 } });
    expect(CATALOG.models.get('gemini-2.5-pro')?.prices?.cachedInputPerMillion).toBe(0.125);
    expect(CATALOG.models.get('claude-3-7-sonnet-20250219')?.maxOutput).toBe(64_000);
  });

  it('gives Qwen3-Max a window and no price: the input prices it only in tiers', () => {
    const { spec, entry } = check('qwen3-max', 'dashscope/qwen3-max');
    expect(spec.contextWindow).toBe(entry.max_input_tokens);
    expect(entry.input_cost_per_token).toBeUndefined();
    expect(spec.prices).toBeUndefined();
  });

  it('counts Grok by estimate, not by an OpenAI encoding', () => {
    expect(CATALOG.models.get('grok-4')).toMatchObject({ vendor: 'xai' });
    expect(CATALOG.models.get('grok-4')?.encoding).toBeUndefined();
  });
});
