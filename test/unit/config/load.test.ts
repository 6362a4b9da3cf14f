import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globProblem } from '../../../src/config/globs.js';
import { parseConfig } from '../../../src/config/load.js';
import { MAX_REPORTED } from '../../../src/config/problems.js';
import { parsePercent, readShareOrTokens, readTokenCount } from '../../../src/config/quantity.js';
import type { BudgetConfig, ComponentConfig } from '../../../src/config/types.js';
import { UserError, UserErrors } from '../../../src/common/errors.js';

/** A YAML file from its lines, so that line numbers in expectations can be read off the test. */
const lines = (...text: string[]) => text.join('\n') + '\n';

/** A file with one component `c` whose settings are `fields` (the first field is on line 6). */
const withComponent = (...fields: string[]) =>
  lines('version: 1', 'defaults:', '  model: gpt-4.1', 'components:', '  c:', ...fields.map((f) => `    ${f}`));

const parse = (text: string): BudgetConfig => parseConfig(text, 'budgets.yml');

function errorsOf(text: string): readonly UserError[] {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof UserErrors) return error.errors;
    if (error instanceof UserError) return [error];
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

interface Expected {
  message: string | RegExp;
  line: number;
  column: number;
  hint?: string | RegExp;
}

/** Asserts the file has exactly this one mistake, at this position. */
function expectOnlyError(text: string, expected: Expected): UserError {
  const errors = errorsOf(text);
  expect(errors.map((e) => e.message)).toHaveLength(1);
  const [error] = errors;
  expectError(error!, expected);
  return error!;
}

function expectError(error: UserError, { message, line, column, hint }: Expected): void {
  if (typeof message === 'string') expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
  expect(error.location).toEqual({ file: 'budgets.yml', line, column });
  expect(error.hint).toBeTruthy();
  if (typeof hint === 'string') expect(error.hint).toContain(hint);
  else if (hint) expect(error.hint).toMatch(hint);
}

function only(config: BudgetConfig): ComponentConfig {
  expect(config.components).toHaveLength(1);
  return config.components[0]!;
}

