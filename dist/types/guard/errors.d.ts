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
export declare class BudgetExceededError extends Error implements BudgetErrorDetails {
    name: string;
    readonly request: string;
    readonly model: string;
    readonly part: GuardedPart;
    readonly tokens: number;
    readonly limit: number;
    readonly reserve?: number;
    readonly window?: number;
    constructor(details: BudgetErrorDetails);
}
