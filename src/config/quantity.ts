/**
 * Token counts and percentages as budgets.yml writes them: `1500`, `12_000`, `8k`, `1.5k`, `1M`,
 * `90%`, `12.5%`. Pure functions over the YAML scalar's value, so the rules can be tested (and
 * fuzzed) without a document.
 */
import type { Growth, WarnAt } from './types.js';

/**
 * The one percent syntax: digits, an optional decimal part, `%`, spaces allowed around. No sign,
 * no exponent, no thousands separator: anything else is more likely a typo than a share.
 * budgets.schema.json repeats this pattern; test/unit/config/schema.test.ts keeps the two in step.
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

function isPositiveWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/**
 * A readable token count: digits, `_` between groups if you like (YAML 1.2 reads `12_000` as
 * text, so it arrives here as a string), an optional decimal part, then `k` (thousand) or `M`
 * (million), either case, spaces allowed around and before the letter: `12_000`, `8k`, `1.5 k`,
 * `1M`. The result must be a whole number of tokens (`1.2345k` is not). No commas: in a flow map
 * (`{max_tokens: 1,500}`) a comma ends the value. Digits alone arrive as a number unless quoted,
 * and a quoted number stays a mistake (see readTokenCount). budgets.schema.json repeats these
 * rules as a pattern (definitions.tokens); test/unit/config/schema.test.ts keeps the two in
 * step.
 */
const TOKENS_SYNTAX = /^ *(\d+(?:_\d+)*)(?:\.(\d+))? *([kKmM]?) *$/;
const SCALE: Record<string, bigint> = { '': 1n, k: 1_000n, m: 1_000_000n };

/**
 * The number of tokens a readable count stands for; a problem when it has the syntax but is not
 * a positive whole number of tokens (zero, a fraction of a token, too large); undefined when the
 * text is not a readable count at all (nor a quoted plain number, which readTokenCount reports).
 */
export function parseTokens(text: string, key = 'max_tokens'): Parsed<number> | undefined {
  const match = TOKENS_SYNTAX.exec(text);
  if (!match || QUOTED_NUMBER.test(text)) return undefined;
  const [, whole = '', fraction = '', suffix = ''] = match;
  const written = text.trim();
  if (suffix === '' && fraction !== '') {
    return { problem: `must be a whole number of tokens, got ${written}`, hint: `A decimal point needs k or M after it (\`${key}: 1.5k\`); otherwise write digits only, e.g. \`${key}: ${whole}\`.` };
  }
  const scaled = BigInt(whole.replaceAll('_', '') + fraction) * SCALE[suffix.toLowerCase()]!;
  const divisor = 10n ** BigInt(fraction.length);
  if (scaled === 0n) return { problem: `must be at least 1 token, got ${written}`, hint: `Write the most tokens the prompt may take, e.g. \`${key}: 1500\`.` };
  if (scaled % divisor !== 0n) {
    const below = scaled / divisor;
    return {
      problem: `must be a whole number of tokens, got ${written} (${decimal(scaled, divisor)} tokens)`,
      hint: `Round it to a whole number: \`${key}: ${below > 0n ? `${below}\` or \`` : ''}${below + 1n}\`.`,
    };
  }
  const tokens = scaled / divisor;
  if (tokens > BigInt(Number.MAX_SAFE_INTEGER)) return { problem: `is too large, got ${written}`, hint: 'Write a count below 9 quadrillion; no model takes that many tokens anyway.' };
  return { value: Number(tokens) };
}

/** n / d in decimal, d a power of ten. */
function decimal(n: bigint, d: bigint): string {
  const places = String(d).length - 1;
  const digits = String(n).padStart(places + 1, '0');
  return `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`.replace(/\.?0+$/, '');
}

/**
 * `value` written the way `written` was, for tools that rewrite a count in place (ratchet):
 * `8k` → `5.3k`, `1M` → `1.3M` or `800k`, `12_000` → `9_500`, anything else as plain digits.
 * A suffix is kept only when it says the value exactly in at most two decimals (`5.32k`);
 * otherwise plain digits, grouped with `_` if the original was.
 */
export function formatTokensLike(value: number, written: string): string {
  const match = QUOTED_NUMBER.test(written) ? null : TOKENS_SYNTAX.exec(written);
  const suffix = match?.[3] ?? '';
  const space = suffix !== '' && / [kKmM] *$/.test(written) ? ' ' : '';
  const letters: [string, number][] = suffix === '' ? [] : suffix.toLowerCase() === 'm' ? [[suffix, 1_000_000], ['k', 1_000]] : [[suffix, 1_000]];
  for (const [letter, scale] of letters) {
    if (value < scale) continue;
    for (let decimals = 0; decimals <= 2; decimals++) {
      const text = (value / scale).toFixed(decimals);
      if (Math.round(Number(text) * scale) === value) return `${text}${space}${letter}`;
    }
  }
  return match?.[1]?.includes('_') ? String(value).replace(/\B(?=(\d{3})+$)/g, '_') : String(value);
}

/**
 * An allotment: a positive whole number of tokens.
 * `got` describes the value as written (see describeValue), for the message.
 */
export function readTokenCount(value: unknown, got: string, key: string): Parsed<number> {
  if (isPositiveWholeNumber(value)) return { value };
  const problem = `must be a positive whole number of tokens, got ${got}`;
  if (typeof value === 'string') {
    const readable = parseTokens(value, key);
    if (readable) return readable;
    if (QUOTED_NUMBER.test(value)) return { problem, hint: `Write the number without quotes, e.g. \`${key}: ${value.trim().replace(/^-/, '')}\`.` };
    if (parsePercent(value) !== undefined) return { problem, hint: `${key} is an absolute count, not a share: write a number such as 1500.` };
    return { problem, hint: `Write digits only, e.g. \`${key}: 1500\`, \`12_000\`, or with k or M: \`1.5k\`, \`1M\` (no commas: in YAML they separate entries).` };
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
    const readable = parseTokens(value, key);
    if (readable) return 'value' in readable ? { value: { tokens: readable.value } } : readable;
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