describe('parseConfig: a valid file', () => {
  const text = lines(
    '# yaml-language-server: $schema=./budgets.schema.json',
    'version: 1',
    'defaults:',
    '  model: gpt-4.1',
    '  warn_at: 80%',
    'components:',
    '  support-system:',
    '    files: examples/support/system.md',
    '    max_tokens: 1500',
    '    max_growth: 10%',
    '    message: "Ask #prompt-owners before raising this."',
    '  a-shots:',
    '    files:',
    '      - examples/support/shots/*.md',
    '      - "!examples/support/shots/draft-*.md"',
    '    max_tokens: 6000',
    '    warn_at: 5000',
    '    max_growth: 300',
    '    model: gpt-4',
    '  legacy:',
    '    files: [legacy/*.txt]',
    '    encoding: p50k_base',
    '    max_tokens:   200',
  );

  it('resolves every component, defaults applied, in the order written', () => {
    const config = parse(text);
    expect(config.path).toBe('budgets.yml');
    expect(config.version).toBe(1);
    expect(config.components.map((c) => c.name)).toEqual(['support-system', 'a-shots', 'legacy']);
    expect(config.components[0]).toEqual({
      name: 'support-system',
      declaredName: 'support-system',
      files: ['examples/support/system.md'],
      maxTokens: 1500,
      warnAt: { percent: 80 },
      maxGrowth: { percent: 10 },
      model: 'gpt-4.1',
      tokenizer: { kind: 'encoding', encoding: 'o200k_base' },
      message: 'Ask #prompt-owners before raising this.',
      location: { file: 'budgets.yml', line: 7, column: 3 },
      maxTokensLocation: { file: 'budgets.yml', line: 9, column: 17 },
      maxTokensWritten: '1500',
    });
    expect(config.failOn).toBe('made-worse');
    expect(config.components[1]).toMatchObject({
      files: ['examples/support/shots/*.md', '!examples/support/shots/draft-*.md'],
      maxTokens: 6000,
      warnAt: { tokens: 5000 },
      maxGrowth: { tokens: 300 },
      model: 'gpt-4',
      tokenizer: { kind: 'encoding', encoding: 'cl100k_base' },
      location: { line: 12, column: 3 },
      maxTokensLocation: { line: 16, column: 17 },
    });
  });

  it("lets a component's encoding override a default model, leaving no model", () => {
    const legacy = parse(text).components[2]!;
    expect(legacy.tokenizer).toEqual({ kind: 'encoding', encoding: 'p50k_base' });
    expect(legacy.model).toBeUndefined();
    expect(legacy.maxGrowth).toBeUndefined();
    expect(legacy.message).toBeUndefined();
    expect(legacy.maxTokensLocation).toEqual({ file: 'budgets.yml', line: 23, column: 19 });
  });

  it('defaults warn_at to 90% when neither the component nor the defaults set it', () => {
    expect(only(parse(withComponent('files: a.md', 'max_tokens: 10'))).warnAt).toEqual({ percent: 90 });
  });

  it('lets a component model override a default encoding', () => {
    const config = parse(lines('version: 1', 'defaults: {encoding: r50k_base}', 'components:', '  a: {files: a.md, max_tokens: 5}', '  b: {files: b.md, max_tokens: 5, model: gpt-4o}'));
    expect(config.components.map((c) => [c.model, encodingOf(c)])).toEqual([
      [undefined, 'r50k_base'],
      ['gpt-4o', 'o200k_base'],
    ]);
  });

  it('accepts dated snapshots and fine-tunes, with their family encoding', () => {
    const config = parse(lines('version: 1', 'components:', '  a: {files: a.md, max_tokens: 5, model: gpt-4o-2024-08-06}', '  b: {files: b.md, max_tokens: 5, model: "ft:gpt-3.5-turbo:acme::x1"}'));
    expect(config.components.map(encodingOf)).toEqual(['o200k_base', 'cl100k_base']);
    expect(config.components[1]!.model).toBe('ft:gpt-3.5-turbo:acme::x1');
  });

  it('reads percentages strictly but allows spaces, decimals and growth above 100%', () => {
    const c = only(parse(withComponent('files: a.md', 'max_tokens: 1000', 'warn_at: " 12.5 % "', 'max_growth: 250%')));
    expect(c.warnAt).toEqual({ percent: 12.5 });
    expect(c.maxGrowth).toEqual({ percent: 250 });
    expect(only(parse(withComponent('files: a.md', 'max_tokens: 1000', 'warn_at: 100%'))).warnAt).toEqual({ percent: 100 });
  });

  it('follows YAML aliases (a shared list of globs)', () => {
    const config = parse(lines('version: 1', 'defaults: {model: o3}', 'components:', '  a: {files: &globs [a/*.md, "!a/x.md"], max_tokens: 5}', '  b: {files: *globs, max_tokens: 7}'));
    expect(config.components[1]!.files).toEqual(['a/*.md', '!a/x.md']);
  });

  it('counts lines the same with CRLF line endings', () => {
    const c = only(parse(withComponent('files: a.md', 'max_tokens: 10').replaceAll('\n', '\r\n')));
    expect(c.location).toEqual({ file: 'budgets.yml', line: 5, column: 3 });
    expect(c.maxTokensLocation).toEqual({ file: 'budgets.yml', line: 7, column: 17 });
  });

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    expect(only(parse('\uFEFF' + withComponent('files: a.md', 'max_tokens: 10'))).location).toEqual({ file: 'budgets.yml', line: 5, column: 3 });
  });

  it('reports locations with the path it was given', () => {
    const config = parseConfig(withComponent('files: a.md', 'max_tokens: 10'), 'config/budgets.yml');
    expect(config.path).toBe('config/budgets.yml');
    expect(only(config).location.file).toBe('config/budgets.yml');
  });

  it('keeps an empty `defaults:`', () => {
    expect(only(parse(lines('version: 1', 'defaults:', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3}'))).tokenizer).toEqual({ kind: 'encoding', encoding: 'o200k_base' });
  });
});

describe('parseConfig: files that are not YAML or not a mapping', () => {
  it('reports a syntax error at its position', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: [1500'), {
      message: /^Invalid YAML: /,
      line: 8,
      column: 1,
    });
  });

  it('says to indent with spaces when a tab indents', () => {
    expectOnlyError(lines('version: 1', 'components:', '\tc:'), { message: /^Invalid YAML: Tabs/, line: 3, column: 1, hint: 'Indent with spaces' });
  });

  it('reports a nested mapping on one line', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 1: 2'), { message: /^Invalid YAML: Nested mappings/, line: 7, column: 17 });
  });

  it('rejects several documents', () => {
    expectOnlyError(lines('version: 1', '---', 'components: {}'), { message: /more than one YAML document/, line: 2, column: 1, hint: 'Keep a single document' });
  });

  it.each([
    ['an empty file', ''],
    ['a file of comments', '# budgets\n\n# none yet\n'],
  ])('rejects %s', (_what, text) => {
    expectOnlyError(text, { message: 'budgets.yml is empty', line: 1, column: 1, hint: '`version: 1`' });
  });

  it.each([
    ['a list', '- version: 1\n', 'a list'],
    ['a scalar', '\n  just text\n', 'the text "just text"'],
  ])('rejects a top level that is %s', (_what, text, got) => {
    expectOnlyError(text, { message: `budgets.yml must be a mapping with version, defaults and components, got ${got}`, line: text.startsWith('-') ? 1 : 2, column: text.startsWith('-') ? 1 : 3 });
  });

  it('rejects an alias bomb quickly, as a user error', () => {
    const levels = ['version: 1', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 12; i++) levels.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    const started = performance.now();
    expectOnlyError(lines(...levels), { message: /aliases \(\*name\) in this file expand too far/, line: 3, column: 10, hint: 'Write the values out' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('rejects an alias with no anchor', () => {
    expectOnlyError(withComponent('files: *nowhere', 'max_tokens: 5'), { message: 'The alias *nowhere refers to no anchor', line: 6, column: 12, hint: '`&nowhere`' });
  });
});

describe('parseConfig: duplicate keys', () => {
  it('names a duplicate component and where it was first declared', () => {
    const text = lines('version: 1', 'defaults: {model: gpt-4.1}', 'components:', '  a: {files: a.md, max_tokens: 5}', '  b: {files: b.md, max_tokens: 5}', '  a: {files: c.md, max_tokens: 5}');
    expectOnlyError(text, { message: 'Duplicate component `a` (first declared on line 4)', line: 6, column: 3, hint: 'unique' });
  });

  it('names a duplicate key in a component', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'max_tokens: 6'), {
      message: 'Duplicate key `max_tokens` in component `c` (first set on line 7)',
      line: 8,
      column: 5,
    });
  });

  it('names a duplicate top-level key', () => {
    expectOnlyError(lines('version: 1', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}', 'version: 1'), {
      message: 'Duplicate key `version` in the top level (first set on line 1)',
      line: 3,
      column: 1,
    });
  });
});

describe('parseConfig: version', () => {
  it('requires it, saying which version is read', () => {
    expectOnlyError(lines('# budgets', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3}'), {
      message: 'version is missing; this prompt-budget reads version 1',
      line: 2,
      column: 1,
      hint: 'Add `version: 1`',
    });
  });

  it('reports another version alone, since its keys may be valid there', () => {
    expectOnlyError(lines('version: 2', 'requests: {}', 'budgets: []'), {
      message: 'version 2 is not supported; this prompt-budget reads version 1 only',
      line: 1,
      column: 10,
      hint: 'upgrade prompt-budget',
    });
  });

  it('rejects a quoted version', () => {
    expectOnlyError(lines('version: "1"', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'), {
      message: 'version must be 1, got the text "1"',
      line: 1,
      column: 10,
      hint: 'without quotes',
    });
  });
});

