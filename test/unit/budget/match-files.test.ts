/**
 * Issue 12 item 6: brace expansion is counted without expanding, so a glob that would expand to
 * thousands of patterns is refused at once; the count must never be below what minimatch makes.
 */
import { braceExpand } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { braceExpansionCount, globProblem, MAX_GLOB_LENGTH, MAX_GLOB_PATTERNS } from '../../../src/config/globs.js';
import { MAX_GLOB_TESTS, selectEach, selectFiles } from '../../../src/budget/match-files.js';
import { parseConfig } from '../../../src/config/load.js';
import { UserError } from '../../../src/common/errors.js';

/** What minimatch itself expands `glob` to (enough above the limits to tell). */
const expanded = (glob: string) => braceExpand(glob, { braceExpandMax: 100_000 }).length;

describe('braceExpansionCount', () => {
  it.each([
    ['no braces', 'prompts/**/*.md', 1],
    ['one set', 'prompts/{a,b,c}.md', 3],
    ['sets in sequence multiply', 'prompts/{a,b}/{c,d,e}.md', 6],
    ['nested sets add their alternatives', 'prompts/{a,{b,c},d}.md', 4],
    ['a set of one nested set', '{{a,b}}', 2],
    ['nested and sequenced', 'x{{a,b},{c,d}}y{1..3}', 12],
    ['a numeric range', 'prompts/v{1..1000}.md', 1000],
    ['a reversed range', 'v{10..1}', 10],
    ['a range with a step', 'v{1..10..3}', 4],
    ['a zero-padded range', 'v{01..10}', 10],
    ['a letter range', 'v{a..z}', 26],
    ['a range and a set', '{1..3}{a,b,c}{x,y}', 18],
    ['an empty alternative', 'a{,b}', 2],
    ['a set without a comma is literal', 'a{b}c', 1],
    ['Bash’s {a},b} form', '{a},b}', 2],
    ['escaped braces are literal', 'prompts/\\{a,b}.md', 1],
    ['an escaped comma splits nothing', 'a{b\\,c,d}', 2],
    ['an escaped dot makes no range', 'v{1\\.\\.9}', 1],
    ['an escaped backslash leaves the brace live', 'a\\\\{b,c}', 2],
    ['${...} is left alone', '${a,b}', 1],
    ['a leading {} is literal', '{}a,b}', 1],
    ['an unmatched { before a set', '{a{b,c}', 2],
    ['an unmatched } after a set', 'a{b,c}}', 2],
    ['an unclosed set', 'a{b,c', 1],
    // minimatch expands braces before it reads classes: `[{,}]` is a set of two empty alternatives.
    ['braces inside a character class', 'a[{,}]b', 2],
    ['a brace alone in a class', 'prompts/[{]draft[}].md', 1],
    ['a class holding a comma set', '[{]a,b[}]', 2],
  ])('%s: %s → %i', (_name, glob, count) => {
    expect(braceExpansionCount(glob)).toBe(count);
    expect(expanded(glob)).toBe(count);
  });

  it('counts past minimatch’s cap without expanding: 17 {a,b} sets are 131,072 patterns, 60 are capped', () => {
    expect(braceExpansionCount('{a,b}'.repeat(17))).toBe(131_072);
    const start = performance.now();
    expect(braceExpansionCount('{a,b}'.repeat(60))).toBe(1_000_000_000);
    expect(braceExpansionCount('{0..99999999999999999999}')).toBe(1_000_000_000);
    expect(braceExpansionCount(`${'{a,'.repeat(150)}b${'}'.repeat(150)}`)).toBe(151);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('is never below what minimatch expands to, over 20,000 random brace soups', () => {
    let seed = 12;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['{', '}', ',', 'a', 'b', '.', '1', '2', '..', '\\', '$', '[', ']', '/'];
    for (let n = 0; n < 20_000; n++) {
      let glob = '';
      for (let i = 1 + Math.floor(random() * 14); i > 0; i--) glob += pieces[Math.floor(random() * pieces.length)];
      const real = expanded(glob);
      const counted = braceExpansionCount(glob);
      if (counted < real) expect.fail(`${JSON.stringify(glob)}: counted ${counted}, minimatch expands to ${real}`);
    }
  });
});

describe('globProblem: expansion and length', () => {
  it('refuses a glob past the limit with the count and what to do', () => {
    const problem = globProblem(`prompts/${'{a,b}'.repeat(17)}.md`);
    expect(problem?.problem).toBe(`expands to 131,072 patterns, more than ${MAX_GLOB_PATTERNS}`);
    expect(problem?.hint).toMatch(/list the files, or use a wildcard/);
    expect(globProblem(`!prompts/v{1..${MAX_GLOB_PATTERNS + 1}}.md`)?.problem).toBe(`expands to 257 patterns, more than ${MAX_GLOB_PATTERNS}`);
    expect(globProblem('{a,b}'.repeat(100))?.problem).toBe(`expands to more than 1,000,000,000 patterns, more than ${MAX_GLOB_PATTERNS}`);
  });

  it('keeps globs up to the limit', () => {
    expect(globProblem(`prompts/${'{a,b}'.repeat(8)}.md`)).toBeUndefined();
    expect(globProblem(`prompts/v{1..${MAX_GLOB_PATTERNS}}.md`)).toBeUndefined();
    expect(globProblem('prompts/{support,sales}/**/*.{md,txt}')).toBeUndefined();
  });

  it('refuses a glob longer than the limit', () => {
    expect(globProblem(`prompts/${'a'.repeat(MAX_GLOB_LENGTH)}`)?.problem).toBe(`is 1,032 characters long, more than 1,024`);
  });
});

describe('budgets.yml: the globs of the whole file', () => {
  const config = (globs: string[]) =>
    `version: 1\ndefaults: { model: gpt-4.1 }\ncomponents:\n${globs.map((g, i) => `  c${i}: { files: "${g}", max_tokens: 100 }\n`).join('')}`;
  const errorOf = (text: string) => {
    try {
      parseConfig(text, 'budgets.yml');
    } catch (error) {
      return error as UserError;
    }
    throw new Error('no error');
  };

  it('refuses a glob past the limit at its line and column', () => {
    const error = errorOf(config(['prompts/*.md', `prompts/${'{a,b}'.repeat(9)}.md`]));
    expect(error.format()).toContain('budgets.yml:5:16: components.c1.files: the glob "prompts/{a,b}');
    expect(error.format()).toContain('expands to 512 patterns, more than 256');
  });

  it('refuses more than 10,000 patterns in all, once, at the glob that goes past', () => {
    // 40 globs of 256 patterns: the 40th takes the total to 10,240.
    const globs = Array.from({ length: 45 }, (_, i) => `p${i}/${'{a,b}'.repeat(8)}.md`);
    const error = errorOf(config(globs));
    expect(error.format()).toContain('budgets.yml:43:17: components.c39.files: with the glob "p39/');
    expect(error.format()).toContain('the globs of this file expand to 10,240 patterns, more than 10,000 in all');
    expect(error.format().match(/in all/g)).toHaveLength(1);
  });

  it('counts a glob shared by components once', () => {
    const glob = `p/${'{a,b}'.repeat(8)}.md`;
    expect(() => parseConfig(config(Array.from({ length: 100 }, () => glob)), 'budgets.yml')).not.toThrow();
  });

  it('quotes a long glob cut short', () => {
    const error = errorOf(config([`prompts/${'x'.repeat(2000)}`]));
    expect(error.message).toContain('… (2,008 characters) is 2,008 characters long, more than 1,024');
    expect(error.message.length).toBeLessThan(300);
  });
});

describe('selectEach', () => {
  const paths = ['README.md', '.github/copilot-instructions.md', 'prompts/a.md', 'prompts/b.md', 'prompts/drafts/c.md', 'docs/prompts/d.md'];

  it('selects as one selector per component did: includes, `!` excludes, dot files', () => {
    const selected = selectEach(
      [{ files: ['prompts/**/*.md', '!prompts/drafts/**'] }, { files: ['**/*.md', '!README.md'] }, { files: ['{prompts,docs}/*.md'] }, { files: ['.github/*.md'] }],
      paths,
    );
    expect(selected).toEqual([
      ['prompts/a.md', 'prompts/b.md'],
      ['.github/copilot-instructions.md', 'docs/prompts/d.md', 'prompts/a.md', 'prompts/b.md', 'prompts/drafts/c.md'],
      ['prompts/a.md', 'prompts/b.md'],
      ['.github/copilot-instructions.md'],
    ]);
    expect(selectFiles(['README.md'], paths)).toEqual(['README.md']);
  });

  it('refuses more than MAX_GLOB_TESTS tests at the component with the most, before testing any', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `p/${i}.md`);
    const owners = Array.from({ length: 4 }, (_, i) => ({ files: [`*/${'{a,b}'.repeat(6)}${i}*.md`], declaredName: `c${i}`, location: { file: 'budgets.yml', line: 4 + i, column: 3 } }));
    owners.push({ files: [`*/${'{a,b}'.repeat(7)}*.md`], declaredName: 'big', location: { file: 'budgets.yml', line: 9, column: 3 } });
    expect(4 * 64 * 100_000 + 128 * 100_000).toBeGreaterThan(MAX_GLOB_TESTS);
    const start = performance.now();
    let error: unknown;
    try {
      selectEach(owners, many);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).format()).toContain('budgets.yml:9:3: The globs of the components would take 38,400,000 tests');
    expect((error as UserError).message).toContain("component `big`'s take the most (12,800,000)");
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('tests a glob that starts with a directory only against that directory', () => {
    // 40 globs of 256 patterns over 100,000 paths would be 1,024,000,000 tests; over p/ they are 10,240.
    const many = [...Array.from({ length: 100_000 }, (_, i) => `other/${i}.0`), 'p/a0.0'];
    const owners = Array.from({ length: 40 }, (_, i) => ({ files: [`p/{a,b}{0..127}*.${i}`] }));
    expect(selectEach(owners, many)[0]).toEqual(['p/a0.0']);
  });
});
