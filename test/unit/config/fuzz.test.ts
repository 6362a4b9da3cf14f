/**
 * Fuzzing the parsers that read what a PR controls: budgets.yml and every prompt format. Any
 * input either parses or fails with a user-facing error (a UserError with a message); never a
 * crash, a hang or another kind of exception. Inputs are biased toward the syntax each parser
 * reads, so they get past the first character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import { UserError } from '../../../src/common/errors.js';
import { extractPrompt } from '../../../src/prompts/extract.js';
import { PROMPT_FORMATS } from '../../../src/prompts/formats.js';

function parsesOrExplains(parse: () => unknown): void {
  try {
    parse();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
  }
}

/** Lines of YAML-ish text built from the tokens budgets.yml and prompt files use. */
const piece = fc.constantFrom(
  'version: 1', 'version: 2', 'defaults:', '  model: gpt-4.1', '  encoding: o200k_base', 'components:', '  c:', '    files: a.md',
  '    files: [a.md, "!b.md"]', '    max_tokens: 1500', '    max_tokens: -1', '    warn_at: 90%', '    max_growth: 10%', 'requests:',
  '  chat: {components: [c], reserve: {output: 100}}', 'models:', '  m: {encoding: cl100k_base}', '- role: user', '  content: hi',
  'messages:', '  - role: system', '    content: |', '      You are {{name}}.', '---', 'model: x', 'system:', 'user:', '{{role "user"}}',
  '{"messages": [{"role": "user", "content": "x"}]}', '[', ']', '{', '}', '"', "'", ':', '&a', '*a', '<<: *a', '!!binary', '%YAML 1.2', '\t', '#',
);
const yamlish = fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: 14 }).map((lines) => lines.join('\n'));

describe('fuzzing', () => {
  it('budgets.yml: 10,000 inputs parse or explain themselves', { tags: ['exhaustive'] }, () => {
    fc.assert(fc.property(yamlish, (text) => parsesOrExplains(() => parseConfig(text, 'budgets.yml'))), { numRuns: 10_000 });
  });

  it('prompt files: 10,000 inputs per format parse or explain themselves', { tags: ['exhaustive'], timeout: 120_000 }, () => {
    for (const format of PROMPT_FORMATS) {
      fc.assert(
        fc.property(yamlish, fc.option(fc.constantFrom('/messages', 'messages[0].content', 'prompts.system', '/x/0'), { nil: undefined }), (text, select) =>
          parsesOrExplains(() => extractPrompt(text, `p.${format}`, { format, ...(select !== undefined && { select }) })),
        ),
        { numRuns: 10_000 },
      );
    }
  });

  it('budgets.yml: an alias bomb and deep nesting are refused with a message', () => {
    const bomb = ['version: 1', 'a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`), 'components: *j'].join('\n');
    const deep = `version: 1\ncomponents: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    for (const text of [bomb, deep]) expect(() => parseConfig(text, 'budgets.yml')).toThrow(UserError);
  });

  it('prompt files: an alias inside the value it names is refused, not a stack overflow (found by this fuzzer)', () => {
    for (const format of ['messages-yaml', 'github-prompt'] as const) {
      expect(() => extractPrompt('&a\n<<: *a', 'p.yaml', { format }), format).toThrow(/inside the value it names/);
    }
    expect(() => extractPrompt('---\nx: &a [*a]\n---\nsystem:\nhi', 'p.prompty', { format: 'prompty' })).toThrow(UserError);
  });
});