describe('parseConfig: unknown keys', () => {
  it.each([
    ['max_token', 'max_tokens'],
    ['file', 'files'],
    ['maxTokens', 'max_tokens'],
    ['warn-at', 'warn_at'],
    ['mdoel', 'model'],
    ['Message', 'message'],
  ])('suggests the key meant for `%s` in a component', (typo, meant) => {
    const fields = { files: 'files: a.md', max_tokens: 'max_tokens: 5' } as Record<string, string>;
    if (meant in fields) delete fields[meant];
    const errors = errorsOf(withComponent(...Object.values(fields), `${typo}: 5`));
    // A misspelt required key is not also reported as a missing one.
    expect(errors.map((e) => e.message)).toEqual([`Unknown key \`${typo}\` in component \`c\`; did you mean \`${meant}\`?`]);
    expect(errors[0]!.location).toMatchObject({ line: 6 + Object.keys(fields).length, column: 5 });
    expect(errors[0]!.hint).toContain('files, max_tokens, warn_at');
  });

  it('does not also report a misspelt model as missing', () => {
    const errors = errorsOf(lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, modle: o3}'));
    expect(errors.map((e) => e.message)).toEqual(['Unknown key `modle` in component `c`; did you mean `model`?']);
  });

  it('gives no suggestion when nothing is close', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'owner: me'), {
      message: 'Unknown key `owner` in component `c`',
      line: 8,
      column: 5,
      hint: 'The keys of component `c` are: files, max_tokens, warn_at, max_growth, min_change, model, models, encoding, tokenizer, format, select, message, per_file, generation_prompt.',
    });
  });

  it('reads generation_prompt: true or false, and leaves it out when not written (decided by format)', () => {
    expect(only(parse(withComponent('files: a.jsonl', 'max_tokens: 5', 'generation_prompt: false'))).generationPrompt).toBe(false);
    expect(only(parse(withComponent('files: a.json', 'max_tokens: 5', 'generation_prompt: true'))).generationPrompt).toBe(true);
    expect(only(parse(withComponent('files: a.json', 'max_tokens: 5'))).generationPrompt).toBeUndefined();
  });

  it('refuses a generation_prompt that is not a boolean, at its line and column', () => {
    expectOnlyError(withComponent('files: a.json', 'max_tokens: 5', 'generation_prompt: "off"'), {
      message: 'components.c.generation_prompt must be true or false, got "off"',
      line: 8,
      column: 24,
    });
  });

  it('suggests at the top level, without also saying components is missing', () => {
    expectOnlyError(lines('version: 1', 'component:', '  c: {files: a.md, max_tokens: 5, model: o3}'), {
      message: 'Unknown key `component` in the top level; did you mean `components`?',
      line: 2,
      column: 1,
    });
  });

  it('suggests in defaults', () => {
    expectOnlyError(lines('version: 1', 'defaults:', '  modle: gpt-4.1', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3}'), {
      message: 'Unknown key `modle` in defaults; did you mean `model`?',
      line: 3,
      column: 3,
      hint: 'model, models, encoding, tokenizer, warn_at',
    });
  });

  it('says a component setting does not go in defaults', () => {
    expectOnlyError(lines('version: 1', 'defaults:', '  model: o3', '  max_growth: 5%', 'components:', '  c: {files: a.md, max_tokens: 5}'), {
      message: 'Unknown key `max_growth` in defaults',
      line: 4,
      column: 3,
      hint: 'set per component',
    });
  });

  it('reads format and select, and rejects an unknown format with the close names', () => {
    expect(only(parse(withComponent('files: shots.json', 'max_tokens: 5', 'format: messages-json', 'select: /examples')))).toMatchObject({ format: 'messages-json', select: '/examples' });
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'format: messages'), {
      message: 'components.c.format: unknown format "messages"; did you mean messages-json, messages-yaml?',
      line: 8,
      column: 13,
      hint: 'text, markdown, messages-json',
    });
  });

  it('rejects select on a format that has no parts to pick', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'format: markdown', 'select: /system'), {
      message: 'components.c.select picks part of a JSON, JSONL or YAML file, but the format is markdown',
      line: 9,
      column: 13,
    });
  });

  it('points a component written at the top level to components', () => {
    expectOnlyError(lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3}', 'support:', '  files: b.md', '  max_tokens: 5'), {
      message: 'Unknown key `support` in the top level',
      line: 4,
      column: 1,
      hint: 'indent it under `components:`',
    });
  });

  it('points model at the top level to defaults', () => {
    expectOnlyError(lines('version: 1', 'model: gpt-4.1', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3}'), {
      message: 'Unknown key `model` in the top level',
      line: 2,
      column: 1,
      hint: 'under `defaults:`',
    });
  });

  it('explains that merge keys are not supported', () => {
    const text = lines('version: 1', 'defaults: {model: o3}', 'components:', '  a: &base {files: a.md, max_tokens: 5}', '  b:', '    <<: *base', '    files: b.md', '    max_tokens: 9');
    expectOnlyError(text, { message: 'Unknown key `<<` in component `b`', line: 6, column: 5, hint: 'merge keys' });
  });
});

