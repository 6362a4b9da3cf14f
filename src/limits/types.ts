/**
 * Spend limits across application instances (issue 17): the shapes the parts agree on. The limits
 * budgets.yml declares (src/config), the admission before a call and the settlement after it
 * (src/limits), the stores that keep the counters (memory in one process, Redis across many), and
 * the usage record each call leaves (for callbacks, metrics and `prompt-budget usage`).
 */
export type { Allowance, Period } from '../config/types.js';
export { PERIOD_SECONDS } from '../config/types.js';

/** One counter an admission charges: a key in the store, the amount, and the limit over the period. */
export interface Charge {
  /** Namespaced store key, e.g. `pb:user:pro:u123:tokens:day`; never holds raw text from a prompt. */
  key: string;
  /** What `amount` and `limit` count. */
  unit: 'tokens' | 'microdollars';
  amount: number;
  limit: number;
  periodSeconds: number;
  /** What the limit is, for errors and usage records: `requests.support-chat.limits.per_user.pro`. */
  name: string;
}

export type AdmitResult = { ok: true } | { ok: false; refused: Charge; used: number; retryAfterSeconds: number };

/**
 * Where counters live. `admit` charges every counter or none (a refused charge is given back, so a
 * refusal never consumes an allowance), in one round trip where the store allows; `adjust` moves
 * counters by the difference between what was reserved and what the API reported (negative gives
 * back). Every call is bounded by the store's timeout; the caller applies the declared policy
 * (fail open or closed) when it throws.
 */
export interface LimitStore {
  admit(charges: readonly Charge[]): Promise<AdmitResult>;
  adjust(charges: readonly Charge[]): Promise<void>;
  /** The per-feature kill switch: true when `feature` has been turned off in the store. */
  isDisabled(feature: string): Promise<boolean>;
}

/** One call, as the guard saw it and the API reported it: one JSON line per call. */
export interface UsageRecord {
  /** ISO 8601. */
  time: string;
  request: string;
  model: string;
  user?: string;
  tier?: string;
  /** The guard's pre-flight counts (upper bounds where estimated). */
  counted: { fixed: number; history: number; userInput: number; total: number; exact: boolean };
  maxOutput?: number;
  /** What the API reported (OpenAI usage.prompt_tokens / completion_tokens, Anthropic usage.input_tokens / output_tokens, cached tokens). */
  usage?: { input: number; output: number; cachedInput?: number };
  /** usage.input − counted.total: a live measure of count fidelity. */
  countDelta?: number;
  /** US dollars at the catalog's list prices, when the model has prices. */
  cost?: number;
  trimmed: { messages: number; tokens: number; truncated: boolean; summarized: boolean };
  /** Names of the limits that refused or alerted on this call. */
  limitsHit: string[];
}
