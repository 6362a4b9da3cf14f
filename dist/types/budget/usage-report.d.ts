/**
 * What production usage says about a request's reserves (issue 17): the data `prompt-budget
 * usage` prints and the PR comment summarises. It lives here, beside the Report, so the renderers
 * read it without reaching into src/limits, which computes it from usage records.
 */
/** The reserves of `requests.<name>.reserve`, as budgets.yml names them. */
export type ReserveName = 'history' | 'user_input' | 'output';
/**
 * Nearest-rank percentiles of one quantity over a request's calls: pN is the smallest observed
 * value with at least N% of the observations at or below it (the ⌈N/100 × count⌉-th smallest).
 */
export interface Percentiles {
    /** How many calls had the quantity (output and the count delta need the API's usage). */
    count: number;
    p50: number;
    p95: number;
    p99: number;
    max: number;
}
/**
 * `exceeded`: the p99 is above the reserve, so more than 1% of calls were trimmed, cut or refused
 * (or, for output, asked for more than the cap). `unused`: the largest call stayed below
 * UNUSED_SHARE of the reserve, tokens held for nothing in every call.
 */
export interface ReserveFlag {
    request: string;
    reserve: ReserveName;
    /** The reserve in budgets.yml. */
    limit: number;
    kind: 'exceeded' | 'unused';
    /** The p99 for `exceeded`, the max for `unused`. */
    observed: number;
}
export interface RequestUsage {
    request: string;
    calls: number;
    /** Models the records name, in the order first seen. */
    models: string[];
    /** counted.history + trimmed.tokens: the history offered, before the guard trimmed it to the reserve. */
    history: Percentiles;
    /** counted.userInput (input cut with `policy.user_input: truncate` counts as its kept part). */
    userInput: Percentiles;
    /** `usage.output`: null when no record has the API's usage. */
    output: Percentiles | null;
    /** usage.input − counted.total (negative: the guard counted more than the API billed); null without usage. */
    countDelta: Percentiles | null;
    /** The request's reserves in budgets.yml; null when budgets.yml has no such request. */
    reserve: {
        history: number;
        user_input: number;
        output: number;
    } | null;
    flags: ReserveFlag[];
}
export interface UsageAnalysis {
    /** The files read, as named. */
    files: string[];
    records: number;
    /** Below this share of a reserve, a reserve is flagged `unused`. */
    unusedShare: number;
    /** By request name. */
    requests: RequestUsage[];
}