describe('parseConfig: components', () => {
  it('requires components', () => {
    expectOnlyError(lines('version: 1', 'defaults: {model: o3}'), { message: 'components is missing', line: 1, column: 1, hint: 'Add `components:`' });
  });

  it.each([
    ['components:', 2, 1],
    ['components: {}', 2, 1],
  ])('rejects an empty mapping: %s', (line, lineNumber, column) => {
    expectOnlyError(lines('version: 1', line), { message: 'components is empty', line: lineNumber, column, hint: 'at least one component' });
  });

  it('rejects components written as a list', () => {
    expectOnlyError(lines('version: 1', 'components:', '  - name: c', '    files: a.md'), {
      message: 'components must be a mapping from component names to their settings, got a list',
      line: 3,
      column: 3,
      hint: 'not as a list item',
    });
  });

  it('rejects a component that is not a mapping', () => {
    expectOnlyError(lines('version: 1', 'defaults: {model: o3}', 'components:', '  c: prompts/c.md'), {
      message: 'component `c` must be a mapping of its settings (files, max_tokens, ...), got the text "prompts/c.md"',
      line: 4,
      column: 6,
      hint: 'Indent the component',
    });
  });

  it('rejects a component with no settings, at its name', () => {
    expectOnlyError(lines('version: 1', 'defaults: {model: o3}', 'components:', '  c:'), {
      message: 'component `c` must be a mapping of its settings (files, max_tokens, ...), got nothing',
      line: 4,
      column: 3,
    });
  });

  it('recognises settings written directly under components', () => {
    const errors = errorsOf(lines('version: 1', 'defaults: {model: o3}', 'components:', '  files: a.md', '  max_tokens: 5'));
    expect(errors.map((e) => e.message)).toEqual([
      'component `files` must be a mapping of its settings (files, max_tokens, ...), got the text "a.md"',
      'component `max_tokens` must be a mapping of its settings (files, max_tokens, ...), got 5',
    ]);
    expect(errors[0]!.hint).toContain('put the settings under a component name');
  });

  it('requires files', () => {
    expectOnlyError(withComponent('max_tokens: 5'), { message: 'component `c` has no files', line: 5, column: 3, hint: '`files: prompts/support/system.md`' });
  });

  it('requires max_tokens', () => {
    expectOnlyError(withComponent('files: a.md'), { message: 'component `c` has no max_tokens', line: 5, column: 3, hint: 'max_tokens: 1500' });
  });

  it('rejects an empty component name', () => {
    expectOnlyError(lines('version: 1', 'components:', '  "": {files: a.md, max_tokens: 5, model: o3}'), { message: 'A component name is empty', line: 3, column: 3 });
  });

  it('reports every mistake of the file at once, in file order', () => {
    const text = lines('version: 1', 'components:', '  b:', '    files: /abs.md', '    max_tokens: 0', '  a:', '    max_tokens: 5', '    warn_at: 5');
    const error = (() => {
      try {
        parse(text);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UserErrors);
    const errors = (error as UserErrors).errors;
    expect(errors.map((e) => [e.location?.line, e.location?.column, e.message])).toEqual([
      [3, 3, 'component `b` has no model or encoding'],
      [4, 12, 'components.b.files: the glob "/abs.md" is an absolute path'],
      [5, 17, 'components.b.max_tokens must be a positive whole number of tokens, got 0'],
      [6, 3, 'component `a` has no files'],
      [6, 3, 'component `a` has no model or encoding'],
      [8, 14, 'components.a.warn_at (5 tokens) must be below max_tokens (5), or it never warns before the allotment runs out'],
    ]);
    expect((error as UserErrors).format().split('\n')[0]).toBe('budgets.yml:3:3: component `b` has no model or encoding');
  });

  it(`lists at most ${MAX_REPORTED} mistakes, then how many more`, () => {
    const text = lines('version: 1', 'defaults: {model: o3}', 'components:', ...Array.from({ length: MAX_REPORTED + 10 }, (_, i) => `  c${i}: {files: a.md, max_tokens: -1}`));
    const errors = errorsOf(text);
    expect(errors).toHaveLength(MAX_REPORTED + 1);
    expect(errors[MAX_REPORTED]!.message).toBe('... and 10 more problems after this one');
  });
});

describe('parseConfig: files', () => {
  it.each([
    ['files: ""', 'components.c.files is empty', 12],
    ['files: []', 'components.c.files is an empty list', 12],
    ['files: 5', 'components.c.files must be a glob or a list of globs, got 5', 12],
    ['files: {a: b}', 'components.c.files must be a glob or a list of globs, got a mapping', 12],
    ['files: /etc/prompt.md', 'components.c.files: the glob "/etc/prompt.md" is an absolute path', 12],
    ['files: "C:\\\\prompts\\\\a.md"', 'components.c.files: the glob "C:\\\\prompts\\\\a.md" is an absolute path', 12],
    ['files: "C:/prompts/a.md"', 'components.c.files: the glob "C:/prompts/a.md" is an absolute path', 12],
    ['files: ../shared/a.md', 'components.c.files: the glob "../shared/a.md" leaves the repository (a `..` segment)', 12],
    ['files: "!prompts/../../x"', 'components.c.files: the glob "!prompts/../../x" leaves the repository (a `..` segment)', 12],
    ['files: "prompts\\\\a.md"', 'components.c.files: the glob "prompts\\\\a.md" uses backslashes', 12],
    ['files: ./prompts/a.md', 'components.c.files: the glob "./prompts/a.md" has a `.` segment (`./`), so it matches no file', 12],
    ['files: "!"', 'components.c.files: the glob "!" excludes nothing (a `!` with no glob after it)', 12],
    ['files: "!drafts/*.md"', 'components.c.files only excludes (every glob starts with `!`), so it matches no file', 12],
  ])('rejects %s', (field, message, column) => {
    expectOnlyError(withComponent(field, 'max_tokens: 5'), { message, line: 6, column });
  });

  it('says which list item is wrong, and how to fix each', () => {
    const errors = errorsOf(withComponent('files:', '  - a.md', '  - 2024', '  -', '  - "prompts\\\\b.md"', 'max_tokens: 5'));
    expect(errors.map((e) => [e.location?.line, e.location?.column, e.message, e.hint])).toEqual([
      [8, 9, 'components.c.files[1] must be a glob (text), got 2024', 'Quote it to make it a file name: "2024".'],
      // An empty item has no text of its own: the position is just after its dash.
      [9, 8, 'components.c.files[2] must be a glob (text), got nothing', 'Write each entry as a path or glob, e.g. `- prompts/*.md`.'],
      [10, 9, 'components.c.files[3]: the glob "prompts\\\\b.md" uses backslashes', expect.stringContaining('`prompts/b.md`')],
    ]);
  });

  it('accepts a list mixing globs and exclusions, in any order', () => {
    expect(only(parse(withComponent('files: ["!a/draft.md", "a/*.md", ".github/prompts/*.md"]', 'max_tokens: 5'))).files).toEqual(['!a/draft.md', 'a/*.md', '.github/prompts/*.md']);
  });
});

describe('parseConfig: max_tokens', () => {
  it.each([
    ['-5', '-5', 'at least 1'],
    ['0', '0', 'at least 1'],
    ['1.5', '1.5', 'Round it to a whole number of tokens: 2.'],
    ['"1500"', 'the text "1500"', 'Write the number without quotes, e.g. `max_tokens: 1500`.'],
    ['1,500', 'the text "1,500"', 'digits only'],
    ['90%', 'the text "90%"', 'absolute count'],
    ['true', 'true', 'e.g. `max_tokens: 1500`'],
    ['null', 'nothing', 'e.g. `max_tokens: 1500`'],
    ['[1500]', 'a list', 'e.g. `max_tokens: 1500`'],
    ['.inf', '.inf', 'e.g. `max_tokens: 1500`'],
  ])('rejects max_tokens: %s', (written, got, hint) => {
    expectOnlyError(withComponent('files: a.md', `max_tokens: ${written}`), {
      message: `components.c.max_tokens must be a positive whole number of tokens, got ${got}`,
      line: 7,
      column: 17,
      hint,
    });
  });

  it('points at the key when max_tokens has no value', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens:'), {
      message: 'components.c.max_tokens must be a positive whole number of tokens, got nothing',
      line: 7,
      column: 5,
    });
  });
});

