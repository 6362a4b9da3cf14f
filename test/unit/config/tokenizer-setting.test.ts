import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import type { BudgetConfig } from '../../../src/config/types.js';
import { UserError, UserErrors } from '../../../src/common/errors.js';

/** budgets.yml's `model`, `models`, `encoding` and `tokenizer`: which tokenizer counts each component. */

const lines = (...text: string[]) => text.join('\n') + '\n';
const parse = (text: string): BudgetConfig => parseConfig(text, 'budgets.yml');

function errorsOf(text: string): string[] {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof UserErrors) return error.errors.map((e) => e.format());
    if (error instanceof UserError) return [error.format()];
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('choosing a tokenizer', () => {
  it('counts a Claude or Gemini model through its vendor, dated ids and releases newer than the catalog included', () => {
    const config = parse(lines(
      'version: 1',
      'components:',
      '  a: {files: a.md, max_tokens: 5, model: claude-sonnet-4-5}',
      '  b: {files: b.md, max_tokens: 5, model: claude-opus-9-20300101}',
      '  c: {files: c.md, max_tokens: 5, model: gemini-2.5-pro}',
    ));
    expect(config.components.map((c) => c.tokenizer)).toEqual([
      { kind: 'vendor', vendor: 'anthropic', model: 'claude-sonnet-4-5' },
      { kind: 'vendor', vendor: 'anthropic', model: 'claude-opus-9-20300101' },
      { kind: 'vendor', vendor: 'gemini', model: 'gemini-2.5-pro' },
    ]);
  });

  it('counts with a tokenizer.json, alone or for a named model, and from the defaults', () => {
    const config = parse(lines(
      'version: 1',
      'defaults: {tokenizer: models/llama/tokenizer.json}',
      'components:',
      '  a: {files: a.md, max_tokens: 5}',
      '  b: {files: b.md, max_tokens: 5, model: my-llama, tokenizer: models/qwen/tokenizer.json}',
    ));
    expect(config.components.map((c) => [c.model, c.tokenizer])).toEqual([
      [undefined, { kind: 'huggingface', path: 'models/llama/tokenizer.json' }],
      ['my-llama', { kind: 'huggingface', path: 'models/qwen/tokenizer.json' }],
    ]);
  });

  it('takes a tokenizer file from a model declared under models:', () => {
    const config = parse(lines(
      'version: 1',
      'models:',
      '  llama-3.3-70b: {tokenizer: models/llama/tokenizer.json, context_window: 128000}',
      'components:',
      '  a: {files: a.md, max_tokens: 5, model: llama-3.3-70b}',
    ));
    expect(config.components[0]!.tokenizer).toEqual({ kind: 'huggingface', path: 'models/llama/tokenizer.json' });
    expect(config.models[0]).toMatchObject({ name: 'llama-3.3-70b', tokenizer: 'models/llama/tokenizer.json', contextWindow: 128000 });
    expect(config.models[0]!.encoding).toBeUndefined();
  });

  it('counts a component once per model of `models:`, each with its own name and the same allotment', () => {
    const config = parse(lines(
      'version: 1',
      'components:',
      '  system:',
      '    files: system.md',
      '    max_tokens: 500',
      '    models: [gpt-4.1, claude-sonnet-4-5]',
    ));
    expect(config.components.map((c) => [c.name, c.declaredName, c.model, c.maxTokens, c.tokenizer.kind])).toEqual([
      ['system (gpt-4.1)', 'system', 'gpt-4.1', 500, 'encoding'],
      ['system (claude-sonnet-4-5)', 'system', 'claude-sonnet-4-5', 500, 'vendor'],
    ]);
  });

  it("gives a request the variant counted for the request's model", () => {
    const config = parse(lines(
      'version: 1',
      'defaults: {models: [gpt-4.1, claude-sonnet-4-5]}',
      'components:',
      '  system: {files: system.md, max_tokens: 500}',
      'requests:',
      '  chat: {model: claude-sonnet-4-5, components: [system]}',
      '  openai-chat: {model: gpt-4.1-mini, components: [system]}',
    ));
    expect(config.requests.map((r) => [r.name, r.components])).toEqual([
      ['chat', ['system (claude-sonnet-4-5)']],
      // No gpt-4.1-mini variant, but the gpt-4.1 one counts with the same encoding.
      ['openai-chat', ['system (gpt-4.1)']],
    ]);
  });

  it('refuses a request to a model none of the variants is counted for', () => {
    const errors = errorsOf(lines(
      'version: 1',
      'components:',
      '  system: {files: system.md, max_tokens: 500, models: [gpt-4.1, claude-sonnet-4-5]}',
      'requests:',
      '  chat: {model: gemini-2.5-pro, components: [system]}',
    ));
    expect(errors).toEqual([
      expect.stringMatching(/^budgets\.yml:5:46: component `system` is counted for gpt-4\.1, claude-sonnet-4-5, but request `chat` sends it to gemini-2\.5-pro, which counts with Gemini's countTokens API\n {2}.*add it to its `models:` list/),
    ]);
  });

  it.each([
    ['model and models', '{model: gpt-4.1, models: [gpt-4o]}', /sets both model and models\n.*Keep one: `model` for one model, or `models/],
    ['encoding and tokenizer', '{encoding: o200k_base, tokenizer: t/tokenizer.json}', /sets both encoding and tokenizer/],
    ['models and tokenizer', '{models: [gpt-4.1], tokenizer: t/tokenizer.json}', /sets both models and tokenizer\n.*counts for one model/],
    ['model and encoding', '{model: gpt-4.1, encoding: o200k_base}', /sets both model and encoding/],
  ])('refuses %s on one level', (_, settings, message) => {
    const errors = errorsOf(lines('version: 1', 'components:', `  a: {files: a.md, max_tokens: 5, ${settings.slice(1)}`));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ['../outside/tokenizer.json', 'leaves the repository'],
    ['/etc/tokenizer.json', 'is an absolute path'],
    ['models/*/tokenizer.json', 'is a glob'],
    ['', 'must be the path of a tokenizer.json file'],
  ])('refuses tokenizer: %j', (path, message) => {
    const errors = errorsOf(lines('version: 1', 'components:', `  a: {files: a.md, max_tokens: 5, tokenizer: ${JSON.stringify(path)}}`));
    expect(errors).toEqual([expect.stringContaining(message)]);
    expect(errors[0]).toMatch(/^budgets\.yml:3:\d+: components\.a\.tokenizer/);
  });

  it('refuses a models: list that is empty, not a list, or repeats a model', () => {
    expect(errorsOf(lines('version: 1', 'components:', '  a: {files: a.md, max_tokens: 5, models: []}'))).toEqual([expect.stringContaining('components.a.models must be a list of model names')]);
    expect(errorsOf(lines('version: 1', 'components:', '  a: {files: a.md, max_tokens: 5, models: gpt-4.1}'))).toEqual([expect.stringContaining('Write e.g. `models: [gpt-4.1, claude-sonnet-4-5]`')]);
    expect(errorsOf(lines('version: 1', 'components:', '  a: {files: a.md, max_tokens: 5, models: [gpt-4.1, gpt-4.1]}'))).toEqual([expect.stringContaining('lists "gpt-4.1" twice')]);
  });

  it('names the unknown model of a list, with the close names', () => {
    const errors = errorsOf(lines('version: 1', 'components:', '  a: {files: a.md, max_tokens: 5, models: [gpt-4.1, gpt-4.2]}'));
    expect(errors).toEqual([expect.stringMatching(/^budgets\.yml:3:53: components\.a\.models: unknown model "gpt-4\.2"; did you mean gpt-4\.1/)]);
  });

  it('accepts a model declared with neither encoding nor tokenizer only when its vendor counts it', () => {
    expect(parse(lines('version: 1', 'models:', '  claude-next: {context_window: 500000}', 'components:', '  a: {files: a.md, max_tokens: 5, model: claude-next}')).components[0]!.tokenizer).toEqual({
      kind: 'vendor',
      vendor: 'anthropic',
      model: 'claude-next',
    });
    expect(errorsOf(lines('version: 1', 'models:', '  house-model: {context_window: 500000}', 'components:', '  a: {files: a.md, max_tokens: 5, encoding: o200k_base}'))).toEqual([
      expect.stringMatching(/models\.house-model needs an encoding or a tokenizer[^]*`tokenizer:` with the path of the model's tokenizer\.json/),
    ]);
  });
});

describe('models: facts in readable form', () => {
  it('reads context_window and max_output as token counts: 128k, 1M, 32_000', () => {
    const config = parse(lines('version: 1', 'models:', '  house: {encoding: o200k_base, context_window: 1M, max_output: 32_000}', '  other: {encoding: o200k_base, context_window: 128k}', 'components:', '  a: {files: a.md, max_tokens: 5, model: house}'));
    expect(config.models.map((m) => [m.name, m.contextWindow, m.maxOutput])).toEqual([
      ['house', 1_000_000, 32_000],
      ['other', 128_000, undefined],
    ]);
  });
});

describe('nesting', () => {
  it('refuses brackets nested deeper than a budgets file needs, at the bracket, before the parser recurses', () => {
    expect(errorsOf(`version: 1\ncomponents: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)).toEqual([expect.stringMatching(/^budgets\.yml:2:77: budgets\.yml nests brackets more than 64 levels deep\n/)]);
  });

  it('ignores brackets in quoted and commented text, and an apostrophe in plain text does not hide the rest', () => {
    const deep = '['.repeat(100);
    expect(() => parse(lines('version: 1', `# ${deep}`, 'components:', `  a: {files: a.md, max_tokens: 5, model: gpt-4.1, message: "${deep}"}`))).not.toThrow();
    expect(errorsOf(lines('version: 1', "x: don't", `components: ${'['.repeat(5000)}${']'.repeat(5000)}`))).toEqual([expect.stringContaining('nests brackets more than 64 levels deep')]);
  });
});

describe('model names', () => {
  it('refuses a model name with control characters, which could forge log lines when logged', () => {
    const errors = errorsOf(lines('version: 1', 'components:', '  a: {files: a.md, max_tokens: 5, model: "claude-x\\n::error::forged"}'));
    expect(errors).toEqual([expect.stringContaining('components.a.model must be a model name such as gpt-4.1')]);
    expect(errorsOf(lines('version: 1', 'components:', '  a: {files: a.md, max_tokens: 5, models: [gpt-4.1, "gemini-x\\r"]}'))).toHaveLength(1);
  });
});

describe('where a tokenizer file is named', () => {
  it('records the line of the path, on the component, in the defaults or under models:', () => {
    const config = parse(lines(
      'version: 1',
      'models:',
      '  house-llama: {tokenizer: models/llama/tokenizer.json}',
      'defaults: {tokenizer: models/qwen/tokenizer.json}',
      'components:',
      '  a: {files: a.md, max_tokens: 5}',
      '  b: {files: b.md, max_tokens: 5, model: house-llama}',
      '  c: {files: c.md, max_tokens: 5, model: gpt-4.1}',
    ));
    expect(config.components.map((c) => c.tokenizerLocation)).toEqual([
      { file: 'budgets.yml', line: 4, column: 23 },
      { file: 'budgets.yml', line: 3, column: 28 },
      undefined,
    ]);
  });
});
