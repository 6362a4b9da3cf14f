/**
 * Admission before a call and settlement after it. `admit` checks the kill switch, then charges
 * every limit the call falls under with what it may use at most (the fitted input plus the output
 * cap), all or nothing; `settle` moves each counter by what the API reports minus what was
 * reserved. Since a call is charged in full before it is sent, concurrent calls can take a limit
 * only as far as it allows: what the counters miss at any moment is at most the amount by which
 * calls in flight will report more than they reserved (a count that undercounted), never a whole
 * call. Every store call is bounded by `limits.store.timeout`; a store that fails or is late is
 * `on_failure`'s business (open: admit and warn; closed: refuse with LimitStoreError), and usage
 * that could not be recorded is tried once more, then reported: never lost in silence.
 */
import type { ModelPrices } from '../catalog/catalog.js';
import { type BudgetConfig } from '../config/types.js';
import type { FittedRequest } from '../guard/fit.js';
import { type Caller } from './charges.js';
import type { Charge, LimitStore, UsageRecord } from './types.js';
export interface Alert {
    /** The alert's name in budgets.yml: `limits.alert`, `requests.support-chat.limits.alert`. */
    name: string;
    request: string;
    /** Tokens or micro-dollars counted in the period when it was crossed, this call's reservation included. */
    used: number;
    threshold: number;
    unit: 'tokens' | 'microdollars';
    periodSeconds: number;
}
export interface LimitCallbacks {
    /** One record per call: admitted and settled, released, or refused. */
    onUsage?: (record: UsageRecord) => void;
    /** An alert threshold was crossed in its period (once per period per process). */
    onAlert?: (alert: Alert) => void;
    /** The store failed and the call was admitted anyway (on_failure: open), or usage could not be recorded. */
    onWarning?: (message: string, cause?: unknown) => void;
}
/** A call admitted under its limits: settle it with the API's response, or release it when the call failed. */
export interface Admission {
    readonly charges: readonly Charge[];
    /** Charges the counters by what the response's usage says (never throws); the usage record is returned and sent to onUsage. */
    settle(response: unknown): Promise<UsageRecord>;
    /** The call was not made or failed before any output: gives the reservation back. */
    release(): Promise<UsageRecord>;
}
export declare class Limiter {
    private readonly config;
    private readonly store;
    private readonly pricesOf;
    private readonly callbacks;
    private readonly now;
    private readonly policy;
    /** `key@windowStart` of alerts already sent, so a crossing alerts once per period. */
    private readonly alerted;
    constructor(config: BudgetConfig, store: LimitStore, pricesOf: (model: string) => ModelPrices | undefined, callbacks?: LimitCallbacks, now?: () => number);
    admit(fitted: FittedRequest, caller?: Caller): Promise<Admission>;
    private admission;
    /** Each alert counter on its own (an alert never refuses): a refusal means the threshold is crossed. */
    private countAlerts;
    /** Usage is moved on the counters, tried twice, then reported with the amounts, so it can be replayed. */
    private adjust;
    /**
     * A store call within the timeout. On failure: open gives undefined (and a warning), closed
     * throws LimitStoreError; `warnOnly` (alerts) never throws.
     */
    private bounded;
    private withTimeout;
    private record;
    private emit;
    private warn;
}