describe('parseConfig: warn_at and max_growth', () => {
  it.each([
    ['warn_at: abc%', 'components.c.warn_at must be a percentage above 0% and at most 100% (e.g. 90%) or a positive whole number of tokens, got the text "abc%"', 'warn_at: 90%'],
    ['warn_at: 0%', 'components.c.warn_at must be above 0% and at most 100%, got 0%', 'such as 90%'],
    ['warn_at: 150%', 'components.c.warn_at must be above 0% and at most 100%, got 150%', 'such as 90%'],
    ['warn_at: -5%', 'components.c.warn_at must be a percentage above 0% and at most 100% (e.g. 90%) or a positive whole number of tokens, got the text "-5%"', 'warn_at: 90%'],
    ['warn_at: "90"', 'components.c.warn_at must be a percentage above 0% and at most 100% (e.g. 90%) or a positive whole number of tokens, got the text "90"', 'Add % for a share (`warn_at: 90%`)'],
    ['warn_at: 0.9', 'components.c.warn_at must be a percentage above 0% and at most 100% (e.g. 90%) or a positive whole number of tokens, got 0.9', 'write a percentage: 90%'],
    ['warn_at: -1', 'components.c.warn_at must be a percentage above 0% and at most 100% (e.g. 90%) or a positive whole number of tokens, got -1', 'warn_at: 90%'],
    ['max_growth: 0%', 'components.c.max_growth must be above 0%, got 0%', 'such as 10%'],
    ['max_growth: 0', 'components.c.max_growth must be a percentage above 0% (e.g. 10%) or a positive whole number of tokens, got 0', 'max_growth: 10%'],
    ['max_growth: 0.1', 'components.c.max_growth must be a percentage above 0% (e.g. 10%) or a positive whole number of tokens, got 0.1', 'write a percentage: 10%'],
    ['max_growth: ten', 'components.c.max_growth must be a percentage above 0% (e.g. 10%) or a positive whole number of tokens, got the text "ten"', 'max_growth: 10%'],
  ])('rejects %s', (field, message, hint) => {
    const column = field.indexOf(':') + 7;
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 1000', field), { message, line: 8, column, hint });
  });

  it('rejects a warn_at token count that is not below max_tokens: it would never warn', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 1000', 'warn_at: 1000'), {
      message: 'components.c.warn_at (1000 tokens) must be below max_tokens (1000), or it never warns before the allotment runs out',
      line: 8,
      column: 14,
      hint: '`warn_at: 900`',
    });
  });

  it('rejects a default warn_at token count that a component cannot reach, at the component', () => {
    const text = lines('version: 1', 'defaults: {model: o3, warn_at: 500}', 'components:', '  big: {files: a.md, max_tokens: 5000}', '  small: {files: b.md, max_tokens: 400}');
    expectOnlyError(text, {
      message: 'defaults.warn_at (500 tokens) is not below max_tokens (400) of component `small`, so it would never warn before the allotment runs out',
      line: 5,
      column: 3,
      hint: 'Give `small` its own warn_at',
    });
  });

  it('lets a component warn_at replace a default that would not fit', () => {
    const config = parse(lines('version: 1', 'defaults: {model: o3, warn_at: 500}', 'components:', '  small: {files: b.md, max_tokens: 400, warn_at: 95%}'));
    expect(only(config).warnAt).toEqual({ percent: 95 });
  });

  it('rejects a bad default warn_at', () => {
    expectOnlyError(lines('version: 1', 'defaults:', '  model: o3', '  warn_at: 101%', 'components:', '  c: {files: a.md, max_tokens: 5}'), {
      message: 'defaults.warn_at must be above 0% and at most 100%, got 101%',
      line: 4,
      column: 12,
    });
  });
});

