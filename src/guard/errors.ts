/** What the guard throws when a request cannot be made to fit, with everything a caller needs to answer its user. */

export type GuardedPart = 'user_input' | 'history' | 'fixed';

export interface BudgetErrorDetails {
  /** The request's name in budgets.yml. */
  request: string;
  model: string;
  /** The part over its limit: the user's input, the history (under `policy.history: refuse`), or the fixed part alone. */
  part: GuardedPart;
  /** Its count (an estimate's upper bound, where estimated). */
  tokens: number;
  /** What it may take: its reserve, or what the window leaves it, whichever is less. */
  limit: number;
  /** Its reserve in budgets.yml (none for the fixed part). */
  reserve?: number;
  /** The model's context window, when known. */
  window?: number;
}

export class BudgetExceededError extends Error implements BudgetErrorDetails {
  override name = 'BudgetExceededError';
  readonly request: string;
  readonly model: string;
  readonly part: GuardedPart;
  readonly tokens: number;
  readonly limit: number;
  readonly reserve?: number;
  readonly window?: number;

  constructor(details: BudgetErrorDetails) {
    const what = details.part === 'user_input' ? 'the user input' : details.part === 'history' ? 'the history' : 'the fixed part';
    super(`${details.request}: ${what} is ${details.tokens} tokens, over its ${details.limit}${details.reserve !== undefined && details.reserve !== details.limit ? ` (reserve ${details.reserve}, less what the window leaves)` : ''}`);
    this.request = details.request;
    this.model = details.model;
    this.part = details.part;
    this.tokens = details.tokens;
    this.limit = details.limit;
    if (details.reserve !== undefined) this.reserve = details.reserve;
    if (details.window !== undefined) this.window = details.window;
  }
}
