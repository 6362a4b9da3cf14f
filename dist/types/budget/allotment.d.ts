/**
 * Allotments from counts: the one rule `init` writes by, `ratchet` lowers by, and the report's
 * "lower allotment" suggestion follows, so the PR comment suggests the numbers ratchet would write.
 * Pure arithmetic on token counts.
 */
/** Room above today's count, as a fraction: an allotment at 1,000 tokens + 10% is 1,100. */
export declare const DEFAULT_HEADROOM = 0.1;
/**
 * How far below its allotment a component must have fallen before ratchet lowers it: the new
 * allotment must save more than this share of the old one. Smaller moves would rewrite
 * budgets.yml on every trim of a few tokens, which is churn, not a tighter budget.
 */
export declare const RATCHET_THRESHOLD = 0.1;
/**
 * Rounded up to a number a person reads at a glance: two significant digits, and a multiple of
 * ten at least (5 → 10, 87 → 90, 1,357 → 1,400, 12,345 → 13,000). Rounding adds under 10%,
 * on top of the headroom.
 */
export declare function roundUpReadable(tokens: number): number;
/**
 * The least room above today's count, in tokens. A percentage alone leaves a tiny prompt no room:
 * +10% of 7 tokens failed a one-word edit, while rounding gave a 3-token file +233%. A sentence is
 * about 15 to 30 tokens, so 50 lets a small prompt take a one-line edit; a pasted paragraph
 * (100 tokens and more) still fails it.
 */
export declare const MIN_HEADROOM_TOKENS = 50;
/**
 * The allotment for `count` tokens today: count plus headroom (the percentage, or
 * MIN_HEADROOM_TOKENS when that is more), rounded up to a readable number (roundUpReadable):
 * 3 → 60, 400 → 450, 1,000 → 1,100, 12,345 → 14,000.
 */
export declare function allotmentFor(count: number, headroom?: number): number;
/**
 * The lower allotment ratchet would write for a component counted at `count` tokens with
 * allotment `maxTokens`, or undefined to leave it: the allotment init would write today
 * (allotmentFor(count, headroom)), when that is lower than `maxTokens` by more than
 * `threshold` of `maxTokens` ("well below"). Never higher than `maxTokens`: a component over
 * its allotment, or close to it, gets undefined.
 */
export declare function suggestAllotment(count: number, maxTokens: number, headroom?: number, threshold?: number): number | undefined;
