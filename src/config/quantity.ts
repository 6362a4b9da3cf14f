/**
 * Token counts and percentages as budgets.yml writes them: `1500`, `90%`, `12.5%`. Pure functions
 * over the YAML scalar's value, so the rules can be tested (and fuzzed) without a document.
 */
import type { Growth, WarnAt } from './types.js';

/**
 * The one percent syntax: digits, an optional decimal part, `%`, spaces allowed around. No sign,
 * no exponent, no thousands separator: anything else is more likely a typo than a share.
 * budgets.schema.json repeats this pattern; test/schema.test.ts keeps the two in step.
 */
const PERCENT_SYNTAX = /^ *(\d+(?:\.\d+)?) *% *$/;
const QUOTED_NUMBER = /^ *-?\d+(?:\.\d+)? *$/;

/** A problem with a value, phrased to follow its key: "max_tokens" + " must be …". */
export interface ValueProblem {
  problem: string;
  hint: string;
}

export type Parsed<T> = { value: T } | ValueProblem;

/** The number in a percent string, or undefined when the text is not one. */
export function parsePercent(text: string): number | undefined {
  const match = PERCENT_SYNTAX.exec(text);
  if (!match) return undefined;
  const percent = Number(match[1]);
  return Number.isFinite(percent) ? percent : undefined;
}

export function isPositiveWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/**
 * An allotment: a positive whole number of tokens.
 * `got` describes the value as written (see describeValue), for the message.
 */
export function readTokenCount(value: unknown, got: string, key: string): Parsed<number> {
  if (isPositiveWholeNumber(value)) return { value };
  const problem = `must be a positive whole number of tokens, got ${got}`;
  if (typeof value === 'string') {
    if (QUOTED_NUMBER.test(value)) return { problem, hint: `Write the number without quotes, e.g. \`${key}: ${value.trim().replace(/^-/, '')}\`.` };
    if (parsePercent(value) !== undefined) return { problem, hint: `${key} is an absolute count, not a share: write a number such as 1500.` };
    return { problem, hint: 'Write digits only (no separators or units), e.g. 1500.' };
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (value <= 0) return { problem, hint: `${key} must be at least 1; write the most tokens the prompt may take, e.g. 1500.` };
    if (!Number.isInteger(value)) return { problem, hint: `Round it to a whole number of tokens: ${Math.round(value) || 1}.` };
  }
  return { problem, hint: `Write a whole number of tokens, e.g. \`${key}: 1500\`.` };
}

/**
 * A share of something or an absolute count: `N%` (0 < N <= maxPercent) or a positive whole
 * number of tokens. warn_at caps percentages at 100; max_growth does not (a PR may double a prompt).
 */
export function readShareOrTokens(value: unknown, got: string, key: string, maxPercent = Infinity): Parsed<WarnAt | Growth> {
  const range = maxPercent === Infinity ? 'above 0%' : `above 0% and at most ${maxPercent}%`;
  const example = key === 'warn_at' ? '90%' : '10%';
  const expected = `must be a percentage ${range} (e.g. ${example}) or a positive whole number of tokens, got ${got}`;
  if (isPositiveWholeNumber(value)) return { value: { tokens: value } };
  if (typeof value === 'string') {
    const percent = parsePercent(value);
    if (percent !== undefined) {
      if (percent > 0 && percent <= maxPercent) return { value: { percent } };
      return { problem: `must be ${range}, got ${value.trim()}`, hint: `Use a share such as ${example}, or a token count.` };
    }
    if (QUOTED_NUMBER.test(value)) {
      return { problem: expected, hint: `Add % for a share (\`${key}: ${value.trim()}%\`) or remove the quotes for a token count.` };
    }
    return { problem: expected, hint: `Write \`${key}: ${example}\` for a share, or a number of tokens such as 500.` };
  }
  if (typeof value === 'number' && Number.isFinite(value) && value > 0 && value < 1) {
    return { problem: expected, hint: `A number here is a count of tokens; for a share write a percentage: ${+(value * 100).toFixed(4)}%.` };
  }
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    return { problem: expected, hint: `Round it to a whole number of tokens: ${Math.round(value)}.` };
  }
  return { problem: expected, hint: `Write \`${key}: ${example}\` for a share, or a number of tokens such as 500.` };
}
