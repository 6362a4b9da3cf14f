import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import { formatTokensLike, parseTokens, readShareOrTokens, readTokenCount } from '../../../src/config/quantity.js';
import { UserErrors } from '../../../src/common/errors.js';

const withMaxTokens = (written: string) => ['version: 1', 'defaults: {model: gpt-4.1}', 'components:', '  c:', '    files: a.md', `    max_tokens: ${written}`, ''].join('\n');

describe('readable token counts', () => {
  it.each([
    ['8k', 8_000],
    ['8K', 8_000],
    ['1.5k', 1_500],
    ['1.5 k', 1_500],
    [' 12k ', 12_000],
    ['1.2340k', 1_234],
    ['12_000', 12_000],
    ['1_000_000', 1_000_000],
    ['1M', 1_000_000],
    ['1m', 1_000_000],
    ['2.5M', 2_500_000],
    ['0.5k', 500],
    ['1_500k', 1_500_000],
  ])('reads %j as %d tokens', (text, tokens) => {
    expect(parseTokens(text)).toEqual({ value: tokens });
    expect(readTokenCount(text, 'x', 'max_tokens')).toEqual({ value: tokens });
    expect(readShareOrTokens(text, 'x', 'warn_at', 100)).toEqual({ value: { tokens } });
  });

  it('refuses a fraction of a token and names both whole numbers around it', () => {
    expect(parseTokens('1.2345k')).toEqual({
      problem: 'must be a whole number of tokens, got 1.2345k (1234.5 tokens)',
      hint: 'Round it to a whole number: `max_tokens: 1234` or `1235`.',
    });
    expect(parseTokens('0.0001k')).toMatchObject({ hint: 'Round it to a whole number: `max_tokens: 1`.' });
    expect(parseTokens('1_500.5')).toMatchObject({ problem: 'must be a whole number of tokens, got 1_500.5', hint: expect.stringContaining('`max_tokens: 1.5k`') });
  });

  it('refuses zero and counts no number can hold', () => {
    expect(parseTokens('0k')).toMatchObject({ problem: 'must be at least 1 token, got 0k' });
    expect(parseTokens('0_000')).toMatchObject({ problem: 'must be at least 1 token, got 0_000' });
    expect(parseTokens('99999999999M')).toMatchObject({ problem: 'is too large, got 99999999999M' });
  });

  it('leaves other text to the callers: plain digits in quotes, commas, units, signs', () => {
    for (const text of ['1500', '"1500"', '1,500', '8 kb', '8kk', '-8k', '+8k', 'k', '1e3', '_1k', '1__000', '1.k', '.5k', '8k tokens', '8G']) {
      expect(parseTokens(text), text).toBeUndefined();
    }
    expect(readTokenCount('1500', 'the text "1500"', 'max_tokens')).toMatchObject({ hint: 'Write the number without quotes, e.g. `max_tokens: 1500`.' });
    expect(readTokenCount('1,500', 'the text "1,500"', 'max_tokens')).toMatchObject({ hint: expect.stringContaining('no commas') });
  });

  it('loads every form the README shows, wherever a token count is written', () => {
    const config = parseConfig(
      [
        'version: 1',
        'defaults: {model: gpt-4.1, warn_at: 1k}',
        'components:',
        '  a: {files: a.md, max_tokens: 8k, max_growth: 500}',
        '  b:',
        '    files: b.md',
        '    max_tokens: 12_000',
        '    warn_at: 10_000',
        '    max_growth: 1.5k',
        'requests:',
        '  chat: {components: [a, b], reserve: {history: 8k, user_input: 2_000, output: 4096}}',
        '',
      ].join('\n'),
      'budgets.yml',
    );
    expect(config.components.map((c) => [c.maxTokens, c.warnAt, c.maxGrowth])).toEqual([
      [8_000, { tokens: 1_000 }, { tokens: 500 }],
      [12_000, { tokens: 10_000 }, { tokens: 1_500 }],
    ]);
    expect(config.requests[0]!.reserve).toEqual({ history: 8_000, userInput: 2_000, output: 4096 });
  });

  it('reports a fractional count at its line with the fix', () => {
    let errors: UserErrors | undefined;
    try {
      parseConfig(withMaxTokens('1.2345k'), 'budgets.yml');
    } catch (error) {
      errors = error as UserErrors;
    }
    expect(errors?.errors.map((e) => [e.message, e.hint, e.location?.line])).toEqual([
      ['components.c.max_tokens must be a whole number of tokens, got 1.2345k (1234.5 tokens)', 'Round it to a whole number: `max_tokens: 1234` or `1235`.', 6],
    ]);
  });
});

describe('formatTokensLike', () => {
  it.each([
    [5_300, '8k', '5.3k'],
    [5_300, '8 K', '5.3 K'],
    [5_320, '8k', '5.32k'],
    [5_317, '8k', '5317'],
    [460, '8k', '460'],
    [1_300_000, '2M', '1.3M'],
    [800_000, '2M', '800k'],
    [9_500, '12_000', '9_500'],
    [1_200_000, '2_000_000', '1_200_000'],
    [950, '1_000', '950'],
    [1_400, '2000', '1400'],
    [1_400, '"2000"', '1400'],
    [1_400, 'anything', '1400'],
  ])('writes %d like %j: %j', (value, written, expected) => {
    expect(formatTokensLike(value, written)).toBe(expected);
    if (expected !== String(value)) expect(parseTokens(expected)).toEqual({ value });
  });
});
