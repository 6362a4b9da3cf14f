import type { BudgetConfig } from '../config/types.js';
import { RequestGuard, type FittedRequest } from '../guard/fit.js';
import type { Caller } from '../limits/charges.js';
import { type Admission, type LimitCallbacks } from '../limits/limiter.js';
import type { LimitStore } from '../limits/types.js';
export interface Budgets {
    readonly config: BudgetConfig;
    /**
     * Charges a fitted request to the limits of budgets.yml for `caller` before it is sent: throws
     * LimitExceededError, RequestDisabledError or (on_failure: closed) LimitStoreError. Settle the
     * admission with the API's response, or release it when the call failed.
     */
    admit(fitted: FittedRequest, caller?: Caller): Promise<Admission>;
    /** The guard of the request `name` of budgets.yml. */
    request(name: string): RequestGuard;
    /** The requests budgets.yml declares. */
    readonly requests: readonly string[];
}
export interface OpenOptions {
    /** Where the paths in budgets.yml (tokenizer files, `catalog:`) start: the repository root. Default: budgets.yml's folder. */
    root?: string;
    /**
     * Opt in to the vendors' counting APIs for Claude and Gemini models: message texts are counted by
     * the vendor (once each, remembered), the framing stays estimated. Without a key, or when the API
     * fails, they are estimated at their upper bound.
     */
    apiKeys?: {
        anthropic?: string;
        gemini?: string;
    };
    /** Where the APIs' retries and failures are reported. Default: nowhere. */
    log?: (line: string) => void;
    /** ANTHROPIC_BASE_URL / GOOGLE_GEMINI_BASE_URL for a proxy (https, or a loopback address). Default: process.env. */
    env?: NodeJS.ProcessEnv;
    /** Where the limits' counters live. Default: a MemoryLimitStore of this process (one instance). */
    store?: LimitStore;
    /** One usage record per call admitted, refused or released (for logs, metrics, `prompt-budget usage`). */
    onUsage?: LimitCallbacks['onUsage'];
    /** An alert threshold of budgets.yml was crossed in its period. */
    onAlert?: LimitCallbacks['onAlert'];
    /** The store failed and on_failure: open admitted the call, or usage could not be recorded. Default: console.warn. */
    onWarning?: LimitCallbacks['onWarning'];
}
/**
 * Opens budgets.yml: a path, or `{ yaml }` with its text (then `root` defaults to the working
 * directory). Throws a UserError (file:line:col and what to do) for a file the gate would refuse.
 */
export declare function openBudgets(source: string | {
    yaml: string;
    path?: string;
}, options?: OpenOptions): Promise<Budgets>;
