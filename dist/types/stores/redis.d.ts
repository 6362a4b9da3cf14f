import type { LimitStore } from '../limits/types.js';
/** The store could not answer within its timeout, or Redis answered with an error. */
export declare class StoreUnavailableError extends Error {
    /** `admit`, `adjust` or `isDisabled`. */
    readonly operation: string;
    /** True when the timeout elapsed; false when the client or Redis reported an error (in `cause`). */
    readonly timedOut: boolean;
    readonly name = "StoreUnavailableError";
    constructor(
    /** `admit`, `adjust` or `isDisabled`. */
    operation: string, 
    /** True when the timeout elapsed; false when the client or Redis reported an error (in `cause`). */
    timedOut: boolean, message: string, options?: {
        cause?: unknown;
    });
}
export interface RedisStoreOptions {
    /** Prepended to every key, e.g. `staging:` to share one Redis between environments; none by default. */
    prefix?: string;
    /** Bound on each store call, retries of the script included; 500 ms by default. */
    timeoutMs?: number;
}
/** The kill-switch key for a feature: `SET <key> 1` turns the feature off, `DEL <key>` back on. */
export declare function killSwitchKey(feature: string, prefix?: string): string;
/** Counters in the application's Redis, for limits shared across instances. */
export declare function redisStore(client: unknown, options?: RedisStoreOptions): LimitStore;
