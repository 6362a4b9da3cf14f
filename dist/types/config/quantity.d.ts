/**
 * Token counts and percentages as budgets.yml writes them: `1500`, `12_000`, `8k`, `1.5k`, `1M`,
 * `90%`, `12.5%`. Pure functions over the YAML scalar's value, so the rules can be tested (and
 * fuzzed) without a document.
 */
import type { Growth, WarnAt } from './types.js';
/** A problem with a value, phrased to follow its key: "max_tokens" + " must be …". */
export interface ValueProblem {
    problem: string;
    hint: string;
}
export type Parsed<T> = {
    value: T;
} | ValueProblem;
/** The number in a percent string, or undefined when the text is not one. */
export declare function parsePercent(text: string): number | undefined;
/**
 * The number of tokens a readable count stands for; a problem when it has the syntax but is not
 * a positive whole number of tokens (zero, a fraction of a token, too large); undefined when the
 * text is not a readable count at all (nor a quoted plain number, which readTokenCount reports).
 */
export declare function parseTokens(text: string, key?: string): Parsed<number> | undefined;
/**
 * `value` written the way `written` was, for tools that rewrite a count in place (ratchet):
 * `8k` → `5.3k`, `1M` → `1.3M` or `800k`, `12_000` → `9_500`, anything else as plain digits.
 * A suffix is kept only when it says the value exactly in at most two decimals (`5.32k`);
 * otherwise plain digits, grouped with `_` if the original was.
 */
export declare function formatTokensLike(value: number, written: string): string;
/**
 * An allotment: a positive whole number of tokens.
 * `got` describes the value as written (see describeValue), for the message.
 */
export declare function readTokenCount(value: unknown, got: string, key: string): Parsed<number>;
/**
 * A share of something or an absolute count: `N%` (0 < N <= maxPercent) or a positive whole
 * number of tokens. warn_at caps percentages at 100; max_growth does not (a PR may double a prompt).
 */
export declare function readShareOrTokens(value: unknown, got: string, key: string, maxPercent?: number): Parsed<WarnAt | Growth>;