describe('parseConfig: model and encoding', () => {
  it('suggests up to three close model names and the encoding alternative', () => {
    const error = expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'model: gpt-4.2'), {
      message: /^components\.c\.model: unknown model "gpt-4\.2"; did you mean gpt-4\.1, [^,]+, [^,]+\?$/,
      line: 8,
      column: 12,
      hint: '`encoding: o200k_base`',
    });
    expect(error.hint).toContain('o200k_base, cl100k_base, p50k_base, r50k_base');
  });

  it('suggests the right case', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'model: GPT-4o'), { message: /; did you mean gpt-4o[,?]/, line: 8, column: 12 });
  });

  it('offers the encoding alternative even when no model is close', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'model: acme-house-7'), {
      message: 'components.c.model: unknown model "acme-house-7"',
      line: 8,
      column: 12,
      hint: 'count with an encoding instead',
    });
  });

  it('rejects a model that is not text', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'model: 4'), { message: 'components.c.model must be a model name such as gpt-4.1, got 4', line: 8, column: 12 });
  });

  it('lists the encodings for an unknown one', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'encoding: o200k'), {
      message: 'components.c.encoding: unknown encoding "o200k" (the encodings are o200k_base, cl100k_base, p50k_base, r50k_base); did you mean o200k_base?',
      line: 8,
      column: 15,
      hint: 'one of o200k_base, cl100k_base, p50k_base, r50k_base',
    });
  });

  it('rejects model and encoding on one level', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'encoding: cl100k_base', 'model: gpt-4'), {
      message: 'components.c sets both model and encoding',
      line: 9,
      column: 5,
      hint: 'Keep one',
    });
    expectOnlyError(lines('version: 1', 'defaults: {model: gpt-4, encoding: cl100k_base}', 'components:', '  c: {files: a.md, max_tokens: 5}'), {
      message: 'defaults sets both model and encoding',
      line: 2,
      column: 26,
    });
  });

  it('requires a model or encoding from the component or the defaults', () => {
    expectOnlyError(lines('version: 1', 'components:', '  c:', '    files: a.md', '    max_tokens: 5'), {
      message: 'component `c` has no model or encoding',
      line: 3,
      column: 3,
      hint: "set defaults.model (e.g. gpt-4.1) or the component's model",
    });
  });

  it('does not blame the components for a wrong default model', () => {
    const errors = errorsOf(lines('version: 1', 'defaults: {model: gtp-4.1}', 'components:', '  a: {files: a.md, max_tokens: 5}', '  b: {files: b.md, max_tokens: 5}'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^defaults\.model: unknown model "gtp-4\.1"; did you mean gpt-4\.1[,?]/);
  });
});

describe('parseConfig: message', () => {
  it('rejects a message that is not text', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'message: 42'), { message: 'components.c.message must be text, got 42', line: 8, column: 14 });
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'message: ""'), { message: 'components.c.message must be text, got the text ""', line: 8, column: 14 });
  });

  it('catches a message cut short by ` #`, which YAML reads as a comment', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'message: Ask #prompt-owners before raising this.'), {
      message: 'components.c.message ends at ` #`: YAML reads the rest of the line as a comment, so the message would be "Ask"',
      line: 8,
      column: 14,
      hint: '`message: "Ask #prompt-owners before raising this."`',
    });
  });

  it('keeps a message with `#` not after a space, and a block message', () => {
    expect(only(parse(withComponent('files: a.md', 'max_tokens: 5', 'message: Ask in channel#owners'))).message).toBe('Ask in channel#owners');
    expect(only(parse(withComponent('files: a.md', 'max_tokens: 5', 'message: >-', '  Ask #owners', '  first.'))).message).toBe('Ask #owners first.');
  });
});

describe('parseConfig: robustness', () => {
  const valid = withComponent('files: [a.md, "!b.md"]', 'max_tokens: 1500', 'warn_at: 80%', 'max_growth: 10%', 'message: "x #y"');

  it('throws only user errors with a position inside the file, whatever the text', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'ab:-[]{}&*!|>#%"\' \n\t1.,?@`~'.split('')), maxLength: 80 }),
      // Corrupt a valid file: the errors then come from deep inside the loader, not the YAML parser.
      fc.tuple(fc.nat({ max: valid.length }), fc.nat({ max: 6 }), fc.string({ maxLength: 6 })).map(([at, drop, insert]) => valid.slice(0, at) + insert + valid.slice(at + drop)),
    );
    fc.assert(
      fc.property(text, (t) => {
        let config: BudgetConfig | undefined;
        try {
          config = parse(t);
        } catch (error) {
          expect(error).toBeInstanceOf(UserErrors);
          const errors = (error as UserErrors).errors;
          expect(errors.length).toBeGreaterThan(0);
          const lineCount = t.split(/\r?\n|\r/).length;
          for (const e of errors) {
            expect(e.hint).toBeTruthy();
            expect(e.location!.line).toBeGreaterThanOrEqual(1);
            expect(e.location!.line).toBeLessThanOrEqual(lineCount);
            expect(e.location!.column).toBeGreaterThanOrEqual(1);
          }
          return;
        }
        for (const c of config.components) expect(c.maxTokens).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('config helpers', () => {
  it('parses percents strictly', () => {
    expect(parsePercent('12.5%')).toBe(12.5);
    expect(parsePercent(' 90 % ')).toBe(90);
    for (const bad of ['90', '%', '1e2%', '+5%', '5.%', '.5%', '5%%', '1,5%']) expect(parsePercent(bad)).toBeUndefined();
  });

  it('reads every percentage in range and every positive whole number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (hundredths) => {
        const percent = hundredths / 100;
        expect(readShareOrTokens(`${percent}%`, 'x', 'warn_at', 100)).toEqual({ value: { percent } });
        expect(readShareOrTokens(hundredths, 'x', 'warn_at', 100)).toEqual({ value: { tokens: hundredths } });
        expect(readTokenCount(hundredths, 'x', 'max_tokens')).toEqual({ value: hundredths });
      }),
    );
  });

  it('finds no problem in ordinary globs', () => {
    for (const glob of ['a.md', 'prompts/**/*.md', '!prompts/draft-*', '.github/prompts/x.md', 'a/..b/c', '{a,b}/*.md']) expect(globProblem(glob)).toBeUndefined();
  });
});

