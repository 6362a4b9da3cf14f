/**
 * The embedded store: counters in this process's memory, for one instance, tests and scripts.
 * Windows are fixed and aligned to the epoch (a day is 00:00 to 24:00 UTC), so every instance of a
 * shared store would agree on them too. `admit` checks every charge, then adds every charge, in
 * one synchronous step: JavaScript runs it to the end before any other admission, so concurrent
 * calls cannot interleave between the check and the add (all or nothing, never beyond a limit).
 * rate-limiter-flexible's RateLimiterMemory counts one key per call; charging several keys with it
 * takes several awaits, between which other admissions run, so a refused second key would have
 * briefly consumed the first key's allowance for them. That is why this store is its own.
 */
import type { AdmitResult, Charge, LimitStore } from './types.js';
export declare class MemoryLimitStore implements LimitStore {
    private readonly now;
    private readonly counters;
    private readonly disabled;
    private admissions;
    /** `now` in milliseconds, for tests that move time. */
    constructor(now?: () => number);
    admit(charges: readonly Charge[]): Promise<AdmitResult>;
    adjust(charges: readonly Charge[]): Promise<void>;
    isDisabled(feature: string): Promise<boolean>;
    /** Turns a request off (its `kill_switch` must be true in budgets.yml) or on again. */
    setDisabled(feature: string, disabled: boolean): void;
    /** What a key holds in its current window. */
    used(key: string): number;
    private current;
    private add;
    private sweep;
}
