/** The work took longer than its limit. */
export declare class TimeLimitExceeded extends Error {
    readonly limitMs: number;
    constructor(limitMs: number);
}
/** What ran out of a RunBudget: its time, or the characters it lets templates produce. */
export declare class RunBudgetExhausted extends Error {
    readonly kind: 'time' | 'characters';
    /** The whole run's bound: milliseconds or characters. */
    readonly bound: number;
    constructor(kind: 'time' | 'characters', 
    /** The whole run's bound: milliseconds or characters. */
    bound: number);
}
/** `work()`, or TimeLimitExceeded after `limitMs`. Costs about 0.15 ms a call (a watchdog thread). */
export declare function withTimeLimit<T>(limitMs: number, work: () => T): T;
/**
 * What a run may spend on work a pull request's files decide, all calls together: time
 * (loading tokenizer.json files, counting with them, rendering chat templates) and characters
 * (what chat templates render). Once either is spent, every further call fails at once, so a run
 * ends in about `timeMs` whatever the files hold.
 */
export declare class RunBudget {
    readonly timeMs: number;
    readonly chars: number;
    private readonly clock;
    private spentMs;
    private producedChars;
    constructor(timeMs: number, chars: number, clock?: () => number);
    /** Characters still allowed. */
    get charsLeft(): number;
    /**
     * `work()` within its own limit and what is left of the run's time; the time it takes is
     * spent. TimeLimitExceeded when its own limit ends it, RunBudgetExhausted when the run's does.
     */
    run<T>(limitMs: number, work: () => T): T;
    /** Records `count` characters produced; RunBudgetExhausted when that passes the run's bound. */
    produce(count: number): void;
}