describe('parseConfig: requests', () => {
  /** Two components for gpt-4.1 (o200k_base) and one for gpt-4 (cl100k_base), then `requests:` on line 7. */
  const withRequests = (...requestLines: string[]) =>
    lines(
      'version: 1',
      'defaults: {model: gpt-4.1}',
      'components:',
      '  system: {files: system.md, max_tokens: 500}',
      '  shots: {files: shots.md, max_tokens: 900}',
      '  legacy: {files: old.md, max_tokens: 100, model: gpt-4}',
      'requests:',
      ...requestLines,
    );

  it('reads components, reserves and volume, the model defaulting to defaults.model', () => {
    const config = parse(withRequests('  chat:', '    components: [system, shots]', '    reserve: {history: 8000, user_input: 2000, output: 4096}', '    volume: 1.5k/hour'));
    expect(config.requests).toEqual([
      {
        name: 'chat',
        model: 'gpt-4.1',
        tokenizer: { kind: 'encoding', encoding: 'o200k_base' },
        components: ['system', 'shots'],
        reserve: { history: 8000, userInput: 2000, output: 4096 },
        volume: expect.objectContaining({ written: '1.5k/hour', perDay: 36_000, perMonth: 1_080_000 }),
        location: { file: 'budgets.yml', line: 8, column: 3 },
        reserveOutputLocation: { file: 'budgets.yml', line: 10, column: 56 },
      },
    ]);
  });

  it('takes a month as 30 days and leaves reserves at zero when not given', () => {
    const [request] = parse(withRequests('  chat: {components: system, volume: 3M/month}')).requests;
    expect(request?.reserve).toEqual({ history: 0, userInput: 0, output: 0 });
    expect(request?.volume?.perDay).toBe(100_000);
  });

  it('rejects a component the file does not declare, with a did-you-mean', () => {
    expectOnlyError(withRequests('  chat: {components: [system, shot]}'), {
      message: 'requests.chat.components: `shot` is not a component of this file; did you mean `shots`?',
      line: 8,
      column: 31,
      hint: 'system, shots, legacy',
    });
  });

  it('rejects a component counted with another encoding than the request model\'s', () => {
    expectOnlyError(withRequests('  chat: {components: [system, legacy], model: gpt-4o}'), {
      message: 'component `legacy` is counted for gpt-4, but request `chat` sends it to gpt-4o, which counts with o200k_base',
      line: 8,
      column: 31,
      hint: 'model: gpt-4o',
    });
  });

  it('rejects unknown reserves, negative or fractional ones, and a bad volume, all at once', () => {
    const errors = errorsOf(withRequests('  chat:', '    components: [system]', '    reserve: {histroy: 10, output: -1, user_input: 2.5}', '    volume: lots'));
    expect(errors.map((e) => [e.location?.line, e.location?.column, e.message])).toEqual([
      [10, 15, 'Unknown key `histroy` in requests.chat.reserve; did you mean `history`?'],
      [10, 36, expect.stringMatching(/^requests\.chat\.reserve\.output /)],
      [10, 52, expect.stringMatching(/^requests\.chat\.reserve\.user_input /)],
      [11, 13, 'requests.chat.volume must be a number of requests per hour, day or month, got the text "lots"'],
    ]);
  });

  it('needs a model when defaults name none, and components', () => {
    const text = lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, encoding: o200k_base}', 'requests:', '  chat: {reserve: {output: 100}}');
    expect(errorsOf(text).map((e) => e.message)).toEqual(['request `chat` names no model', 'request `chat` has no components']);
  });

  it('rejects a reserved output above what the model can write, from the catalog or models', () => {
    // gpt-4.1 writes at most 32,768 tokens per reply (the vendored catalog).
    expectOnlyError(withRequests('  chat: {components: [system], reserve: {output: 40000}}'), {
      message: 'requests.chat.reserve.output (40000) is more than gpt-4.1 can write in one reply (32768 tokens)',
      line: 8,
      column: 50,
      hint: 'Reserve at most 32768',
    });
    const overridden = withRequests('  chat: {components: [system], reserve: {output: 40000}}').replace('version: 1\n', 'version: 1\nmodels: {gpt-4.1: {max_output: 65536}}\n');
    expect(parse(overridden).requests[0]?.reserve.output).toBe(40_000);
  });
});

