/**
 * Issue 13, items 1, 5, 6 and 7 in init: families become one per_file component, prompt files
 * get the model they declare, tiny prompts get room for a one-line edit, and the file starts with
 * the schema modeline.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredModel } from '../../../src/adopt/declared-model.js';
import { groupPrompts, initBudgets, SCHEMA_MODELINE } from '../../../src/adopt/init.js';
import { allotmentFor } from '../../../src/budget/allotment.js';
import { checkBudgets } from '../../../src/budget/check.js';
import { classify } from '../../../src/budget/prompt-files.js';
import { memoryRevision } from '../../../src/budget/revision.js';
import { parseConfig } from '../../../src/config/load.js';

const OPTIONS = { model: 'gpt-4.1', headroom: 0.1, configPath: 'budgets.yml', version: 'test' };

/** `count` pattern folders, each with a system.md of a different length, as in the repository. */
function patterns(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`patterns/pattern_${String(i).padStart(3, '0')}/system.md`, `# IDENTITY and PURPOSE\n\nYou are pattern ${i}.${' Take a deep breath.'.repeat(i % 40)}\n`]));
}

describe('families', () => {
  it('groups three or more folders holding the same file name into one per_file plan with a glob', () => {
    const files = Object.keys(patterns(5)).map((path) => classify(path)!);
    const { plans } = groupPrompts([...files, classify('AGENTS.md')!]);
    expect(plans.map((p) => [p.name, p.files, p.perFile ?? false, p.paths.length])).toEqual([
      ['agents', ['AGENTS.md'], false, 1],
      ['patterns-system', ['patterns/*/system.md'], true, 5],
    ]);
  });

  it('keeps two folders as two components: not yet a family', () => {
    const { plans } = groupPrompts(['a/x/system.md', 'a/y/system.md'].map((path) => classify(path)!));
    expect(plans.map((p) => p.files[0])).toEqual(['a/x/system.md', 'a/y/system.md']);
  });

  it('writes one component for 225 pattern folders, allotted from the largest file, that check passes', async () => {
    const files = patterns(225);
    const reader = memoryRevision({ label: 'working tree' }, files);
    const { text, components } = await initBudgets(reader, OPTIONS);
    expect(components).toHaveLength(1);
    // The repository got a 922-line budgets.yml; a family is a few lines after the header.
    expect(text.split('\n').length).toBeLessThan(60);
    const config = parseConfig(text, 'budgets.yml');
    expect(config.components[0]).toMatchObject({ files: ['patterns/*/system.md'], perFile: true });
    const largest = Math.max(...(await checkBudgets(config, reader, null)).components[0]!.head.files.map((f) => f.tokens));
    expect(config.components[0]!.maxTokens).toBe(allotmentFor(largest, 0.1));
    expect(text).toContain(`# the largest file: ${largest} tokens today + 10% (at least +50)`);
    const report = await checkBudgets(config, reader, reader);
    expect(report.verdict).toBe('pass');
  });
});

describe('the model a prompt file declares', () => {
  it.each([
    ['agents/w.prompty', '---\nname: w\nmodel:\n  api: chat\n  configuration:\n    type: openai\n    name: gpt-4o\n---\nsystem:\nHi\n', 'gpt-4o'],
    ['agents/az.prompty', '---\nmodel:\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-35-turbo\n---\nHi\n', 'gpt-3.5-turbo'],
    ['agents/env.prompty', '---\nmodel:\n  configuration:\n    azure_deployment: ${env:DEPLOYMENT}\n---\nHi\n', undefined],
    ['flows/greet.prompt', '---\nmodel: googleai/gemini-2.5-flash\ninput:\n  schema: {name: string}\n---\nHello {{name}}\n', 'gemini-2.5-flash'],
    ['evals/triage.prompt.yml', 'name: triage\nmodel: openai/gpt-4o-mini\nmessages:\n  - role: system\n    content: Label it.\n', 'gpt-4o-mini'],
    ['CLAUDE.md', 'Use pnpm.\n', 'claude-sonnet-4-5'],
    ['pkg/GEMINI.md', 'Answer briefly.\n', 'gemini-2.5-pro'],
    ['AGENTS.md', 'model: gpt-4o\n', undefined],
    ['flows/none.prompt', 'No front matter.\n', undefined],
  ])('%s declares %s', (path, text, model) => {
    expect(declaredModel(path, text)).toBe(model);
  });

  it('is written per component by init, except a model init does not know, which keeps the default', async () => {
    const reader = memoryRevision({ label: 'working tree' }, {
      'flows/writer.prompty': '---\nmodel:\n  configuration:\n    type: openai\n    name: gpt-4o\n---\nsystem:\nYou write haikus.\n',
      'flows/greet.prompt': '---\nmodel: vertexai/gemini-2.0-flash\n---\nSay hello to {{name}}.\n',
      'flows/odd.prompt': '---\nmodel: acme/house-model-7\n---\nSay hello.\n',
      'CLAUDE.md': 'See AGENTS.md.\n',
    });
    const { text } = await initBudgets(reader, OPTIONS);
    const config = parseConfig(text, 'budgets.yml');
    expect(Object.fromEntries(config.components.map((c) => [c.name, c.model]))).toEqual({
      claude: 'claude-sonnet-4-5',
      'flows-greet': 'gemini-2.0-flash',
      'flows-odd': 'gpt-4.1',
      'flows-writer': 'gpt-4o',
    });
    expect(text).toContain('model: gpt-4o              # the model the file declares');
    expect(text).toContain('model: claude-sonnet-4-5   # read by Claude');
    // Claude and Gemini without a key are labelled estimates.
    expect(text).toContain('≈');
  });
});

describe('allotments for tiny prompts, and the file init writes', () => {
  it('gives a tiny prompt room for a one-line edit: at least +50 tokens, rounded up', async () => {
    expect([3, 7, 40, 400, 1000, 1234].map((n) => allotmentFor(n, 0.1))).toEqual([60, 60, 90, 450, 1100, 1400]);
    const { text } = await initBudgets(memoryRevision({ label: 'wt' }, { 'AGENTS.md': 'Use pnpm.' }), OPTIONS);
    expect(text).toMatch(/max_tokens: 60 +# 4 tokens today \+ 10% \(at least \+50\)/);
    expect(text.replace(/\n# /g, ' ')).toContain('plus 10% or 50 tokens, whichever is more, rounded up to two significant digits (3 tokens → 60');
  });

  it('starts with the README\'s schema modeline and turns coverage on', async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`\n${SCHEMA_MODELINE}\n`);
    const { text } = await initBudgets(memoryRevision({ label: 'wt' }, { 'AGENTS.md': 'Use pnpm.' }), OPTIONS);
    expect(text.split('\n')[0]).toBe(SCHEMA_MODELINE);
    expect(text).toMatch(/\n# A PR that adds or grows a prompt file outside every component fails[^\n]*\ncoverage: \{ unbudgeted: fail \}\n/);
    expect(parseConfig(text, 'budgets.yml').coverage?.unbudgeted).toBe('fail');
  });
});