describe('parseConfig: models', () => {
  it('declares a fine-tune that components and requests can name', () => {
    const config = parse(
      lines(
        'version: 1',
        'models:',
        '  acme-support-ft:',
        '    encoding: o200k_base',
        '    context_window: 64000',
        '    max_output: 4000',
        '    prices: {input: 0.3, cached_input: 0.15, output: 1.2}',
        'components:',
        '  system: {files: system.md, max_tokens: 500, model: acme-support-ft}',
        'requests:',
        '  chat: {model: acme-support-ft, components: [system]}',
      ),
    );
    expect(config.models).toEqual([
      { name: 'acme-support-ft', encoding: 'o200k_base', encodingDeclared: true, contextWindow: 64_000, maxOutput: 4_000, prices: { input: 0.3, cachedInput: 0.15, output: 1.2 }, location: { file: 'budgets.yml', line: 3, column: 3 } },
    ]);
    expect(only(config)).toMatchObject({ model: 'acme-support-ft', tokenizer: { kind: 'encoding', encoding: 'o200k_base' } });
    expect(config.requests[0]).toMatchObject({ model: 'acme-support-ft', tokenizer: { kind: 'encoding', encoding: 'o200k_base' } });
  });

  it('overrides facts of a known model, whose encoding it keeps', () => {
    const config = parse(lines('version: 1', 'models:', '  gpt-4.1: {context_window: 300000}', 'components:', '  c: {files: a.md, max_tokens: 5, model: gpt-4.1}'));
    expect(config.models).toEqual([{ name: 'gpt-4.1', encoding: 'o200k_base', contextWindow: 300_000, location: { file: 'budgets.yml', line: 3, column: 3 } }]);
  });

  it('needs an encoding for a model it does not know, and says which', () => {
    expectOnlyError(lines('version: 1', 'models:', '  my-model: {context_window: 8000}', 'components:', '  c: {files: a.md, max_tokens: 5, encoding: o200k_base}'), {
      message: 'models.my-model needs an encoding or a tokenizer: prompt-budget does not know the model `my-model`',
      line: 3,
      column: 3,
      hint: 'o200k_base, cl100k_base',
    });
  });

  it('rejects bad numbers and prices, an output larger than the window, and unknown keys, all at once', () => {
    const errors = errorsOf(
      lines(
        'version: 1',
        'models:',
        '  gpt-4o:',
        '    context_window: 128kb',
        '    prices: {input: "$2.50", outptu: 10}',
        '  gpt-4.1: {context_window: 1000, max_output: 2000}',
        'components:',
        '  c: {files: a.md, max_tokens: 5, model: gpt-4o}',
      ),
    );
    expect(errors.map((e) => [e.location?.line, e.location?.column, e.message])).toEqual([
      [4, 21, 'models.gpt-4o.context_window must be a positive whole number of tokens, got the text "128kb"'],
      [5, 21, 'models.gpt-4o.prices.input must be a number of US dollars per million tokens, got the text "$2.50"'],
      [5, 30, 'Unknown key `outptu` in models.gpt-4o.prices; did you mean `output`?'],
      [6, 47, 'models.gpt-4.1.max_output (2000) is larger than its context_window (1000)'],
    ]);
  });

  it('suggests declaring an unknown model under models', () => {
    const [error] = errorsOf(withComponent('files: a.md', 'max_tokens: 5', 'model: acme-ft'));
    expect(error?.hint).toContain('declare it under `models:`');
  });

});

/** The OpenAI encoding a component counts with, if it counts with one. */
function encodingOf(c: ComponentConfig): string | undefined {
  return c.tokenizer.kind === 'encoding' ? c.tokenizer.encoding : undefined;
}

describe('parseConfig: fail_on and min_change', () => {
  it('defaults fail_on to made-worse and reads any-over at the top level', () => {
    expect(parse(withComponent('files: a.md', 'max_tokens: 10')).failOn).toBe('made-worse');
    expect(parse(lines('version: 1', 'fail_on: any-over', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}')).failOn).toBe('any-over');
    expect(parse(lines('version: 1', 'fail_on: made-worse', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}')).failOn).toBe('made-worse');
  });

  it('rejects an unknown fail_on with the close value, where it is written', () => {
    expectOnlyError(lines('version: 1', 'fail_on: made_worse', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'), {
      message: 'fail_on must be made-worse or any-over, got "made_worse"; did you mean `made-worse`?',
      line: 2,
      column: 10,
      hint: 'any-over',
    });
  });

  it('says fail_on is set once, at the top level, when written in defaults or a component', () => {
    expectOnlyError(lines('version: 1', 'defaults:', '  model: o3', '  fail_on: any-over', 'components: {c: {files: a.md, max_tokens: 5}}'), {
      message: /^Unknown key `fail_on` in defaults/,
      line: 4,
      column: 3,
      hint: 'at the top level',
    });
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'fail_on: any-over'), { message: /^Unknown key `fail_on` in component `c`/, line: 8, column: 5, hint: 'at the top level' });
  });

  it('reads min_change from defaults, lets a component set its own or 0 to turn it off', () => {
    const config = parse(lines(
      'version: 1',
      'defaults: {model: gpt-4.1, min_change: 2%}',
      'components:',
      '  a: {files: a.md, max_tokens: 500}',
      '  b: {files: b.md, max_tokens: 500, min_change: 1.5k}',
      '  c: {files: c.md, max_tokens: 500, min_change: 0}',
      '  d: {files: d.md, max_tokens: 500, min_change: 0%}',
    ));
    expect(config.components.map((c) => c.minChange)).toEqual([{ percent: 2 }, { tokens: 1500 }, undefined, undefined]);
    expect(only(parse(withComponent('files: a.md', 'max_tokens: 10'))).minChange).toBeUndefined();
  });

  it('rejects a min_change that is neither tokens nor a share, and one at the top level', () => {
    expectOnlyError(withComponent('files: a.md', 'max_tokens: 5', 'min_change: -3'), { message: /^components\.c\.min_change must be a percentage above 0%/, line: 8, column: 17 });
    expectOnlyError(lines('version: 1', 'min_change: 5', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'), {
      message: /^Unknown key `min_change` in the top level/,
      line: 2,
      column: 1,
      hint: 'under `defaults:`',
    });
  });

  it('keeps max_tokens as written, for a suggestion written alike', () => {
    expect(only(parse(withComponent('files: a.md', 'max_tokens: 8k'))).maxTokensWritten).toBe('8k');
    expect(only(parse(withComponent('files: a.md', 'max_tokens: "12_000"'))).maxTokensWritten).toBe('12_000');
  });
});
